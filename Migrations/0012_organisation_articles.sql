-- 0012_organisation_articles: `articles --org` and `messages --kind` stop at their limit (issue #4), as
-- `articles --country` and `messages` do.
--
-- * mentions_by_organisation now gives an organisation's mentions in date order (the copy of the article's date,
--   0009): `articles --org` reads them and stops after the first articles, instead of sorting all of them.
-- * The organisations report counted the articles that mention each organisation through that index; in date order
--   each count would sort every mention first, so the counts are kept in organisation_article_counts, like the
--   countries' in 0009 (the import adds each batch's, triggers follow mentions deleted or changed; a mention inserted
--   by hand is counted when the counts are rebuilt with the statement in docs/schema.md).
-- * messages_by_kind_date gives the messages of one kind in date order, the order of the messages report.
-- Never edit this file once shipped: add a new numbered migration instead.

DROP INDEX mentions_by_organisation;
CREATE INDEX mentions_by_organisation ON mentions (organisation, published_on, article) WHERE organisation IS NOT NULL;

CREATE INDEX messages_by_kind_date ON messages (kind, sent_on);

CREATE TABLE organisation_article_counts (
    organisation TEXT PRIMARY KEY REFERENCES organisations (code),
    articles     INTEGER NOT NULL CHECK (articles >= 0)
) STRICT, WITHOUT ROWID;
INSERT INTO organisation_article_counts (organisation, articles)
SELECT organisation, count(DISTINCT article) FROM mentions WHERE organisation IS NOT NULL GROUP BY organisation;

CREATE TRIGGER organisation_article_counts_after_mention_delete AFTER DELETE ON mentions
WHEN old.organisation IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mentions WHERE organisation = old.organisation AND article = old.article) BEGIN
    UPDATE organisation_article_counts SET articles = articles - 1 WHERE organisation = old.organisation;
END;
CREATE TRIGGER organisation_article_counts_after_mention_update AFTER UPDATE OF article, organisation ON mentions
WHEN old.article IS NOT new.article OR old.organisation IS NOT new.organisation BEGIN
    UPDATE organisation_article_counts SET articles = articles - 1
    WHERE old.organisation IS NOT NULL AND organisation = old.organisation
      AND NOT EXISTS (SELECT 1 FROM mentions WHERE organisation = old.organisation AND article = old.article);
    INSERT INTO organisation_article_counts (organisation, articles)
    SELECT new.organisation, 1 WHERE new.organisation IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM mentions WHERE organisation = new.organisation AND article = new.article AND id <> new.id)
    ON CONFLICT (organisation) DO UPDATE SET articles = articles + 1;
END;

-- organisations_report with the same columns and rows as in 0003, its article count read from organisation_article_counts.
DROP VIEW organisations_report;
CREATE VIEW organisations_report AS
SELECT o.code, o.name, o.founded_on, o.dissolved_on, o.headquarters,
       (SELECT group_concat(name, ', ') FROM (
            SELECT c.name FROM memberships AS ms JOIN countries AS c ON c.iso3 = ms.country
            WHERE ms.organisation = o.code AND ms.role = 'member' AND ms.left_on IS NULL ORDER BY c.name)) AS members,
       coalesce((SELECT oc.articles FROM organisation_article_counts AS oc WHERE oc.organisation = o.code), 0) AS articles
FROM organisations AS o;
