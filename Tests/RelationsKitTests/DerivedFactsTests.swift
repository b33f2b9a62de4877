import Foundation
import GRDB
import Testing
@testable import RelationsKit

/// The derived tables of 0006 (`message_countries`, `conflicting_facts`) must always hold exactly the rows of the
/// views that define them: after an import, after an article changes or goes, and after the reference data is reloaded.
@Suite("derived tables: message_countries and conflicting_facts")
struct DerivedFactsTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reports").path

    static func withImportedDatabase(_ body: (RelationsDatabase) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("relations-derived-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let database = try RelationsDatabase.openForWriting(at: path)
        let importer = Importer(database: database)
        try importer.loadReference()
        _ = try importer.importBundledSeeds()
        _ = try importer.importPaths([fixtures])
        try body(database)
    }

    static func rows(_ db: Database, _ sql: String) throws -> [String] {
        try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map(\.description).joined(separator: "|") }.sorted()
    }

    /// Stored rows and derived rows, as sorted lists (multisets: a row may appear twice).
    static func expectDerivedTablesTrue(_ db: Database, _ when: String) throws {
        let stored = try rows(db, "SELECT message, side, iso3 FROM message_countries")
        let derived = try rows(db, "SELECT message, side, iso3 FROM message_parties_derived")
        #expect(stored == derived, "message_countries \(when)")
        let storedConflicts = try rows(db, "SELECT kind, iso3, anniversary, office_mention, membership_event FROM conflicting_facts")
        let derivedConflicts = try rows(db, """
            SELECT 'anniversary', iso3, anniversary, NULL, NULL FROM anniversary_conflicts_derived
            UNION ALL SELECT 'office', iso3, NULL, office_mention, NULL FROM office_conflicts_derived
            UNION ALL SELECT 'membership', iso3, NULL, NULL, membership_event FROM membership_conflicts_derived
            """)
        #expect(storedConflicts == derivedConflicts, "conflicting_facts \(when)")
        #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty, "foreign keys \(when)")
    }

    static func conflicts(_ database: RelationsDatabase) throws -> [String] {
        try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT kind || '|' || iso3 || '|' || claim || '|' || reference FROM conflicts_report").sorted()
        }
    }

    @Test func afterAnImportTheDerivedTablesHoldTheRowsOfTheirViews() throws {
        try Self.withImportedDatabase { database in
            try database.writer.read { db in
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM message_countries")! > 0)
                #expect(try Set(String.fetchAll(db, sql: "SELECT kind FROM conflicting_facts")) == ["anniversary", "office", "membership"],
                        "the fixture corpus has a conflict of each kind")
                try Self.expectDerivedTablesTrue(db, "after the import")
            }
        }
    }

    @Test func deletingAndChangingFactsKeepsThemTrue() throws {
        try Self.withImportedDatabase { database in
            try database.writer.write { db in
                // An article that gave a conflict goes, with its facts.
                try db.execute(sql: "DELETE FROM articles WHERE id = (SELECT om.article FROM conflicting_facts JOIN office_mentions AS om ON om.id = office_mention LIMIT 1)")
                try Self.expectDerivedTablesTrue(db, "after deleting an article")
                // Facts edited in sqlite3: an office mention given to someone else, a message's date moved, an article's date moved.
                try db.execute(sql: "UPDATE office_mentions SET person = (SELECT min(id) FROM persons) WHERE id = (SELECT min(id) FROM office_mentions)")
                try db.execute(sql: "UPDATE messages SET sent_on = '1995-01-01' WHERE id = (SELECT max(id) FROM messages)")
                try db.execute(sql: "UPDATE articles SET published_on = '2001-06-15' WHERE id = (SELECT max(article) FROM membership_events)")
                try db.execute(sql: "UPDATE anniversaries SET year_marked = year_marked + 1, year_since = year_since + 1")
                try Self.expectDerivedTablesTrue(db, "after editing facts")
                try db.execute(sql: "DELETE FROM office_mentions")
                try Self.expectDerivedTablesTrue(db, "after deleting the office mentions")
            }
        }
    }

    @Test func aReferenceReloadDerivesThemAgain() throws {
        try Self.withImportedDatabase { database in
            let before = try Self.conflicts(database)
            #expect(before.contains { $0.hasPrefix("office|KAZ|Nursultan Nazarbayev is President of Kazakhstan") })
            // Reference data in which nobody was President of Kazakhstan after Nazarbayev: no office conflict there.
            var changed = ReferenceData.bundled
            changed.terms.removeAll { $0.person == "Kassym-Jomart Tokayev" }
            changed.files = changed.files.map { ($0.name, String(repeating: "0", count: 64), $0.rows) }
            #expect(try Importer(database: database).loadReference(changed))
            try database.writer.read { db in try Self.expectDerivedTablesTrue(db, "after loading changed reference data") }
            #expect(!(try Self.conflicts(database)).contains { $0.hasPrefix("office|KAZ|Nursultan Nazarbayev") })
            // And back.
            #expect(try Importer(database: database).loadReference())
            try database.writer.read { db in try Self.expectDerivedTablesTrue(db, "after loading the bundled reference data again") }
            #expect(try Self.conflicts(database) == before)
        }
    }

    /// How the office mention triggers pick the messages of article 1 that name person 2 (as in 0006, with `new.`
    /// replaced): `message IN (SELECT ...)` made SQLite build a temporary table in each branch of the view for every
    /// office mention stored, which took 20 times as long as storing it.
    static let messagesOfPerson = """
        message BETWEEN (SELECT min(id) FROM messages WHERE article = 1) AND (SELECT max(id) FROM messages WHERE article = 1)
                AND EXISTS (SELECT 1 FROM messages AS x WHERE x.id = message AND x.article = 1 AND (x.sender_person = 2 OR x.recipient_person = 2))
        """

    /// The import and the triggers derive the rows of one article, message or fact: each lookup must go through indexes.
    @Test func derivingTheRowsOfOneFactUsesIndexes() throws {
        let large = ReportTests.largeTableNames()
        let migration = try #require(Bundled.migrations.first { $0.name.hasPrefix("0006") })
        let inTrigger = Self.messagesOfPerson.replacingOccurrences(of: "= 1", with: "= new.article").replacingOccurrences(of: "= 2", with: "= new.person")
        #expect(migration.text.contains(inTrigger), "the test checks the form the office mention triggers use")
        try ReportTests.withMigratedDatabase { database in
            try database.writer.read { db in
                for sql in [
                    "SELECT * FROM message_parties_derived WHERE message = 1",
                    // The office mention triggers: no temporary list per branch of the view ("LIST SUBQUERY"), see below.
                    "SELECT * FROM message_parties_derived WHERE " + Self.messagesOfPerson,
                    "DELETE FROM message_countries WHERE " + Self.messagesOfPerson,
                    "SELECT * FROM anniversary_conflicts_derived WHERE anniversary = 1",
                    "SELECT * FROM office_conflicts_derived WHERE office_mention = 1",
                    "SELECT * FROM office_conflicts_derived WHERE office_mention IN (SELECT id FROM office_mentions WHERE article = 1)",
                    "SELECT * FROM membership_conflicts_derived WHERE membership_event = 1",
                    "DELETE FROM conflicting_facts WHERE office_mention IN (1, 2)",
                ] + DerivedFacts.deriveStatements {
                    let arguments: StatementArguments = sql.contains(":last") ? ["last": 0] : [:]
                    let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
                    let scans = plan.filter { detail in
                        let words = detail.split(separator: " ").map(String.init)
                        return words.count >= 2 && words[0] == "SCAN" && large.contains(words[1])
                    }
                    #expect(scans.isEmpty, "\(sql): \(plan)")
                    if sql.contains(Self.messagesOfPerson) || DerivedFacts.deriveStatements.contains(sql) {
                        #expect(!plan.contains { $0.contains("LIST SUBQUERY") }, "\(sql): \(plan)")
                    }
                }
            }
        }
    }
}
