-- 0005_report_speed: indexes that let the reports find a message's or an office mention's facts by article.
-- message_parties joins messages to office_mentions on (article, person): with only the single-column indexes
-- of 0002 SQLite looked the pair up by person, reading thousands of rows for each message.
-- Never edit this file once shipped: add a new numbered migration instead.

-- A person named with an office in an article, found by article and person (message_parties and its twin check).
-- Replaces office_mentions_by_article, of which it is an extension.
CREATE INDEX office_mentions_by_article_person ON office_mentions (article, person, country);
DROP INDEX office_mentions_by_article;

-- A message found by article and sender or recipient (message_parties). Replaces messages_by_article.
CREATE INDEX messages_by_article_sender ON messages (article, sender_person);
CREATE INDEX messages_by_article_recipient ON messages (article, recipient_person);
DROP INDEX messages_by_article;
