-- 0006_derived_facts: report speed on large corpora (issue #4). Two derived tables, derived for each article as it is
-- stored, kept true by triggers when facts are changed, derived again whenever the reference data is reloaded; and
-- report views that read them:
--   message_countries    the rows of message_parties (which country sent or received each message), stored
--                        instead of recomputed from office_terms and office_mentions on every query;
--   conflicting_facts    which anniversaries, office mentions and membership statements contradict the reference
--                        data, so that conflicts_report reads the few conflicting facts instead of checking every fact.
-- How each is derived is a view (message_parties_derived, *_conflicts_derived): the tables hold exactly their rows.
-- An index on articles (id, published_on, title) gives the reports an article's date and title without reading its
-- body, and leaders_report, timeline_report and pair_report join an article once, outside their UNION ALL, so that
-- the evidence (the body) is read only when it is asked for.
-- Never edit this file once shipped: add a new numbered migration instead.

-- An article's date and title, without its body.
CREATE INDEX articles_heading ON articles (id, published_on, title);

-- Anniversaries by their two countries (pair_report, timeline_report, the anniversary conflicts). Replaces
-- anniversaries_by_country_a, of which it is an extension.
CREATE INDEX anniversaries_by_pair ON anniversaries (country_a, country_b, subject_kind, year_since);
DROP INDEX anniversaries_by_country_a;
-- Anniversaries of a treaty (the treaty conflicts, and the foreign key from treaties).
CREATE INDEX anniversaries_by_treaty ON anniversaries (treaty, year_since) WHERE treaty IS NOT NULL;

-- ---------------------------------------------------------------------------------------------------------------
-- Which country sent or received each message: the country named in the message, else the country whose office
-- the person held that day (office_terms), else the country the article names with the person's office
-- ("President of Armenia Serzh Sargsyan"). One row per message, side and country. This is the definition of
-- message_parties in 0003, under a new name.
CREATE VIEW message_parties_derived AS
SELECT m.id AS message, 'sender' AS side, m.sender_country AS iso3
FROM messages AS m WHERE m.sender_country IS NOT NULL
UNION ALL
SELECT m.id, 'recipient', m.recipient_country
FROM messages AS m WHERE m.recipient_country IS NOT NULL
UNION ALL
SELECT m.id, 'sender', t.country
FROM office_terms AS t JOIN messages AS m ON m.sender_person = t.person
WHERE t.started_on <= m.sent_on || '~' AND (t.ended_on IS NULL OR t.ended_on || '~' >= m.sent_on)
  AND NOT EXISTS (SELECT 1 FROM office_terms AS e WHERE e.person = t.person AND e.country = t.country AND e.id < t.id
                  AND e.started_on <= m.sent_on || '~' AND (e.ended_on IS NULL OR e.ended_on || '~' >= m.sent_on))
UNION ALL
SELECT m.id, 'recipient', t.country
FROM office_terms AS t JOIN messages AS m ON m.recipient_person = t.person
WHERE t.started_on <= m.sent_on || '~' AND (t.ended_on IS NULL OR t.ended_on || '~' >= m.sent_on)
  AND NOT EXISTS (SELECT 1 FROM office_terms AS e WHERE e.person = t.person AND e.country = t.country AND e.id < t.id
                  AND e.started_on <= m.sent_on || '~' AND (e.ended_on IS NULL OR e.ended_on || '~' >= m.sent_on))
UNION ALL
SELECT m.id, 'sender', om.country
FROM office_mentions AS om JOIN messages AS m ON m.article = om.article AND m.sender_person = om.person
WHERE NOT EXISTS (SELECT 1 FROM office_terms AS e WHERE e.person = om.person
                  AND e.started_on <= m.sent_on || '~' AND (e.ended_on IS NULL OR e.ended_on || '~' >= m.sent_on))
  AND NOT EXISTS (SELECT 1 FROM office_mentions AS twin WHERE twin.article = om.article AND twin.person = om.person AND twin.country = om.country AND twin.id < om.id)
UNION ALL
SELECT m.id, 'recipient', om.country
FROM office_mentions AS om JOIN messages AS m ON m.article = om.article AND m.recipient_person = om.person
WHERE NOT EXISTS (SELECT 1 FROM office_terms AS e WHERE e.person = om.person
                  AND e.started_on <= m.sent_on || '~' AND (e.ended_on IS NULL OR e.ended_on || '~' >= m.sent_on))
  AND NOT EXISTS (SELECT 1 FROM office_mentions AS twin WHERE twin.article = om.article AND twin.person = om.person AND twin.country = om.country AND twin.id < om.id);

-- The rows of message_parties_derived, stored. An import derives the rows of each article's messages once its facts
-- are stored (Store/DerivedFacts.swift: a trigger on each inserted fact would make SQLite keep a statement journal
-- for every fact it stores); the triggers below follow later updates and deletes; the reference loader derives the
-- whole table again when office_terms may have changed.
CREATE TABLE message_countries (
    message INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    side    TEXT NOT NULL CHECK (side IN ('sender', 'recipient')),
    iso3    TEXT NOT NULL
) STRICT;
CREATE INDEX message_countries_by_message ON message_countries (message, side, iso3);
CREATE INDEX message_countries_by_country ON message_countries (iso3, side, message);
INSERT INTO message_countries (message, side, iso3) SELECT message, side, iso3 FROM message_parties_derived;

CREATE TRIGGER message_countries_after_message_update AFTER UPDATE ON messages BEGIN
    DELETE FROM message_countries WHERE message IN (old.id, new.id);
    INSERT INTO message_countries (message, side, iso3) SELECT message, side, iso3 FROM message_parties_derived WHERE message = new.id;
END;
-- An office mention decides the country of the messages of its article that name its person (when the reference
-- does not): when one is deleted or changed, derive those again. They are picked by a range of message ids and a
-- check per message, not with `message IN (SELECT ...)`, for which SQLite would build a temporary table in each
-- branch of the view.
CREATE TRIGGER message_countries_after_office_mention_delete AFTER DELETE ON office_mentions
WHEN EXISTS (SELECT 1 FROM messages WHERE article = old.article) BEGIN
    DELETE FROM message_countries WHERE message BETWEEN (SELECT min(id) FROM messages WHERE article = old.article) AND (SELECT max(id) FROM messages WHERE article = old.article)
        AND EXISTS (SELECT 1 FROM messages AS x WHERE x.id = message AND x.article = old.article AND (x.sender_person = old.person OR x.recipient_person = old.person));
    INSERT INTO message_countries (message, side, iso3) SELECT message, side, iso3 FROM message_parties_derived WHERE message BETWEEN (SELECT min(id) FROM messages WHERE article = old.article) AND (SELECT max(id) FROM messages WHERE article = old.article)
        AND EXISTS (SELECT 1 FROM messages AS x WHERE x.id = message AND x.article = old.article AND (x.sender_person = old.person OR x.recipient_person = old.person));
END;
CREATE TRIGGER message_countries_after_office_mention_update AFTER UPDATE ON office_mentions
WHEN EXISTS (SELECT 1 FROM messages WHERE article IN (old.article, new.article)) BEGIN
    DELETE FROM message_countries WHERE message BETWEEN (SELECT min(id) FROM messages WHERE article = old.article) AND (SELECT max(id) FROM messages WHERE article = old.article)
        AND EXISTS (SELECT 1 FROM messages AS x WHERE x.id = message AND x.article = old.article AND (x.sender_person = old.person OR x.recipient_person = old.person));
    INSERT INTO message_countries (message, side, iso3) SELECT message, side, iso3 FROM message_parties_derived WHERE message BETWEEN (SELECT min(id) FROM messages WHERE article = old.article) AND (SELECT max(id) FROM messages WHERE article = old.article)
        AND EXISTS (SELECT 1 FROM messages AS x WHERE x.id = message AND x.article = old.article AND (x.sender_person = old.person OR x.recipient_person = old.person));
    DELETE FROM message_countries WHERE message BETWEEN (SELECT min(id) FROM messages WHERE article = new.article) AND (SELECT max(id) FROM messages WHERE article = new.article)
        AND EXISTS (SELECT 1 FROM messages AS x WHERE x.id = message AND x.article = new.article AND (x.sender_person = new.person OR x.recipient_person = new.person));
    INSERT INTO message_countries (message, side, iso3) SELECT message, side, iso3 FROM message_parties_derived WHERE message BETWEEN (SELECT min(id) FROM messages WHERE article = new.article) AND (SELECT max(id) FROM messages WHERE article = new.article)
        AND EXISTS (SELECT 1 FROM messages AS x WHERE x.id = message AND x.article = new.article AND (x.sender_person = new.person OR x.recipient_person = new.person));
END;

-- message_parties keeps its columns and rows; it now reads the stored table.
DROP VIEW message_parties;
CREATE VIEW message_parties AS SELECT message, side, iso3 FROM message_countries;

-- ---------------------------------------------------------------------------------------------------------------
-- Facts that contradict the reference data (the rules are those of conflicts_report in 0003):
-- an anniversary of diplomatic relations whose year since is not the year relations were established (or there
-- are none), or of a treaty whose year since is neither the year it was signed nor the year it came into force.
CREATE VIEW anniversary_conflicts_derived AS
SELECT an.id AS anniversary, an.country_b AS iso3
FROM anniversaries AS an
WHERE an.subject_kind = 'diplomatic relations' AND an.year_since IS NOT NULL AND an.country_b IS NOT NULL
  AND EXISTS (SELECT 1 FROM diplomatic_relations AS d
              WHERE ((d.country_a = an.country_a AND d.country_b = an.country_b) OR (d.country_a = an.country_b AND d.country_b = an.country_a))
                AND (d.established_on IS NULL OR an.year_since <> CAST(substr(d.established_on, 1, 4) AS INTEGER)))
UNION ALL
SELECT an.id, an.country_b
FROM anniversaries AS an JOIN treaties AS t ON t.id = an.treaty
WHERE an.subject_kind = 'treaty' AND an.year_since IS NOT NULL AND an.country_b IS NOT NULL
  AND (t.signed_on IS NOT NULL OR t.in_force_on IS NOT NULL)
  AND an.year_since IS NOT CAST(substr(t.signed_on, 1, 4) AS INTEGER)
  AND an.year_since IS NOT CAST(substr(t.in_force_on, 1, 4) AS INTEGER);

-- An office of a country the article gives someone on a day the reference says someone else held it.
-- (The role of an office title as in conflicts_report of 0003, written as a CASE rather than a join.)
CREATE VIEW office_conflicts_derived AS
SELECT om.id AS office_mention, om.country AS iso3
FROM office_mentions AS om
JOIN articles AS ar ON ar.id = om.article
WHERE om.office IN ('President', 'Prime Minister', 'Foreign Minister')
  AND EXISTS (SELECT 1 FROM office_terms AS t WHERE t.country = om.country
                AND t.role = CASE om.office WHEN 'President' THEN 'head_of_state' WHEN 'Prime Minister' THEN 'head_of_government'
                                            WHEN 'Foreign Minister' THEN 'foreign_minister' END
                AND t.started_on <= ar.published_on || '~' AND (t.ended_on IS NULL OR t.ended_on || '~' >= ar.published_on))
  AND NOT EXISTS (SELECT 1 FROM office_terms AS t WHERE t.country = om.country AND t.person = om.person
                AND t.role = CASE om.office WHEN 'President' THEN 'head_of_state' WHEN 'Prime Minister' THEN 'head_of_government'
                                            WHEN 'Foreign Minister' THEN 'foreign_minister' END
                AND t.started_on <= ar.published_on || '~' AND (t.ended_on IS NULL OR t.ended_on || '~' >= ar.published_on));

-- A membership statement the reference contradicts.
CREATE VIEW membership_conflicts_derived AS
SELECT me.id AS membership_event, me.country AS iso3
FROM membership_events AS me
JOIN articles AS ar ON ar.id = me.article
WHERE (me.action IN ('joined', 'left', 'suspended', 'froze', 'plans_to_leave')
       AND NOT EXISTS (SELECT 1 FROM memberships AS ms WHERE ms.organisation = me.organisation AND ms.country = me.country))
   OR (me.action = 'joined' AND EXISTS (
           SELECT 1 FROM memberships AS ms WHERE ms.organisation = me.organisation AND ms.country = me.country AND ms.role = 'member'
           AND CAST(substr(ms.joined_on, 1, 4) AS INTEGER) < CAST(substr(ar.published_on, 1, 4) AS INTEGER) - 1
           AND (ms.left_on IS NULL OR ms.left_on || '~' >= ar.published_on)))
   OR (me.action = 'plans_to_join' AND EXISTS (
           SELECT 1 FROM memberships AS ms WHERE ms.organisation = me.organisation AND ms.country = me.country AND ms.role = 'member'
           AND ms.joined_on <= ar.published_on || '~' AND (ms.left_on IS NULL OR ms.left_on || '~' >= ar.published_on)))
   OR (me.action = 'left' AND EXISTS (
           SELECT 1 FROM memberships AS ms WHERE ms.organisation = me.organisation AND ms.country = me.country
           AND ms.joined_on <= ar.published_on || '~' AND ms.left_on IS NULL));

-- The rows of the three views above, stored: one row per conflicting fact, with the country it is about. An import
-- derives the rows of each article's facts once they are stored (Store/DerivedFacts.swift); the triggers below follow
-- later updates of facts and article dates; the reference loader derives the whole table again.
CREATE TABLE conflicting_facts (
    kind             TEXT NOT NULL CHECK (kind IN ('anniversary', 'office', 'membership')),
    iso3             TEXT NOT NULL,
    anniversary      INTEGER REFERENCES anniversaries (id) ON DELETE CASCADE,
    office_mention   INTEGER REFERENCES office_mentions (id) ON DELETE CASCADE,
    membership_event INTEGER REFERENCES membership_events (id) ON DELETE CASCADE,
    CHECK ((kind = 'anniversary') = (anniversary IS NOT NULL) AND (kind = 'office') = (office_mention IS NOT NULL)
           AND (kind = 'membership') = (membership_event IS NOT NULL))
) STRICT;
CREATE INDEX conflicting_facts_by_kind ON conflicting_facts (kind, iso3);
CREATE INDEX conflicting_facts_by_anniversary ON conflicting_facts (anniversary) WHERE anniversary IS NOT NULL;
CREATE INDEX conflicting_facts_by_office_mention ON conflicting_facts (office_mention) WHERE office_mention IS NOT NULL;
CREATE INDEX conflicting_facts_by_membership_event ON conflicting_facts (membership_event) WHERE membership_event IS NOT NULL;
INSERT INTO conflicting_facts (kind, iso3, anniversary) SELECT 'anniversary', iso3, anniversary FROM anniversary_conflicts_derived;
INSERT INTO conflicting_facts (kind, iso3, office_mention) SELECT 'office', iso3, office_mention FROM office_conflicts_derived;
INSERT INTO conflicting_facts (kind, iso3, membership_event) SELECT 'membership', iso3, membership_event FROM membership_conflicts_derived;

CREATE TRIGGER conflicting_facts_after_anniversary_update AFTER UPDATE ON anniversaries BEGIN
    DELETE FROM conflicting_facts WHERE anniversary IN (old.id, new.id);
    INSERT INTO conflicting_facts (kind, iso3, anniversary) SELECT 'anniversary', iso3, anniversary FROM anniversary_conflicts_derived WHERE anniversary = new.id;
END;
CREATE TRIGGER conflicting_facts_after_office_mention_update AFTER UPDATE ON office_mentions BEGIN
    DELETE FROM conflicting_facts WHERE office_mention IN (old.id, new.id);
    INSERT INTO conflicting_facts (kind, iso3, office_mention) SELECT 'office', iso3, office_mention FROM office_conflicts_derived WHERE office_mention = new.id;
END;
CREATE TRIGGER conflicting_facts_after_membership_event_update AFTER UPDATE ON membership_events BEGIN
    DELETE FROM conflicting_facts WHERE membership_event IN (old.id, new.id);
    INSERT INTO conflicting_facts (kind, iso3, membership_event) SELECT 'membership', iso3, membership_event FROM membership_conflicts_derived WHERE membership_event = new.id;
END;
-- Office and membership conflicts depend on the article's date.
CREATE TRIGGER conflicting_facts_after_article_date_update AFTER UPDATE OF published_on ON articles BEGIN
    DELETE FROM conflicting_facts WHERE office_mention IN (SELECT id FROM office_mentions WHERE article = new.id);
    INSERT INTO conflicting_facts (kind, iso3, office_mention) SELECT 'office', iso3, office_mention FROM office_conflicts_derived
    WHERE office_mention IN (SELECT id FROM office_mentions WHERE article = new.id);
    DELETE FROM conflicting_facts WHERE membership_event IN (SELECT id FROM membership_events WHERE article = new.id);
    INSERT INTO conflicting_facts (kind, iso3, membership_event) SELECT 'membership', iso3, membership_event FROM membership_conflicts_derived
    WHERE membership_event IN (SELECT id FROM membership_events WHERE article = new.id);
END;

-- ---------------------------------------------------------------------------------------------------------------
-- The report views again, with the same columns and rows as in 0002 and 0003: they read the derived tables, and they
-- read an article's date and title from articles_heading (INDEXED BY: without statistics SQLite would read the
-- article's row, a page per article, even when the body is not asked for).

DROP VIEW anniversaries_report;
CREATE VIEW anniversaries_report AS
SELECT an.year_marked AS year,
       coalesce(cb.name, ca.name, o.name) AS country,
       an.ordinal,
       an.year_since AS since,
       an.subject,
       an.subject_kind,
       ca.name AS party_a,
       cb.name AS party_b,
       an.country_a AS iso3_a,
       an.country_b AS iso3_b,
       an.organisation,
       ar.published_on,
       ar.title,
       substr(ar.body, an.span_start + 1, an.span_end - an.span_start) AS evidence,
       an.article,
       an.id AS anniversary
FROM anniversaries AS an
JOIN articles AS ar INDEXED BY articles_heading ON ar.id = an.article
LEFT JOIN countries AS ca ON ca.iso3 = an.country_a
LEFT JOIN countries AS cb ON cb.iso3 = an.country_b
LEFT JOIN organisations AS o ON o.code = an.organisation;

DROP VIEW leaders_report;
CREATE VIEW leaders_report AS
SELECT f.country, f.role, f.office, f.person,
       CASE WHEN f.article IS NULL THEN f.started_on ELSE ar.published_on END AS started_on,
       CASE WHEN f.article IS NULL THEN f.ended_on ELSE ar.published_on END AS ended_on,
       f.basis, ar.title, substr(ar.body, f.span_start + 1, f.span_end - f.span_start) AS evidence,
       f.iso3, f.person_id, f.article
FROM (
    SELECT c.name AS country, t.role, t.office, p.name AS person, t.started_on, t.ended_on,
           'reference' AS basis, NULL AS span_start, NULL AS span_end,
           t.country AS iso3, t.person AS person_id, NULL AS article
    FROM office_terms AS t
    JOIN persons AS p ON p.id = t.person
    JOIN countries AS c ON c.iso3 = t.country
    UNION ALL
    SELECT c.name, CASE om.office WHEN 'President' THEN 'head_of_state' WHEN 'Prime Minister' THEN 'head_of_government'
                                  WHEN 'Foreign Minister' THEN 'foreign_minister' END,
           om.office, p.name, NULL, NULL,
           'article', om.span_start, om.span_end,
           om.country, om.person, om.article
    FROM office_mentions AS om
    JOIN persons AS p ON p.id = om.person
    JOIN countries AS c ON c.iso3 = om.country
) AS f
LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = f.article;

DROP VIEW messages_report;
CREATE VIEW messages_report AS
SELECT m.sent_on,
       CAST(substr(m.sent_on, 1, 4) AS INTEGER) AS year,
       coalesce(sp.name, sc.name) AS sender,
       (SELECT c.name FROM message_countries AS mp JOIN countries AS c ON c.iso3 = mp.iso3
        WHERE mp.message = m.id AND mp.side = 'sender' ORDER BY c.name LIMIT 1) AS sender_country,
       coalesce(rp.name, rc.name) AS recipient,
       (SELECT c.name FROM message_countries AS mp JOIN countries AS c ON c.iso3 = mp.iso3
        WHERE mp.message = m.id AND mp.side = 'recipient' ORDER BY c.name LIMIT 1) AS recipient_country,
       m.kind, m.occasion, ar.title,
       substr(ar.body, m.span_start + 1, m.span_end - m.span_start) AS evidence,
       (SELECT mp.iso3 FROM message_countries AS mp WHERE mp.message = m.id AND mp.side = 'sender' ORDER BY mp.iso3 LIMIT 1) AS sender_iso3,
       (SELECT mp.iso3 FROM message_countries AS mp WHERE mp.message = m.id AND mp.side = 'recipient' ORDER BY mp.iso3 LIMIT 1) AS recipient_iso3,
       m.article, m.id AS message
FROM messages AS m
JOIN articles AS ar INDEXED BY articles_heading ON ar.id = m.article
LEFT JOIN persons AS sp ON sp.id = m.sender_person
LEFT JOIN countries AS sc ON sc.iso3 = m.sender_country
LEFT JOIN persons AS rp ON rp.id = m.recipient_person
LEFT JOIN countries AS rc ON rc.iso3 = m.recipient_country;

-- Each fact is found by its country inside the UNION ALL; its article is joined once, outside it, for the date (of
-- the facts dated by their article), the title and the evidence.
DROP VIEW timeline_report;
CREATE VIEW timeline_report AS
SELECT CASE WHEN f.by_article THEN ar.published_on ELSE f.date END AS date, f.kind, f.fact, f.basis,
       ar.title, substr(ar.body, f.span_start + 1, f.span_end - f.span_start) AS evidence, f.iso3, f.article
FROM (
    SELECT d.established_on AS date, 0 AS by_article, 'diplomatic relations' AS kind, 'established with ' || c.name AS fact,
           'reference' AS basis, NULL AS span_start, NULL AS span_end, d.country_a AS iso3, NULL AS article
    FROM diplomatic_relations AS d JOIN countries AS c ON c.iso3 = d.country_b WHERE d.established_on IS NOT NULL
    UNION ALL
    SELECT d.established_on, 0, 'diplomatic relations', 'established with ' || c.name, 'reference', NULL, NULL, d.country_b, NULL
    FROM diplomatic_relations AS d JOIN countries AS c ON c.iso3 = d.country_a WHERE d.established_on IS NOT NULL
    UNION ALL
    SELECT d.ended_on, 0, 'diplomatic relations', d.status || ' with ' || c.name, 'reference', NULL, NULL, d.country_a, NULL
    FROM diplomatic_relations AS d JOIN countries AS c ON c.iso3 = d.country_b WHERE d.ended_on IS NOT NULL
    UNION ALL
    SELECT d.ended_on, 0, 'diplomatic relations', d.status || ' with ' || c.name, 'reference', NULL, NULL, d.country_b, NULL
    FROM diplomatic_relations AS d JOIN countries AS c ON c.iso3 = d.country_a WHERE d.ended_on IS NOT NULL
    UNION ALL
    SELECT t.signed_on, 0, 'treaty', t.name || ' signed (' || replace(t.parties, ';', ', ') || ')', 'reference', NULL, NULL, tp.country, NULL
    FROM treaty_parties AS tp JOIN treaties AS t ON t.id = tp.treaty WHERE tp.country IS NOT NULL AND t.signed_on IS NOT NULL
    UNION ALL
    SELECT ms.joined_on, 0, 'membership', 'joined ' || ms.organisation || ' (' || ms.role || ')', 'reference', NULL, NULL, ms.country, NULL
    FROM memberships AS ms WHERE ms.joined_on IS NOT NULL
    UNION ALL
    SELECT ms.left_on, 0, 'membership', 'left ' || ms.organisation || ' (' || ms.role || ')', 'reference', NULL, NULL, ms.country, NULL
    FROM memberships AS ms WHERE ms.left_on IS NOT NULL
    UNION ALL
    SELECT t.started_on, 0, 'office', p.name || ' took office as ' || t.office, 'reference', NULL, NULL, t.country, NULL
    FROM office_terms AS t JOIN persons AS p ON p.id = t.person WHERE t.started_on IS NOT NULL
    UNION ALL
    SELECT t.ended_on, 0, 'office', p.name || ' left office as ' || t.office, 'reference', NULL, NULL, t.country, NULL
    FROM office_terms AS t JOIN persons AS p ON p.id = t.person WHERE t.ended_on IS NOT NULL
    UNION ALL
    SELECT NULL, 1, 'anniversary',
           an.ordinal || CASE WHEN an.ordinal % 100 BETWEEN 11 AND 13 THEN 'th' WHEN an.ordinal % 10 = 1 THEN 'st'
                              WHEN an.ordinal % 10 = 2 THEN 'nd' WHEN an.ordinal % 10 = 3 THEN 'rd' ELSE 'th' END
           || ' anniversary of ' || an.subject || coalesce(' with ' || c.name, '') || coalesce(' (since ' || an.year_since || ')', ''),
           'article', an.span_start, an.span_end, an.country_a, an.article
    FROM anniversaries AS an LEFT JOIN countries AS c ON c.iso3 = an.country_b
    WHERE an.country_a IS NOT NULL
    UNION ALL
    SELECT NULL, 1, 'anniversary',
           an.ordinal || CASE WHEN an.ordinal % 100 BETWEEN 11 AND 13 THEN 'th' WHEN an.ordinal % 10 = 1 THEN 'st'
                              WHEN an.ordinal % 10 = 2 THEN 'nd' WHEN an.ordinal % 10 = 3 THEN 'rd' ELSE 'th' END
           || ' anniversary of ' || an.subject || ' with ' || c.name || coalesce(' (since ' || an.year_since || ')', ''),
           'article', an.span_start, an.span_end, an.country_b, an.article
    FROM anniversaries AS an JOIN countries AS c ON c.iso3 = an.country_a
    WHERE an.country_b IS NOT NULL
    UNION ALL
    SELECT m.sent_on, 0, 'message', 'received a ' || m.kind || coalesce(' (' || m.occasion || ')', '') || ' from ' || coalesce(sp.name, sc.name),
           'article', m.span_start, m.span_end, mp.iso3, m.article
    FROM message_countries AS mp JOIN messages AS m ON m.id = mp.message
    LEFT JOIN persons AS sp ON sp.id = m.sender_person LEFT JOIN countries AS sc ON sc.iso3 = m.sender_country
    WHERE mp.side = 'recipient'
    UNION ALL
    SELECT m.sent_on, 0, 'message', 'sent a ' || m.kind || coalesce(' (' || m.occasion || ')', '') || ' to ' || coalesce(rp.name, rc.name),
           'article', m.span_start, m.span_end, mp.iso3, m.article
    FROM message_countries AS mp JOIN messages AS m ON m.id = mp.message
    LEFT JOIN persons AS rp ON rp.id = m.recipient_person LEFT JOIN countries AS rc ON rc.iso3 = m.recipient_country
    WHERE mp.side = 'sender'
    UNION ALL
    SELECT NULL, 1, 'membership', replace(me.action, '_', ' ') || ' ' || me.organisation,
           'article', me.span_start, me.span_end, me.country, me.article
    FROM membership_events AS me
    UNION ALL
    SELECT NULL, 1, 'relationship', rl.label || ' with ' || c.name, 'article', rl.span_start, rl.span_end, rl.country_a, rl.article
    FROM relationship_labels AS rl JOIN countries AS c ON c.iso3 = rl.country_b
    UNION ALL
    SELECT NULL, 1, 'relationship', rl.label || ' with ' || c.name, 'article', rl.span_start, rl.span_end, rl.country_b, rl.article
    FROM relationship_labels AS rl JOIN countries AS c ON c.iso3 = rl.country_a
    UNION ALL
    SELECT NULL, 1, 'office', p.name || ' named as ' || om.office, 'article', om.span_start, om.span_end, om.country, om.article
    FROM office_mentions AS om JOIN persons AS p ON p.id = om.person
) AS f
LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = f.article;

DROP VIEW pair_report;
CREATE VIEW pair_report AS
SELECT CASE WHEN f.by_article THEN ar.published_on ELSE f.date END AS date, f.kind, f.fact, f.basis,
       ar.title, substr(ar.body, f.span_start + 1, f.span_end - f.span_start) AS evidence, f.iso3_a, f.iso3_b, f.article
FROM (
    SELECT d.established_on AS date, 0 AS by_article, 'diplomatic relations' AS kind, 'established' AS fact,
           'reference' AS basis, NULL AS span_start, NULL AS span_end, d.country_a AS iso3_a, d.country_b AS iso3_b, NULL AS article
    FROM diplomatic_relations AS d WHERE d.established_on IS NOT NULL
    UNION ALL
    SELECT d.ended_on, 0, 'diplomatic relations', d.status, 'reference', NULL, NULL, d.country_a, d.country_b, NULL
    FROM diplomatic_relations AS d WHERE d.ended_on IS NOT NULL
    UNION ALL
    SELECT t.signed_on, 0, 'treaty', t.name || ' signed' || coalesce(', in force ' || t.in_force_on, '') || coalesce(', ended ' || t.ended_on, ''),
           'reference', NULL, NULL, p1.country, p2.country, NULL
    FROM treaty_parties AS p1
    JOIN treaty_parties AS p2 ON p2.treaty = p1.treaty AND p2.country > p1.country
    JOIN treaties AS t ON t.id = p1.treaty
    UNION ALL
    SELECT NULL, 1, 'anniversary',
           an.ordinal || CASE WHEN an.ordinal % 100 BETWEEN 11 AND 13 THEN 'th' WHEN an.ordinal % 10 = 1 THEN 'st'
                              WHEN an.ordinal % 10 = 2 THEN 'nd' WHEN an.ordinal % 10 = 3 THEN 'rd' ELSE 'th' END
           || ' anniversary of ' || an.subject || coalesce(' (since ' || an.year_since || ')', ''),
           'article', an.span_start, an.span_end, an.country_a, an.country_b, an.article
    FROM anniversaries AS an
    WHERE an.country_b IS NOT NULL
    UNION ALL
    SELECT NULL, 1, 'relationship', rl.label, 'article', rl.span_start, rl.span_end, rl.country_a, rl.country_b, rl.article
    FROM relationship_labels AS rl
) AS f
LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = f.article;

-- The conflicting facts, each with both sides and its evidence. (Only the offices of office_conflicts_derived are
-- conflicting facts, so each has a role.)
DROP VIEW conflicts_report;
CREATE VIEW conflicts_report AS
SELECT 'anniversary' AS kind, c.name AS country,
       an.ordinal || ' years of diplomatic relations marked in ' || an.year_marked || ': since ' || an.year_since AS claim,
       CASE WHEN d.established_on IS NULL THEN 'no diplomatic relations (' || d.status || ')'
            ELSE 'diplomatic relations established ' || d.established_on END AS reference,
       ar.published_on, ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start) AS evidence,
       cf.iso3, an.article
FROM conflicting_facts AS cf
JOIN anniversaries AS an ON an.id = cf.anniversary
JOIN articles AS ar ON ar.id = an.article
JOIN countries AS c ON c.iso3 = an.country_b
JOIN diplomatic_relations AS d
  ON (d.country_a = an.country_a AND d.country_b = an.country_b) OR (d.country_a = an.country_b AND d.country_b = an.country_a)
WHERE cf.kind = 'anniversary' AND an.subject_kind = 'diplomatic relations'
  AND (d.established_on IS NULL OR an.year_since <> CAST(substr(d.established_on, 1, 4) AS INTEGER))
UNION ALL
SELECT 'anniversary', c.name,
       an.ordinal || ' years of the ' || an.subject || ' marked in ' || an.year_marked || ': since ' || an.year_since,
       t.name || ' signed ' || coalesce(t.signed_on, '?') || coalesce(', in force ' || t.in_force_on, ''),
       ar.published_on, ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start),
       cf.iso3, an.article
FROM conflicting_facts AS cf
JOIN anniversaries AS an ON an.id = cf.anniversary
JOIN articles AS ar ON ar.id = an.article
JOIN countries AS c ON c.iso3 = an.country_b
JOIN treaties AS t ON t.id = an.treaty
WHERE cf.kind = 'anniversary' AND an.subject_kind = 'treaty'
UNION ALL
SELECT 'office', c.name,
       p.name || ' is ' || om.office || ' of ' || c.name,
       'on ' || ar.published_on || ' the office was held by ' || (
           SELECT group_concat(name, '; ') FROM (
               SELECT h.name || ' (' || t.office || ' ' || coalesce(t.started_on, '?') || '–' || coalesce(t.ended_on, '') || ')' AS name
               FROM office_terms AS t JOIN persons AS h ON h.id = t.person
               WHERE t.country = om.country
                 AND t.role = CASE om.office WHEN 'President' THEN 'head_of_state' WHEN 'Prime Minister' THEN 'head_of_government'
                                             WHEN 'Foreign Minister' THEN 'foreign_minister' END
                 AND t.started_on <= ar.published_on || '~' AND (t.ended_on IS NULL OR t.ended_on || '~' >= ar.published_on)
               ORDER BY t.started_on)),
       ar.published_on, ar.title, substr(ar.body, om.span_start + 1, om.span_end - om.span_start),
       cf.iso3, om.article
FROM conflicting_facts AS cf
JOIN office_mentions AS om ON om.id = cf.office_mention
JOIN articles AS ar ON ar.id = om.article
JOIN persons AS p ON p.id = om.person
JOIN countries AS c ON c.iso3 = om.country
WHERE cf.kind = 'office'
UNION ALL
SELECT 'membership', c.name,
       c.name || ' ' || replace(me.action, '_', ' ') || ' ' || me.organisation,
       coalesce((SELECT group_concat(what, '; ') FROM (
                     SELECT ms.role || ' ' || coalesce(ms.joined_on, '?') || '–' || coalesce(ms.left_on, '') AS what
                     FROM memberships AS ms WHERE ms.organisation = me.organisation AND ms.country = me.country
                     ORDER BY ms.joined_on)),
                'never in ' || me.organisation),
       ar.published_on, ar.title, substr(ar.body, me.span_start + 1, me.span_end - me.span_start),
       cf.iso3, me.article
FROM conflicting_facts AS cf
JOIN membership_events AS me ON me.id = cf.membership_event
JOIN articles AS ar ON ar.id = me.article
JOIN countries AS c ON c.iso3 = me.country
WHERE cf.kind = 'membership';
