-- 0010_report_worst_cases: three reports stop at their limit on large corpora (issue #4), as timeline, pair,
-- conflicts (0008) and country (0009) do. Each used to find every row it could give and sort them all:
--
-- * `anniversaries --country X` is ordered by the other party's name, then the year. Three views (the parts below)
--   give X's anniversaries: where X is the first party, partner by partner in name order, each partner's in year
--   order from anniversaries_by_pair (now country_a, country_b, year_marked); where X is the first and only party;
--   and where X is the second party, from anniversaries_by_country_b_year (0009). SQLite sorts only the rows of one
--   partner and year by the rest of the order, merges the parts ("MERGE (UNION ALL)") and stops at the limit.
-- * `leaders --country X` is ordered by basis (reference terms first), role, date, person. An article's role was a
--   CASE of its office, which no index could give in order: office_mentions.role is now that CASE, a generated
--   column, and office_mentions_by_country_role (country, role, published_on) gives a country's article rows in
--   the report's order (replacing office_mentions_by_country).
-- * `leaders --on D` (a day, a month or a year) hid the article's date inside the CASE of leaders_report, so every
--   office mention was read. The article rows that cover D are those whose article is dated between D and D || '~',
--   or with a shortened date that D falls in (its year or month): the report finds those articles in articles_by_date
--   and reads their office mentions by article; only these rows (and the reference terms) are sorted.
--
-- The generated column needs no upkeep (SQLite computes it from office); the date copies these views read are those
-- of 0008, kept true as described there. leaders_report and anniversaries_report keep their definitions: the views
-- below give the same rows, in parts a report can read in its order.
-- Never edit this file once shipped: add a new numbered migration instead.

-- An article row's role, from the office the article gives (leaders_report's CASE).
ALTER TABLE office_mentions ADD COLUMN role TEXT GENERATED ALWAYS AS (
    CASE office WHEN 'President' THEN 'head_of_state' WHEN 'Prime Minister' THEN 'head_of_government'
                WHEN 'Foreign Minister' THEN 'foreign_minister' END) VIRTUAL;

-- A country's office mentions in the leaders report's order. Still covers "the office mentions of a country".
DROP INDEX office_mentions_by_country;
CREATE INDEX office_mentions_by_country_role ON office_mentions (country, role, published_on);

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

-- The leaders report in parts, with the columns of leaders_report and the fact's id (`fact_id`: the office term's
-- or the office mention's), the report's last tie-breaker. Each lists countries by name as the outer loop, so that
-- the report without a country is read in its order too.

-- Reference terms (a few hundred): each country's in (role, started_on) order from office_terms_by_country.
CREATE VIEW leaders_reference AS
SELECT c.name AS country, t.role, t.office, p.name AS person, t.started_on, t.ended_on, 'reference' AS basis,
       NULL AS title, NULL AS evidence, c.iso3, t.person AS person_id, NULL AS article, t.id AS fact_id
FROM countries AS c
CROSS JOIN office_terms AS t ON t.country = c.iso3
JOIN persons AS p ON p.id = t.person;

-- Offices named in articles, each country's in (role, date) order from office_mentions_by_country_role; the date is
-- the copy of the article's (0008).
CREATE VIEW leaders_articles AS
SELECT c.name AS country, om.role, om.office, p.name AS person, om.published_on AS started_on, om.published_on AS ended_on,
       'article' AS basis, ar.title, substr(ar.body, om.span_start + 1, om.span_end - om.span_start) AS evidence,
       c.iso3, om.person AS person_id, om.article, om.id AS fact_id
FROM countries AS c
CROSS JOIN office_mentions AS om ON om.country = c.iso3
JOIN persons AS p ON p.id = om.person
LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = om.article;

-- The same rows found from their article's date (`leaders --on`): the articles from articles_by_date, then their
-- office mentions by article (named: by country, SQLite could read all of a country's for each article).
CREATE VIEW leaders_articles_by_date AS
SELECT c.name AS country, om.role, om.office, p.name AS person, ad.published_on AS started_on, ad.published_on AS ended_on,
       'article' AS basis, ar.title, substr(ar.body, om.span_start + 1, om.span_end - om.span_start) AS evidence,
       om.country AS iso3, om.person AS person_id, om.article, om.id AS fact_id
FROM articles AS ad
CROSS JOIN office_mentions AS om INDEXED BY office_mentions_by_article_person ON om.article = ad.id
JOIN persons AS p ON p.id = om.person
JOIN countries AS c ON c.iso3 = om.country
LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = om.article;
