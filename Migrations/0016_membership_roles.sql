-- 0016_membership_roles: EU candidates in the membership table, and which organisations the reference lists completely.
--
-- * memberships.role also allows 'candidate' (the EU's candidate countries, from the day the status was granted). SQLite
--   cannot change a CHECK constraint in place, so the table is built again with the same columns, rows, ids and index.
--   The reference loader deletes and reinserts every membership row on each reload, so nothing points at these ids.
--   legacy_alter_table keeps the RENAME from rewriting (and first checking) the views that read `memberships`, which
--   name the table and find the new one under that name.
-- * organisations.members_complete_on: the date up to which `memberships` lists every state that was ever a full member
--   of the organisation (NULL: the list may lack some, as for BRICS and the UN). The extractor's reference check of
--   membership events (Reference/MembershipCheck.swift) relies on it; it is stored so that a query can tell the same.
-- Never edit this file once shipped: add a new numbered migration instead.

ALTER TABLE organisations ADD COLUMN members_complete_on TEXT CHECK (members_complete_on IS NULL OR members_complete_on GLOB '[12][0-9][0-9][0-9]' OR members_complete_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR members_complete_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');

PRAGMA legacy_alter_table = ON;
CREATE TABLE memberships_0016 (
    id           INTEGER PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (code),
    country      TEXT NOT NULL REFERENCES countries (iso3),
    role         TEXT NOT NULL CHECK (role IN ('member', 'associate', 'participant', 'observer', 'dialogue partner', 'partner', 'candidate')),
    joined_on    TEXT CHECK (joined_on IS NULL OR joined_on GLOB '[12][0-9][0-9][0-9]' OR joined_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR joined_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    left_on      TEXT CHECK (left_on IS NULL OR left_on GLOB '[12][0-9][0-9][0-9]' OR left_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR left_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    note         TEXT,
    source       TEXT NOT NULL,
    confidence   TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    UNIQUE (organisation, country, role, joined_on)
) STRICT;
INSERT INTO memberships_0016 (id, organisation, country, role, joined_on, left_on, note, source, confidence)
SELECT id, organisation, country, role, joined_on, left_on, note, source, confidence FROM memberships;
DROP TABLE memberships;
ALTER TABLE memberships_0016 RENAME TO memberships;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX memberships_by_country ON memberships (country, organisation);
