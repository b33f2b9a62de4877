import Foundation
import GRDB
import Testing
@testable import RelationsKit

@Suite("canned reports: SQL, parameters and query plans")
struct ReportTests {
    static let reports = Report.all + [Report.search]

    /// The tables that grow with the corpus: a report given its main filter must not read them from end to end.
    static let largeTables = ["articles", "mentions", "anniversaries", "messages", "office_mentions", "membership_events", "relationship_labels",
                              "message_countries", "conflicting_facts"]

    /// For each report, the parameters that narrow it most; its query plan must then use indexes on the large tables.
    static let mainFilters: [String: [[String]]] = [
        "anniversaries": [["year"], ["country"]],
        "leaders": [["country"], ["on"]],
        "members": [["org"], ["country"]],
        "messages": [["year"], ["to"], ["from"], ["not_greeted", "year"]],
        "country": [["country"]],
        "organisations": [[]],
        "articles": [["country"], ["org"], ["from"]],
        "timeline": [["country"]],
        "pair": [["first", "second"]],
        "conflicts": [[], ["country"], ["kind"]],
        "search": [["query"]],
    ]

    static func withMigratedDatabase(_ body: (RelationsDatabase) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("relations-reports-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try body(try RelationsDatabase.openForWriting(at: path))
    }

    /// Every placeholder of `sql` bound to NULL, except the search words (FTS5 refuses to match NULL).
    static func nullArguments(_ sql: String) -> StatementArguments {
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        for name in Report.placeholders(in: sql) { arguments[name] = name == "query" ? "partnership" : .some(nil) }
        return StatementArguments(arguments)
    }

    @Test func placeholdersSkipQuotedTextAndComments() {
        let sql = "SELECT ':not' AS \":nope\", x -- :comment\nFROM t WHERE a = :first AND b LIKE '%' || :second_2 || ':x' AND c = :first"
        #expect(Report.placeholders(in: sql) == ["first", "second_2"])
    }

    @Test func reportNamesAreUniqueAndEachHasItsView() throws {
        #expect(Set(Self.reports.map(\.name)).count == Self.reports.count)
        try Self.withMigratedDatabase { database in
            let views = try database.writer.read { db in try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'view'")) }
            for report in Report.all {
                #expect(report.view == "\(report.name)_report", "\(report.name)")
                #expect(views.contains(report.view ?? ""), "no view for \(report.name)")
            }
        }
    }

    @Test(arguments: reports.map(\.name))
    func eachReportDeclaresExactlyTheParametersItsSQLUses(name: String) throws {
        let report = try #require(Report.named(name))
        var used = Set<String>()
        for section in report.sections {
            let placeholders = Report.placeholders(in: section.fullSQL)
            used.formUnion(placeholders)
            // A filter's condition names its own parameter.
            for filter in section.filters { #expect(Report.placeholders(in: filter.condition).contains(filter.parameter), "\(name): \(filter.condition)") }
        }
        let declared = Set(report.parameters.map(\.name))
        #expect(used == declared, "\(name) declares \(declared.sorted()) but its SQL uses \(used.sorted())")
        // A required parameter is never optional in a filter.
        for parameter in report.parameters where parameter.required {
            #expect(!report.sections.contains { $0.filters.contains { $0.parameter == parameter.name } })
        }
    }

    @Test(arguments: reports.map(\.name))
    func eachReportPreparesAgainstTheSchemaWithAndWithoutItsFilters(name: String) throws {
        let report = try #require(Report.named(name))
        try Self.withMigratedDatabase { database in
            try database.writer.read { db in
                for section in report.sections {
                    let filters = section.filters.map(\.parameter)
                    let required = report.parameters.filter(\.required).map(\.name)
                    for given in [Set(required), Set(required + filters)] + filters.map({ Set(required + [$0]) }) {
                        let sql = section.sql(given: given)
                        let statement = try db.makeStatement(sql: sql)
                        #expect(statement.isReadonly)
                        // It runs, on an empty corpus, with every parameter NULL.
                        _ = try Row.fetchAll(statement, arguments: Self.nullArguments(sql))
                    }
                }
            }
        }
    }

    /// "SCAN x" in a query plan names a table by its alias; these are the names the large tables go by.
    static func largeTableNames() -> Set<String> {
        let texts = Bundled.migrations.map(\.text) + reports.flatMap { $0.sections.map(\.fullSQL) }
        var names = Set(largeTables)
        let keywords: Set<String> = ["WHERE", "JOIN", "LEFT", "ON", "ORDER", "GROUP", "UNION", "USING", "AND", "LIMIT"]
        let pattern = try! NSRegularExpression(pattern: "\\b(?:FROM|JOIN)\\s+(\\w+)(?:\\s+AS)?\\s+(\\w+)", options: [.caseInsensitive])
        for text in texts {
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                let table = String(text[Range(match.range(at: 1), in: text)!])
                let alias = String(text[Range(match.range(at: 2), in: text)!])
                if largeTables.contains(table), !keywords.contains(alias.uppercased()) { names.insert(alias) }
            }
        }
        return names
    }

    @Test(arguments: reports.map(\.name))
    func givenItsMainFilterEachReportReadsTheLargeTablesThroughIndexes(name: String) throws {
        let report = try #require(Report.named(name))
        let filterSets = try #require(Self.mainFilters[name], "add \(name) to ReportTests.mainFilters")
        let large = Self.largeTableNames()
        try Self.withMigratedDatabase { database in
            try database.writer.read { db in
                for filters in filterSets {
                    let given = Set(filters + report.parameters.filter(\.required).map(\.name))
                    for section in report.sections where section.runs(given: given) {
                        let sql = section.sql(given: given)
                        let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: Self.nullArguments(sql)).map { $0["detail"] as String }
                        let scans = plan.filter { detail in
                            let words = detail.split(separator: " ").map(String.init)
                            guard words.count >= 2 else { return false }
                            return (words[0] == "SCAN" && large.contains(words[1])) || (detail.contains("AUTOMATIC") && large.contains(words[1]))
                        }
                        #expect(scans.isEmpty, "\(name) \(filters): \(scans)\n\(plan.joined(separator: "\n"))")
                    }
                }
            }
        }
    }

    /// Without --evidence, the reports that give each row its article's date and title read them from the index
    /// articles_heading, never from the article's row (a page of body text per article).
    @Test(arguments: ["anniversaries", "leaders", "messages", "timeline", "pair"])
    func withoutTheEvidenceTheArticleHeadingComesFromItsIndex(name: String) throws {
        let report = try #require(Report.named(name))
        try Self.withMigratedDatabase { database in
            let section = report.sections[0]
            let sql = try QueryRunner.selecting(section.sql(given: Set(section.filters.map(\.parameter)), omitting: ["evidence"]),
                                                omitting: section.hidden.union(["evidence"]), database: database)
            try database.writer.read { db in
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: Self.nullArguments(sql)).map { $0["detail"] as String }
                let articleReads = plan.filter { $0.hasPrefix("SEARCH ar ") || $0.hasPrefix("SCAN ar ") }
                #expect(!articleReads.isEmpty && articleReads.allSatisfy { $0.contains("COVERING INDEX articles_heading") },
                        "\(name):\n\(plan.joined(separator: "\n"))")
            }
        }
    }

    @Test func datesAreCheckedAndMayBeShortened() {
        #expect(QueryRunner.isoDate("2017") == "2017")
        #expect(QueryRunner.isoDate("2017-07") == "2017-07")
        #expect(QueryRunner.isoDate("1994-07-20") == "1994-07-20")
        for bad in ["17", "2017-13", "2017-02-30", "2017-7-1", "20170720", "yesterday", ""] {
            #expect(QueryRunner.isoDate(bad) == nil, "\(bad)")
        }
    }

    @Test func aShortenedDateCoversTheDaysInsideIt() throws {
        let cases: [(start: String?, end: String?, date: String, covered: Bool)] = [
            ("1994-07", "1995", "1994-07-20", true),
            ("1990", "1994-07", "1994-07-20", true),
            ("2016-09-13", "2018-04-17", "2017", true),
            ("2017-05-01", nil, "2017", true),
            ("2017-12-30", "2017-12-30", "2017-12", true),
            ("2018-01-01", nil, "2017-12-31", false),
            ("2010", "2016-12-31", "2017", false),
            ("2017-12-31", nil, "2017-12-30", false),
            (nil, nil, "2017", false),
        ]
        try Self.withMigratedDatabase { database in
            let sql = "SELECT coalesce(" + Report.covers(start: ":start", end: ":end", date: ":date") + ", 0)"
            let answers = try database.writer.read { db in
                try cases.map { try Bool.fetchOne(db, sql: sql, arguments: ["start": $0.start, "end": $0.end, "date": $0.date]) }
            }
            for (example, answer) in zip(cases, answers) {
                #expect(answer == example.covered, "\(example)")
            }
        }
    }

    @Test func theSearchIndexFollowsInsertsAndDeletes() throws {
        try Self.withMigratedDatabase { database in
            try database.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO articles (id, source, title, published_on, body, sha256, imported_at)
                    VALUES (7, 'test', 'Partners', '2020-01-02', 'The two countries deepened their strategic partnerships.', printf('%064d', 7), '2020')
                    """)
                let found = try Int.fetchAll(db, sql: "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'strategic partnership'")
                #expect(found == [7], "porter stemming finds partnerships for partnership")
                try db.execute(sql: "DELETE FROM articles WHERE id = 7")
                #expect(try Int.fetchAll(db, sql: "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'strategic'") == [])
                try db.execute(sql: "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
            }
        }
    }

    @Test func theMigrationIndexesArticlesImportedBeforeIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("relations-backfill-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let queue = try DatabaseQueue(path: path)
        let migrator = RelationsDatabase.migrator()
        try migrator.migrate(queue, upTo: "0002_articles")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO articles (source, title, body, sha256, imported_at)
                VALUES ('old', 'Before the index', 'An alliance older than full-text search.', printf('%064d', 1), '2020')
                """)
        }
        try migrator.migrate(queue)
        let found = try queue.read { db in try String.fetchAll(db, sql: "SELECT title FROM articles_fts WHERE articles_fts MATCH 'alliance'") }
        #expect(found == ["Before the index"])
    }
}
