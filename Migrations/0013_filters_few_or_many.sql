-- 0013_filters_few_or_many: `messages --occasion`, `anniversaries --subject` and `leaders --on` with a whole year or
-- month stay fast whether the filter matches a handful of rows or nearly all of them (issue #5).
--
-- * message_occasions and anniversary_subjects list the occasions and subjects in use, one index seek for each
--   (a recursive skip over the new indexes rather than a scan of every row), so that "occasion contains New Year"
--   becomes a short list of exact values that the indexes can look up.
-- * messages_by_occasion_date and anniversaries_by_subject find the rows of those values.
-- The reports first count the matching rows through these indexes, up to a bound: few are looked up and sorted,
-- many are read in the report's order, skipping the rest, until the limit (Report.Probe in the code).
-- Never edit this file once shipped: add a new numbered migration instead.

CREATE INDEX messages_by_occasion_date ON messages (occasion, sent_on);
CREATE INDEX anniversaries_by_subject ON anniversaries (subject);

CREATE VIEW message_occasions AS
WITH RECURSIVE used (occasion) AS (
    SELECT min(occasion) FROM messages
    UNION ALL
    SELECT (SELECT min(m.occasion) FROM messages AS m WHERE m.occasion > used.occasion) FROM used WHERE used.occasion IS NOT NULL
)
SELECT occasion FROM used WHERE occasion IS NOT NULL;

CREATE VIEW anniversary_subjects AS
WITH RECURSIVE used (subject) AS (
    SELECT min(subject) FROM anniversaries
    UNION ALL
    SELECT (SELECT min(a.subject) FROM anniversaries AS a WHERE a.subject > used.subject) FROM used WHERE used.subject IS NOT NULL
)
SELECT subject FROM used WHERE subject IS NOT NULL;
