/// The canned reports. Each reads a view of `Migrations/0003_report_views.sql` (several redefined, with the same
/// columns, by `0006_derived_facts.sql`); the columns those views offer are listed in docs/schema.md.
extension Report {
    private static let countryParameter = Parameter(name: "country", kind: .country, help: "A country: name, alias, demonym, ISO2 or ISO3.")
    private static let organisationParameter = Parameter(name: "org", kind: .organisation, help: "An organisation: code or name (CIS, CSTO, \"Eurasian Economic Union\").")
    private static let from = Parameter(name: "from", kind: .date, help: "From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
    private static let to = Parameter(name: "to", kind: .date, help: "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.")

    public static let all: [Report] = [anniversaries, leaders, members, messages, country, organisations, articles, timeline, pair, conflicts]

    static let anniversaries = Report(
        name: "anniversaries",
        title: "Anniversaries marked",
        summary: "Anniversaries of diplomatic relations, treaties, organisations and independence that articles say were marked, with the year since and the evidence.",
        view: "anniversaries_report",
        parameters: [
            .init(name: "year", kind: .year, help: "Year the anniversary was marked."),
            .init(name: "country", kind: .country, help: "A party: name, alias, demonym, ISO2 or ISO3."),
            .init(name: "subject", kind: .text, help: "Subject contains this text (\"diplomatic relations\", \"Treaty\", \"CIS\")."),
        ],
        sections: [
            // A country's: the parts of anniversaries_report about it (0010), each read in the order of the other
            // party's name and the year, and merged, so that the first rows (--limit) come without sorting all of them.
            .init(
                runs: .when("country"),
                select: "SELECT country, year, ordinal, since, subject, published_on, title, evidence, is_treaty, anniversary",
                conditions: ["iso3 = :country"],
                filters: [
                    .init(parameter: "year", condition: "year = :year"),
                    .init(parameter: "subject", condition: "subject LIKE '%' || :subject || '%'"),
                ],
                orderBy: "country, year, is_treaty, ordinal DESC, subject, published_on, anniversary",
                unionOf: ["anniversaries_report_a", "anniversaries_report_a_alone", "anniversaries_report_b"],
                hidden: ["is_treaty", "anniversary"]),
            // Every country's (and organisation's): the parts of anniversaries_report with a name to order by (0010,
            // 0011), read in the report's order and merged; with a subject that many anniversaries have, skipping the
            // others.
            .init(
                runs: .init(unless: ["country"], counts: [.many(subjectProbe)]),
                select: "SELECT country, year, ordinal, since, subject, published_on, title, evidence, is_treaty, anniversary",
                filters: [
                    .init(parameter: "year", condition: "year = :year"),
                    .init(parameter: "subject", condition: "subject LIKE '%' || :subject || '%'"),
                ],
                orderBy: "country, year, is_treaty, ordinal DESC, subject, published_on, anniversary",
                unionOf: ["anniversaries_report_a", "anniversaries_report_a_alone", "anniversaries_report_organisation"],
                hidden: ["is_treaty", "anniversary"]),
            // A subject few anniversaries have, without a country: its rows are looked up by subject (0013) and sorted.
            .init(
                runs: .init(when: ["subject"], unless: ["country"], counts: [.few(subjectProbe)]),
                select: "SELECT country, year, ordinal, since, subject, published_on, title, evidence FROM anniversaries_report",
                filters: [
                    .init(parameter: "year", condition: "year = :year"),
                    .init(parameter: "subject", condition: subjectUsed),
                ],
                // Then by article date and id: rows equal on the rest (one anniversary marked by many articles) keep a fixed order.
                orderBy: "country, year, subject_kind = 'treaty', ordinal DESC, subject, published_on, anniversary"),
        ])

    /// The subjects in use that contain the user's text (0013), which `anniversaries_by_subject` looks up.
    private static let subjectUsed = "subject IN (SELECT subject FROM anniversary_subjects WHERE subject LIKE '%' || :subject || '%')"
    /// How many anniversaries have such a subject.
    private static let subjectProbe = Probe(parameter: "subject", sql: "SELECT 1 FROM anniversaries WHERE \(subjectUsed)", bound: 3000)

    static let leaders = Report(
        name: "leaders",
        title: "Who held which office",
        summary: "Heads of state and government (and Russia's foreign ministers) from the reference terms, and the offices dated articles give people.",
        view: "leaders_report",
        parameters: [
            countryParameter,
            .init(name: "on", kind: .date, help: "Who held office on this day (YYYY, YYYY-MM or YYYY-MM-DD: any day of it)."),
        ],
        sections: [
            // On a day: the reference terms that cover it, and the article rows found from their article's date, which
            // covers the day when it falls between the day and the day || '~' or is the day's year or month (a
            // shortened date); then sorted, being few.
            .init(
                runs: .init(when: ["on"], counts: [.few(articlesOnProbe)]),
                select: "SELECT country, role, office, person, started_on, ended_on, basis, title, evidence, fact_id",
                filters: [
                    .init(parameter: "country", condition: "iso3 = :country"),
                    .init(parameter: "on", condition: covers(start: "started_on", end: "ended_on", date: ":on")),
                ],
                orderBy: "country, basis DESC, role, started_on, person, fact_id",
                unionOf: ["leaders_reference", "leaders_articles_by_date"],
                hidden: ["fact_id"],
                partFilters: ["leaders_articles_by_date": [
                    .init(parameter: "on", condition: "started_on BETWEEN :on AND :on || '~' OR started_on IN (substr(:on, 1, 4), substr(:on, 1, 7))"),
                ]]),
            // Without --on, or with a year or month of many articles: the parts of leaders_report (0010), each read in the
            // report's order (country by name, then role and date from office_terms_by_country and
            // office_mentions_by_country_role) and merged, skipping other dates. Rows equal on the order's columns (a
            // person named twice on one day) are ordered by the fact's id, so that the first rows (--limit) are those of
            // the full list.
            .init(
                runs: .init(counts: [.many(articlesOnProbe)]),
                select: "SELECT country, role, office, person, started_on, ended_on, basis, title, evidence, fact_id",
                filters: [
                    .init(parameter: "country", condition: "iso3 = :country"),
                    .init(parameter: "on", condition: covers(start: "started_on", end: "ended_on", date: ":on")),
                ],
                orderBy: "country, basis DESC, role, started_on, person, fact_id",
                unionOf: ["leaders_reference", "leaders_articles"],
                hidden: ["fact_id"]),
        ])

    /// How many articles fall in the day, month or year of --on (articles_by_date).
    private static let articlesOnProbe = Probe(parameter: "on", sql: "SELECT 1 FROM articles WHERE published_on BETWEEN :on AND :on || '~'", bound: 3000)

    static let members = Report(
        name: "members",
        title: "Members of organisations",
        summary: "Which countries belonged to which organisations, in which role and when (reference data).",
        view: "members_report",
        parameters: [
            organisationParameter,
            countryParameter,
            .init(name: "on", kind: .date, help: "Memberships current on this day (YYYY, YYYY-MM or YYYY-MM-DD: any day of it)."),
        ],
        sections: [.init(
            select: "SELECT org, country, role, joined_on, left_on, organisation FROM members_report",
            filters: [
                .init(parameter: "org", condition: "org = :org"),
                .init(parameter: "country", condition: "iso3 = :country"),
                .init(parameter: "on", condition: covers(start: "joined_on", end: "left_on", date: ":on")),
            ],
            orderBy: "org, joined_on, country, role")])

    static let messages = Report(
        name: "messages",
        title: "Messages between leaders",
        summary: "Greetings, congratulations, condolences and letters, by sender and recipient; with --not-greeted ORG, the members of ORG that got none that year.",
        view: "messages_report",
        parameters: [
            .init(name: "year", kind: .year, help: "Year the message was sent."),
            .init(name: "from", kind: .country, help: "Sender's country (named, or whose office the sender held)."),
            .init(name: "to", kind: .country, help: "Recipient's country (named, or whose office the recipient held)."),
            .init(name: "kind", kind: .text, help: "greeting, congratulation, condolence or letter."),
            .init(name: "occasion", kind: .text, help: "Occasion contains this text (\"New Year\", \"Independence Day\")."),
            .init(name: "not_greeted", kind: .organisation, help: "List the members of this organisation on 31 December of --year that got no such message that year."),
        ],
        sections: [
            // One occasion in use contains the text (the usual case): its messages in date order from
            // messages_by_occasion_date (0013), however many or few.
            messagesInDateOrder(occasion: "occasion = (\(occasionsUsed))", counts: [.few(oneOccasionProbe)]),
            // Every message in date order; with several occasions that many messages have, skipping the others.
            messagesInDateOrder(occasion: "occasion LIKE '%' || :occasion || '%'", counts: [.many(oneOccasionProbe), .many(occasionProbe)]),
            // Several occasions that few messages have: looked up by occasion (0013) and sorted.
            messagesInDateOrder(occasion: occasionUsed, counts: [.many(oneOccasionProbe), .few(occasionProbe)]),
            messagesOfOneCountry(side: "sender", parameter: "from", runs: .init(when: ["from"], unless: ["not_greeted"])),
            messagesOfOneCountry(side: "recipient", parameter: "to", runs: .init(when: ["to"], unless: ["not_greeted", "from"])),
            .init(
                runs: .when("not_greeted"),
                select: "SELECT c.name AS country, ms.organisation AS org, ms.role, ms.joined_on, ms.left_on FROM memberships AS ms JOIN countries AS c ON c.iso3 = ms.country",
                conditions: [
                    "ms.organisation = :not_greeted",
                    covers(start: "ms.joined_on", end: "ms.left_on", date: "(:year || '-12-31')"),
                    // The sender does not greet itself.
                    ":from IS NULL OR ms.country <> :from",
                    // Reads messages, not messages_report (which only adds names and the article, which every message has),
                    // and asks about the sender per message, not through the list of everything the sender ever sent.
                    """
                    NOT EXISTS (SELECT 1 FROM message_parties AS mp JOIN messages AS m ON m.id = mp.message
                                WHERE mp.side = 'recipient' AND mp.iso3 = ms.country
                                  AND m.sent_on BETWEEN :year AND :year || '~'
                                  AND (:kind IS NULL OR m.kind = :kind)
                                  AND (:occasion IS NULL OR m.occasion LIKE '%' || :occasion || '%')
                                  AND (:from IS NULL OR EXISTS (SELECT 1 FROM message_parties AS sp
                                                                WHERE sp.message = m.id AND sp.side = 'sender' AND sp.iso3 = :from)))
                    """,
                ],
                orderBy: "c.name, ms.role",
                requires: ["year"]),
        ])

    /// Every message (of a year, a kind, an occasion) in date order, the occasion matched by the condition given; the
    /// `counts` choose which of the three such sections runs. Without --occasion only the one for many rows runs.
    private static func messagesInDateOrder(occasion: String, counts: [Count]) -> Report.Section {
        let forFew = Report.Section.Runs(counts: counts).isForFew
        return .init(
            runs: .init(when: forFew ? ["occasion"] : [], unless: ["not_greeted", "from", "to"], counts: counts),
            select: """
                SELECT sent_on, sender, sender_country, recipient, recipient_country, kind, occasion, title, evidence, message
                FROM messages_report
                """,
            filters: [
                .init(parameter: "year", condition: "sent_on BETWEEN :year AND :year || '~'"),
                .init(parameter: "kind", condition: "kind = :kind"),
                .init(parameter: "occasion", condition: occasion),
            ],
            orderBy: "sent_on, recipient_country, recipient, message",
            hidden: ["message"])
    }

    /// The occasions in use that contain the user's text (0013), which `messages_by_occasion_date` looks up.
    private static let occasionsUsed = "SELECT occasion FROM message_occasions WHERE occasion LIKE '%' || :occasion || '%'"
    private static let occasionUsed = "occasion IN (\(occasionsUsed))"
    /// Whether one occasion in use contains the text (fewer than two do).
    private static let oneOccasionProbe = Probe(parameter: "occasion", sql: occasionsUsed, bound: 2)
    /// How many messages have such an occasion.
    private static let occasionProbe = Probe(parameter: "occasion", sql: "SELECT 1 FROM messages WHERE \(occasionUsed)", bound: 3000)

    /// The messages of one sender's (or recipient's) country, read from message_countries_by_country_date in date
    /// order (0008), so that the report stops at its limit instead of sorting every message of that country (Russia's
    /// are most of them). A country found twice on one side of a message (two of its people) gives the message once.
    private static func messagesOfOneCountry(side: String, parameter: String, runs: Report.Section.Runs) -> Report.Section {
        .init(
            runs: runs,
            select: """
                SELECT mr.sent_on, mr.sender, mr.sender_country, mr.recipient, mr.recipient_country, mr.kind, mr.occasion, mr.title,
                       mr.evidence, mr.message
                FROM message_countries AS mc JOIN messages_report AS mr ON mr.message = mc.message
                """,
            conditions: [
                "mc.iso3 = :\(parameter) AND mc.side = '\(side)'",
                "mc.rowid = (SELECT min(x.rowid) FROM message_countries AS x WHERE x.message = mc.message AND x.side = mc.side AND x.iso3 = mc.iso3)",
            ],
            filters: [
                .init(parameter: "year", condition: "mc.sent_on BETWEEN :year AND :year || '~'"),
                .init(parameter: "to", condition: "mr.message IN (SELECT message FROM message_parties WHERE side = 'recipient' AND iso3 = :to)"),
                .init(parameter: "kind", condition: "mr.kind = :kind"),
                .init(parameter: "occasion", condition: "mr.occasion LIKE '%' || :occasion || '%'"),
            ].filter { $0.parameter != parameter },
            orderBy: "mc.sent_on, mr.recipient_country, mr.recipient, mr.message",
            hidden: ["message"])
    }

    static let country = Report(
        name: "country",
        title: "Country profile",
        summary: "One country: its names, organisations, leaders, relations, anniversaries and latest articles.",
        view: "country_report",
        parameters: [.init(name: "country", kind: .country, help: "The country: name, alias, demonym, ISO2 or ISO3.", required: true)],
        sections: [
            .init(title: "country",
                  select: "SELECT name, iso3, iso2, official_name, capital, other_names, articles FROM country_report",
                  conditions: ["iso3 = :country"], orderBy: "name"),
            .init(title: "organisations",
                  select: "SELECT org, role, joined_on, left_on, organisation FROM members_report",
                  conditions: ["iso3 = :country"], orderBy: "joined_on, org"),
            .init(title: "leaders",
                  select: "SELECT role, office, person, started_on, ended_on FROM leaders_report",
                  conditions: ["iso3 = :country", "basis = 'reference'"], orderBy: "started_on, role"),
            // The labels articles gave each pair, in either order. Each distinct label is found by one seek in
            // relationship_labels_by_pair (country_a, country_b, label; 0009), the next label after the last one
            // (a loose index scan), instead of reading every label row of the pair: Russia's pairs have thousands.
            .init(title: "relations",
                  select: """
                      SELECT c.name AS country, d.established_on, d.ended_on, d.status,
                             (WITH RECURSIVE
                                  ab(label) AS (
                                      SELECT min(label) FROM relationship_labels WHERE country_a = d.country_a AND country_b = d.country_b
                                      UNION ALL
                                      SELECT (SELECT min(label) FROM relationship_labels
                                              WHERE country_a = d.country_a AND country_b = d.country_b AND label > ab.label)
                                      FROM ab WHERE ab.label IS NOT NULL),
                                  ba(label) AS (
                                      SELECT min(label) FROM relationship_labels WHERE country_a = d.country_b AND country_b = d.country_a
                                      UNION ALL
                                      SELECT (SELECT min(label) FROM relationship_labels
                                              WHERE country_a = d.country_b AND country_b = d.country_a AND label > ba.label)
                                      FROM ba WHERE ba.label IS NOT NULL)
                              SELECT group_concat(label, ', ') FROM (
                                  SELECT label FROM ab WHERE label IS NOT NULL UNION SELECT label FROM ba WHERE label IS NOT NULL
                                  ORDER BY label)) AS labels
                      FROM diplomatic_relations AS d
                      JOIN countries AS c ON c.iso3 = CASE d.country_a WHEN :country THEN d.country_b ELSE d.country_a END
                      """,
                  conditions: ["d.country_a = :country OR d.country_b = :country"],
                  // Relations never established (Türkiye and Armenia) have no date: after the dated ones.
                  orderBy: "d.established_on IS NULL, d.established_on"),
            // The rows of anniversaries_report about the country, read from its two sides in year order and merged
            // (0009), so that the first rows (--limit) come without sorting all of them.
            .init(title: "anniversaries",
                  select: "SELECT year, ordinal, since, subject, party_a, party_b, published_on, title, is_treaty, anniversary",
                  conditions: ["iso3 = :country"],
                  orderBy: "year, is_treaty, ordinal DESC, published_on, anniversary",
                  unionOf: ["country_anniversaries_a", "country_anniversaries_b"],
                  hidden: ["is_treaty", "anniversary"]),
            // The country's mentions in date order (mentions_by_country, 0009), newest first, until ten articles.
            .init(title: "latest articles",
                  select: "SELECT published_on, title, article FROM articles_report",
                  conditions: ["""
                      article IN (SELECT article FROM (SELECT DISTINCT published_on, article FROM mentions
                                  WHERE country = :country ORDER BY published_on DESC, article DESC LIMIT 10))
                      """],
                  orderBy: "published_on DESC, article DESC", limit: "10"),
        ])

    static let organisations = Report(
        name: "organisations",
        title: "Organisations",
        summary: "The organisations: founding and dissolution dates, headquarters, current members (reference data) and how many articles mention each.",
        view: "organisations_report",
        parameters: [],
        sections: [.init(
            select: "SELECT code, name, founded_on, dissolved_on, headquarters, members, articles FROM organisations_report",
            orderBy: "founded_on, code")])

    static let articles = Report(
        name: "articles",
        title: "Articles",
        summary: "Imported articles with their date, title, the countries and organisations they mention and how many facts they gave.",
        view: "articles_report",
        parameters: [
            from, to,
            .init(name: "country", kind: .country, help: "Articles that mention this country."),
            .init(name: "org", kind: .organisation, help: "Articles that mention this organisation."),
        ],
        sections: [
            .init(
                runs: .init(unless: ["country", "org"]),
                select: "SELECT article, published_on, title, countries, organisations, facts FROM articles_report",
                filters: [
                    .init(parameter: "from", condition: "published_on >= :from"),
                    .init(parameter: "to", condition: "published_on <= :to || '~'"),
                ],
                orderBy: "published_on, article"),
            articlesMentioningOne(column: "organisation", parameter: "org", runs: .init(when: ["org"], unless: ["country"])),
            articlesMentioningOne(column: "organisation", parameter: "org",
                                  runs: .init(when: ["org", "country"], counts: [.few(organisationMentions), .many(countryMentions)])),
            articlesMentioningOne(column: "country", parameter: "country", runs: .init(when: ["country"], counts: [.many(organisationMentions)])),
            articlesMentioningOne(column: "country", parameter: "country",
                                  runs: .init(when: ["org", "country"], counts: [.few(organisationMentions), .few(countryMentions)])),
        ])

    /// With both --org and --country, the articles are read from one side's mentions in date order and the other side
    /// is sought in each article, until the limit. For a pair that rarely meets (the Union State and Armenia) that
    /// reads every mention of the side read, a third of a second for a country of 100,000 articles; so the side with
    /// fewer mentions is read, the country when both are few.
    private static let organisationMentions = Probe(parameter: "org", sql: "SELECT 1 FROM mentions WHERE organisation = :org", bound: 10_000)
    private static let countryMentions = Probe(parameter: "country", sql: "SELECT 1 FROM mentions WHERE country = :country", bound: 10_000)

    /// The articles that mention one country (or organisation), from its mentions in date order (mentions_by_country,
    /// 0009; mentions_by_organisation, 0012), one mention (the first) per article: the report stops at its limit
    /// instead of sorting all of them. With both, the other one is a filter.
    private static func articlesMentioningOne(column: String, parameter: String, runs: Report.Section.Runs) -> Report.Section {
        .init(
            runs: runs,
            select: """
                SELECT ar.article, ar.published_on, ar.title, ar.countries, ar.organisations, ar.facts
                FROM mentions AS mn JOIN articles_report AS ar ON ar.article = mn.article
                """,
            conditions: [
                "mn.\(column) = :\(parameter)",
                // The article's first such mention, found among the article's own: with no statistics SQLite may
                // otherwise take every mention of the organisation for each row (0014 made the two indexes look alike).
                "mn.id = (SELECT min(x.id) FROM mentions AS x INDEXED BY mentions_by_article WHERE x.article = mn.article AND x.\(column) = mn.\(column))",
            ],
            filters: [
                .init(parameter: "from", condition: "mn.published_on >= :from"),
                .init(parameter: "to", condition: "mn.published_on <= :to || '~'"),
                // One seek among the row's own article's mentions, rather than a list of every article of the other.
                .init(parameter: "org", condition: """
                    EXISTS (SELECT 1 FROM mentions AS y INDEXED BY mentions_by_article WHERE y.article = mn.article AND y.organisation = :org)
                    """),
                .init(parameter: "country", condition: """
                    EXISTS (SELECT 1 FROM mentions AS y INDEXED BY mentions_by_article WHERE y.article = mn.article AND y.country = :country)
                    """),
            ].filter { $0.parameter != parameter },
            orderBy: "mn.published_on, mn.article")
    }

    static let timeline = Report(
        name: "timeline",
        title: "Timeline of a country",
        summary: "Every dated fact about a country, in order: relations, treaties, memberships and offices (reference data), and what articles report.",
        view: "timeline_report",
        parameters: [
            .init(name: "country", kind: .country, help: "The country: name, alias, demonym, ISO2 or ISO3.", required: true),
            from, to,
        ],
        sections: [.init(
            // The parts of timeline_report (0008), each read in date order and merged. Rows equal on the order's
            // columns are ordered by title and by the fact's id too, so that the first rows (--limit) are those of the
            // full list.
            select: "SELECT date, kind, fact, basis, title, evidence, fact_id",
            conditions: ["iso3 = :country"],
            filters: [
                .init(parameter: "from", condition: "date >= :from"),
                .init(parameter: "to", condition: "date <= :to || '~'"),
            ],
            orderBy: "date, basis DESC, kind, fact, title, fact_id",
            unionOf: ["timeline_reference", "timeline_anniversaries_a", "timeline_anniversaries_b", "timeline_messages_received",
                      "timeline_messages_sent", "timeline_memberships", "timeline_relationships_a", "timeline_relationships_b",
                      "timeline_offices"],
            hidden: ["fact_id"])])

    static let pair = Report(
        name: "pair",
        title: "Two countries",
        summary: "What two countries have in common over time: diplomatic relations and treaties (reference data), anniversaries and relationship labels (articles).",
        view: "pair_report",
        parameters: [
            .init(name: "first", kind: .country, help: "One country.", required: true),
            .init(name: "second", kind: .country, help: "The other country.", required: true),
        ],
        sections: [.init(
            // The parts of pair_report in both orders of the two countries (0008), each read in date order and merged.
            // Rows equal on the order's columns are ordered by title and by the fact's id too, so that the first rows
            // (--limit) are those of the full list.
            select: "SELECT date, kind, fact, basis, title, evidence, fact_id",
            conditions: ["iso3_a = :first", "iso3_b = :second"],
            orderBy: "date, basis DESC, kind, fact, title, fact_id",
            unionOf: ["pair_reference", "pair_anniversaries", "pair_anniversaries_reversed", "pair_relationships", "pair_relationships_reversed"],
            hidden: ["fact_id"])])

    static let conflicts = Report(
        name: "conflicts",
        title: "Facts that contradict the reference data",
        summary: "Anniversaries whose year since is not the known year, offices the reference gives to someone else that day, and membership statements the reference contradicts.",
        view: "conflicts_report",
        parameters: [
            .init(name: "country", kind: .country, help: "The country the conflict is about (for an anniversary with Russia, the other country)."),
            .init(name: "kind", kind: .text, help: "anniversary, office or membership."),
        ],
        sections: [.init(
            // The parts of conflicts_report (0008), each read in date order and merged. Rows equal on the order's
            // columns are ordered by title and by the conflicting fact's id too, so that the first rows (--limit) are
            // those of the full list.
            select: "SELECT kind, country, claim, reference, published_on, title, evidence, conflict",
            filters: [
                .init(parameter: "country", condition: "iso3 = :country"),
                .init(parameter: "kind", condition: "kind = :kind"),
            ],
            orderBy: "published_on, kind, country, claim, title, conflict",
            unionOf: ["conflicts_relations_anniversaries", "conflicts_treaty_anniversaries", "conflicts_offices", "conflicts_memberships"],
            hidden: ["conflict"])])

    /// Full-text search over article titles and bodies (`relations search`), best matches first.
    public static let search = Report(
        name: "search",
        title: "Search articles",
        summary: "Full-text search of article titles and bodies (FTS5, porter stemming), best matches first, with the matching passage.",
        view: nil,
        parameters: [
            .init(name: "query", kind: .text, help: "Words to find (FTS5 syntax: \"a phrase\", OR, NOT, prefix*).", required: true),
            from, to,
            .init(name: "country", kind: .country, help: "Articles that mention this country."),
            .init(name: "org", kind: .organisation, help: "Articles that mention this organisation."),
            .init(name: "limit", kind: .number, help: "At most this many articles (default 20)."),
        ],
        sections: [.init(
            select: """
                SELECT ar.id AS article, ar.published_on, ar.title,
                       snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet,
                       -bm25(articles_fts) AS score
                FROM articles_fts JOIN articles AS ar ON ar.id = articles_fts.rowid
                """,
            conditions: ["articles_fts MATCH :query"],
            filters: [
                .init(parameter: "from", condition: "ar.published_on >= :from"),
                .init(parameter: "to", condition: "ar.published_on <= :to || '~'"),
                .init(parameter: "country", condition: "ar.id IN (SELECT article FROM mentions WHERE country = :country)"),
                .init(parameter: "org", condition: "ar.id IN (SELECT article FROM mentions WHERE organisation = :org)"),
            ],
            orderBy: "bm25(articles_fts), ar.published_on DESC",
            limit: "coalesce(:limit, 20)")])
}
