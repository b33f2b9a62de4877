-- 0015_article_fact_counts: how many facts each article gave is stored, so `articles_report` no longer counts them.
--
-- * articles_report counted each article's anniversaries, messages, office mentions, membership events and labels:
--   five index seeks an article, 5,000 for the first 1,000 rows of `articles` or `articles --country`, most of them
--   pages not yet read. article_fact_counts keeps the sum, one small table read in article order.
-- * Kept true as the counts of 0009: the import counts the facts of each batch it stores, once they are stored
--   (Store/DerivedFacts.swift); triggers follow facts deleted (with their article, or alone) or moved to another
--   article. A fact inserted by hand in sqlite3 is not counted until the counts are rebuilt from
--   article_fact_counts_derived, as docs/schema.md says (a trigger on every inserted fact would make imports slower; see 0008).
-- Never edit this file once shipped: add a new numbered migration instead.

CREATE TABLE article_fact_counts (
    article INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    facts   INTEGER NOT NULL CHECK (facts >= 0)
) STRICT;
-- The definition of the stored counts: the import inserts a batch's rows from it, and a rebuild all of them.
CREATE VIEW article_fact_counts_derived AS
SELECT id AS article,
       (SELECT count(*) FROM anniversaries WHERE article = articles.id)
       + (SELECT count(*) FROM messages WHERE article = articles.id)
       + (SELECT count(*) FROM office_mentions WHERE article = articles.id)
       + (SELECT count(*) FROM membership_events WHERE article = articles.id)
       + (SELECT count(*) FROM relationship_labels WHERE article = articles.id) AS facts
FROM articles;
INSERT INTO article_fact_counts (article, facts) SELECT article, facts FROM article_fact_counts_derived;

-- A fact gone (deleted with its article, or alone) or moved to another article.
CREATE TRIGGER article_fact_counts_after_anniversaries_delete AFTER DELETE ON anniversaries BEGIN
    UPDATE article_fact_counts SET facts = facts - 1 WHERE article = old.article AND facts > 0;
END;
CREATE TRIGGER article_fact_counts_after_anniversaries_move AFTER UPDATE OF article ON anniversaries WHEN old.article IS NOT new.article BEGIN
    UPDATE article_fact_counts SET facts = facts - 1 WHERE article = old.article AND facts > 0;
    UPDATE article_fact_counts SET facts = facts + 1 WHERE article = new.article;
END;
CREATE TRIGGER article_fact_counts_after_messages_delete AFTER DELETE ON messages BEGIN
    UPDATE article_fact_counts SET facts = facts - 1 WHERE article = old.article AND facts > 0;
END;
CREATE TRIGGER article_fact_counts_after_messages_move AFTER UPDATE OF article ON messages WHEN old.article IS NOT new.article BEGIN
    UPDATE article_fact_counts SET facts = facts - 1 WHERE article = old.article AND facts > 0;
    UPDATE article_fact_counts SET facts = facts + 1 WHERE article = new.article;
END;
CREATE TRIGGER article_fact_counts_after_office_mentions_delete AFTER DELETE ON office_mentions BEGIN
    UPDATE article_fact_counts SET facts = facts - 1 WHERE article = old.article AND facts > 0;
END;
CREATE TRIGGER article_fact_counts_after_office_mentions_move AFTER UPDATE OF article ON office_mentions WHEN old.article IS NOT new.article BEGIN
    UPDATE article_fact_counts SET facts = facts - 1 WHERE article = old.article AND facts > 0;
    UPDATE article_fact_counts SET facts = facts + 1 WHERE article = new.article;
END;
CREATE TRIGGER article_fact_counts_after_membership_events_delete AFTER DELETE ON membership_events BEGIN
    UPDATE article_fact_counts SET facts = facts - 1 WHERE article = old.article AND facts > 0;
END;
CREATE TRIGGER article_fact_counts_after_membership_events_move AFTER UPDATE OF article ON membership_events WHEN old.article IS NOT new.article BEGIN
    UPDATE article_fact_counts SET facts = facts - 1 WHERE article = old.article AND facts > 0;
    UPDATE article_fact_counts SET facts = facts + 1 WHERE article = new.article;
END;
CREATE TRIGGER article_fact_counts_after_relationship_labels_delete AFTER DELETE ON relationship_labels BEGIN
    UPDATE article_fact_counts SET facts = facts - 1 WHERE article = old.article AND facts > 0;
END;
CREATE TRIGGER article_fact_counts_after_relationship_labels_move AFTER UPDATE OF article ON relationship_labels WHEN old.article IS NOT new.article BEGIN
    UPDATE article_fact_counts SET facts = facts - 1 WHERE article = old.article AND facts > 0;
    UPDATE article_fact_counts SET facts = facts + 1 WHERE article = new.article;
END;

-- One row per article: the countries and organisations it mentions and how many facts it gave.
DROP VIEW articles_report;
CREATE VIEW articles_report AS
SELECT ar.id AS article, ar.published_on, ar.title,
       (SELECT group_concat(name, ', ') FROM (
            SELECT DISTINCT c.name FROM mentions AS mn JOIN countries AS c ON c.iso3 = mn.country
            WHERE mn.article = ar.id ORDER BY c.name)) AS countries,
       (SELECT group_concat(organisation, ', ') FROM (
            SELECT DISTINCT mn.organisation FROM mentions AS mn
            WHERE mn.article = ar.id AND mn.organisation IS NOT NULL ORDER BY mn.organisation)) AS organisations,
       (SELECT fc.facts FROM article_fact_counts AS fc WHERE fc.article = ar.id) AS facts,
       ar.url, ar.source
FROM articles AS ar;

-- Everything dated about a country, from the reference data and from articles (dated by the article).
