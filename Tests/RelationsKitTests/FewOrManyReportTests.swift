import Foundation
import GRDB
import Testing
@testable import RelationsKit

/// Migration 0013 and `Report.Probe`: `messages --occasion`, `anniversaries --subject` and `leaders --on` have two
/// sections each, one that looks up a filter's few rows through an index and sorts them, one that reads the report's
/// order and skips the rest. Both give the rows of the full sort, and a count of the matching rows chooses one.
@Suite("filters that match few or many rows")
struct FewOrManyReportTests {
    /// (report, the user's values, the positions of the columns the report orders by before its tie-breakers)
    static let cases: [(report: String, values: [String: String], keys: [Int])] = [
        ("messages", ["occasion": "New Year"], [0, 4, 3]),
        ("messages", ["occasion": "day"], [0, 4, 3]),
        ("messages", ["occasion": "Day", "year": "2017"], [0, 4, 3]),
        ("messages", ["occasion": "no such occasion"], [0, 4, 3]),
        ("anniversaries", ["subject": "diplomatic relations"], [0, 1, 2, 4]),
        ("anniversaries", ["subject": "Treaty", "year": "2017"], [0, 1, 2, 4]),
        ("anniversaries", ["subject": "CIS"], [0, 1, 2, 4]),
        ("leaders", ["on": "2017"], [0, 6, 1, 4]),
        ("leaders", ["on": "2017-12"], [0, 6, 1, 4]),
        ("leaders", ["on": "2017-12-05", "country": "Russia"], [0, 6, 1, 4]),
    ]

    /// The rows of one section, run as it is whatever the count, without the evidence and hidden columns.
    static func rows(_ database: RelationsDatabase, _ section: Report.Section, _ report: Report, _ values: [String: String],
                     limit: Int? = nil) throws -> [[String]] {
        let runner = QueryRunner(database: database)
        var resolved: [String: (any DatabaseValueConvertible)?] = [:]
        for parameter in report.parameters { if let raw = values[parameter.name] { resolved[parameter.name] = try runner.resolve(raw, as: parameter.kind) } }
        var sql = section.sql(given: Set(values.keys), omitting: ["evidence"])
        if let limit { sql += "\nLIMIT \(limit)" }
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        for name in Report.placeholders(in: sql) { arguments[name] = .some(resolved[name] ?? nil) }
        let table = try runner.execute(sql, arguments: StatementArguments(arguments), omitting: section.hidden.union(["evidence"]))
        return table.rows.map { $0.map(\.text) }
    }

    /// The pair of sections of a report for these values: the one for few rows and the one for many.
    static func pair(_ report: Report, _ values: [String: String]) throws -> (few: Report.Section, many: Report.Section) {
        let running = report.sections.filter { $0.runs(given: Set(values.keys)) }
        let few = try #require(running.first { if case .few = $0.runs.count { true } else { false } })
        let many = try #require(running.first { if case .many = $0.runs.count { true } else { false } })
        #expect(running.count == 2, "\(report.name) \(values): one pair runs")
        #expect(few.runs.count?.probe == many.runs.count?.probe)
        return (few, many)
    }

    @Test func bothSectionsGiveTheRowsOfTheFullReportAndALimitTheFirstOnes() throws {
        try WorstCaseReportTests.withWorstCaseDatabase { database in
            var matched = 0
            for (name, values, keys) in Self.cases {
                let report = try #require(Report.named(name))
                let (few, many) = try Self.pair(report, values)
                let fewRows = try Self.rows(database, few, report, values)
                let manyRows = try Self.rows(database, many, report, values)
                #expect(WorstCaseReportTests.tiesSorted(fewRows, keys: keys) == WorstCaseReportTests.tiesSorted(manyRows, keys: keys), "\(name) \(values)")
                // The report as the runner gives it (the count chooses) holds the same rows.
                let reported = try WorstCaseReportTests.reportRows(database, name, values)
                #expect(WorstCaseReportTests.tiesSorted(reported, keys: keys) == WorstCaseReportTests.tiesSorted(manyRows, keys: keys), "\(name) \(values)")
                for limit in [1, 3] where manyRows.count > limit {
                    let firstFew = try Self.rows(database, few, report, values, limit: limit)
                    let firstMany = try Self.rows(database, many, report, values, limit: limit)
                    #expect(firstFew.map { row in keys.map { row[$0] } } == manyRows.prefix(limit).map { row in keys.map { row[$0] } }, "\(name) \(values) limit \(limit)")
                    #expect(firstMany.map { row in keys.map { row[$0] } } == manyRows.prefix(limit).map { row in keys.map { row[$0] } }, "\(name) \(values) limit \(limit)")
                }
                matched += manyRows.isEmpty ? 0 : 1
            }
            // The cases are not all empty: the corpora have New Year greetings, treaty anniversaries, leaders in 2017.
            #expect(matched >= Self.cases.count - 1)
        }
    }

    /// The count decides: few matching rows run the section for few, none given runs the one for many, and a bound
    /// reached runs the one for many.
    @Test func theCountChoosesTheSection() throws {
        let probe = Report.Probe(parameter: "occasion", sql: "SELECT 1 FROM messages", bound: 10)
        #expect(Report.Count.few(probe).holds(counted: 9))
        #expect(!Report.Count.few(probe).holds(counted: 10))
        #expect(Report.Count.many(probe).holds(counted: 10))
        #expect(!Report.Count.many(probe).holds(counted: 0))
        #expect(probe.countSQL == "SELECT count(*) FROM (SELECT 1 FROM messages\nLIMIT 10)")
        try WorstCaseReportTests.withWorstCaseDatabase { database in
            let report = try #require(Report.named("messages"))
            let values = ["occasion": "New Year"]
            let (few, many) = try Self.pair(report, values)
            let expected = try Self.rows(database, few, report, values)
            #expect(!expected.isEmpty)
            // Far fewer than the bound in this corpus: the runner's rows are the few section's, in its order.
            let count = try database.writer.read { db in
                try Int.fetchOne(db, sql: try #require(few.runs.count).probe.countSQL, arguments: ["occasion": "New Year"])
            }
            #expect(count == expected.count)
            #expect(try WorstCaseReportTests.reportRows(database, "messages", values) == expected)
            // Without --occasion only the section for many runs (no filter matches every row).
            #expect(report.sections.filter { $0.runs(given: []) }.map(\.runs) == [many.runs])
        }
    }

    /// The details of the section's query plan; with `parents`, each after its parent's id ("0" at the top).
    static func plan(_ db: Database, _ section: Report.Section, _ given: Set<String>, parents: Bool = false) throws -> [String] {
        let sql = section.sql(given: given, omitting: ["evidence"]) + "\nLIMIT 1001"
        return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: ReportTests.nullArguments(sql)).map { row in
            let detail: String = row["detail"]
            return parents ? "\(row["parent"] as Int) " + detail : detail
        }
    }

    /// The section for few rows looks them up through the new indexes (the values in use found by one seek each);
    /// the one for many reads in the report's order and sorts no whole table.
    @Test func fewAreLookedUpAndManyAreReadInOrder() throws {
        try ReportTests.withMigratedDatabase { database in
            try database.writer.read { db in
                // (report, values, the few rows' lookup, what reads the many in order)
                let lookups: [(String, [String: String], String, String)] = [
                    ("messages", ["occasion": "x"], "SEARCH m USING INDEX messages_by_occasion_date (occasion=?)", "SCAN m USING INDEX messages_by_sent_on"),
                    ("anniversaries", ["subject": "x"], "SEARCH an USING INDEX anniversaries_by_subject (subject=?)", "MERGE (UNION ALL)"),
                ]
                for (name, values, lookup, inOrder) in lookups {
                    let report = try #require(Report.named(name))
                    let (few, many) = try Self.pair(report, values)
                    let fewPlan = try Self.plan(db, few, Set(values.keys))
                    #expect(fewPlan.contains(lookup), "\(name):\n\(fewPlan.joined(separator: "\n"))")
                    #expect(!fewPlan.contains { $0.hasPrefix("SCAN m ") || $0.hasPrefix("SCAN an ") }, "\(name):\n\(fewPlan.joined(separator: "\n"))")
                    let manyPlan = try Self.plan(db, many, Set(values.keys))
                    #expect(manyPlan.contains(inOrder), "\(name):\n\(manyPlan.joined(separator: "\n"))")
                    // No sort of every row (at the top of the plan; a message's countries are sorted in its subqueries).
                    let topSorts = try Self.plan(db, many, Set(values.keys), parents: true).filter { $0.hasPrefix("0 USE TEMP B-TREE") }
                    #expect(topSorts.allSatisfy { $0.hasSuffix("RIGHT PART OF ORDER BY") }, "\(name): \(topSorts)")
                }
                let leaders = try #require(Report.named("leaders"))
                let (_, many) = try Self.pair(leaders, ["on": "2017"])
                let manyPlan = try Self.plan(db, many, ["on"])
                #expect(manyPlan.contains("SEARCH om USING INDEX office_mentions_by_country_role (country=?)"), "\(manyPlan.joined(separator: "\n"))")
                #expect(manyPlan.contains("MERGE (UNION ALL)"))
                // The values in use: one seek per value over the index, not a scan of the table.
                for view in ["message_occasions", "anniversary_subjects"] {
                    let details = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM \(view)").map { $0["detail"] as String }
                    #expect(!details.contains { $0.hasPrefix("SCAN messages") || $0.hasPrefix("SCAN anniversaries") }, "\(view):\n\(details.joined(separator: "\n"))")
                }
            }
        }
    }

    @Test func theValuesInUseAreTheDistinctValues() throws {
        try WorstCaseReportTests.withWorstCaseDatabase { database in
            try database.writer.read { db in
                let occasions = try String.fetchAll(db, sql: "SELECT occasion FROM message_occasions")
                #expect(try occasions == String.fetchAll(db, sql: "SELECT DISTINCT occasion FROM messages WHERE occasion IS NOT NULL ORDER BY occasion"))
                #expect(occasions.count >= 3)
                let subjects = try String.fetchAll(db, sql: "SELECT subject FROM anniversary_subjects")
                #expect(try subjects == String.fetchAll(db, sql: "SELECT DISTINCT subject FROM anniversaries ORDER BY subject"))
            }
        }
    }
}
