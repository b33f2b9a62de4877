-- 0001_reference: the reference tables, loaded from seeds/reference/*.tsv.
-- Dates are ISO 8601 text, shortened to YYYY-MM or YYYY when only that much is known.
-- Never edit this file once shipped: add a new numbered migration instead.

-- A state or partially recognised entity, keyed by ISO 3166-1 alpha-3
-- (XAB Abkhazia, XSO South Ossetia, XTR Transnistria are project codes from the user-assigned range).
CREATE TABLE countries (
    iso3          TEXT PRIMARY KEY CHECK (iso3 GLOB '[A-Z][A-Z][A-Z]'),
    iso2          TEXT UNIQUE CHECK (iso2 IS NULL OR iso2 GLOB '[A-Z][A-Z]'),
    iso_numeric   TEXT CHECK (iso_numeric IS NULL OR iso_numeric GLOB '[0-9][0-9][0-9]'),
    name          TEXT NOT NULL UNIQUE,
    official_name TEXT,
    capital       TEXT,
    un_member     INTEGER NOT NULL CHECK (un_member IN (0, 1)),
    status        TEXT,
    country_group TEXT NOT NULL CHECK (country_group IN ('post-Soviet', 'partially recognised / unrecognised', 'other')),
    note          TEXT,
    source        TEXT NOT NULL,
    confidence    TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low'))
) STRICT;

-- Every name a text may use for a country. `kind` says which: its short name, official name,
-- an alias, a former name, a demonym or adjective, its capital (or a variant or former capital,
-- used for the government as in "Minsk and Moscow agreed"), or a phrase that contains the name
-- but does not mean the country ('not the country': "Atlanta, Georgia").
CREATE TABLE country_names (
    country TEXT NOT NULL REFERENCES countries (iso3) ON DELETE CASCADE,
    name    TEXT NOT NULL CHECK (length(name) > 0),
    kind    TEXT NOT NULL CHECK (kind IN ('name', 'official name', 'alias', 'former name', 'demonym',
                                          'capital', 'capital alias', 'former capital', 'not the country')),
    PRIMARY KEY (country, name, kind)
) STRICT;
CREATE INDEX country_names_by_name ON country_names (name COLLATE NOCASE);

-- International organisations and treaty systems (CIS, CSTO, EAEU, SCO, ...), keyed by a short code.
CREATE TABLE organisations (
    code             TEXT PRIMARY KEY CHECK (code GLOB '[A-Za-z]*' AND code NOT GLOB '*[^A-Za-z_]*'),
    name             TEXT NOT NULL UNIQUE,
    founded_on       TEXT CHECK (founded_on IS NULL OR founded_on GLOB '[12][0-9][0-9][0-9]' OR founded_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR founded_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    operational_from TEXT CHECK (operational_from IS NULL OR operational_from GLOB '[12][0-9][0-9][0-9]' OR operational_from GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR operational_from GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    dissolved_on     TEXT CHECK (dissolved_on IS NULL OR dissolved_on GLOB '[12][0-9][0-9][0-9]' OR dissolved_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR dissolved_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    headquarters     TEXT,
    note             TEXT,
    source           TEXT NOT NULL,
    confidence       TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low'))
) STRICT;

-- Names and abbreviations of an organisation, including its bodies and founding documents
-- ("Supreme Eurasian Economic Council" is the EAEU). One name may belong to two organisations
-- ("EAEC"): the extractor decides between them by date.
CREATE TABLE organisation_names (
    organisation TEXT NOT NULL REFERENCES organisations (code) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (length(name) > 0),
    kind         TEXT NOT NULL CHECK (kind IN ('name', 'alias')),
    PRIMARY KEY (organisation, name)
) STRICT;
CREATE INDEX organisation_names_by_name ON organisation_names (name COLLATE NOCASE);

-- Dated membership of a country in an organisation, one row per period and role.
CREATE TABLE memberships (
    id           INTEGER PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (code),
    country      TEXT NOT NULL REFERENCES countries (iso3),
    role         TEXT NOT NULL CHECK (role IN ('member', 'associate', 'participant', 'observer', 'dialogue partner', 'partner')),
    joined_on    TEXT CHECK (joined_on IS NULL OR joined_on GLOB '[12][0-9][0-9][0-9]' OR joined_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR joined_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    left_on      TEXT CHECK (left_on IS NULL OR left_on GLOB '[12][0-9][0-9][0-9]' OR left_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR left_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    note         TEXT,
    source       TEXT NOT NULL,
    confidence   TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    UNIQUE (organisation, country, role, joined_on)
) STRICT;
CREATE INDEX memberships_by_country ON memberships (country, organisation);

-- A person: a leader from the reference data, or someone an article names with an office.
CREATE TABLE persons (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    origin TEXT NOT NULL CHECK (origin IN ('reference', 'article'))
) STRICT;

-- Other spellings of a person's name ("Alyaksandr Lukashenka", "Emomali Rakhmonov").
CREATE TABLE person_names (
    person INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    name   TEXT NOT NULL CHECK (length(name) > 0),
    PRIMARY KEY (person, name)
) STRICT;
CREATE INDEX person_names_by_name ON person_names (name COLLATE NOCASE);

-- Who held which office of which country, and when (from the reference data).
-- `role` groups offices across countries; `office` is the title used at the time.
CREATE TABLE office_terms (
    id         INTEGER PRIMARY KEY,
    person     INTEGER NOT NULL REFERENCES persons (id),
    country    TEXT NOT NULL REFERENCES countries (iso3),
    role       TEXT NOT NULL CHECK (role IN ('head_of_state', 'head_of_government', 'foreign_minister')),
    office     TEXT NOT NULL,
    started_on TEXT CHECK (started_on IS NULL OR started_on GLOB '[12][0-9][0-9][0-9]' OR started_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR started_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    ended_on   TEXT CHECK (ended_on IS NULL OR ended_on GLOB '[12][0-9][0-9][0-9]' OR ended_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR ended_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    note       TEXT,
    source     TEXT NOT NULL,
    confidence TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    UNIQUE (person, country, role, started_on)
) STRICT;
CREATE INDEX office_terms_by_country ON office_terms (country, role, started_on);
CREATE INDEX office_terms_by_person ON office_terms (person);

-- Diplomatic relations between two countries (country_a is Russia in the bundled data).
CREATE TABLE diplomatic_relations (
    country_a      TEXT NOT NULL REFERENCES countries (iso3),
    country_b      TEXT NOT NULL REFERENCES countries (iso3),
    established_on TEXT CHECK (established_on IS NULL OR established_on GLOB '[12][0-9][0-9][0-9]' OR established_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR established_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    ended_on       TEXT CHECK (ended_on IS NULL OR ended_on GLOB '[12][0-9][0-9][0-9]' OR ended_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR ended_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    status         TEXT NOT NULL,
    note           TEXT,
    source         TEXT NOT NULL,
    confidence     TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    PRIMARY KEY (country_a, country_b),
    CHECK (country_a <> country_b)
) STRICT;

-- Treaties and declarations. `parties` lists the parties' codes ("ARM;RUS") for reading;
-- treaty_parties holds them as rows with foreign keys.
CREATE TABLE treaties (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    parties     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('bilateral treaty', 'declaration', 'multilateral')),
    signed_on   TEXT CHECK (signed_on IS NULL OR signed_on GLOB '[12][0-9][0-9][0-9]' OR signed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR signed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    in_force_on TEXT CHECK (in_force_on IS NULL OR in_force_on GLOB '[12][0-9][0-9][0-9]' OR in_force_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR in_force_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    ended_on    TEXT CHECK (ended_on IS NULL OR ended_on GLOB '[12][0-9][0-9][0-9]' OR ended_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR ended_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    note        TEXT,
    source      TEXT NOT NULL,
    confidence  TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    UNIQUE (name, signed_on, parties)
) STRICT;

-- A party to a treaty: a country, or an organisation (the CIS Charter).
CREATE TABLE treaty_parties (
    treaty       INTEGER NOT NULL REFERENCES treaties (id) ON DELETE CASCADE,
    country      TEXT REFERENCES countries (iso3),
    organisation TEXT REFERENCES organisations (code),
    CHECK ((country IS NULL) <> (organisation IS NULL)),
    UNIQUE (treaty, country, organisation)
) STRICT;
CREATE INDEX treaty_parties_by_country ON treaty_parties (country);

-- Which version of each reference file is loaded (see `relations import`).
CREATE TABLE reference_files (
    file      TEXT PRIMARY KEY,
    sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
    rows      INTEGER NOT NULL CHECK (rows >= 0),
    loaded_at TEXT NOT NULL
) STRICT;

-- Who held which office when: office_terms with names instead of ids.
CREATE VIEW leaders AS
SELECT c.name AS country, t.country AS iso3, t.role, t.office, p.name AS person,
       t.started_on, t.ended_on, t.confidence, t.source
FROM office_terms AS t
JOIN persons AS p ON p.id = t.person
JOIN countries AS c ON c.iso3 = t.country;
