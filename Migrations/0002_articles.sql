-- 0002_articles: imported articles and the facts extracted from them.
-- Every fact row names its article and the span of its evidence in the article's body:
-- span_start and span_end are 0-based offsets in Unicode code points, so that
-- substr(articles.body, span_start + 1, span_end - span_start) is the evidence text.
-- Deleting an article deletes its facts (ON DELETE CASCADE).
-- Never edit this file once shipped: add a new numbered migration instead.

-- One imported article. `url` identifies it when known; otherwise `sha256` of its normalized text does.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    url          TEXT UNIQUE,
    source       TEXT NOT NULL,
    outlet       TEXT,
    title        TEXT,
    published_on TEXT CHECK (published_on IS NULL OR published_on GLOB '[12][0-9][0-9][0-9]' OR published_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR published_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    body         TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    imported_at  TEXT NOT NULL
) STRICT;
CREATE INDEX articles_by_date ON articles (published_on);
CREATE INDEX articles_by_sha256 ON articles (sha256);
CREATE UNIQUE INDEX articles_without_url ON articles (sha256) WHERE url IS NULL;

-- A name in an article's body that the gazetteer resolved to a country, an organisation or a person.
CREATE TABLE mentions (
    id           INTEGER PRIMARY KEY,
    article      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    country      TEXT REFERENCES countries (iso3),
    organisation TEXT REFERENCES organisations (code),
    person       INTEGER REFERENCES persons (id),
    text         TEXT NOT NULL,
    span_start   INTEGER NOT NULL CHECK (span_start >= 0),
    span_end     INTEGER NOT NULL CHECK (span_end > span_start),
    CHECK ((country IS NOT NULL) + (organisation IS NOT NULL) + (person IS NOT NULL) = 1)
) STRICT;
CREATE INDEX mentions_by_article ON mentions (article);
CREATE INDEX mentions_by_country ON mentions (country, article) WHERE country IS NOT NULL;
CREATE INDEX mentions_by_organisation ON mentions (organisation, article) WHERE organisation IS NOT NULL;
CREATE INDEX mentions_by_person ON mentions (person, article) WHERE person IS NOT NULL;

-- A person named with an office and a country in an article ("President of Armenia Serzh Sargsyan").
CREATE TABLE office_mentions (
    id         INTEGER PRIMARY KEY,
    article    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person     INTEGER NOT NULL REFERENCES persons (id),
    country    TEXT NOT NULL REFERENCES countries (iso3),
    office     TEXT NOT NULL,
    span_start INTEGER NOT NULL CHECK (span_start >= 0),
    span_end   INTEGER NOT NULL CHECK (span_end > span_start)
) STRICT;
CREATE INDEX office_mentions_by_article ON office_mentions (article);
CREATE INDEX office_mentions_by_country ON office_mentions (country);
CREATE INDEX office_mentions_by_person ON office_mentions (person);

-- An anniversary an article says was marked: of diplomatic relations between two countries,
-- of a treaty, of an organisation, or of a country's independence.
-- year_since = year_marked - ordinal (a 25th anniversary marked in 2017: since 1992).
-- When one party is Russia it is country_a.
CREATE TABLE anniversaries (
    id           INTEGER PRIMARY KEY,
    article      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    country_a    TEXT REFERENCES countries (iso3),
    country_b    TEXT REFERENCES countries (iso3),
    organisation TEXT REFERENCES organisations (code),
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('diplomatic relations', 'treaty', 'organisation', 'independence')),
    subject      TEXT NOT NULL,
    treaty       INTEGER REFERENCES treaties (id) ON DELETE SET NULL,
    ordinal      INTEGER NOT NULL CHECK (ordinal BETWEEN 1 AND 1000),
    year_marked  INTEGER CHECK (year_marked BETWEEN 1000 AND 2999),
    year_since   INTEGER,
    span_start   INTEGER NOT NULL CHECK (span_start >= 0),
    span_end     INTEGER NOT NULL CHECK (span_end > span_start),
    CHECK (year_since IS NULL OR year_since = year_marked - ordinal),
    CHECK (country_b IS NULL OR country_a IS NOT NULL)
) STRICT;
CREATE INDEX anniversaries_by_year ON anniversaries (year_marked);
CREATE INDEX anniversaries_by_article ON anniversaries (article);
CREATE INDEX anniversaries_by_country_a ON anniversaries (country_a);
CREATE INDEX anniversaries_by_country_b ON anniversaries (country_b);

-- A written message (greeting, congratulation, condolence, letter) an article reports.
-- Sender and recipient are a person when named, otherwise a country.
CREATE TABLE messages (
    id                INTEGER PRIMARY KEY,
    article           INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sender_person     INTEGER REFERENCES persons (id),
    sender_country    TEXT REFERENCES countries (iso3),
    recipient_person  INTEGER REFERENCES persons (id),
    recipient_country TEXT REFERENCES countries (iso3),
    kind              TEXT NOT NULL CHECK (kind IN ('greeting', 'congratulation', 'condolence', 'letter')),
    occasion          TEXT,
    sent_on           TEXT CHECK (sent_on IS NULL OR sent_on GLOB '[12][0-9][0-9][0-9]' OR sent_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR sent_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    span_start        INTEGER NOT NULL CHECK (span_start >= 0),
    span_end          INTEGER NOT NULL CHECK (span_end > span_start),
    CHECK (sender_person IS NOT NULL OR sender_country IS NOT NULL),
    CHECK (recipient_person IS NOT NULL OR recipient_country IS NOT NULL)
) STRICT;
CREATE INDEX messages_by_article ON messages (article);
CREATE INDEX messages_by_recipient_country ON messages (recipient_country);
CREATE INDEX messages_by_sent_on ON messages (sent_on);

-- A statement that a country joined, left, suspended, froze, or plans to leave or join an organisation.
CREATE TABLE membership_events (
    id           INTEGER PRIMARY KEY,
    article      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    organisation TEXT NOT NULL REFERENCES organisations (code),
    country      TEXT NOT NULL REFERENCES countries (iso3),
    action       TEXT NOT NULL CHECK (action IN ('joined', 'left', 'suspended', 'froze', 'plans_to_leave', 'plans_to_join', 'observer')),
    span_start   INTEGER NOT NULL CHECK (span_start >= 0),
    span_end     INTEGER NOT NULL CHECK (span_end > span_start)
) STRICT;
CREATE INDEX membership_events_by_article ON membership_events (article);
CREATE INDEX membership_events_by_organisation ON membership_events (organisation, country);

-- A label an article gives the relationship of two countries ("strategic partnership").
CREATE TABLE relationship_labels (
    id         INTEGER PRIMARY KEY,
    article    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    country_a  TEXT NOT NULL REFERENCES countries (iso3),
    country_b  TEXT NOT NULL REFERENCES countries (iso3),
    label      TEXT NOT NULL CHECK (label IN ('strategic partnership', 'comprehensive strategic partnership', 'alliance', 'allied relations')),
    span_start INTEGER NOT NULL CHECK (span_start >= 0),
    span_end   INTEGER NOT NULL CHECK (span_end > span_start),
    CHECK (country_a <> country_b)
) STRICT;
CREATE INDEX relationship_labels_by_article ON relationship_labels (article);
CREATE INDEX relationship_labels_by_pair ON relationship_labels (country_a, country_b);

-- Anniversaries with names, dates and the evidence sentence: the `anniversaries` report.
CREATE VIEW anniversaries_report AS
SELECT an.year_marked AS year,
       coalesce(cb.name, ca.name, o.name) AS country,
       an.ordinal,
       an.year_since AS since,
       an.subject,
       an.subject_kind,
       ca.name AS party_a,
       cb.name AS party_b,
       an.country_a AS iso3_a,
       an.country_b AS iso3_b,
       an.organisation,
       ar.published_on,
       ar.title,
       substr(ar.body, an.span_start + 1, an.span_end - an.span_start) AS evidence,
       an.article,
       an.id AS anniversary
FROM anniversaries AS an
JOIN articles AS ar ON ar.id = an.article
LEFT JOIN countries AS ca ON ca.iso3 = an.country_a
LEFT JOIN countries AS cb ON cb.iso3 = an.country_b
LEFT JOIN organisations AS o ON o.code = an.organisation;
