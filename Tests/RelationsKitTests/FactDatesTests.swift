import Foundation
import GRDB
import Testing
@testable import RelationsKit

/// Migration 0008: each article fact carries its article's date (and each row of message_countries its message's,
/// each conflicting fact its fact's), kept true through imports, re-imports and edits; the timeline, pair and conflicts
/// reports read their parts in date order from indexes, merge them and stop at the limit.
@Suite("fact dates and reports that stop at their limit")
struct FactDatesTests {
    /// Every copy equals what it copies (empty lists: no row differs).
    static func expectDatesTrue(_ db: Database, _ when: String) throws {
        for table in ["anniversaries", "office_mentions", "membership_events", "relationship_labels", "mentions"] {
            let wrong = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) AS f JOIN articles AS ar ON ar.id = f.article WHERE f.published_on IS NOT ar.published_on")
            #expect(wrong == 0, "\(table) \(when)")
        }
        let messages = try Int.fetchOne(db, sql: "SELECT count(*) FROM message_countries AS mc JOIN messages AS m ON m.id = mc.message WHERE mc.sent_on IS NOT m.sent_on")
        #expect(messages == 0, "message_countries \(when)")
        let conflicts = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM conflicting_facts AS cf
            JOIN articles AS ar ON ar.id = coalesce((SELECT article FROM anniversaries WHERE id = cf.anniversary),
                                                    (SELECT article FROM office_mentions WHERE id = cf.office_mention),
                                                    (SELECT article FROM membership_events WHERE id = cf.membership_event))
            WHERE cf.published_on IS NOT ar.published_on
            """)
        #expect(conflicts == 0, "conflicting_facts \(when)")
    }

    @Test func theDateCopiesStayTrueThroughImportsAndEdits() throws {
        try DerivedFactsTests.withImportedDatabase { database in
            try database.writer.write { db in
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM anniversaries WHERE published_on IS NOT NULL")! > 0)
                try Self.expectDatesTrue(db, "after the import")
                // sqlite3 edits: an article's date, a message's date, a fact moved to another article, a fact stored without a date.
                try db.execute(sql: "UPDATE articles SET published_on = '2001-06-15' WHERE id = (SELECT max(article) FROM membership_events)")
                try db.execute(sql: "UPDATE articles SET published_on = '1999-02' WHERE id = (SELECT max(article) FROM anniversaries)")
                try db.execute(sql: "UPDATE articles SET published_on = '2002' WHERE id = (SELECT om.article FROM conflicting_facts JOIN office_mentions AS om ON om.id = office_mention LIMIT 1)")
                try db.execute(sql: "UPDATE messages SET sent_on = '1995-01-01' WHERE id = (SELECT max(id) FROM messages)")
                try db.execute(sql: "UPDATE relationship_labels SET article = (SELECT min(id) FROM articles) WHERE id = (SELECT max(id) FROM relationship_labels)")
                try db.execute(sql: "UPDATE office_mentions SET published_on = '1900' WHERE id = (SELECT min(id) FROM office_mentions)")
                try db.execute(sql: "UPDATE mentions SET article = (SELECT min(id) FROM articles) WHERE id = (SELECT max(id) FROM mentions)")
                try db.execute(sql: "UPDATE mentions SET published_on = '1900' WHERE id = (SELECT min(id) FROM mentions)")
                try Self.expectDatesTrue(db, "after editing articles and facts")
                try DerivedFactsTests.expectDerivedTablesTrue(db, "after editing articles and facts")
                // A fact inserted by hand (its derived rows come from the statements of docs/schema.md, not a trigger).
                try db.execute(sql: """
                    INSERT INTO anniversaries (article, country_a, country_b, subject_kind, subject, ordinal, year_marked, year_since, span_start, span_end, published_on)
                    SELECT id, 'RUS', 'ARM', 'diplomatic relations', 'diplomatic relations', 3, 2000, 1997, 0, 5, published_on FROM articles ORDER BY id DESC LIMIT 1
                    """)
                // Inserted without it, it gets it when its article's date changes.
                try db.execute(sql: """
                    INSERT INTO relationship_labels (article, country_a, country_b, label, span_start, span_end)
                    SELECT max(id), 'RUS', 'ARM', 'alliance', 0, 5 FROM articles
                    """)
                try db.execute(sql: "UPDATE articles SET published_on = '2003' WHERE id = (SELECT max(id) FROM articles)")
                try Self.expectDatesTrue(db, "after inserting a fact")
            }
        }
    }

    @Test func aReimportedArticleGivesItsFactsItsNewDate() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("relations-dates-\(UUID().uuidString)").path
        defer { for suffix in [".db", ".db-wal", ".db-shm", "-1.jsonl", "-2.jsonl"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let text = "MOSCOW, March 4. Russia and Kazakhstan marked the 25th anniversary of diplomatic relations. Vladimir Putin sent a message of greetings to President of Armenia Serzh Sargsyan."
        func line(_ date: String, _ text: String) -> String {
            String(decoding: try! JSONSerialization.data(withJSONObject: ["url": "https://example.org/d", "title": "T", "date": date, "text": text], options: [.sortedKeys]), as: UTF8.self)
        }
        // The same URL with a new date and text: the article is updated, its facts replaced.
        try (line("2017-03-04", text) + "\n").write(toFile: path + "-1.jsonl", atomically: true, encoding: .utf8)
        try (line("2018-03-04", text.replacingOccurrences(of: "25th", with: "26th")) + "\n").write(toFile: path + "-2.jsonl", atomically: true, encoding: .utf8)
        let database = try RelationsDatabase.openForWriting(at: path + ".db")
        let importer = Importer(database: database)
        try importer.loadReference()
        _ = try importer.importPaths([path + "-1.jsonl"])
        _ = try importer.importPaths([path + "-2.jsonl"])
        try database.writer.read { db in
            #expect(try String.fetchAll(db, sql: "SELECT DISTINCT published_on FROM anniversaries") == ["2018-03-04"])
            #expect(try String.fetchAll(db, sql: "SELECT DISTINCT sent_on FROM message_countries") == ["2018-03-04"])
            try Self.expectDatesTrue(db, "after a re-import")
        }
    }

    static let merged: [(report: String, given: [[String]])] = [
        ("timeline", [["country"], ["country", "from", "to"]]),
        ("pair", [["first", "second"]]),
        ("conflicts", [[], ["country"], ["kind"]]),
    ]

    /// Each part read from an index in the report's date order (sorting only the rows of one date by the rest of the
    /// order) and the parts merged: no sort of the whole report before its limit.
    @Test func theMergedReportsReadEachPartInDateOrder() throws {
        try ReportTests.withMigratedDatabase { database in
            try database.writer.read { db in
                for (name, givens) in Self.merged {
                    let report = try #require(Report.named(name))
                    for given in givens {
                        let sql = report.sections[0].sql(given: Set(given), omitting: ["evidence"]) + "\nLIMIT 1001"
                        let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: ReportTests.nullArguments(sql))
                        let details = plan.map { $0["detail"] as String }
                        let text = details.joined(separator: "\n")
                        #expect(details.contains("MERGE (UNION ALL)"), "\(name) \(given):\n\(text)")
                        #expect(details.contains("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"), "\(name) \(given):\n\(text)")
                        #expect(!plan.contains { ($0["parent"] as Int) == 0 && ($0["detail"] as String).hasPrefix("USE TEMP B-TREE") },
                                "\(name) \(given): a sort of the whole report\n\(text)")
                        // Every article fact comes from an index in date order.
                        for detail in details {
                            let words = detail.split(separator: " ").map(String.init)
                            guard words.count >= 5, words[0] == "SEARCH" || words[0] == "SCAN", !detail.contains("PRIMARY KEY"),
                                  ["an", "mp", "me", "rl", "om", "cf"].contains(words[1]) else { continue }
                            #expect(detail.contains("_date ("), "\(name) \(given): \(detail)\n\(text)")
                        }
                    }
                }
            }
        }
    }

    /// With a limit, the first rows of the full report; in full, the rows of the report's view.
    @Test func aLimitGivesTheFirstRowsOfTheFullReportAndTheViewGivesTheSameRows() throws {
        try DerivedFactsTests.withImportedDatabase { database in
            let cases: [(String, [String: String], String)] = [
                ("timeline", ["country": "RUS"], "SELECT date, kind, fact, basis, title, evidence FROM timeline_report WHERE iso3 = 'RUS'"),
                ("timeline", ["country": "KAZ", "from": "2000"], "SELECT date, kind, fact, basis, title, evidence FROM timeline_report WHERE iso3 = 'KAZ' AND date >= '2000'"),
                ("pair", ["first": "Kazakhstan", "second": "Russia"],
                 "SELECT date, kind, fact, basis, title, evidence FROM pair_report WHERE (iso3_a = 'RUS' AND iso3_b = 'KAZ') OR (iso3_a = 'KAZ' AND iso3_b = 'RUS')"),
                ("conflicts", [:], "SELECT kind, country, claim, reference, published_on, title, evidence FROM conflicts_report"),
            ]
            for (name, values, viewSQL) in cases {
                let report = try #require(Report.named(name))
                func rows(_ limit: Int) throws -> [String] {
                    let runner = QueryRunner(database: database, rowLimit: limit)
                    return try runner.run(report, rawValues: values)[0].table.rows.map { $0.map(\.text).joined(separator: "|") }
                }
                let all = try rows(0)
                #expect(all.count > 1, "\(name) \(values)")
                for limit in [1, 2, all.count / 2, all.count - 1] { #expect(try rows(limit) == Array(all.prefix(limit)), "\(name) \(values) --limit \(limit)") }
                let view = try database.writer.read { db in
                    try Row.fetchAll(db, sql: viewSQL).map { row in row.databaseValues.map { ResultTable.Value($0).text }.joined(separator: "|") }
                }
                #expect(all.sorted() == view.sorted(), "\(name) \(values): the report and its view")
                // The columns the report shows: never its tie-breaker.
                #expect(try QueryRunner(database: database).run(report, rawValues: values)[0].table.columns.allSatisfy { !["fact_id", "conflict"].contains($0) })
            }
        }
    }
}
