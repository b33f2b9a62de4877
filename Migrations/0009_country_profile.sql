-- 0009_country_profile: the country report stops at its limit on large corpora (issue #4), as timeline does since 0008.
-- Two of its sections read every fact of the country before giving their first row:
--
-- * "latest articles" found every article that mentions the country, then sorted them by date. Each mention now
--   carries a copy of its article's date, and mentions_by_country gives a country's mentions in date order: the report
--   reads them backwards and stops after ten distinct articles.
-- * "country" counted the articles that mention the country, reading all its mentions (every article, for Russia).
--   country_article_counts keeps that number.
-- * "relations" read every relationship label of each of the country's pairs to list the distinct ones.
--   relationship_labels_by_pair now ends with the label, so that each distinct label is one seek.
-- * "anniversaries" sorted all of the country's anniversaries by year. Two views, one per side of the pair, give them
--   from an index by (country, year): SQLite reads each in year order, merges the two ("MERGE (UNION ALL)") and stops
--   at the limit.
--
-- The copies are kept true as in 0008: the import stores the date with each mention (Store/ArticleStore.swift), a
-- change of an article's date is copied to its mentions, and a mention moved to another article takes that article's
-- date. A mention inserted by hand in sqlite3 should be given its article's date (no trigger on insert; see 0008).
-- The counts are kept true the same way: the import adds the articles of each batch it stores
-- (Store/DerivedFacts.swift), triggers follow mentions deleted (with their article, or alone) or changed. A mention
-- inserted by hand is not counted until the counts are rebuilt with the statement in docs/schema.md.
-- Never edit this file once shipped: add a new numbered migration instead.

ALTER TABLE mentions ADD COLUMN published_on TEXT;
UPDATE mentions SET published_on = (SELECT published_on FROM articles WHERE id = mentions.article);

-- By country and date; still covers "the articles that mention a country" (country_report, articles_report, search).
DROP INDEX mentions_by_country;
CREATE INDEX mentions_by_country ON mentions (country, published_on, article) WHERE country IS NOT NULL;

CREATE TRIGGER mentions_date_after_article_change AFTER UPDATE OF article, published_on ON mentions
WHEN new.published_on IS NOT (SELECT published_on FROM articles WHERE id = new.article) BEGIN
    UPDATE mentions SET published_on = (SELECT published_on FROM articles WHERE id = new.article) WHERE id = new.id;
END;
CREATE TRIGGER mentions_date_after_article_date_update AFTER UPDATE OF published_on ON articles BEGIN
    UPDATE mentions SET published_on = new.published_on WHERE article = new.id;
END;

-- A country's anniversaries in year order, one index per side of the pair.
CREATE INDEX anniversaries_by_country_a_year ON anniversaries (country_a, year_marked) WHERE country_a IS NOT NULL;
CREATE INDEX anniversaries_by_country_b_year ON anniversaries (country_b, year_marked) WHERE country_b IS NOT NULL;

-- The indexes by country (or pair) alone, created again so that they stay the newest (see the end of 0008): a report
-- that reads all of a country's anniversaries reads them faster in the order they were stored than in year order.
DROP INDEX anniversaries_by_country_b;
CREATE INDEX anniversaries_by_country_b ON anniversaries (country_b);
DROP INDEX anniversaries_by_pair;
CREATE INDEX anniversaries_by_pair ON anniversaries (country_a, country_b, subject_kind, year_since);

-- A pair's distinct labels, one seek each (the country report's relations).
DROP INDEX relationship_labels_by_pair;
CREATE INDEX relationship_labels_by_pair ON relationship_labels (country_a, country_b, label);

-- The anniversaries section of the country report: the rows of anniversaries_report about a country (`iso3`), the
-- anniversaries where it is the first party and those where it is the second. `is_treaty` is the report's order
-- (a merged UNION ALL can only be ordered by its columns).
CREATE VIEW country_anniversaries_a AS
SELECT an.year_marked AS year, an.ordinal, an.year_since AS since, an.subject,
       ca.name AS party_a, cb.name AS party_b, ar.published_on, ar.title,
       an.subject_kind = 'treaty' AS is_treaty, an.id AS anniversary, an.country_a AS iso3
FROM anniversaries AS an
JOIN articles AS ar INDEXED BY articles_heading ON ar.id = an.article
LEFT JOIN countries AS ca ON ca.iso3 = an.country_a
LEFT JOIN countries AS cb ON cb.iso3 = an.country_b
WHERE an.country_a IS NOT NULL;

CREATE VIEW country_anniversaries_b AS
SELECT an.year_marked AS year, an.ordinal, an.year_since AS since, an.subject,
       ca.name AS party_a, cb.name AS party_b, ar.published_on, ar.title,
       an.subject_kind = 'treaty' AS is_treaty, an.id AS anniversary, an.country_b AS iso3
FROM anniversaries AS an
JOIN articles AS ar INDEXED BY articles_heading ON ar.id = an.article
LEFT JOIN countries AS ca ON ca.iso3 = an.country_a
LEFT JOIN countries AS cb ON cb.iso3 = an.country_b
WHERE an.country_b IS NOT NULL AND an.country_a IS NOT an.country_b;

-- How many articles mention each country (country_report.articles), as count(DISTINCT article) over its mentions.
CREATE TABLE country_article_counts (
    country  TEXT PRIMARY KEY REFERENCES countries (iso3),
    articles INTEGER NOT NULL CHECK (articles >= 0)
) STRICT, WITHOUT ROWID;
INSERT INTO country_article_counts (country, articles)
SELECT country, count(DISTINCT article) FROM mentions WHERE country IS NOT NULL GROUP BY country;

-- A mention gone (deleted with its article, or alone): its article no longer counts if it was the last one of the country.
CREATE TRIGGER country_article_counts_after_mention_delete AFTER DELETE ON mentions
WHEN old.country IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mentions WHERE country = old.country AND article = old.article) BEGIN
    UPDATE country_article_counts SET articles = articles - 1 WHERE country = old.country;
END;
-- A mention moved to another article or country: counted off the old pair, onto the new one if it is the first there.
CREATE TRIGGER country_article_counts_after_mention_update AFTER UPDATE OF article, country ON mentions
WHEN old.article IS NOT new.article OR old.country IS NOT new.country BEGIN
    UPDATE country_article_counts SET articles = articles - 1
    WHERE old.country IS NOT NULL AND country = old.country
      AND NOT EXISTS (SELECT 1 FROM mentions WHERE country = old.country AND article = old.article);
    INSERT INTO country_article_counts (country, articles)
    SELECT new.country, 1 WHERE new.country IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM mentions WHERE country = new.country AND article = new.article AND id <> new.id)
    ON CONFLICT (country) DO UPDATE SET articles = articles + 1;
END;

-- country_report with the same columns and rows as in 0003, its article count read from country_article_counts.
DROP VIEW country_report;
CREATE VIEW country_report AS
SELECT c.name, c.iso3, c.iso2, c.official_name, c.capital, c.status, c.country_group,
       (SELECT group_concat(name, '; ') FROM (
            SELECT DISTINCT n.name FROM country_names AS n
            WHERE n.country = c.iso3 AND n.kind IN ('alias', 'former name', 'demonym') AND n.name <> c.name
            ORDER BY n.name)) AS other_names,
       coalesce((SELECT ac.articles FROM country_article_counts AS ac WHERE ac.country = c.iso3), 0) AS articles
FROM countries AS c;
