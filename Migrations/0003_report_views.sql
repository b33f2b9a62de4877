-- 0003_report_views: the canned reports as views, full-text search over articles, and the indexes they need.
-- `relations query NAME` reads the view NAME_report, so sqlite3 gives the same rows:
--     SELECT * FROM leaders_report WHERE iso3 = 'ARM';
-- Date columns may be shortened (YYYY or YYYY-MM). Views that ask "was this true on day D?" compare so that a
-- shortened date covers every day inside it:
--     started_on <= D || '~'                       ('1994-07' starts before '1994-07-20~')
--     ended_on IS NULL OR ended_on || '~' >= D     ('1994-07~' ends after '1994-07-20')
-- ('~' sorts after every digit and '-'). Both ends are inclusive: on the day one leader hands over to the next, both count.
-- Never edit this file once shipped: add a new numbered migration instead.

-- Indexes the reports use when they are given a country, a person or a date.
CREATE INDEX messages_by_recipient_person ON messages (recipient_person);
CREATE INDEX messages_by_sender_person ON messages (sender_person);
CREATE INDEX messages_by_sender_country ON messages (sender_country);
CREATE INDEX membership_events_by_country ON membership_events (country);
CREATE INDEX relationship_labels_by_country_b ON relationship_labels (country_b, country_a);

-- Full-text search over article titles and bodies (`relations search`). External content: the text is stored
-- once, in `articles`; the triggers keep the index in step. Articles are only inserted and deleted (a changed
-- article is deleted and inserted again), but an update is handled too.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61'
);
CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
-- Index the articles imported before this migration.
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

-- Which country sent or received each message: the country named in the message, else the country whose office
-- the person held that day (office_terms), else the country the article names with the person's office
-- ("President of Armenia Serzh Sargsyan"). One row per message, side and country.
CREATE VIEW message_parties AS
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

-- Who held which office: the reference terms (basis 'reference'), and what dated articles say
-- (basis 'article': started_on = ended_on = the article's date). An article's office title is read as a role
-- the way seeds/reference/offices.tsv does: President, Prime Minister, Foreign Minister.
CREATE VIEW leaders_report AS
SELECT c.name AS country, t.role, t.office, p.name AS person, t.started_on, t.ended_on,
       'reference' AS basis, NULL AS title, NULL AS evidence,
       t.country AS iso3, t.person AS person_id, NULL AS article
FROM office_terms AS t
JOIN persons AS p ON p.id = t.person
JOIN countries AS c ON c.iso3 = t.country
UNION ALL
SELECT c.name, CASE om.office WHEN 'President' THEN 'head_of_state' WHEN 'Prime Minister' THEN 'head_of_government'
                              WHEN 'Foreign Minister' THEN 'foreign_minister' END,
       om.office, p.name, ar.published_on, ar.published_on,
       'article', ar.title, substr(ar.body, om.span_start + 1, om.span_end - om.span_start),
       om.country, om.person, om.article
FROM office_mentions AS om
JOIN articles AS ar ON ar.id = om.article
JOIN persons AS p ON p.id = om.person
JOIN countries AS c ON c.iso3 = om.country;

-- Memberships of countries in organisations, from the reference data.
CREATE VIEW members_report AS
SELECT o.code AS org, o.name AS organisation, c.name AS country, ms.role, ms.joined_on, ms.left_on,
       ms.confidence, ms.note, ms.country AS iso3
FROM memberships AS ms
JOIN organisations AS o ON o.code = ms.organisation
JOIN countries AS c ON c.iso3 = ms.country;

-- Messages with their sender and recipient by name and by country (see message_parties).
CREATE VIEW messages_report AS
SELECT m.sent_on,
       CAST(substr(m.sent_on, 1, 4) AS INTEGER) AS year,
       coalesce(sp.name, sc.name) AS sender,
       (SELECT c.name FROM message_parties AS mp JOIN countries AS c ON c.iso3 = mp.iso3
        WHERE mp.message = m.id AND mp.side = 'sender' ORDER BY c.name LIMIT 1) AS sender_country,
       coalesce(rp.name, rc.name) AS recipient,
       (SELECT c.name FROM message_parties AS mp JOIN countries AS c ON c.iso3 = mp.iso3
        WHERE mp.message = m.id AND mp.side = 'recipient' ORDER BY c.name LIMIT 1) AS recipient_country,
       m.kind, m.occasion, ar.title,
       substr(ar.body, m.span_start + 1, m.span_end - m.span_start) AS evidence,
       (SELECT mp.iso3 FROM message_parties AS mp WHERE mp.message = m.id AND mp.side = 'sender' ORDER BY mp.iso3 LIMIT 1) AS sender_iso3,
       (SELECT mp.iso3 FROM message_parties AS mp WHERE mp.message = m.id AND mp.side = 'recipient' ORDER BY mp.iso3 LIMIT 1) AS recipient_iso3,
       m.article, m.id AS message
FROM messages AS m
JOIN articles AS ar ON ar.id = m.article
LEFT JOIN persons AS sp ON sp.id = m.sender_person
LEFT JOIN countries AS sc ON sc.iso3 = m.sender_country
LEFT JOIN persons AS rp ON rp.id = m.recipient_person
LEFT JOIN countries AS rc ON rc.iso3 = m.recipient_country;

-- One row per country: its names and how many articles mention it.
CREATE VIEW country_report AS
SELECT c.name, c.iso3, c.iso2, c.official_name, c.capital, c.status, c.country_group,
       (SELECT group_concat(name, '; ') FROM (
            SELECT DISTINCT n.name FROM country_names AS n
            WHERE n.country = c.iso3 AND n.kind IN ('alias', 'former name', 'demonym') AND n.name <> c.name
            ORDER BY n.name)) AS other_names,
       (SELECT count(DISTINCT mn.article) FROM mentions AS mn WHERE mn.country = c.iso3) AS articles
FROM countries AS c;

-- One row per organisation: its dates, its members today (per the reference data) and how many articles mention it.
CREATE VIEW organisations_report AS
SELECT o.code, o.name, o.founded_on, o.dissolved_on, o.headquarters,
       (SELECT group_concat(name, ', ') FROM (
            SELECT c.name FROM memberships AS ms JOIN countries AS c ON c.iso3 = ms.country
            WHERE ms.organisation = o.code AND ms.role = 'member' AND ms.left_on IS NULL ORDER BY c.name)) AS members,
       (SELECT count(DISTINCT mn.article) FROM mentions AS mn WHERE mn.organisation = o.code) AS articles
FROM organisations AS o;

-- One row per article: the countries and organisations it mentions and how many facts it gave.
CREATE VIEW articles_report AS
SELECT ar.id AS article, ar.published_on, ar.title,
       (SELECT group_concat(name, ', ') FROM (
            SELECT DISTINCT c.name FROM mentions AS mn JOIN countries AS c ON c.iso3 = mn.country
            WHERE mn.article = ar.id ORDER BY c.name)) AS countries,
       (SELECT group_concat(organisation, ', ') FROM (
            SELECT DISTINCT mn.organisation FROM mentions AS mn
            WHERE mn.article = ar.id AND mn.organisation IS NOT NULL ORDER BY mn.organisation)) AS organisations,
       (SELECT count(*) FROM anniversaries AS an WHERE an.article = ar.id)
       + (SELECT count(*) FROM messages AS m WHERE m.article = ar.id)
       + (SELECT count(*) FROM office_mentions AS om WHERE om.article = ar.id)
       + (SELECT count(*) FROM membership_events AS me WHERE me.article = ar.id)
       + (SELECT count(*) FROM relationship_labels AS rl WHERE rl.article = ar.id) AS facts,
       ar.url, ar.source
FROM articles AS ar;

-- Everything dated about a country, from the reference data and from articles (dated by the article).
-- `iso3` is the country the row is about; one fact about two countries gives a row for each.
CREATE VIEW timeline_report AS
SELECT d.established_on AS date, 'diplomatic relations' AS kind, 'established with ' || c.name AS fact,
       'reference' AS basis, NULL AS title, NULL AS evidence, d.country_a AS iso3, NULL AS article
FROM diplomatic_relations AS d JOIN countries AS c ON c.iso3 = d.country_b WHERE d.established_on IS NOT NULL
UNION ALL
SELECT d.established_on, 'diplomatic relations', 'established with ' || c.name, 'reference', NULL, NULL, d.country_b, NULL
FROM diplomatic_relations AS d JOIN countries AS c ON c.iso3 = d.country_a WHERE d.established_on IS NOT NULL
UNION ALL
SELECT d.ended_on, 'diplomatic relations', d.status || ' with ' || c.name, 'reference', NULL, NULL, d.country_a, NULL
FROM diplomatic_relations AS d JOIN countries AS c ON c.iso3 = d.country_b WHERE d.ended_on IS NOT NULL
UNION ALL
SELECT d.ended_on, 'diplomatic relations', d.status || ' with ' || c.name, 'reference', NULL, NULL, d.country_b, NULL
FROM diplomatic_relations AS d JOIN countries AS c ON c.iso3 = d.country_a WHERE d.ended_on IS NOT NULL
UNION ALL
SELECT t.signed_on, 'treaty', t.name || ' signed (' || replace(t.parties, ';', ', ') || ')', 'reference', NULL, NULL, tp.country, NULL
FROM treaty_parties AS tp JOIN treaties AS t ON t.id = tp.treaty WHERE tp.country IS NOT NULL AND t.signed_on IS NOT NULL
UNION ALL
SELECT ms.joined_on, 'membership', 'joined ' || ms.organisation || ' (' || ms.role || ')', 'reference', NULL, NULL, ms.country, NULL
FROM memberships AS ms WHERE ms.joined_on IS NOT NULL
UNION ALL
SELECT ms.left_on, 'membership', 'left ' || ms.organisation || ' (' || ms.role || ')', 'reference', NULL, NULL, ms.country, NULL
FROM memberships AS ms WHERE ms.left_on IS NOT NULL
UNION ALL
SELECT t.started_on, 'office', p.name || ' took office as ' || t.office, 'reference', NULL, NULL, t.country, NULL
FROM office_terms AS t JOIN persons AS p ON p.id = t.person WHERE t.started_on IS NOT NULL
UNION ALL
SELECT t.ended_on, 'office', p.name || ' left office as ' || t.office, 'reference', NULL, NULL, t.country, NULL
FROM office_terms AS t JOIN persons AS p ON p.id = t.person WHERE t.ended_on IS NOT NULL
UNION ALL
SELECT ar.published_on, 'anniversary',
       an.ordinal || CASE WHEN an.ordinal % 100 BETWEEN 11 AND 13 THEN 'th' WHEN an.ordinal % 10 = 1 THEN 'st'
                          WHEN an.ordinal % 10 = 2 THEN 'nd' WHEN an.ordinal % 10 = 3 THEN 'rd' ELSE 'th' END
       || ' anniversary of ' || an.subject || coalesce(' with ' || c.name, '') || coalesce(' (since ' || an.year_since || ')', ''),
       'article', ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start), an.country_a, an.article
FROM anniversaries AS an JOIN articles AS ar ON ar.id = an.article LEFT JOIN countries AS c ON c.iso3 = an.country_b
WHERE an.country_a IS NOT NULL
UNION ALL
SELECT ar.published_on, 'anniversary',
       an.ordinal || CASE WHEN an.ordinal % 100 BETWEEN 11 AND 13 THEN 'th' WHEN an.ordinal % 10 = 1 THEN 'st'
                          WHEN an.ordinal % 10 = 2 THEN 'nd' WHEN an.ordinal % 10 = 3 THEN 'rd' ELSE 'th' END
       || ' anniversary of ' || an.subject || ' with ' || c.name || coalesce(' (since ' || an.year_since || ')', ''),
       'article', ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start), an.country_b, an.article
FROM anniversaries AS an JOIN articles AS ar ON ar.id = an.article JOIN countries AS c ON c.iso3 = an.country_a
WHERE an.country_b IS NOT NULL
UNION ALL
SELECT m.sent_on, 'message', 'received a ' || m.kind || coalesce(' (' || m.occasion || ')', '') || ' from ' || coalesce(sp.name, sc.name),
       'article', ar.title, substr(ar.body, m.span_start + 1, m.span_end - m.span_start), mp.iso3, m.article
FROM message_parties AS mp JOIN messages AS m ON m.id = mp.message JOIN articles AS ar ON ar.id = m.article
LEFT JOIN persons AS sp ON sp.id = m.sender_person LEFT JOIN countries AS sc ON sc.iso3 = m.sender_country
WHERE mp.side = 'recipient'
UNION ALL
SELECT m.sent_on, 'message', 'sent a ' || m.kind || coalesce(' (' || m.occasion || ')', '') || ' to ' || coalesce(rp.name, rc.name),
       'article', ar.title, substr(ar.body, m.span_start + 1, m.span_end - m.span_start), mp.iso3, m.article
FROM message_parties AS mp JOIN messages AS m ON m.id = mp.message JOIN articles AS ar ON ar.id = m.article
LEFT JOIN persons AS rp ON rp.id = m.recipient_person LEFT JOIN countries AS rc ON rc.iso3 = m.recipient_country
WHERE mp.side = 'sender'
UNION ALL
SELECT ar.published_on, 'membership', replace(me.action, '_', ' ') || ' ' || me.organisation,
       'article', ar.title, substr(ar.body, me.span_start + 1, me.span_end - me.span_start), me.country, me.article
FROM membership_events AS me JOIN articles AS ar ON ar.id = me.article
UNION ALL
SELECT ar.published_on, 'relationship', rl.label || ' with ' || c.name,
       'article', ar.title, substr(ar.body, rl.span_start + 1, rl.span_end - rl.span_start), rl.country_a, rl.article
FROM relationship_labels AS rl JOIN articles AS ar ON ar.id = rl.article JOIN countries AS c ON c.iso3 = rl.country_b
UNION ALL
SELECT ar.published_on, 'relationship', rl.label || ' with ' || c.name,
       'article', ar.title, substr(ar.body, rl.span_start + 1, rl.span_end - rl.span_start), rl.country_b, rl.article
FROM relationship_labels AS rl JOIN articles AS ar ON ar.id = rl.article JOIN countries AS c ON c.iso3 = rl.country_a
UNION ALL
SELECT ar.published_on, 'office', p.name || ' named as ' || om.office,
       'article', ar.title, substr(ar.body, om.span_start + 1, om.span_end - om.span_start), om.country, om.article
FROM office_mentions AS om JOIN articles AS ar ON ar.id = om.article JOIN persons AS p ON p.id = om.person;

-- What two countries have in common, in order: diplomatic relations and treaties (reference), anniversaries and
-- relationship labels (articles). Each fact appears once, with its two countries in iso3_a and iso3_b in either
-- order, so ask for a pair with (iso3_a = 'RUS' AND iso3_b = 'ARM') OR (iso3_a = 'ARM' AND iso3_b = 'RUS').
CREATE VIEW pair_report AS
SELECT d.established_on AS date, 'diplomatic relations' AS kind, 'established' AS fact,
       'reference' AS basis, NULL AS title, NULL AS evidence, d.country_a AS iso3_a, d.country_b AS iso3_b, NULL AS article
FROM diplomatic_relations AS d WHERE d.established_on IS NOT NULL
UNION ALL
SELECT d.ended_on, 'diplomatic relations', d.status, 'reference', NULL, NULL, d.country_a, d.country_b, NULL
FROM diplomatic_relations AS d WHERE d.ended_on IS NOT NULL
UNION ALL
SELECT t.signed_on, 'treaty', t.name || ' signed' || coalesce(', in force ' || t.in_force_on, '') || coalesce(', ended ' || t.ended_on, ''),
       'reference', NULL, NULL, p1.country, p2.country, NULL
FROM treaty_parties AS p1
JOIN treaty_parties AS p2 ON p2.treaty = p1.treaty AND p2.country > p1.country
JOIN treaties AS t ON t.id = p1.treaty
UNION ALL
SELECT ar.published_on, 'anniversary',
       an.ordinal || CASE WHEN an.ordinal % 100 BETWEEN 11 AND 13 THEN 'th' WHEN an.ordinal % 10 = 1 THEN 'st'
                          WHEN an.ordinal % 10 = 2 THEN 'nd' WHEN an.ordinal % 10 = 3 THEN 'rd' ELSE 'th' END
       || ' anniversary of ' || an.subject || coalesce(' (since ' || an.year_since || ')', ''),
       'article', ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start), an.country_a, an.country_b, an.article
FROM anniversaries AS an JOIN articles AS ar ON ar.id = an.article
WHERE an.country_b IS NOT NULL
UNION ALL
SELECT ar.published_on, 'relationship', rl.label,
       'article', ar.title, substr(ar.body, rl.span_start + 1, rl.span_end - rl.span_start), rl.country_a, rl.country_b, rl.article
FROM relationship_labels AS rl JOIN articles AS ar ON ar.id = rl.article;

-- Facts from articles that contradict the reference data, with both sides and the evidence:
--   anniversary: the year since (year marked - ordinal) is not the year diplomatic relations were established,
--                or not the year the treaty was signed or came into force;
--   office:      the article names someone with an office of a country on a day when the reference says someone
--                else held it (only for countries and roles the reference covers on that day);
--   membership:  the article says the country joined, left, suspended, froze or plans to leave an organisation the
--                reference never lists it in; or says it joined when the reference has it as a member since more
--                than a year before; or plans to join while a member; or left while the reference has a membership
--                that is current that day and never ends.
-- `iso3` is the country the conflict is about (for an anniversary with Russia, the other country).
CREATE VIEW conflicts_report AS
SELECT 'anniversary' AS kind, c.name AS country,
       an.ordinal || ' years of diplomatic relations marked in ' || an.year_marked || ': since ' || an.year_since AS claim,
       CASE WHEN d.established_on IS NULL THEN 'no diplomatic relations (' || d.status || ')'
            ELSE 'diplomatic relations established ' || d.established_on END AS reference,
       ar.published_on, ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start) AS evidence,
       an.country_b AS iso3, an.article
FROM anniversaries AS an
JOIN articles AS ar ON ar.id = an.article
JOIN countries AS c ON c.iso3 = an.country_b
JOIN diplomatic_relations AS d
  ON (d.country_a = an.country_a AND d.country_b = an.country_b) OR (d.country_a = an.country_b AND d.country_b = an.country_a)
WHERE an.subject_kind = 'diplomatic relations' AND an.year_since IS NOT NULL
  AND (d.established_on IS NULL OR an.year_since <> CAST(substr(d.established_on, 1, 4) AS INTEGER))
UNION ALL
SELECT 'anniversary', c.name,
       an.ordinal || ' years of the ' || an.subject || ' marked in ' || an.year_marked || ': since ' || an.year_since,
       t.name || ' signed ' || coalesce(t.signed_on, '?') || coalesce(', in force ' || t.in_force_on, ''),
       ar.published_on, ar.title, substr(ar.body, an.span_start + 1, an.span_end - an.span_start),
       an.country_b, an.article
FROM anniversaries AS an
JOIN articles AS ar ON ar.id = an.article
JOIN countries AS c ON c.iso3 = an.country_b
JOIN treaties AS t ON t.id = an.treaty
WHERE an.subject_kind = 'treaty' AND an.year_since IS NOT NULL
  AND (t.signed_on IS NOT NULL OR t.in_force_on IS NOT NULL)
  AND an.year_since IS NOT CAST(substr(t.signed_on, 1, 4) AS INTEGER)
  AND an.year_since IS NOT CAST(substr(t.in_force_on, 1, 4) AS INTEGER)
UNION ALL
SELECT 'office', c.name,
       p.name || ' is ' || om.office || ' of ' || c.name,
       'on ' || ar.published_on || ' the office was held by ' || (
           SELECT group_concat(name, '; ') FROM (
               SELECT h.name || ' (' || t.office || ' ' || coalesce(t.started_on, '?') || '–' || coalesce(t.ended_on, '') || ')' AS name
               FROM office_terms AS t JOIN persons AS h ON h.id = t.person
               WHERE t.country = om.country AND t.role = r.role
                 AND t.started_on <= ar.published_on || '~' AND (t.ended_on IS NULL OR t.ended_on || '~' >= ar.published_on)
               ORDER BY t.started_on)),
       ar.published_on, ar.title, substr(ar.body, om.span_start + 1, om.span_end - om.span_start),
       om.country, om.article
FROM office_mentions AS om
JOIN articles AS ar ON ar.id = om.article
JOIN persons AS p ON p.id = om.person
JOIN countries AS c ON c.iso3 = om.country
JOIN (SELECT 'President' AS office, 'head_of_state' AS role
      UNION ALL SELECT 'Prime Minister', 'head_of_government'
      UNION ALL SELECT 'Foreign Minister', 'foreign_minister') AS r ON r.office = om.office
WHERE EXISTS (SELECT 1 FROM office_terms AS t WHERE t.country = om.country AND t.role = r.role
                AND t.started_on <= ar.published_on || '~' AND (t.ended_on IS NULL OR t.ended_on || '~' >= ar.published_on))
  AND NOT EXISTS (SELECT 1 FROM office_terms AS t WHERE t.country = om.country AND t.role = r.role AND t.person = om.person
                AND t.started_on <= ar.published_on || '~' AND (t.ended_on IS NULL OR t.ended_on || '~' >= ar.published_on))
UNION ALL
SELECT 'membership', c.name,
       c.name || ' ' || replace(me.action, '_', ' ') || ' ' || me.organisation,
       coalesce((SELECT group_concat(what, '; ') FROM (
                     SELECT ms.role || ' ' || coalesce(ms.joined_on, '?') || '–' || coalesce(ms.left_on, '') AS what
                     FROM memberships AS ms WHERE ms.organisation = me.organisation AND ms.country = me.country
                     ORDER BY ms.joined_on)),
                'never in ' || me.organisation),
       ar.published_on, ar.title, substr(ar.body, me.span_start + 1, me.span_end - me.span_start),
       me.country, me.article
FROM membership_events AS me
JOIN articles AS ar ON ar.id = me.article
JOIN countries AS c ON c.iso3 = me.country
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
