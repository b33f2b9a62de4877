import Foundation
import GRDB
import Testing
@testable import RelationsKit

/// `messages --from/--to` and `articles --country` read one country's rows in date order from an index and stop at
/// their limit; they give the rows the full sort gives, in the same order.
@Suite("reports of one country's messages and articles")
struct OneCountryReportTests {
    /// The profile database, with every message stored three times more (ties on every key but the message's id).
    static func withManyMessages(_ body: (RelationsDatabase) throws -> Void) throws {
        try CountryProfileTests.withProfileDatabase { database in
            try database.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO messages (article, sender_person, sender_country, recipient_person, recipient_country, kind, occasion, sent_on, span_start, span_end)
                    SELECT article, sender_person, sender_country, recipient_person, recipient_country, kind, occasion, sent_on, span_start, span_end
                    FROM messages, (VALUES (1), (2), (3))
                    """)
                try DerivedFacts.recompute(db)
            }
            try body(database)
        }
    }

    static let messageColumns = "sent_on, sender, sender_country, recipient, recipient_country, kind, occasion, title"
    static let cases: [(report: String, values: [String: String], full: String)] = [
        ("messages", ["to": "RUS"], "SELECT \(messageColumns) FROM messages_report WHERE message IN (SELECT message FROM message_parties WHERE side = 'recipient' AND iso3 = 'RUS') ORDER BY sent_on, recipient_country, recipient, message"),
        ("messages", ["from": "RUS"], "SELECT \(messageColumns) FROM messages_report WHERE message IN (SELECT message FROM message_parties WHERE side = 'sender' AND iso3 = 'RUS') ORDER BY sent_on, recipient_country, recipient, message"),
        ("messages", ["from": "RUS", "to": "KAZ"], """
            SELECT \(messageColumns) FROM messages_report WHERE message IN (SELECT message FROM message_parties WHERE side = 'sender' AND iso3 = 'RUS')
            AND message IN (SELECT message FROM message_parties WHERE side = 'recipient' AND iso3 = 'KAZ') ORDER BY sent_on, recipient_country, recipient, message
            """),
        ("messages", ["to": "KAZ", "year": "2019"], "SELECT \(messageColumns) FROM messages_report WHERE message IN (SELECT message FROM message_parties WHERE side = 'recipient' AND iso3 = 'KAZ') AND year = 2019 ORDER BY sent_on, recipient_country, recipient, message"),
        ("messages", ["from": "KAZ", "kind": "congratulation"], "SELECT \(messageColumns) FROM messages_report WHERE message IN (SELECT message FROM message_parties WHERE side = 'sender' AND iso3 = 'KAZ') AND kind = 'congratulation' ORDER BY sent_on, recipient_country, recipient, message"),
        ("messages", [:], "SELECT \(messageColumns) FROM messages_report ORDER BY sent_on, recipient_country, recipient, message"),
        ("articles", ["country": "RUS"], "SELECT article, published_on, title, countries, organisations, facts FROM articles_report WHERE article IN (SELECT article FROM mentions WHERE country = 'RUS') ORDER BY published_on, article"),
        ("articles", ["country": "KAZ", "from": "2015", "to": "2022-06"], """
            SELECT article, published_on, title, countries, organisations, facts FROM articles_report WHERE article IN (SELECT article FROM mentions WHERE country = 'KAZ')
            AND published_on >= '2015' AND published_on <= '2022-06~' ORDER BY published_on, article
            """),
        ("articles", ["org": "CIS"], "SELECT article, published_on, title, countries, organisations, facts FROM articles_report WHERE article IN (SELECT article FROM mentions WHERE organisation = 'CIS') ORDER BY published_on, article"),
        ("articles", ["org": "CSTO", "from": "2010"], """
            SELECT article, published_on, title, countries, organisations, facts FROM articles_report WHERE article IN (SELECT article FROM mentions WHERE organisation = 'CSTO')
            AND published_on >= '2010' ORDER BY published_on, article
            """),
        ("messages", ["kind": "greeting"], "SELECT \(messageColumns) FROM messages_report WHERE kind = 'greeting' ORDER BY sent_on, recipient_country, recipient, message"),
        ("articles", ["country": "RUS", "org": "CIS"], """
            SELECT article, published_on, title, countries, organisations, facts FROM articles_report WHERE article IN (SELECT article FROM mentions WHERE country = 'RUS')
            AND article IN (SELECT article FROM mentions WHERE organisation = 'CIS') ORDER BY published_on, article
            """),
    ]

    @Test func theRowsAreThoseOfTheFullSortAndALimitGivesTheFirstOnes() throws {
        try Self.withManyMessages { database in
            for (name, values, full) in Self.cases {
                let report = try #require(Report.named(name))
                func rows(_ limit: Int) throws -> [String] {
                    let runner = QueryRunner(database: database, rowLimit: limit)
                    return try runner.run(report, rawValues: values, omitting: ["evidence"])[0].table.rows.map { $0.map(\.text).joined(separator: "|") }
                }
                let expected = try database.writer.read { db in
                    try Row.fetchAll(db, sql: full).map { row in row.databaseValues.map { ResultTable.Value($0).text }.joined(separator: "|") }
                }
                let all = try rows(0)
                #expect(all.count > 3, "\(name) \(values)")
                #expect(all == expected, "\(name) \(values)")
                for limit in [1, all.count / 2, all.count - 1] where limit > 0 {
                    #expect(try rows(limit) == Array(all.prefix(limit)), "\(name) \(values) --limit \(limit)")
                }
            }
        }
    }

    /// The country's rows come from its index in date order; only the rows of one date are sorted by the rest.
    @Test func oneCountrysRowsAreReadInDateOrder() throws {
        try ReportTests.withMigratedDatabase { database in
            try database.writer.read { db in
                for (name, given, index) in [("messages", ["to"], "message_countries_by_country_date (iso3=? AND side=?)"),
                                             ("messages", ["from", "to", "year"], "message_countries_by_country_date (iso3=? AND side=? AND sent_on>? AND sent_on<?)"),
                                             ("articles", ["country"], "mentions_by_country (country=?)"),
                                             ("articles", ["org", "from"], "mentions_by_organisation (organisation=? AND published_on>?)"),
                                             ("articles", ["org", "country"], "mentions_by_organisation (organisation=?)"),
                                             ("messages", ["kind"], "messages_by_kind_date (kind=?)"),
                                             ("articles", ["country", "from", "to"], "mentions_by_country (country=? AND published_on>? AND published_on<?)")] {
                    let report = try #require(Report.named(name))
                    let section = try #require(report.sections.first { $0.runs(given: Set(given)) })
                    let sql = section.sql(given: Set(given)) + "\nLIMIT 1001"
                    let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: ReportTests.nullArguments(sql))
                    let text = plan.map { $0["detail"] as String }.joined(separator: "\n")
                    #expect(text.contains(index), "\(name) \(given):\n\(text)")
                    // Each row's first mention is sought among its article's mentions, not among all of the country's.
                    for line in plan.map({ $0["detail"] as String }) where name == "articles" && line.hasPrefix("SEARCH x ") {
                        #expect(line.contains("mentions_by_article (article=?"), "\(name) \(given): \(line)")
                    }
                    #expect(!plan.contains { ($0["parent"] as Int) == 0 && ($0["detail"] as String) == "USE TEMP B-TREE FOR ORDER BY" },
                            "\(name) \(given): a sort of every row\n\(text)")
                }
            }
        }
    }
}
