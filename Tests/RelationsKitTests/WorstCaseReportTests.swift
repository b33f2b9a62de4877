import Foundation
import GRDB
import Testing
@testable import RelationsKit

/// Migration 0010: `anniversaries --country`, `leaders` (with or without a country) and `leaders --on` read their rows
/// in order from indexes, or find them by date, instead of sorting everything; they give the rows of the full sorts
/// they replace, and a limit gives the first rows of the full report.
@Suite("worst-case reports from indexes")
struct WorstCaseReportTests {
    /// The country profile's database (many articles and anniversaries per country, ties on the order's first keys)
    /// with more of what these reports must order: anniversaries without a second party, with the same country twice,
    /// without a year, or of an organisation alone; a person named twice in one article and in two articles of the
    /// same day, with an office that has no role; articles dated only by a year or a month, or not at all.
    static func withWorstCaseDatabase(_ body: (RelationsDatabase) throws -> Void) throws {
        try CountryProfileTests.withProfileDatabase { database in
            try database.writer.write { db in
                try db.execute(sql: """
                    WITH parties(a, b, o) AS (VALUES ('ARM', NULL, NULL), ('RUS', NULL, NULL), ('KAZ', 'KAZ', NULL), (NULL, NULL, 'CIS')),
                         years(y) AS (VALUES (2017), (NULL)),
                         sources(article, published_on) AS (SELECT id, published_on FROM articles ORDER BY id LIMIT 2)
                    INSERT INTO anniversaries (article, country_a, country_b, organisation, subject_kind, subject, ordinal, year_marked,
                                               year_since, span_start, span_end, published_on)
                    SELECT article, a, b, o, CASE WHEN o IS NULL THEN 'independence' ELSE 'organisation' END, coalesce(o, 'independence'),
                           26, y, y - 26, 0, 5, published_on
                    FROM parties, years, sources
                    """)
                // Articles with office mentions: one dated by its year, one by its month, one undated, one on a day of
                // that month; two more given the date of the first with a full date, so that mentions tie across articles.
                let articles = try Int.fetchAll(db, sql: "SELECT DISTINCT article FROM office_mentions ORDER BY article LIMIT 7")
                try #require(articles.count == 7)
                try db.execute(sql: "UPDATE articles SET published_on = '2017' WHERE id = ?", arguments: [articles[0]])
                try db.execute(sql: "UPDATE articles SET published_on = '2017-12' WHERE id = ?", arguments: [articles[1]])
                try db.execute(sql: "UPDATE articles SET published_on = NULL WHERE id = ?", arguments: [articles[2]])
                try db.execute(sql: "UPDATE articles SET published_on = '2017-12-05' WHERE id IN (?, ?, ?)", arguments: [articles[3], articles[4], articles[5]])
                // The same person and office again in the same article and in the others of that day, and with an
                // office that has no role.
                let mention = try #require(try Row.fetchOne(db, sql: "SELECT person, country FROM office_mentions WHERE article = ? LIMIT 1", arguments: [articles[3]]))
                for (article, office) in [(articles[3], "President"), (articles[4], "President"), (articles[5], "President"), (articles[5], "Defence Minister"),
                                          (articles[6], "Defence Minister"), (articles[0], "Prime Minister"), (articles[1], "Prime Minister")] {
                    try db.execute(sql: """
                        INSERT INTO office_mentions (article, person, country, office, span_start, span_end, published_on)
                        SELECT id, ?, ?, ?, 1, 4, published_on FROM articles WHERE id = ?
                        """, arguments: [mention["person"], mention["country"], office, article])
                }
            }
            try body(database)
        }
    }

    static func text(_ rows: [Row]) -> [[String]] {
        rows.map { row in row.databaseValues.map { ResultTable.Value($0).text } }
    }

    /// The report's rows (all of them with limit 0), as text, without the evidence (as the command shows them).
    static func reportRows(_ database: RelationsDatabase, _ name: String, _ values: [String: String], limit: Int = 0) throws -> [[String]] {
        let report = try #require(Report.named(name))
        let sections = try QueryRunner(database: database, rowLimit: limit).run(report, rawValues: values, omitting: ["evidence"])
        try #require(sections.count == 1)
        return sections[0].table.rows.map { $0.map(\.text) }
    }

    /// Rows in order, with each run of rows equal on `keys` (column positions) put in one fixed order: two lists are
    /// then equal when they hold the same rows in the same order up to ties of that order.
    static func tiesSorted(_ rows: [[String]], keys: [Int]) -> [[String]] {
        var result: [[String]] = []
        var run: [[String]] = []
        for row in rows {
            if let first = run.first, keys.map({ first[$0] }) != keys.map({ row[$0] }) {
                result += run.sorted { $0.lexicographicallyPrecedes($1) }
                run = []
            }
            run.append(row)
        }
        return result + run.sorted { $0.lexicographicallyPrecedes($1) }
    }

    // MARK: anniversaries --country

    /// The rows of `anniversaries --country` before 0010: every anniversary of the country from the report's view,
    /// sorted (the order is total: the anniversary's id comes last).
    static func fullAnniversaries(_ db: Database, _ values: [String: String]) throws -> [[String]] {
        var conditions = values["country"] == nil ? ["1"] : ["(iso3_a = :country OR iso3_b = :country)"]
        if values["year"] != nil { conditions.append("year = :year") }
        if values["subject"] != nil { conditions.append("subject LIKE '%' || :subject || '%'") }
        let sql = """
            SELECT country, year, ordinal, since, subject, published_on, title FROM anniversaries_report
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY country, year, subject_kind = 'treaty', ordinal DESC, subject, published_on, anniversary
            """
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        for (name, value) in values { arguments[name] = name == "year" ? Int(value) : value }
        return text(try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)))
    }

    @Test func anniversariesOfACountryAreThoseOfTheFullSortAndALimitGivesTheFirstOnes() throws {
        try Self.withWorstCaseDatabase { database in
            var checked = 0
            for iso3 in ["RUS", "ARM", "KAZ", "UKR", "MNG", "UZB", "BLR"] {
                for extra in [[:], ["year": "2017"], ["subject": "treaty"], ["year": "2016", "subject": "relations"]] as [[String: String]] {
                    let values = extra.merging(["country": iso3]) { a, _ in a }
                    let all = try Self.reportRows(database, "anniversaries", values)
                    let expected = try database.writer.read { db in try Self.fullAnniversaries(db, values) }
                    #expect(all == expected, "\(values)")
                    checked += expected.count
                    guard extra.isEmpty else { continue }
                    for limit in [1, 2, all.count / 2, all.count - 1] where limit > 0 {
                        #expect(try Self.reportRows(database, "anniversaries", values, limit: limit) == Array(all.prefix(limit)), "\(values) --limit \(limit)")
                    }
                }
            }
            // Without a country (0011): every anniversary, organisations' too, in the same order.
            for values in [[:], ["year": "2017"], ["subject": "CIS"], ["year": "2017", "subject": "relations"]] as [[String: String]] {
                let all = try Self.reportRows(database, "anniversaries", values)
                #expect(all == (try database.writer.read { db in try Self.fullAnniversaries(db, values) }), "\(values)")
                #expect(values["subject"] != nil || all.contains { $0[0] == "Commonwealth of Independent States" }, "\(values)")
                for limit in [1, all.count / 2, all.count - 1] where limit > 0 && values.isEmpty {
                    #expect(try Self.reportRows(database, "anniversaries", values, limit: limit) == Array(all.prefix(limit)), "--limit \(limit)")
                }
            }
            #expect(checked > 300, "the database gives the report rows to compare")
            // Each kind of row is there: the other party's name, the country's own (first party alone, both parties,
            // second party), years missing.
            let russia = try Self.reportRows(database, "anniversaries", ["country": "RUS"])
            #expect(Set(russia.map(\.[0])).count > 3)
            #expect(russia.contains { $0[0] == "Russia" } && russia.contains { $0[1] == "" })
            let kazakhstan = try Self.reportRows(database, "anniversaries", ["country": "KAZ"])
            #expect(kazakhstan.contains { $0[0] == "Kazakhstan" })
        }
    }

    // MARK: leaders

    /// The rows of `leaders` before 0010: leaders_report, filtered and sorted in full.
    static func fullLeaders(_ db: Database, _ values: [String: String]) throws -> [[String]] {
        var conditions = ["1"]
        if values["country"] != nil { conditions.append("iso3 = :country") }
        if values["on"] != nil { conditions.append(Report.covers(start: "started_on", end: "ended_on", date: ":on")) }
        let sql = """
            SELECT country, role, office, person, started_on, ended_on, basis, title FROM leaders_report
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY country, basis DESC, role, started_on, person
            """
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        for (name, value) in values { arguments[name] = value }
        return text(try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)))
    }

    /// The order's keys among the report's columns: country, basis, role, started_on, person.
    static let leaderKeys = [0, 6, 1, 4, 3]

    static let leaderCases: [[String: String]] = [
        [:], ["country": "RUS"], ["country": "ARM"], ["country": "KAZ"], ["country": "MNG"],
        ["on": "2017-12-05"], ["on": "2017-12-30"], ["on": "2017-12"], ["on": "2017"], ["on": "2016-02-29"], ["on": "1800"],
        ["country": "RUS", "on": "2017-12-05"], ["country": "RUS", "on": "2017"], ["country": "ARM", "on": "2008-04"],
    ]

    static func expectLeadersAsTheFullSort(_ database: RelationsDatabase, _ when: String) throws {
        var rows = 0, tied = 0
        for values in Self.leaderCases {
            let all = try Self.reportRows(database, "leaders", values)
            let expected = try database.writer.read { db in try Self.fullLeaders(db, values) }
            #expect(Self.tiesSorted(all, keys: Self.leaderKeys) == Self.tiesSorted(expected, keys: Self.leaderKeys), "\(values) \(when)")
            rows += all.count
            tied += zip(all, all.dropFirst()).filter { pair in Self.leaderKeys.allSatisfy { pair.0[$0] == pair.1[$0] } }.count
        }
        #expect(rows > 1000 && tied > 3, "the database gives the report rows and ties to compare \(when)")
    }

    @Test func leadersAreThoseOfTheFullSortAndALimitGivesTheFirstOnes() throws {
        try Self.withWorstCaseDatabase { database in
            try Self.expectLeadersAsTheFullSort(database, "")
            // The shortened and missing article dates are among the rows that cover a day of December 2017.
            let december = try Self.reportRows(database, "leaders", ["on": "2017-12-05"])
            #expect(Set(december.filter { $0[6] == "article" }.map(\.[4])) == ["2017", "2017-12", "2017-12-05"])
            for values in Self.leaderCases {
                let all = try Self.reportRows(database, "leaders", values)
                for limit in [1, 2, all.count / 2, all.count - 1] where limit > 0 {
                    #expect(try Self.reportRows(database, "leaders", values, limit: limit) == Array(all.prefix(limit)), "\(values) --limit \(limit)")
                }
            }
        }
    }

    /// The copies the parts read (the article's date on each office mention, 0008) and the generated role follow edits
    /// made in sqlite3: the report still gives the full sort's rows.
    @Test func leadersStayTheFullSortAfterEdits() throws {
        try Self.withWorstCaseDatabase { database in
            try database.writer.write { db in
                try db.execute(sql: "UPDATE articles SET published_on = '2017-12-05' WHERE id = (SELECT max(article) FROM office_mentions WHERE country = 'RUS')")
                try db.execute(sql: "UPDATE articles SET published_on = '2017-11' WHERE id = (SELECT min(article) FROM office_mentions WHERE country = 'ARM')")
                try db.execute(sql: "UPDATE office_mentions SET office = 'Prime Minister' WHERE id = (SELECT max(id) FROM office_mentions WHERE office = 'President')")
                try db.execute(sql: "UPDATE office_mentions SET article = (SELECT min(id) FROM articles) WHERE id = (SELECT min(id) FROM office_mentions WHERE country = 'KAZ')")
                try FactDatesTests.expectDatesTrue(db, "after edits")
                let roles = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM office_mentions
                    WHERE role IS NOT CASE office WHEN 'President' THEN 'head_of_state' WHEN 'Prime Minister' THEN 'head_of_government'
                                                  WHEN 'Foreign Minister' THEN 'foreign_minister' END
                    """)
                #expect(roles == 0)
            }
            try Self.expectLeadersAsTheFullSort(database, "after edits")
        }
    }

    // MARK: query plans

    static func plan(_ db: Database, _ report: String, _ given: Set<String>) throws -> [(parent: Int, detail: String)] {
        let report = try #require(Report.named(report))
        let section = try #require(report.sections.first { $0.runs(given: given) })
        let sql = section.sql(given: given, omitting: ["evidence"]) + "\nLIMIT 1001"
        return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: ReportTests.nullArguments(sql)).map { ($0["parent"], $0["detail"]) }
    }

    /// Each part read from an index in the report's order, merged, with only the rows of one key sorted by the rest.
    @Test func anniversariesOfACountryAndLeadersReadIndexesInTheirOrder() throws {
        try ReportTests.withMigratedDatabase { database in
            try database.writer.read { db in
                let cases: [(String, Set<String>, [String])] = [
                    ("anniversaries", ["country"], ["SEARCH an USING INDEX anniversaries_by_pair (country_a=? AND country_b=?)",
                                                    "SEARCH an USING INDEX anniversaries_by_country_b_year (country_b=?)",
                                                    "SCAN cb USING INDEX sqlite_autoindex_countries_3"]),
                    ("anniversaries", ["country", "year"], ["SEARCH an USING INDEX anniversaries_by_pair (country_a=? AND country_b=? AND year_marked=?)",
                                                            "SEARCH an USING INDEX anniversaries_by_country_b_year (country_b=? AND year_marked=?)"]),
                    ("anniversaries", [], ["SEARCH an USING INDEX anniversaries_by_country_b_year (country_b=?)",
                                           "SEARCH an USING INDEX anniversaries_by_organisation_year (organisation=?)"]),
                    ("anniversaries", ["year"], ["SEARCH an USING INDEX anniversaries_by_country_b_year (country_b=? AND year_marked=?)"]),
                    ("leaders", ["country"], ["SEARCH om USING INDEX office_mentions_by_country_role (country=?)",
                                              "SEARCH t USING INDEX office_terms_by_country (country=?)"]),
                    ("leaders", [], ["SEARCH om USING INDEX office_mentions_by_country_role (country=?)"]),
                ]
                for (name, given, reads) in cases {
                    let plan = try Self.plan(db, name, given)
                    let details = plan.map(\.detail)
                    let text = details.joined(separator: "\n")
                    #expect(details.contains("MERGE (UNION ALL)"), "\(name) \(given):\n\(text)")
                    #expect(details.contains("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"), "\(name) \(given):\n\(text)")
                    #expect(!details.contains("USE TEMP B-TREE FOR ORDER BY"), "\(name) \(given): a sort of a whole part\n\(text)")
                    for read in reads { #expect(details.contains(read), "\(name) \(given): \(read)\n\(text)") }
                }
            }
        }
    }

    /// `leaders --on`: the article rows found from their article's date (a range and two shortened dates), then by
    /// article; never every office mention.
    @Test func leadersOnADayFindTheArticlesOfThatDay() throws {
        try ReportTests.withMigratedDatabase { database in
            try database.writer.read { db in
                for given: Set<String> in [["on"], ["on", "country"]] {
                    let details = try Self.plan(db, "leaders", given).map(\.detail)
                    let text = details.joined(separator: "\n")
                    #expect(details.contains("SEARCH ad USING COVERING INDEX articles_by_date (published_on>? AND published_on<?)"), "\(given):\n\(text)")
                    #expect(details.contains("SEARCH ad USING COVERING INDEX articles_by_date (published_on=?)"), "\(given):\n\(text)")
                    #expect(details.contains("SEARCH om USING INDEX office_mentions_by_article_person (article=?)"), "\(given):\n\(text)")
                    #expect(!details.contains { $0.hasPrefix("SCAN om") || $0.hasPrefix("SCAN ad") || $0.contains("om USING INDEX office_mentions_by_country") },
                            "\(given):\n\(text)")
                }
            }
        }
    }
}
