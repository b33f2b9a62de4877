-- 0010_report_worst_cases: the anniversaries report about a country stops at its limit on large corpora (issue #4),
-- as timeline, pair, conflicts (0008) and country (0009) do. It used to find every anniversary of the country and
-- sort them all:
--
-- * `anniversaries --country X` is ordered by the other party's name, then the year. Three views (the parts below)
--   give X's anniversaries: where X is the first party, partner by partner in name order, each partner's in year
--   order from anniversaries_by_pair (now country_a, country_b, year_marked); where X is the first and only party;
--   and where X is the second party, from anniversaries_by_country_b_year (0009). SQLite sorts only the rows of one
--   partner and year by the rest of the order, merges the parts ("MERGE (UNION ALL)") and stops at the limit.
--
-- anniversaries_report keeps its definition: the views below give the same rows, in parts the report can read in its
-- order.
-- Never edit this file once shipped: add a new numbered migration instead.

-- A pair's anniversaries by the year marked; still covers "the anniversaries of a first party" and "of a pair"
-- (no report, view or statement of the import seeks by the subject_kind and year_since it had).
DROP INDEX anniversaries_by_pair;
CREATE INDEX anniversaries_by_pair ON anniversaries (country_a, country_b, year_marked);

-- The anniversaries report about a country (`iso3`), in three parts with the columns it shows, `is_treaty` and
-- `anniversary` (the rest of its order: a merged UNION ALL can only be ordered by its columns). `country` is the
-- report's: the other party's name, else the first party's (anniversaries_report's coalesce; an anniversary with a
-- first party has no organisation in that coalesce).

-- The country is the first party and there is a second: partner by partner, in name order (CROSS JOIN keeps the
-- partners the outer loop), each partner's anniversaries in year order.
CREATE VIEW anniversaries_report_a AS
SELECT cb.name AS country, an.year_marked AS year, an.ordinal, an.year_since AS since, an.subject, ar.published_on, ar.title,
       substr(ar.body, an.span_start + 1, an.span_end - an.span_start) AS evidence,
       an.subject_kind = 'treaty' AS is_treaty, an.id AS anniversary, an.country_a AS iso3
FROM countries AS cb
CROSS JOIN anniversaries AS an ON an.country_b = cb.iso3
JOIN articles AS ar INDEXED BY articles_heading ON ar.id = an.article;

-- The country is the only party: the country is its own name.
CREATE VIEW anniversaries_report_a_alone AS
SELECT ca.name AS country, an.year_marked AS year, an.ordinal, an.year_since AS since, an.subject, ar.published_on, ar.title,
       substr(ar.body, an.span_start + 1, an.span_end - an.span_start) AS evidence,
       an.subject_kind = 'treaty' AS is_treaty, an.id AS anniversary, ca.iso3
FROM countries AS ca
CROSS JOIN anniversaries AS an ON an.country_a = ca.iso3 AND an.country_b IS NULL
JOIN articles AS ar INDEXED BY articles_heading ON ar.id = an.article;

-- The country is the second party (and not also the first, which anniversaries_report_a gives): its own name.
CREATE VIEW anniversaries_report_b AS
SELECT cb.name AS country, an.year_marked AS year, an.ordinal, an.year_since AS since, an.subject, ar.published_on, ar.title,
       substr(ar.body, an.span_start + 1, an.span_end - an.span_start) AS evidence,
       an.subject_kind = 'treaty' AS is_treaty, an.id AS anniversary, cb.iso3
FROM countries AS cb
CROSS JOIN anniversaries AS an ON an.country_b = cb.iso3 AND an.country_a IS NOT an.country_b
JOIN articles AS ar INDEXED BY articles_heading ON ar.id = an.article;
