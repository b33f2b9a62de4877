import Foundation
import Testing

/// A database file that cannot be used gives a clear message and exit status 74, and is never damaged
/// or replaced. (A database from a newer version: ImportAndQueryTests.)
@Suite("the database file, end to end")
struct DatabaseFileTests {
    @Test func aFileThatIsNotADatabaseIsRefusedAndUnchanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let notes = folder.file("notes.db")
        let content = Data("my notes, years of them\n".utf8) + Data(repeating: 0x41, count: 8192)
        try content.write(to: notes)
        for arguments in [["import", "--db", notes.path], ["query", "sql", "SELECT 1", "--db", notes.path]] {
            let result = try run(Binary.url, arguments)
            #expect(result.status == 74, "\(result.stderr)")
            #expect(result.stderr.contains("notes.db: is not an SQLite database"), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: notes) == content)
    }

    @Test func aDamagedDatabaseIsRefusedBeforeAnythingIsWritten() throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        // Overwrite the fourth page (a b-tree page) with garbage.
        let handle = try FileHandle(forUpdating: seeded.db)
        try handle.seek(toOffset: 4096 * 3)
        try handle.write(contentsOf: Data(repeating: 0xDE, count: 4096))
        try handle.close()
        let damaged = try Data(contentsOf: seeded.db)
        let article = try seeded.write("a.txt", "Talks\n\nRussia and Armenia discussed trade.\n")
        let result = try seeded.importing(article)
        #expect(result.status == 74, "\(result.stderr)")
        #expect(result.stderr.contains("relations.db: is damaged"), "\(result.stderr)")
        #expect(result.stderr.contains(".recover"))
        #expect(try Data(contentsOf: seeded.db) == damaged)
    }

    @Test func aReadOnlyFileOrFolderIsRefusedAndUnchanged() throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        let article = try seeded.write("a.txt", "Talks\n\nRussia and Armenia discussed trade.\n")
        // A file only its owner (root, when the tests run as root) may write, used by someone else...
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: seeded.path)
        // ...and a writable file in a folder nobody else may write (WAL needs its -wal and -shm files).
        let lockedFolder = seeded.file("locked")
        try FileManager.default.createDirectory(at: lockedFolder, withIntermediateDirectories: true)
        let inLocked = lockedFolder.appendingPathComponent("r.db")
        try FileManager.default.copyItem(at: seeded.db, to: inLocked)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: inLocked.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: lockedFolder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: lockedFolder.path) }
        for db in [seeded.db, inLocked] {
            let before = try Data(contentsOf: db)
            // As root, permissions do not stop writes: the import runs as `nobody`, or the check is skipped.
            guard let result = try runUnprivileged(["import", "--db", db.path, article]) else {
                withKnownIssue("running as root without setpriv: cannot make a file read-only") { Issue.record("skipped") }
                return
            }
            #expect(result.status == 74, "\(result.stderr)")
            #expect(result.stderr.contains("is read-only; nothing was changed"), "\(result.stderr)")
            #expect(try Data(contentsOf: db) == before)
        }
        // Reading a read-only file in a writable folder works.
        if let query = try runUnprivileged(["query", "sql", "SELECT count(*) FROM articles", "--db", seeded.path, "--no-headers"]) {
            #expect(query.status == 0, "\(query.stderr)")
            #expect(query.stdout == "1\n")
        }
    }

    @Test func aFullDiskStopsTheImportWithTheStoredArticlesIntact() throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        let folder = seeded.file("wire")
        try writeSmallArticles(2000, into: folder)
        let before = try seeded.articles()
        // Files may grow to 3000 blocks of 512 bytes (1.5 MB), well below what 2000 articles need.
        let result = try relationsLimited("ulimit -f 3000", ["import", "--db", seeded.path, folder.path])
        #expect(result.status == 74, "\(result.stderr)")
        #expect(result.stderr.contains("cannot be written (disk full or file size limit reached)"), "\(result.stderr)")
        #expect(try sqlite3(seeded.db, "PRAGMA integrity_check") == ["ok"])
        #expect(try sqlite3(seeded.db, "PRAGMA foreign_key_check") == [])
        let stored = try seeded.articles() - before
        #expect(stored >= 0 && stored < 2000)
        // Whole articles only: each stored one has as many mentions as the others.
        #expect(try sqlite3(seeded.db, "SELECT count(DISTINCT n) <= 1 FROM (SELECT (SELECT count(*) FROM mentions m WHERE m.article = a.id) AS n FROM articles a WHERE a.source LIKE '%/wire/%')") == ["1"])
        // With room again, the same import finishes the job.
        let again = try seeded.importing(folder.path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try seeded.articles() - before == 2000)
    }
}
