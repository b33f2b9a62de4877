-- 0011_anniversaries_in_order: `anniversaries` without --country stops at its limit too (issue #4). Its order begins
-- with `country`: the second party's name, else the first party's, else the organisation's. anniversaries_report_a
-- (the second party's name, partners in name order) and anniversaries_report_a_alone (the only party's name) of 0010
-- give the rows with a country; this view gives the rest, an organisation's anniversaries with no country, from an
-- index by organisation and year. The report merges the three as it does for one country.
-- Never edit this file once shipped: add a new numbered migration instead.

CREATE INDEX anniversaries_by_organisation_year ON anniversaries (organisation, year_marked) WHERE country_a IS NULL;

CREATE VIEW anniversaries_report_organisation AS
SELECT o.name AS country, an.year_marked AS year, an.ordinal, an.year_since AS since, an.subject, ar.published_on, ar.title,
       substr(ar.body, an.span_start + 1, an.span_end - an.span_start) AS evidence,
       an.subject_kind = 'treaty' AS is_treaty, an.id AS anniversary, NULL AS iso3
FROM organisations AS o
CROSS JOIN anniversaries AS an ON an.organisation = o.code AND an.country_a IS NULL
JOIN articles AS ar INDEXED BY articles_heading ON ar.id = an.article;
