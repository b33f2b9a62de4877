import Foundation
import GRDBSQLite

/// Decides whether ad-hoc SQL may run, by asking SQLite itself: the SQL is compiled (never run) on a
/// private read-only connection whose authorizer allows only reading. Comments, odd spacing or a `WITH`
/// in front cannot hide a write, an `ATTACH`, a `PRAGMA` that changes a setting or a dangerous function
/// from it, because the authorizer sees what the compiled statement would do.
///
/// GRDB keeps its own authorizer on the connections it opens, so the check uses a connection of its own.
enum SQLGuard {
    /// Pragmas that only read, and may name a table or index.
    static let readingPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check", "collation_list", "function_list", "module_list",
        "pragma_list", "database_list", "compile_options",
    ]
    /// Pragmas that read a setting when given no value (and would change it when given one).
    static let settingPragmas: Set<String> = [
        "schema_version", "user_version", "application_id", "page_count", "page_size", "freelist_count", "encoding",
        "journal_mode", "data_version", "foreign_keys", "query_only", "max_page_count", "auto_vacuum",
    ]
    /// Functions that reach outside the database or the process's memory safety.
    static let refusedFunctions: Set<String> = ["load_extension", "fts3_tokenizer", "readfile", "writefile", "edit"]

    /// Throws `RelationsError.query` saying what is not allowed, or returns when the SQL only reads.
    /// SQL that does not compile is left for the real run to report.
    static func check(_ sql: String, databasePath: String) throws {
        var connection: OpaquePointer?
        guard sqlite3_open_v2(databasePath, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let connection else {
            sqlite3_close(connection)
            return  // the real open reports why
        }
        defer { sqlite3_close(connection) }
        sqlite3_busy_timeout(connection, 5000)
        sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 0)
        let refusal = Refusal()
        let context = Unmanaged.passUnretained(refusal).toOpaque()
        sqlite3_set_authorizer(connection, { context, action, first, second, _, _ in
            let refusal = Unmanaged<Refusal>.fromOpaque(context!).takeUnretainedValue()
            if let reason = SQLGuard.refuse(action, first.map { String(cString: $0) }, second.map { String(cString: $0) }) {
                if refusal.reason == nil { refusal.reason = reason }
                return SQLITE_DENY
            }
            return SQLITE_OK
        }, context)
        var statement: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let code = sql.withCString { sqlite3_prepare_v2(connection, $0, -1, &statement, &tail) }
        let rest = tail.map { String(cString: $0) } ?? ""
        sqlite3_finalize(statement)
        if let reason = refusal.reason {
            throw RelationsError.query(reason: "\(reason) is not allowed: queries only read, and the database is unchanged")
        }
        if code == SQLITE_AUTH { throw RelationsError.query(reason: "not allowed: queries only read, and the database is unchanged") }
        if code == SQLITE_OK, !onlyCommentsAndSpace(rest) {
            throw RelationsError.query(reason: "one statement at a time, please (found more after the first ;)")
        }
    }

    private final class Refusal { var reason: String? }

    /// Why an authorizer action is refused, or nil when it only reads.
    static func refuse(_ action: Int32, _ first: String?, _ second: String?) -> String? {
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
            return nil
        case SQLITE_FUNCTION:
            guard let name = second?.lowercased(), refusedFunctions.contains(name) else { return nil }
            return "the function \(name)()"
        case SQLITE_PRAGMA:
            let name = (first ?? "").lowercased()
            if readingPragmas.contains(name) { return nil }
            if settingPragmas.contains(name), second == nil { return nil }
            return second == nil ? "PRAGMA \(name)" : "PRAGMA \(name) = \(second!)"
        case SQLITE_ATTACH: return "ATTACH"
        case SQLITE_DETACH: return "DETACH"
        // Creating or dropping something first shows as a write to the schema table.
        case SQLITE_INSERT: return isSchemaTable(first) ? "CREATE" : "INSERT"
        case SQLITE_DELETE: return isSchemaTable(first) ? "DROP" : "DELETE"
        case SQLITE_UPDATE:
            // A table-valued pragma (`SELECT * FROM pragma_table_info('x')`) asks to update sqlite_master's
            // columns while its virtual table is set up. sqlite_master cannot really be updated without
            // writable_schema, which is refused, on a connection that is read-only anyway.
            if first == "sqlite_master" { return nil }
            return isSchemaTable(first) ? "ALTER" : "UPDATE"
        case SQLITE_TRANSACTION, SQLITE_SAVEPOINT: return "a transaction statement"
        case SQLITE_ANALYZE: return "ANALYZE"
        case SQLITE_REINDEX: return "REINDEX"
        case SQLITE_ALTER_TABLE: return "ALTER TABLE"
        case SQLITE_DROP_TABLE, SQLITE_DROP_TEMP_TABLE, SQLITE_DROP_INDEX, SQLITE_DROP_TEMP_INDEX, SQLITE_DROP_VIEW, SQLITE_DROP_TEMP_VIEW,
             SQLITE_DROP_TRIGGER, SQLITE_DROP_TEMP_TRIGGER, SQLITE_DROP_VTABLE:
            return "DROP"
        case SQLITE_CREATE_TABLE, SQLITE_CREATE_TEMP_TABLE, SQLITE_CREATE_INDEX, SQLITE_CREATE_TEMP_INDEX, SQLITE_CREATE_VIEW, SQLITE_CREATE_TEMP_VIEW,
             SQLITE_CREATE_TRIGGER, SQLITE_CREATE_TEMP_TRIGGER, SQLITE_CREATE_VTABLE:
            return "CREATE"
        default:
            return "this statement (SQLite authorizer action \(action))"
        }
    }

    static func isSchemaTable(_ name: String?) -> Bool {
        ["sqlite_master", "sqlite_temp_master", "sqlite_schema", "sqlite_temp_schema"].contains(name ?? "")
    }

    /// True when `text` holds nothing but whitespace, semicolons and SQL comments.
    static func onlyCommentsAndSpace(_ text: String) -> Bool {
        var rest = Substring(text)
        while let first = rest.first {
            if first.isWhitespace || first == ";" { rest = rest.dropFirst(); continue }
            if rest.hasPrefix("--") { rest = rest.drop { $0 != "\n" }; continue }
            if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return true }
                rest = rest[end.upperBound...]
                continue
            }
            return false
        }
        return true
    }
}
