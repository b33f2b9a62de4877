-- 0014_article_mentions_covered: the countries and organisations an article mentions are read from the index alone.
--
-- * mentions_by_article now holds (article, country, organisation). `articles_report` lists each article's countries
--   and organisations, and before it had to fetch every mention row from the table to read them: one more page per
--   mention, and 1,000 articles' worth for `articles --country`. The import's per-batch article counts (0009, 0012)
--   and the triggers that keep them when a mention is deleted read the same pairs.
-- Never edit this file once shipped: add a new numbered migration instead.

DROP INDEX mentions_by_article;
CREATE INDEX mentions_by_article ON mentions (article, country, organisation);
