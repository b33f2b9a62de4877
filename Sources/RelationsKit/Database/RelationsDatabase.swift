import Foundation
import GRDB
import GRDBSQLite

/// Owns the connection to one relations database file: opens it, applies the embedded
/// migrations when opened for writing, and refuses files it must not touch.
///
/// ```swift
/// let db = try RelationsDatabase.openForWriting(at: "relations.db")
/// ```
public final class RelationsDatabase: Sendable {
    public let path: String
    public let writer: any DatabaseWriter
    public let isReadOnly: Bool

    private init(path: String, writer: any DatabaseWriter, isReadOnly: Bool) {
        self.path = path
        self.writer = writer
        self.isReadOnly = isReadOnly
    }

    /// Stops the statement running on this database, from any thread (it fails with SQLITE_INTERRUPT).
    public func interrupt() { writer.interrupt() }

    /// Folds the write-ahead log into the database file and closes the connections, so that the file on
    /// disk is complete by itself (for copying, or for a read-only user). Safe to call more than once.
    public func close() throws {
        if !isReadOnly {
            _ = try writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
        if let pool = writer as? DatabasePool { try pool.close() } else if let queue = writer as? DatabaseQueue { try queue.close() }
    }

    /// The migrator that applies `Migrations/NNNN_name.sql` in order, one transaction each.
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for file in Bundled.migrations.sorted(by: { $0.name < $1.name }) where file.name.hasSuffix(".sql") {
            let identifier = String(file.name.dropLast(4))
            let sql = file.text
            migrator.registerMigration(identifier) { db in try db.execute(sql: sql) }
        }
        return migrator
    }

    /// Identifiers of the migrations this build knows, in order.
    public static var knownMigrations: [String] { migrator().migrations }

    /// Opens (creating if needed) the database for writing and brings its schema up to date.
    /// A database written by a newer version of relations is refused and left untouched.
    public static func openForWriting(at path: String) throws -> RelationsDatabase {
        try checkNotADirectory(path)
        let migrator = migrator()
        // Look before touching: a file that is not a database, or comes from a newer version,
        // is refused before anything (even the journal mode) is written to it.
        if FileManager.default.fileExists(atPath: path) {
            try inspect(path: path, migrator: migrator)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        configuration.journalMode = .wal
        do {
            // Processes that create one new file at once race to turn it to WAL, and SQLite answers the loser SQLITE_BUSY
            // at once, without calling the busy handler: wait a little and open it again (at most about 10 s).
            var attempt = 0
            while true {
                do {
                    let pool = try DatabasePool(path: path, configuration: configuration)
                    try migrate(pool, with: migrator)
                    return RelationsDatabase(path: path, writer: pool, isReadOnly: false)
                } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) && attempt < 100 {
                    attempt += 1
                    Thread.sleep(forTimeInterval: 0.1)
                }
            }
        } catch let error as RelationsError {
            throw error
        } catch {
            throw describe(error, path: path)
        }
    }

    /// Applies the missing migrations. Two processes opening a new file at once may both decide to apply the
    /// same migration; each migration is one transaction, so the second fails harmlessly ("table ... already
    /// exists", or, for a migration that creates nothing, "UNIQUE constraint failed: grdb_migrations.identifier")
    /// and, seeing another process's work, waits a moment and tries again with what is still missing. Every
    /// failure means the other process applied one more migration, so there may be as many as there are migrations.
    static func migrate(_ pool: DatabasePool, with migrator: DatabaseMigrator) throws {
        var attempt = 0
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch let error as DatabaseError where [.SQLITE_ERROR, .SQLITE_CONSTRAINT].contains(error.resultCode)
                        && attempt < 2 * migrator.migrations.count {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05)
                let (applied, complete) = try pool.read { db in
                    (try migrator.appliedIdentifiers(db), try migrator.hasCompletedMigrations(db))
                }
                if complete { return }
                if applied.isEmpty { throw error }  // nobody else is migrating: a real error
            }
        }
    }

    /// Opens the file read-only and refuses it if it is not a database or has unknown migrations.
    private static func inspect(path: String, migrator: DatabaseMigrator) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let (superseded, problems) = try queue.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema")
                // Adding to a damaged file could make it worse: look at every page first (quick_check reads
                // the whole file once; it stops at the first problem).
                let problems = try String.fetchAll(db, sql: "PRAGMA quick_check(1)")
                return (try migrator.hasBeenSuperseded(db), problems)
            }
            try queue.close()
            if problems != ["ok"] {
                throw RelationsError.database(path: path, reason: "is damaged (SQLite: \(problems.first ?? "?")); nothing was written. Keep a copy, then try `sqlite3 FILE .recover`")
            }
            if superseded {
                throw RelationsError.database(path: path, reason: "was written by a newer version of relations (its schema has migrations this build does not know); upgrade relations to use it. The file was not changed.")
            }
        } catch let error as RelationsError {
            throw error
        } catch {
            throw describe(error, path: path)
        }
    }

    /// Opens an existing database read-only. Nothing this connection runs can change the file.
    public static func openForReading(at path: String) throws -> RelationsDatabase {
        try checkNotADirectory(path)
        guard FileManager.default.fileExists(atPath: path) else {
            throw RelationsError.database(path: path, reason: "no such database; create it with `relations import`")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        // Belt and braces for ad-hoc SQL (SQLGuard refuses these first): no other database may be attached,
        // and no value may grow past 100 MB (the largest article is 5 MB), so a query cannot eat the memory.
        configuration.prepareDatabase { db in
            sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_ATTACHED, 0)
            sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_LENGTH, 100_000_000)
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = migrator()
            let (superseded, complete) = try queue.read { db in
                (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
            }
            if superseded {
                throw RelationsError.database(path: path, reason: "was written by a newer version of relations; upgrade relations to read it")
            }
            if !complete {
                throw RelationsError.database(path: path, reason: "has an older schema or is not a relations database; run `relations import` on it to upgrade")
            }
        } catch let error as RelationsError {
            throw error
        } catch {
            throw describe(error, path: path)
        }
        return RelationsDatabase(path: path, writer: queue, isReadOnly: true)
    }

    private static func checkNotADirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw RelationsError.database(path: path, reason: "is a folder, not a database file")
        }
    }

    /// A write failed for lack of room (ENOSPC gives SQLITE_FULL; a file size limit, EFBIG, an I/O write error).
    private static func full(_ path: String) -> RelationsError {
        .database(path: path, reason: "cannot be written (disk full or file size limit reached); the unfinished transaction was rolled back and what was stored before is intact")
    }

    /// Turns a GRDB error into a message for the user.
    static func describe(_ error: any Error, path: String) -> RelationsError {
        guard let error = error as? DatabaseError else {
            return .database(path: path, reason: "\(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .database(path: path, reason: "is not an SQLite database; nothing was changed")
        case .SQLITE_CORRUPT: return .database(path: path, reason: "is damaged (SQLite: \(error.message ?? "database disk image is malformed")); nothing was changed. Keep a copy, then try `sqlite3 FILE .recover`")
        case .SQLITE_READONLY: return .database(path: path, reason: "is read-only; nothing was changed")
        case .SQLITE_CANTOPEN: return .database(path: path, reason: "cannot be opened (missing folder or no permission)")
        case .SQLITE_FULL: return full(path)
        case .SQLITE_IOERR:
            if error.extendedResultCode == .SQLITE_IOERR_WRITE { return full(path) }
            return .database(path: path, reason: "a disk input/output error (\(error.message ?? "I/O error")); the unfinished transaction was rolled back")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .database(path: path, reason: "is locked by another process; try again")
        default: return .database(path: path, reason: error.message ?? "\(error)")
        }
    }
}
