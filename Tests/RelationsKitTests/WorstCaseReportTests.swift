import Foundation
import GRDB
import Testing
@testable import RelationsKit

/// Migration 0010: `anniversaries --country` reads its rows in order from indexes instead of sorting everything; it
/// gives the rows of the full sort it replaces, and a limit gives the first rows of the full report.
@Suite("worst-case reports from indexes")
struct WorstCaseReportTests {
    /// The country profile's database (many articles and anniversaries per country, ties on the order's first keys)
    /// with more of what the report must order: anniversaries without a second party, with the same country twice,
    /// without a year, or of an organisation alone.
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

    // MARK: anniversaries --country

    /// The rows of `anniversaries --country` before 0010: every anniversary of the country from the report's view,
    /// sorted (the order is total: the anniversary's id comes last).
    static func fullAnniversaries(_ db: Database, _ values: [String: String]) throws -> [[String]] {
        var conditions = ["(iso3_a = :country OR iso3_b = :country)"]
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

    // MARK: query plans

    static func plan(_ db: Database, _ report: String, _ given: Set<String>) throws -> [(parent: Int, detail: String)] {
        let report = try #require(Report.named(report))
        let section = try #require(report.sections.first { $0.runs(given: given) })
        let sql = section.sql(given: given, omitting: ["evidence"]) + "\nLIMIT 1001"
        return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: ReportTests.nullArguments(sql)).map { ($0["parent"], $0["detail"]) }
    }

    /// Each part read from an index in the report's order, merged, with only the rows of one key sorted by the rest.
    @Test func anniversariesOfACountryReadIndexesInTheirOrder() throws {
        try ReportTests.withMigratedDatabase { database in
            try database.writer.read { db in
                let cases: [(String, Set<String>, [String])] = [
                    ("anniversaries", ["country"], ["SEARCH an USING INDEX anniversaries_by_pair (country_a=? AND country_b=?)",
                                                    "SEARCH an USING INDEX anniversaries_by_country_b_year (country_b=?)",
                                                    "SCAN cb USING INDEX sqlite_autoindex_countries_3"]),
                    ("anniversaries", ["country", "year"], ["SEARCH an USING INDEX anniversaries_by_pair (country_a=? AND country_b=? AND year_marked=?)",
                                                            "SEARCH an USING INDEX anniversaries_by_country_b_year (country_b=? AND year_marked=?)"]),
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
}
