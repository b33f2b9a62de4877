import Foundation
import GRDB
import Testing
@testable import RelationsKit

/// Re-importing: unchanged JSON Lines lines are recognised by their input hash before they are read,
/// and a changed article under the same URL is still updated.
@Suite("re-import and input hashes")
struct ReimportTests {
    func temporaryPath(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("relations-reimport-\(UUID().uuidString)\(suffix)").path
    }

    func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func line(url: String?, title: String, text: String) -> String {
        var object: [String: String] = ["title": title, "text": text]
        if let url { object["url"] = url }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    func write(_ lines: [String]) throws -> String {
        let path = temporaryPath(".jsonl")
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    let first = "MOSCOW, March 3. Russian President Vladimir Putin sent a message of greetings to President of Armenia Serzh Sargsyan."
    let second = "MOSCOW, March 4. Russia and Kazakhstan marked the 25th anniversary of diplomatic relations."

    @Test func anUnchangedLineIsRecognisedUnreadAndAChangedOneUnderTheSameURLIsUpdated() throws {
        let db = temporaryPath(".db")
        defer { remove(db) }
        let database = try RelationsDatabase.openForWriting(at: db)
        let original = try write([line(url: "https://example.org/a", title: "A", text: first), line(url: nil, title: "B", text: second)])
        defer { try? FileManager.default.removeItem(atPath: original) }

        let imported = try Importer(database: database).importPaths([original])
        #expect(imported.new == 2)
        let hashes = try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE length(input_hash) = 32") }
        #expect(hashes == 2)

        // Unchanged: recognised by the input hash, before the lines are decoded.
        let importer = Importer(database: database)
        var read = 0
        importer.onProgress = { read = $0.articles }
        let again = try importer.importPaths([original])
        #expect(again.unchanged == 2 && again.new == 0 && again.updated == 0)
        #expect(read == 2)

        // The same URL with another text: updated, the facts replaced, the new input hash stored.
        let changed = try write([line(url: "https://example.org/a", title: "A", text: second), line(url: nil, title: "B", text: second)])
        defer { try? FileManager.default.removeItem(atPath: changed) }
        let update = try Importer(database: database).importPaths([changed])
        #expect(update.updated == 1 && update.unchanged == 1 && update.new == 0)
        let body = try database.writer.read { db in try String.fetchOne(db, sql: "SELECT body FROM articles WHERE url = 'https://example.org/a'") }
        #expect(body == second)
        let messages = try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM messages m JOIN articles a ON a.id = m.article WHERE a.url = 'https://example.org/a'") }
        #expect(messages == 0)

        // And back: the first input's hash no longer names a stored article, so it is read and updates again.
        let back = try Importer(database: database).importPaths([original])
        #expect(back.updated == 1 && back.unchanged == 1)
        let restored = try database.writer.read { db in try String.fetchOne(db, sql: "SELECT body FROM articles WHERE url = 'https://example.org/a'") }
        #expect(restored == first)
    }

    @Test func aKnownLineAfterItsArticleWasReplacedInTheSameImportIsReadAfterAll() throws {
        let db = temporaryPath(".db")
        defer { remove(db) }
        let database = try RelationsDatabase.openForWriting(at: db)
        let a = line(url: "https://example.org/a", title: "A", text: first)
        let changed = line(url: "https://example.org/a", title: "A", text: second)
        let original = try write([a])
        defer { try? FileManager.default.removeItem(atPath: original) }
        _ = try Importer(database: database).importPaths([original])

        // A (known), A changed (replaces it), A again (known when the import began, but its article is gone).
        let mixed = try write([a, changed, a])
        defer { try? FileManager.default.removeItem(atPath: mixed) }
        for batchSize in [1, 256] {
            let importer = Importer(database: database)
            importer.batchSize = batchSize
            let summary = try importer.importPaths([mixed])
            #expect(summary.updated == 2 && summary.unchanged == 1, "batch size \(batchSize): \(summary.line)")
            let body = try database.writer.read { db in try String.fetchOne(db, sql: "SELECT body FROM articles WHERE url = 'https://example.org/a'") }
            #expect(body == first, "batch size \(batchSize)")
        }
    }

    @Test func articlesStoredWithoutAnInputHashGetOneWhenFoundUnchanged() throws {
        let db = temporaryPath(".db")
        defer { remove(db) }
        let database = try RelationsDatabase.openForWriting(at: db)
        let input = try write([line(url: "https://example.org/a", title: "A", text: first), line(url: nil, title: "B", text: second)])
        defer { try? FileManager.default.removeItem(atPath: input) }
        _ = try Importer(database: database).importPaths([input])
        // As if stored before migration 0007.
        try database.writer.write { db in try db.execute(sql: "UPDATE articles SET input_hash = NULL") }
        let again = try Importer(database: database).importPaths([input])
        #expect(again.unchanged == 2)
        let filled = try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE input_hash IS NOT NULL") }
        #expect(filled == 2)
    }

    /// Batches are inserted many rows to a statement; the rows and their ids must be those of storing one by one.
    @Test func storingInBatchesGivesTheRowsOfStoringOneByOne() throws {
        let texts = [first, second,
                     "ASTANA, May 5. Kazakhstan and Russia marked the 30th anniversary of diplomatic relations. President of Kazakhstan Kassym-Jomart Tokayev sent a message of congratulations to Vladimir Putin.",
                     "MINSK, June 1. Belarus and Russia, allies in the Union State, praised their strategic partnership. Alexander Lukashenko sent greetings to Vladimir Putin."]
        var lines: [String] = []
        for index in 0..<40 {
            // Some URLs come back later in the input with another text (updated) or the same (unchanged); some articles have none.
            let url: String? = index % 7 == 3 ? nil : "https://example.org/\(index % 11)"
            lines.append(line(url: url, title: "T\(index)", text: texts[index % texts.count] + (index % 5 == 0 ? "" : " \(index % 3)")))
        }
        lines += lines[20..<26]  // again, unchanged (or changed back: the URLs came back meanwhile)
        let input = try write(lines)
        defer { try? FileManager.default.removeItem(atPath: input) }
        func rows(batchSize: Int) throws -> ([String], ImportSummary) {
            let path = temporaryPath(".db")
            defer { remove(path) }
            let database = try RelationsDatabase.openForWriting(at: path)
            let importer = Importer(database: database)
            importer.batchSize = batchSize
            let summary = try importer.importPaths([input])
            let dump = try database.writer.read { db in
                try ["SELECT id, url, title, sha256, body, input_hash FROM articles ORDER BY id", "SELECT * FROM mentions ORDER BY id",
                     "SELECT * FROM office_mentions ORDER BY id", "SELECT * FROM anniversaries ORDER BY id", "SELECT * FROM messages ORDER BY id",
                     "SELECT * FROM relationship_labels ORDER BY id", "SELECT * FROM persons ORDER BY id",
                     "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'anniversary' ORDER BY rowid"].flatMap { sql in
                    try Row.fetchAll(db, sql: sql).map(\.description)
                }
            }
            return (dump, summary)
        }
        let (one, oneSummary) = try rows(batchSize: 1)
        let (many, manySummary) = try rows(batchSize: 256)
        #expect(oneSummary.updated > 0 && oneSummary.unchanged > 0)
        #expect(one.count > 100)
        #expect(one == many)
        #expect(oneSummary.line.prefix(60) == manySummary.line.prefix(60))
    }

    @Test func theInputHashDependsOnTheBytesAndTheFormat() {
        let bytes = Array("{\"text\": \"x\"}".utf8)
        #expect(InputHash(format: .jsonl, bytes) == InputHash(format: .jsonl, bytes[...]))
        #expect(InputHash(format: .jsonl, bytes) != InputHash(format: .json, bytes))
        #expect(InputHash(format: .jsonl, bytes) != InputHash(format: .jsonl, bytes + [0x20]))
        let hash = InputHash(format: .jsonl, bytes)
        #expect(InputHash(data: hash.data) == hash)
        #expect(hash.data.count == 32)
    }
}
