-- 0008_fact_dates: the timeline report stops at its limit on large corpora (issue #4). Each fact of an article carries
-- a copy of the article's date (published_on), and each row of message_countries the message's date (sent_on), so
-- that an index gives a country's facts in date order. The timeline report (Reports/Catalogue.swift) asks for each
-- kind of fact in (date, fact, title, evidence) order straight from these indexes: SQLite merges the kinds
-- ("MERGE (UNION ALL)") and stops after the first rows, instead of finding and sorting every fact of the country.
-- The copies are kept true: the import stores them with each fact (Store/ArticleStore.swift) and each message's
-- countries (Store/DerivedFacts.swift); a fact or message_countries row stored without one (sqlite3 users, the
-- triggers of 0006) gets it from an AFTER INSERT trigger; a change of an article's date is copied to its facts, and
-- of a message's date to its rows in message_countries. A re-imported article's facts are deleted and stored again.
-- Never edit this file once shipped: add a new numbered migration instead.

ALTER TABLE anniversaries ADD COLUMN published_on TEXT;
ALTER TABLE office_mentions ADD COLUMN published_on TEXT;
ALTER TABLE membership_events ADD COLUMN published_on TEXT;
ALTER TABLE relationship_labels ADD COLUMN published_on TEXT;
ALTER TABLE message_countries ADD COLUMN sent_on TEXT;

-- Filling the copies must not run the triggers of 0006 that follow changes of facts (nothing they derive changes):
-- they are dropped here and created again below, following only the columns they derive from.
DROP TRIGGER conflicting_facts_after_anniversary_update;
DROP TRIGGER conflicting_facts_after_office_mention_update;
DROP TRIGGER conflicting_facts_after_membership_event_update;
DROP TRIGGER message_countries_after_office_mention_update;

UPDATE anniversaries SET published_on = (SELECT published_on FROM articles WHERE id = anniversaries.article);
UPDATE office_mentions SET published_on = (SELECT published_on FROM articles WHERE id = office_mentions.article);
UPDATE membership_events SET published_on = (SELECT published_on FROM articles WHERE id = membership_events.article);
UPDATE relationship_labels SET published_on = (SELECT published_on FROM articles WHERE id = relationship_labels.article);
UPDATE message_countries SET sent_on = (SELECT sent_on FROM messages WHERE id = message_countries.message);

CREATE TRIGGER conflicting_facts_after_anniversary_update
AFTER UPDATE OF id, article, country_a, country_b, organisation, subject_kind, subject, treaty, ordinal, year_marked, year_since ON anniversaries BEGIN
    DELETE FROM conflicting_facts WHERE anniversary IN (old.id, new.id);
    INSERT INTO conflicting_facts (kind, iso3, anniversary) SELECT 'anniversary', iso3, anniversary FROM anniversary_conflicts_derived WHERE anniversary = new.id;
END;
CREATE TRIGGER conflicting_facts_after_office_mention_update
AFTER UPDATE OF id, article, person, country, office ON office_mentions BEGIN
    DELETE FROM conflicting_facts WHERE office_mention IN (old.id, new.id);
    INSERT INTO conflicting_facts (kind, iso3, office_mention) SELECT 'office', iso3, office_mention FROM office_conflicts_derived WHERE office_mention = new.id;
END;
CREATE TRIGGER conflicting_facts_after_membership_event_update
AFTER UPDATE OF id, article, organisation, country, action ON membership_events BEGIN
    DELETE FROM conflicting_facts WHERE membership_event IN (old.id, new.id);
    INSERT INTO conflicting_facts (kind, iso3, membership_event) SELECT 'membership', iso3, membership_event FROM membership_conflicts_derived WHERE membership_event = new.id;
END;
CREATE TRIGGER message_countries_after_office_mention_update AFTER UPDATE OF id, article, person, country ON office_mentions
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

-- A row of message_countries stored without its message's date (the triggers of 0006, sqlite3 users) gets it. (Facts
-- have no such trigger: one on each inserted fact makes SQLite keep a statement journal for every fact the import
-- stores, about 20% of its time; a fact inserted by hand in sqlite3 should be given its article's date.)
CREATE TRIGGER message_countries_date_after_insert AFTER INSERT ON message_countries
WHEN new.sent_on IS NULL AND (SELECT sent_on FROM messages WHERE id = new.message) IS NOT NULL BEGIN
    UPDATE message_countries SET sent_on = (SELECT sent_on FROM messages WHERE id = new.message) WHERE rowid = new.rowid;
END;

-- A fact moved to another article, or an article's or a message's new date, is copied.
CREATE TRIGGER anniversaries_date_after_article_change AFTER UPDATE OF article, published_on ON anniversaries
WHEN new.published_on IS NOT (SELECT published_on FROM articles WHERE id = new.article) BEGIN
    UPDATE anniversaries SET published_on = (SELECT published_on FROM articles WHERE id = new.article) WHERE id = new.id;
END;
CREATE TRIGGER office_mentions_date_after_article_change AFTER UPDATE OF article, published_on ON office_mentions
WHEN new.published_on IS NOT (SELECT published_on FROM articles WHERE id = new.article) BEGIN
    UPDATE office_mentions SET published_on = (SELECT published_on FROM articles WHERE id = new.article) WHERE id = new.id;
END;
CREATE TRIGGER membership_events_date_after_article_change AFTER UPDATE OF article, published_on ON membership_events
WHEN new.published_on IS NOT (SELECT published_on FROM articles WHERE id = new.article) BEGIN
    UPDATE membership_events SET published_on = (SELECT published_on FROM articles WHERE id = new.article) WHERE id = new.id;
END;
CREATE TRIGGER relationship_labels_date_after_article_change AFTER UPDATE OF article, published_on ON relationship_labels
WHEN new.published_on IS NOT (SELECT published_on FROM articles WHERE id = new.article) BEGIN
    UPDATE relationship_labels SET published_on = (SELECT published_on FROM articles WHERE id = new.article) WHERE id = new.id;
END;
CREATE TRIGGER facts_date_after_article_date_update AFTER UPDATE OF published_on ON articles BEGIN
    UPDATE anniversaries SET published_on = new.published_on WHERE article = new.id;
    UPDATE office_mentions SET published_on = new.published_on WHERE article = new.id;
    UPDATE membership_events SET published_on = new.published_on WHERE article = new.id;
    UPDATE relationship_labels SET published_on = new.published_on WHERE article = new.id;
END;
CREATE TRIGGER message_countries_date_after_message_update AFTER UPDATE OF sent_on ON messages BEGIN
    UPDATE message_countries SET sent_on = new.sent_on WHERE message = new.id;
END;

-- A country's facts in date order (timeline report). The indexes by country alone stay: a report that reads all of a
-- country's facts (leaders, anniversaries, country) reads them faster in the order they were stored than by date.
CREATE INDEX anniversaries_by_country_a_date ON anniversaries (country_a, published_on) WHERE country_a IS NOT NULL;
CREATE INDEX anniversaries_by_country_b_date ON anniversaries (country_b, published_on) WHERE country_b IS NOT NULL;
CREATE INDEX office_mentions_by_country_date ON office_mentions (country, published_on);
CREATE INDEX membership_events_by_country_date ON membership_events (country, published_on);
CREATE INDEX relationship_labels_by_country_a_date ON relationship_labels (country_a, published_on);
CREATE INDEX relationship_labels_by_country_b_date ON relationship_labels (country_b, published_on);
CREATE INDEX message_countries_by_country_date ON message_countries (iso3, side, sent_on);

-- timeline_report with the same columns and rows as in 0006, as the UNION ALL of nine views: the reference data
-- (timeline_reference, a few rows per country) and one view per kind of article fact, each giving the date of a fact
-- from the fact (an article's facts: the copy of the article's date). The timeline report asks each view for a
-- country's rows with ORDER BY date, ...: SQLite reads each kind of fact from its index in date order, sorts only the
-- rows of one date by the rest of the order, merges the kinds ("MERGE (UNION ALL)") and stops at the limit; the title
-- and the evidence are read (each view joins its article) only for the rows it gives. (SQLite 3.40 does not flatten a
-- UNION ALL view whose branches are joins, so the report names the views one by one.)
CREATE VIEW timeline_reference AS
SELECT d.established_on AS date, 'diplomatic relations' AS kind, 'established with ' || c.name AS fact,
       'reference' AS basis, NULL AS title, NULL AS evidence, d.country_a AS iso3, NULL AS article, NULL AS fact_id
FROM diplomatic_relations AS d JOIN countries AS c ON c.iso3 = d.country_b WHERE d.established_on IS NOT NULL
UNION ALL
SELECT d.established_on, 'diplomatic relations', 'established with ' || c.name, 'reference', NULL, NULL, d.country_b, NULL, NULL
FROM diplomatic_relations AS d JOIN countries AS c ON c.iso3 = d.country_a WHERE d.established_on IS NOT NULL
UNION ALL
SELECT d.ended_on, 'diplomatic relations', d.status || ' with ' || c.name, 'reference', NULL, NULL, d.country_a, NULL, NULL
FROM diplomatic_relations AS d JOIN countries AS c ON c.iso3 = d.country_b WHERE d.ended_on IS NOT NULL
UNION ALL
SELECT d.ended_on, 'diplomatic relations', d.status || ' with ' || c.name, 'reference', NULL, NULL, d.country_b, NULL, NULL
FROM diplomatic_relations AS d JOIN countries AS c ON c.iso3 = d.country_a WHERE d.ended_on IS NOT NULL
UNION ALL
SELECT t.signed_on, 'treaty', t.name || ' signed (' || replace(t.parties, ';', ', ') || ')', 'reference', NULL, NULL, tp.country, NULL, NULL
FROM treaty_parties AS tp JOIN treaties AS t ON t.id = tp.treaty WHERE tp.country IS NOT NULL AND t.signed_on IS NOT NULL
UNION ALL
SELECT ms.joined_on, 'membership', 'joined ' || ms.organisation || ' (' || ms.role || ')', 'reference', NULL, NULL, ms.country, NULL, NULL
FROM memberships AS ms WHERE ms.joined_on IS NOT NULL
UNION ALL
SELECT ms.left_on, 'membership', 'left ' || ms.organisation || ' (' || ms.role || ')', 'reference', NULL, NULL, ms.country, NULL, NULL
FROM memberships AS ms WHERE ms.left_on IS NOT NULL
UNION ALL
SELECT t.started_on, 'office', p.name || ' took office as ' || t.office, 'reference', NULL, NULL, t.country, NULL, NULL
FROM office_terms AS t JOIN persons AS p ON p.id = t.person WHERE t.started_on IS NOT NULL
UNION ALL
SELECT t.ended_on, 'office', p.name || ' left office as ' || t.office, 'reference', NULL, NULL, t.country, NULL, NULL
FROM office_terms AS t JOIN persons AS p ON p.id = t.person WHERE t.ended_on IS NOT NULL;

-- Article facts: anniversaries, by their first country.
CREATE VIEW timeline_anniversaries_a (date, kind, fact, basis, title, evidence, iso3, article, fact_id) AS
SELECT an.published_on, 'anniversary',
       an.ordinal || CASE WHEN an.ordinal % 100 BETWEEN 11 AND 13 THEN 'th' WHEN an.ordinal % 10 = 1 THEN 'st'
                          WHEN an.ordinal % 10 = 2 THEN 'nd' WHEN an.ordinal % 10 = 3 THEN 'rd' ELSE 'th' END
       || ' anniversary of ' || an.subject || coalesce(' with ' || c.name, '') || coalesce(' (since ' || an.year_since || ')', ''),
       'article', ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start), an.country_a, an.article, an.id
FROM anniversaries AS an LEFT JOIN countries AS c ON c.iso3 = an.country_b LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = an.article
WHERE an.country_a IS NOT NULL;

-- Article facts: anniversaries, by their second country.
CREATE VIEW timeline_anniversaries_b (date, kind, fact, basis, title, evidence, iso3, article, fact_id) AS
SELECT an.published_on, 'anniversary',
       an.ordinal || CASE WHEN an.ordinal % 100 BETWEEN 11 AND 13 THEN 'th' WHEN an.ordinal % 10 = 1 THEN 'st'
                          WHEN an.ordinal % 10 = 2 THEN 'nd' WHEN an.ordinal % 10 = 3 THEN 'rd' ELSE 'th' END
       || ' anniversary of ' || an.subject || ' with ' || c.name || coalesce(' (since ' || an.year_since || ')', ''),
       'article', ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start), an.country_b, an.article, an.id
FROM anniversaries AS an JOIN countries AS c ON c.iso3 = an.country_a LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = an.article
WHERE an.country_b IS NOT NULL;

-- Article facts: messages received.
CREATE VIEW timeline_messages_received (date, kind, fact, basis, title, evidence, iso3, article, fact_id) AS
SELECT mp.sent_on, 'message', 'received a ' || m.kind || coalesce(' (' || m.occasion || ')', '') || ' from ' || coalesce(sp.name, sc.name),
       'article', ar.title, substr(ar.body, m.span_start + 1, m.span_end - m.span_start), mp.iso3, m.article, m.id
FROM message_countries AS mp JOIN messages AS m ON m.id = mp.message
LEFT JOIN persons AS sp ON sp.id = m.sender_person LEFT JOIN countries AS sc ON sc.iso3 = m.sender_country
LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = m.article
WHERE mp.side = 'recipient';

-- Article facts: messages sent.
CREATE VIEW timeline_messages_sent (date, kind, fact, basis, title, evidence, iso3, article, fact_id) AS
SELECT mp.sent_on, 'message', 'sent a ' || m.kind || coalesce(' (' || m.occasion || ')', '') || ' to ' || coalesce(rp.name, rc.name),
       'article', ar.title, substr(ar.body, m.span_start + 1, m.span_end - m.span_start), mp.iso3, m.article, m.id
FROM message_countries AS mp JOIN messages AS m ON m.id = mp.message
LEFT JOIN persons AS rp ON rp.id = m.recipient_person LEFT JOIN countries AS rc ON rc.iso3 = m.recipient_country
LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = m.article
WHERE mp.side = 'sender';

-- Article facts: membership statements.
CREATE VIEW timeline_memberships (date, kind, fact, basis, title, evidence, iso3, article, fact_id) AS
SELECT me.published_on, 'membership', replace(me.action, '_', ' ') || ' ' || me.organisation,
       'article', ar.title, substr(ar.body, me.span_start + 1, me.span_end - me.span_start), me.country, me.article, me.id
FROM membership_events AS me LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = me.article;

-- Article facts: relationship labels, by their first country.
CREATE VIEW timeline_relationships_a (date, kind, fact, basis, title, evidence, iso3, article, fact_id) AS
SELECT rl.published_on, 'relationship', rl.label || ' with ' || c.name,
       'article', ar.title, substr(ar.body, rl.span_start + 1, rl.span_end - rl.span_start), rl.country_a, rl.article, rl.id
FROM relationship_labels AS rl JOIN countries AS c ON c.iso3 = rl.country_b LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = rl.article;

-- Article facts: relationship labels, by their second country.
CREATE VIEW timeline_relationships_b (date, kind, fact, basis, title, evidence, iso3, article, fact_id) AS
SELECT rl.published_on, 'relationship', rl.label || ' with ' || c.name,
       'article', ar.title, substr(ar.body, rl.span_start + 1, rl.span_end - rl.span_start), rl.country_b, rl.article, rl.id
FROM relationship_labels AS rl JOIN countries AS c ON c.iso3 = rl.country_a LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = rl.article;

-- Article facts: offices named.
CREATE VIEW timeline_offices (date, kind, fact, basis, title, evidence, iso3, article, fact_id) AS
SELECT om.published_on, 'office', p.name || ' named as ' || om.office,
       'article', ar.title, substr(ar.body, om.span_start + 1, om.span_end - om.span_start), om.country, om.article, om.id
FROM office_mentions AS om JOIN persons AS p ON p.id = om.person LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = om.article;

DROP VIEW timeline_report;
CREATE VIEW timeline_report AS
SELECT date, kind, fact, basis, title, evidence, iso3, article FROM timeline_reference
UNION ALL
SELECT date, kind, fact, basis, title, evidence, iso3, article FROM timeline_anniversaries_a
UNION ALL
SELECT date, kind, fact, basis, title, evidence, iso3, article FROM timeline_anniversaries_b
UNION ALL
SELECT date, kind, fact, basis, title, evidence, iso3, article FROM timeline_messages_received
UNION ALL
SELECT date, kind, fact, basis, title, evidence, iso3, article FROM timeline_messages_sent
UNION ALL
SELECT date, kind, fact, basis, title, evidence, iso3, article FROM timeline_memberships
UNION ALL
SELECT date, kind, fact, basis, title, evidence, iso3, article FROM timeline_relationships_a
UNION ALL
SELECT date, kind, fact, basis, title, evidence, iso3, article FROM timeline_relationships_b
UNION ALL
SELECT date, kind, fact, basis, title, evidence, iso3, article FROM timeline_offices;

-- The pair report's parts (pair_report, of 0006, keeps its definition): each gives a pair of countries in both
-- orders (iso3_a, iso3_b and iso3_b, iso3_a), so that the report asks for `iso3_a = ? AND iso3_b = ?` and each
-- article fact comes from an index on the two countries and the date, in date order.
CREATE VIEW pair_reference AS
SELECT d.established_on AS date, 'diplomatic relations' AS kind, 'established' AS fact, 'reference' AS basis,
       NULL AS title, NULL AS evidence, d.country_a AS iso3_a, d.country_b AS iso3_b, NULL AS article, NULL AS fact_id
FROM diplomatic_relations AS d WHERE d.established_on IS NOT NULL
UNION ALL
SELECT d.established_on, 'diplomatic relations', 'established', 'reference', NULL, NULL, d.country_b, d.country_a, NULL, NULL
FROM diplomatic_relations AS d WHERE d.established_on IS NOT NULL AND d.country_b <> d.country_a
UNION ALL
SELECT d.ended_on, 'diplomatic relations', d.status, 'reference', NULL, NULL, d.country_a, d.country_b, NULL, NULL
FROM diplomatic_relations AS d WHERE d.ended_on IS NOT NULL
UNION ALL
SELECT d.ended_on, 'diplomatic relations', d.status, 'reference', NULL, NULL, d.country_b, d.country_a, NULL, NULL
FROM diplomatic_relations AS d WHERE d.ended_on IS NOT NULL AND d.country_b <> d.country_a
UNION ALL
SELECT t.signed_on, 'treaty', t.name || ' signed' || coalesce(', in force ' || t.in_force_on, '') || coalesce(', ended ' || t.ended_on, ''),
       'reference', NULL, NULL, p1.country, p2.country, NULL, NULL
FROM treaty_parties AS p1
JOIN treaty_parties AS p2 ON p2.treaty = p1.treaty AND p2.country > p1.country
JOIN treaties AS t ON t.id = p1.treaty
UNION ALL
SELECT t.signed_on, 'treaty', t.name || ' signed' || coalesce(', in force ' || t.in_force_on, '') || coalesce(', ended ' || t.ended_on, ''),
       'reference', NULL, NULL, p2.country, p1.country, NULL, NULL
FROM treaty_parties AS p1
JOIN treaty_parties AS p2 ON p2.treaty = p1.treaty AND p2.country > p1.country
JOIN treaties AS t ON t.id = p1.treaty;

CREATE VIEW pair_anniversaries (date, kind, fact, basis, title, evidence, iso3_a, iso3_b, article, fact_id) AS
SELECT an.published_on, 'anniversary',
       an.ordinal || CASE WHEN an.ordinal % 100 BETWEEN 11 AND 13 THEN 'th' WHEN an.ordinal % 10 = 1 THEN 'st'
                          WHEN an.ordinal % 10 = 2 THEN 'nd' WHEN an.ordinal % 10 = 3 THEN 'rd' ELSE 'th' END
       || ' anniversary of ' || an.subject || coalesce(' (since ' || an.year_since || ')', ''),
       'article', ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start), an.country_a, an.country_b, an.article, an.id
FROM anniversaries AS an LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = an.article
WHERE an.country_b IS NOT NULL;

CREATE VIEW pair_anniversaries_reversed (date, kind, fact, basis, title, evidence, iso3_a, iso3_b, article, fact_id) AS
SELECT an.published_on, 'anniversary',
       an.ordinal || CASE WHEN an.ordinal % 100 BETWEEN 11 AND 13 THEN 'th' WHEN an.ordinal % 10 = 1 THEN 'st'
                          WHEN an.ordinal % 10 = 2 THEN 'nd' WHEN an.ordinal % 10 = 3 THEN 'rd' ELSE 'th' END
       || ' anniversary of ' || an.subject || coalesce(' (since ' || an.year_since || ')', ''),
       'article', ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start), an.country_b, an.country_a, an.article, an.id
FROM anniversaries AS an LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = an.article
WHERE an.country_b IS NOT NULL AND an.country_b <> an.country_a;

CREATE VIEW pair_relationships (date, kind, fact, basis, title, evidence, iso3_a, iso3_b, article, fact_id) AS
SELECT rl.published_on, 'relationship', rl.label, 'article', ar.title, substr(ar.body, rl.span_start + 1, rl.span_end - rl.span_start),
       rl.country_a, rl.country_b, rl.article, rl.id
FROM relationship_labels AS rl LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = rl.article;

CREATE VIEW pair_relationships_reversed (date, kind, fact, basis, title, evidence, iso3_a, iso3_b, article, fact_id) AS
SELECT rl.published_on, 'relationship', rl.label, 'article', ar.title, substr(ar.body, rl.span_start + 1, rl.span_end - rl.span_start),
       rl.country_b, rl.country_a, rl.article, rl.id
FROM relationship_labels AS rl LEFT JOIN articles AS ar INDEXED BY articles_heading ON ar.id = rl.article;

-- Two countries' facts in date order (pair report). (The indexes on the two countries alone stay, as above.)
CREATE INDEX anniversaries_by_pair_date ON anniversaries (country_a, country_b, published_on) WHERE country_b IS NOT NULL;
CREATE INDEX anniversaries_by_pair_reversed_date ON anniversaries (country_b, country_a, published_on) WHERE country_b IS NOT NULL;
CREATE INDEX relationship_labels_by_pair_date ON relationship_labels (country_a, country_b, published_on);
CREATE INDEX relationship_labels_by_pair_reversed_date ON relationship_labels (country_b, country_a, published_on);

-- The conflicts report: each conflicting fact carries its article's date too (filled in by a trigger when it is
-- derived, and copied when the article's date changes), so that the report reads each kind of conflict in date order
-- from an index, merges the kinds and stops at its limit: the reference and the evidence of a conflict are only
-- computed for the rows shown (and the others of their date). conflicts_report, of 0006, keeps its definition; its
-- four parts are these views (the same rows, the date read from conflicting_facts).
ALTER TABLE conflicting_facts ADD COLUMN published_on TEXT;
UPDATE conflicting_facts SET published_on = coalesce(
    (SELECT published_on FROM anniversaries WHERE id = conflicting_facts.anniversary),
    (SELECT published_on FROM office_mentions WHERE id = conflicting_facts.office_mention),
    (SELECT published_on FROM membership_events WHERE id = conflicting_facts.membership_event));
CREATE TRIGGER conflicting_facts_date_after_insert AFTER INSERT ON conflicting_facts BEGIN
    UPDATE conflicting_facts SET published_on = coalesce(
        (SELECT published_on FROM anniversaries WHERE id = new.anniversary),
        (SELECT published_on FROM office_mentions WHERE id = new.office_mention),
        (SELECT published_on FROM membership_events WHERE id = new.membership_event))
    WHERE rowid = new.rowid;
END;
CREATE TRIGGER conflicting_facts_date_after_article_date_update AFTER UPDATE OF published_on ON articles BEGIN
    UPDATE conflicting_facts SET published_on = new.published_on
    WHERE anniversary IN (SELECT id FROM anniversaries WHERE article = new.id)
       OR office_mention IN (SELECT id FROM office_mentions WHERE article = new.id)
       OR membership_event IN (SELECT id FROM membership_events WHERE article = new.id);
END;
CREATE INDEX conflicting_facts_by_date ON conflicting_facts (kind, published_on);

-- Conflicts: anniversaries of diplomatic relations.
CREATE VIEW conflicts_relations_anniversaries (kind, country, claim, reference, published_on, title, evidence, iso3, article, conflict) AS
SELECT 'anniversary' AS kind, c.name AS country,
       an.ordinal || ' years of diplomatic relations marked in ' || an.year_marked || ': since ' || an.year_since AS claim,
       CASE WHEN d.established_on IS NULL THEN 'no diplomatic relations (' || d.status || ')'
            ELSE 'diplomatic relations established ' || d.established_on END AS reference,
       cf.published_on, ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start) AS evidence,
       cf.iso3, an.article, an.id
FROM conflicting_facts AS cf
JOIN anniversaries AS an ON an.id = cf.anniversary
LEFT JOIN articles AS ar ON ar.id = an.article
JOIN countries AS c ON c.iso3 = an.country_b
JOIN diplomatic_relations AS d
  ON (d.country_a = an.country_a AND d.country_b = an.country_b) OR (d.country_a = an.country_b AND d.country_b = an.country_a)
WHERE cf.kind = 'anniversary' AND an.subject_kind = 'diplomatic relations'
  AND (d.established_on IS NULL OR an.year_since <> CAST(substr(d.established_on, 1, 4) AS INTEGER));

-- Conflicts: anniversaries of treaties.
CREATE VIEW conflicts_treaty_anniversaries (kind, country, claim, reference, published_on, title, evidence, iso3, article, conflict) AS
SELECT 'anniversary', c.name,
       an.ordinal || ' years of the ' || an.subject || ' marked in ' || an.year_marked || ': since ' || an.year_since,
       t.name || ' signed ' || coalesce(t.signed_on, '?') || coalesce(', in force ' || t.in_force_on, ''),
       cf.published_on, ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start),
       cf.iso3, an.article, an.id
FROM conflicting_facts AS cf
JOIN anniversaries AS an ON an.id = cf.anniversary
LEFT JOIN articles AS ar ON ar.id = an.article
JOIN countries AS c ON c.iso3 = an.country_b
JOIN treaties AS t ON t.id = an.treaty
WHERE cf.kind = 'anniversary' AND an.subject_kind = 'treaty';

-- Conflicts: offices.
CREATE VIEW conflicts_offices (kind, country, claim, reference, published_on, title, evidence, iso3, article, conflict) AS
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
       cf.published_on, ar.title, substr(ar.body, om.span_start + 1, om.span_end - om.span_start),
       cf.iso3, om.article, om.id
FROM conflicting_facts AS cf
JOIN office_mentions AS om ON om.id = cf.office_mention
LEFT JOIN articles AS ar ON ar.id = om.article
JOIN persons AS p ON p.id = om.person
JOIN countries AS c ON c.iso3 = om.country
WHERE cf.kind = 'office';

-- Conflicts: membership statements.
CREATE VIEW conflicts_memberships (kind, country, claim, reference, published_on, title, evidence, iso3, article, conflict) AS
SELECT 'membership', c.name,
       c.name || ' ' || replace(me.action, '_', ' ') || ' ' || me.organisation,
       coalesce((SELECT group_concat(what, '; ') FROM (
                     SELECT ms.role || ' ' || coalesce(ms.joined_on, '?') || '–' || coalesce(ms.left_on, '') AS what
                     FROM memberships AS ms WHERE ms.organisation = me.organisation AND ms.country = me.country
                     ORDER BY ms.joined_on)),
                'never in ' || me.organisation),
       cf.published_on, ar.title, substr(ar.body, me.span_start + 1, me.span_end - me.span_start),
       cf.iso3, me.article, me.id
FROM conflicting_facts AS cf
JOIN membership_events AS me ON me.id = cf.membership_event
LEFT JOIN articles AS ar ON ar.id = me.article
JOIN countries AS c ON c.iso3 = me.country
WHERE cf.kind = 'membership';


-- The indexes by country (or pair) alone, created again so that they are the newest: without statistics SQLite picks
-- the newest of two equally good indexes, and a report that reads all of a country's facts (leaders, anniversaries,
-- country) reads them faster in the order they were stored (by rowid, close together on disk) than in date order.
DROP INDEX office_mentions_by_country;
CREATE INDEX office_mentions_by_country ON office_mentions (country);
DROP INDEX membership_events_by_country;
CREATE INDEX membership_events_by_country ON membership_events (country);
DROP INDEX anniversaries_by_country_b;
CREATE INDEX anniversaries_by_country_b ON anniversaries (country_b);
DROP INDEX anniversaries_by_pair;
CREATE INDEX anniversaries_by_pair ON anniversaries (country_a, country_b, subject_kind, year_since);
DROP INDEX relationship_labels_by_pair;
CREATE INDEX relationship_labels_by_pair ON relationship_labels (country_a, country_b);
DROP INDEX relationship_labels_by_country_b;
CREATE INDEX relationship_labels_by_country_b ON relationship_labels (country_b, country_a);
