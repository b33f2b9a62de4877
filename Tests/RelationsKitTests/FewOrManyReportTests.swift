import Foundation
import GRDB
import Testing
@testable import RelationsKit

/// Migration 0013 and `Report.Probe`: `messages --occasion`, `anniversaries --subject` and `leaders --on` have a section
/// that looks up a filter's few rows through an index and sorts them, and one that reads the report's order and skips
/// the rest (and `messages --occasion` one for a single occasion, read from its index in date order). They give the
/// rows of the full sort, and counts of the matching values and rows choose one.
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
        ("articles", ["org": "CIS", "country": "Russia"], [1, 0]),
        ("articles", ["org": "CSTO", "country": "Armenia", "from": "2000"], [1, 0]),
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

    /// The sections of a report that may run for these values, of which the counts choose one: at least one for few
    /// rows and the one for many (the one that runs without the filter).
    static func alternatives(_ report: Report, _ values: [String: String]) throws -> (few: [Report.Section], many: Report.Section) {
        let running = report.sections.filter { $0.runs(given: Set(values.keys)) }
        let many = running.filter { !$0.runs.isForFew }
        #expect(many.count == 1, "\(report.name) \(values): one section for many rows")
        let few = running.filter(\.runs.isForFew)
        #expect(!few.isEmpty, "\(report.name) \(values): a section for few rows")
        return (few, try #require(many.first))
    }

    @Test func bothSectionsGiveTheRowsOfTheFullReportAndALimitTheFirstOnes() throws {
        try WorstCaseReportTests.withWorstCaseDatabase { database in
            var matched = 0
            for (name, values, keys) in Self.cases {
                let report = try #require(Report.named(name))
                let (fews, many) = try Self.alternatives(report, values)
                let manyRows = try Self.rows(database, many, report, values)
                // A count of rows only chooses the faster way, so both ways must give the same rows; a count of the
                // values in use (bound 2: is there one?) decides whether a section can answer at all.
                let applicable = try fews.filter { section in
                    try section.runs.counts.allSatisfy { count in
                        if count.probe.bound > 2 { return true }
                        let counted = try database.writer.read { db in
                            try Int.fetchOne(db, sql: count.probe.countSQL, arguments: StatementArguments(values.filter { $0.key == count.probe.parameter })) ?? 0
                        }
                        return count.holds(counted: counted)
                    }
                }
                #expect(!applicable.isEmpty, "\(name) \(values)")
                for few in applicable {
                    let fewRows = try Self.rows(database, few, report, values)
                    #expect(WorstCaseReportTests.tiesSorted(fewRows, keys: keys) == WorstCaseReportTests.tiesSorted(manyRows, keys: keys), "\(name) \(values)")
                    for limit in [1, 3] where manyRows.count > limit {
                        let firstFew = try Self.rows(database, few, report, values, limit: limit)
                        #expect(firstFew.map { row in keys.map { row[$0] } } == manyRows.prefix(limit).map { row in keys.map { row[$0] } }, "\(name) \(values) limit \(limit)")
                    }
                }
                for limit in [1, 3] where manyRows.count > limit {
                    let firstMany = try Self.rows(database, many, report, values, limit: limit)
                    #expect(firstMany.map { row in keys.map { row[$0] } } == manyRows.prefix(limit).map { row in keys.map { row[$0] } }, "\(name) \(values) limit \(limit)")
                }
                // The report as the runner gives it (the counts choose) holds the same rows.
                let reported = try WorstCaseReportTests.reportRows(database, name, values)
                #expect(WorstCaseReportTests.tiesSorted(reported, keys: keys) == WorstCaseReportTests.tiesSorted(manyRows, keys: keys), "\(name) \(values)")
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
            func count(_ probe: Report.Probe, _ text: String) throws -> Int {
                try database.writer.read { db in try Int.fetchOne(db, sql: probe.countSQL, arguments: ["occasion": text]) ?? -1 }
            }
            let (fews, many) = try Self.alternatives(report, ["occasion": "New Year"])
            let one = try #require(fews.first { $0.runs.counts.count == 1 })
            let several = try #require(fews.first { $0.runs.counts.count == 2 })
            let oneProbe = try #require(one.runs.counts.first).probe
            let rowsProbe = try #require(several.runs.counts.last).probe
            // "New Year" is one occasion in use; "a" is in several ("anniversary", "national holiday", ...); "zzz" in none.
            #expect(try count(oneProbe, "New Year") == 1)
            #expect(try count(oneProbe, "a") == 2)
            #expect(try count(oneProbe, "zzz") == 0)
            // One occasion: its section runs (its rows in the index's date order).
            let newYear = try Self.rows(database, one, report, ["occasion": "New Year"])
            #expect(!newYear.isEmpty)
            #expect(try WorstCaseReportTests.reportRows(database, "messages", ["occasion": "New Year"]) == newYear)
            // Several occasions, far fewer messages than the bound in this corpus: the section that looks them up.
            #expect(try count(rowsProbe, "a") < rowsProbe.bound)
            let severalRows = try Self.rows(database, several, report, ["occasion": "a"])
            #expect(try WorstCaseReportTests.reportRows(database, "messages", ["occasion": "a"]) == severalRows)
            #expect(Set(severalRows.map { $0[6] }).count >= 2)
            // Without --occasion only the section for many runs (no filter matches every row).
            #expect(report.sections.filter { $0.runs(given: []) }.map(\.runs) == [many.runs])
        }
    }

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
                    let (fews, many) = try Self.alternatives(report, values)
                    let few = try #require(fews.last)
                    let fewPlan = try Self.plan(db, few, Set(values.keys))
                    #expect(fewPlan.contains(lookup), "\(name):\n\(fewPlan.joined(separator: "\n"))")
                    #expect(!fewPlan.contains { $0.hasPrefix("SCAN m ") || $0.hasPrefix("SCAN an ") }, "\(name):\n\(fewPlan.joined(separator: "\n"))")
                    let manyPlan = try Self.plan(db, many, Set(values.keys))
                    #expect(manyPlan.contains(inOrder), "\(name):\n\(manyPlan.joined(separator: "\n"))")
                    // No sort of every row (at the top of the plan; a message's countries are sorted in its subqueries).
                    let topSorts = try Self.plan(db, many, Set(values.keys), parents: true).filter { $0.hasPrefix("0 USE TEMP B-TREE") }
                    #expect(topSorts.allSatisfy { $0.hasSuffix("RIGHT PART OF ORDER BY") }, "\(name): \(topSorts)")
                }
                // One occasion: read from its index in date order, no sort of its rows.
                let messages = try #require(Report.named("messages"))
                let one = try #require(try Self.alternatives(messages, ["occasion": "x"]).few.first { $0.runs.counts.count == 1 })
                let onePlan = try Self.plan(db, one, ["occasion"], parents: true)
                #expect(onePlan.contains("0 SEARCH m USING INDEX messages_by_occasion_date (occasion=?)"), "\(onePlan.joined(separator: "\n"))")
                #expect(onePlan.filter { $0.hasPrefix("0 USE TEMP B-TREE") } == ["0 USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"], "\(onePlan.joined(separator: "\n"))")
                let leaders = try #require(Report.named("leaders"))
                let (_, many) = try Self.alternatives(leaders, ["on": "2017"])
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
