import Foundation
import GRDB
import Testing
@testable import RelationsKit

/// Migration 0009: the country report's anniversaries and latest articles are read in order from indexes and stop at
/// their limit, with the same rows as the queries they replace (the full report view and a sort of every article).
@Suite("country profile from indexes")
struct CountryProfileTests {
    static let sectionNames = ["anniversaries", "latest articles", "relations"]

    /// The rows the sections gave before 0009: sorted from everything about the country.
    static func expectedRows(_ db: Database, _ iso3: String, section: String) throws -> [String] {
        let sql = switch section {
        case "anniversaries": """
            SELECT year, ordinal, since, subject, party_a, party_b, published_on, title FROM anniversaries_report
            WHERE iso3_a = :c OR iso3_b = :c ORDER BY year, subject_kind = 'treaty', ordinal DESC, published_on, anniversary
            """
        case "latest articles": """
            SELECT published_on, title, article FROM articles_report WHERE article IN (SELECT article FROM mentions WHERE country = :c)
            ORDER BY published_on DESC, article DESC LIMIT 10
            """
        default: """
            SELECT c.name AS country, d.established_on, d.ended_on, d.status,
                   (SELECT group_concat(label, ', ') FROM (
                        SELECT DISTINCT rl.label FROM relationship_labels AS rl
                        WHERE (rl.country_a = d.country_a AND rl.country_b = d.country_b)
                           OR (rl.country_a = d.country_b AND rl.country_b = d.country_a)
                        ORDER BY rl.label)) AS labels
            FROM diplomatic_relations AS d
            JOIN countries AS c ON c.iso3 = CASE d.country_a WHEN :c THEN d.country_b ELSE d.country_a END
            WHERE d.country_a = :c OR d.country_b = :c ORDER BY d.established_on IS NULL, d.established_on
            """
        }
        return try Row.fetchAll(db, sql: sql, arguments: ["c": iso3]).map { row in
            row.databaseValues.map { ResultTable.Value($0).text }.joined(separator: "|")
        }
    }

    /// The report fixtures and two annotated corpora (many articles per country), plus anniversaries that tie on the
    /// first keys of the order: every year, both sides of the pair, treaties and relations, several ordinals and dates.
    static func withProfileDatabase(_ body: (RelationsDatabase) throws -> Void) throws {
        let corpora = URL(fileURLWithPath: DerivedFactsTests.fixtures).deletingLastPathComponent()
        try DerivedFactsTests.withImportedDatabase { database in
            _ = try Importer(database: database).importPaths(["eval", "heldout"].map { corpora.appendingPathComponent($0).path })
            try database.writer.write { db in
                try db.execute(sql: """
                    WITH years(y) AS (VALUES (2016), (2017), (2018)), ordinals(n) AS (VALUES (5), (25), (26)),
                         kinds(k) AS (VALUES ('diplomatic relations'), ('treaty')), sides(s) AS (VALUES (0), (1)),
                         sources(article, published_on) AS (SELECT id, published_on FROM articles ORDER BY id DESC LIMIT 3)
                    INSERT INTO anniversaries (article, country_a, country_b, subject_kind, subject, ordinal, year_marked, year_since,
                                               span_start, span_end, published_on)
                    SELECT article, CASE s WHEN 0 THEN 'ARM' ELSE 'RUS' END, CASE s WHEN 0 THEN 'KAZ' ELSE 'ARM' END, k, k, n, y, y - n,
                           0, 5, published_on
                    FROM years, ordinals, kinds, sides, sources
                    """)
                // Several labels for pairs, stored in both orders and repeated.
                try db.execute(sql: """
                    WITH pairs(a, b) AS (VALUES ('RUS', 'ARM'), ('ARM', 'RUS'), ('KAZ', 'RUS'), ('UKR', 'RUS'), ('KAZ', 'UZB'), ('UZB', 'KAZ')),
                         labels(l) AS (VALUES ('alliance'), ('strategic partnership'), ('comprehensive strategic partnership'), ('alliance'))
                    INSERT INTO relationship_labels (article, country_a, country_b, label, span_start, span_end, published_on)
                    SELECT (SELECT max(id) FROM articles), a, b, l, 0, 5, NULL FROM pairs, labels
                    WHERE NOT (a = 'UKR' AND l = 'alliance')
                    """)
                // Facts inserted by hand are counted when the counts are rebuilt, with the statement docs/schema.md gives.
                try db.execute(sql: "DELETE FROM article_fact_counts; INSERT INTO article_fact_counts SELECT article, facts FROM article_fact_counts_derived")
            }
            try body(database)
        }
    }

    @Test func theSectionsGiveTheRowsOfTheFullSortAndALimitGivesTheFirstOnes() throws {
        try Self.withProfileDatabase { database in
            let report = try #require(Report.named("country"))
            let indexes = Self.sectionNames.map { name in report.sections.firstIndex { $0.title == name }! }
            var checked = 0
            for iso3 in ["RUS", "KAZ", "ARM", "UKR", "MNG", "UZB"] {
                func rows(_ limit: Int) throws -> [[String]] {
                    let sections = try QueryRunner(database: database, rowLimit: limit).run(report, rawValues: ["country": iso3])
                    return indexes.map { sections[$0].table.rows.map { $0.map(\.text).joined(separator: "|") } }
                }
                let all = try rows(0)
                for (position, name) in Self.sectionNames.enumerated() {
                    let expected = try database.writer.read { db in try Self.expectedRows(db, iso3, section: name) }
                    #expect(all[position] == expected, "\(iso3) \(name)")
                    checked += expected.count
                }
                let anniversaries = all[0]
                for limit in [1, anniversaries.count / 2, anniversaries.count - 1] where limit > 0 {
                    #expect(try rows(limit)[0] == Array(anniversaries.prefix(limit)), "\(iso3) --limit \(limit)")
                }
            }
            #expect(checked > 150, "the corpus gives the sections rows to compare")
        }
    }

    /// Anniversaries: each side from its (country, year) index, merged; latest articles: the country's mentions read
    /// backwards by date, without collecting every article that mentions the country.
    @Test func theSectionsReadIndexesInTheirOrder() throws {
        try ReportTests.withMigratedDatabase { database in
            let report = try #require(Report.named("country"))
            try database.writer.read { db in
                func plan(_ title: String) throws -> [String] {
                    let section = try #require(report.sections.first { $0.title == title })
                    var sql = section.sql(given: ["country"])
                    if section.limit == nil { sql += "\nLIMIT 1001" }
                    return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: ReportTests.nullArguments(sql)).map { $0["detail"] as String }
                }
                let anniversaries = try plan("anniversaries")
                let text = anniversaries.joined(separator: "\n")
                #expect(anniversaries.contains("MERGE (UNION ALL)"), "\(text)")
                #expect(anniversaries.contains { $0.contains("anniversaries_by_country_a_year (country_a=?)") }, "\(text)")
                #expect(anniversaries.contains { $0.contains("anniversaries_by_country_b_year (country_b=?)") }, "\(text)")
                #expect(!anniversaries.contains("USE TEMP B-TREE FOR ORDER BY"), "a sort of every anniversary:\n\(text)")
                let latest = try plan("latest articles")
                #expect(latest.contains { $0.contains("COVERING INDEX mentions_by_country (country=?)") }, "\(latest)")
                // Labels: the next label of the pair after the last one, a seek in (country_a, country_b, label).
                let relations = try plan("relations")
                #expect(relations.contains { $0.contains("COVERING INDEX relationship_labels_by_pair (country_a=? AND country_b=? AND label>?)") }, "\(relations)")
                #expect(!latest.contains { $0.contains("DISTINCT") }, "a temporary table of every article:\n\(latest)")
            }
        }
    }

    /// The stored counts equal the count of distinct articles over the mentions (an empty list: no country differs).
    static func expectCountsTrue(_ db: Database, _ when: String) throws {
        let wrong = try String.fetchAll(db, sql: """
            SELECT c.iso3 FROM countries AS c
            WHERE coalesce((SELECT articles FROM country_article_counts WHERE country = c.iso3), 0)
                  IS NOT (SELECT count(DISTINCT article) FROM mentions WHERE country = c.iso3)
            """)
        #expect(wrong == [], "\(when)")
        let organisations = try String.fetchAll(db, sql: """
            SELECT o.code FROM organisations AS o
            WHERE coalesce((SELECT articles FROM organisation_article_counts WHERE organisation = o.code), 0)
                  IS NOT (SELECT count(DISTINCT article) FROM mentions WHERE organisation = o.code)
            """)
        #expect(organisations == [], "organisations \(when)")
        // Every article's stored fact count (0015) is the number of its facts, counted here table by table.
        let articles = try Int64.fetchAll(db, sql: """
            SELECT ar.id FROM articles AS ar
            WHERE (SELECT facts FROM article_fact_counts WHERE article = ar.id)
                  IS NOT (SELECT count(*) FROM anniversaries WHERE article = ar.id) + (SELECT count(*) FROM messages WHERE article = ar.id)
                         + (SELECT count(*) FROM office_mentions WHERE article = ar.id) + (SELECT count(*) FROM membership_events WHERE article = ar.id)
                         + (SELECT count(*) FROM relationship_labels WHERE article = ar.id)
            """)
        #expect(articles == [], "fact counts \(when)")
        #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM article_fact_counts") == Int.fetchOne(db, sql: "SELECT count(*) FROM articles"),
                "a fact count for every article \(when)")
    }

    @Test func theArticleCountsStayTrueThroughImportsAndEdits() throws {
        try Self.withProfileDatabase { database in
            try database.writer.write { db in
                #expect(try Int.fetchOne(db, sql: "SELECT articles FROM country_article_counts WHERE country = 'RUS'") ?? 0 > 50)
                try Self.expectCountsTrue(db, "after the imports")
                // sqlite3 edits: an article deleted with its mentions, a mention deleted, one moved to another
                // article, one given another country, the only mention of a country in an article moved away.
                try db.execute(sql: "DELETE FROM articles WHERE id = (SELECT max(article) FROM mentions WHERE country = 'ARM')")
                try db.execute(sql: "DELETE FROM mentions WHERE id = (SELECT min(id) FROM mentions WHERE country = 'KAZ')")
                try db.execute(sql: "UPDATE mentions SET article = (SELECT min(id) FROM articles) WHERE id = (SELECT max(id) FROM mentions WHERE country = 'UKR')")
                try db.execute(sql: "UPDATE mentions SET country = 'MNG' WHERE id = (SELECT max(id) FROM mentions WHERE country = 'BLR')")
                try db.execute(sql: "UPDATE mentions SET organisation = 'SCO' WHERE id = (SELECT max(id) FROM mentions WHERE organisation = 'CIS')")
                try db.execute(sql: "DELETE FROM mentions WHERE id = (SELECT min(id) FROM mentions WHERE organisation = 'CSTO')")
                try db.execute(sql: """
                    UPDATE mentions SET article = (SELECT min(id) FROM articles)
                    WHERE id IN (SELECT min(id) FROM mentions WHERE country IS NOT NULL GROUP BY article, country HAVING count(*) = 1 LIMIT 3)
                       OR id IN (SELECT min(id) FROM mentions WHERE organisation IS NOT NULL GROUP BY article, organisation HAVING count(*) = 1 LIMIT 3)
                    """)
                // Facts: one of each kind deleted, one of each kind moved to another article.
                for table in ["anniversaries", "messages", "office_mentions", "membership_events", "relationship_labels"] {
                    #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")! >= 2, "the fixtures have \(table) to edit")
                    try db.execute(sql: "DELETE FROM \(table) WHERE id = (SELECT min(id) FROM \(table))")
                    try db.execute(sql: "UPDATE \(table) SET article = (SELECT min(id) FROM articles) WHERE id = (SELECT max(id) FROM \(table))")
                }
                try Self.expectCountsTrue(db, "after editing mentions, facts and articles")
            }
            // An article re-imported with a new text under its URL: its old mentions are counted off, the new ones on.
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("relations-counts-\(UUID().uuidString).jsonl").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            let url = try database.writer.read { db in try String.fetchOne(db, sql: "SELECT url FROM articles WHERE url IS NOT NULL AND id IN (SELECT article FROM mentions WHERE country = 'KAZ') LIMIT 1") }
            let object: [String: String] = ["url": try #require(url), "title": "T", "date": "2020-01-02",
                                            "text": "ASTANA, January 2. Mongolia and Tajikistan signed an agreement."]
            try String(decoding: JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self).write(toFile: path, atomically: true, encoding: .utf8)
            let summary = try Importer(database: database).importPaths([path])
            #expect(summary.updated == 1)
            try database.writer.read { db in try Self.expectCountsTrue(db, "after a re-import") }
        }
    }
}
