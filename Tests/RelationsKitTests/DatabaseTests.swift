import Foundation
import GRDB
import Testing
@testable import RelationsKit

@Suite("schema and reference data")
struct DatabaseTests {
    func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("relations-unit-\(UUID().uuidString).db").path
    }

    func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test func migrationsApplyToAnEmptyDatabaseAndASecondOpenAppliesNothing() throws {
        let path = temporaryPath()
        defer { remove(path) }
        let first = try RelationsDatabase.openForWriting(at: path)
        let applied = try first.writer.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
        #expect(applied == RelationsDatabase.knownMigrations)
        #expect(applied.count >= 2)
        let tables = try first.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type IN ('table','view')") }
        for name in ["countries", "leaders", "anniversaries", "organisations", "memberships", "office_terms", "treaties", "messages", "mentions"] {
            #expect(tables.contains(name))
        }
        let schemaBefore = try first.writer.read { db in try String.fetchAll(db, sql: "SELECT coalesce(sql, name) FROM sqlite_schema ORDER BY name") }
        let second = try RelationsDatabase.openForWriting(at: path)
        let schemaAfter = try second.writer.read { db in try String.fetchAll(db, sql: "SELECT coalesce(sql, name) FROM sqlite_schema ORDER BY name") }
        #expect(schemaBefore == schemaAfter)
        let count = try second.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") }
        #expect(count == applied.count)
    }

    @Test func everyTableIsStrict() throws {
        let path = temporaryPath()
        defer { remove(path) }
        let db = try RelationsDatabase.openForWriting(at: path)
        let loose = try db.writer.read { db in
            // FTS5 keeps its index in shadow tables (articles_fts_data, ...), which cannot be STRICT.
            try String.fetchAll(db, sql: "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations' AND name NOT LIKE 'articles_fts_%'")
        }
        #expect(loose == [])
    }

    @Test func referenceSeedsLoadWithEveryForeignKeySatisfied() throws {
        let path = temporaryPath()
        defer { remove(path) }
        let database = try RelationsDatabase.openForWriting(at: path)
        let importer = Importer(database: database)
        #expect(try importer.loadReference())
        #expect(try importer.loadReference() == false, "unchanged reference files load once")
        let reference = ReferenceData.bundled
        try database.writer.read { db in
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM countries") == reference.countries.count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM organisations") == reference.organisations.count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM memberships") == reference.memberships.count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM office_terms") == reference.terms.count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM diplomatic_relations") == reference.relations.count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM treaties") == reference.treaties.count)
            // Who led Armenia at the end of 2017?
            let leader = try String.fetchOne(db, sql: """
                SELECT person FROM leaders WHERE iso3 = 'ARM' AND role = 'head_of_state' AND started_on <= '2017-12-30' AND (ended_on IS NULL OR ended_on > '2017-12-30')
                """)
            #expect(leader == "Serzh Sargsyan")
        }
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndUnchanged() throws {
        let path = temporaryPath()
        defer { remove(path) }
        let content = Data("these are my notes, not a database\n".utf8) + Data(repeating: 0x41, count: 4096)
        try content.write(to: URL(fileURLWithPath: path))
        #expect(throws: RelationsError.self) { try RelationsDatabase.openForWriting(at: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }
}
