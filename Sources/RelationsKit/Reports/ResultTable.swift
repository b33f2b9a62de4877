import Foundation
import GRDB
import GRDBSQLite

/// Rows returned by a report or an ad-hoc query: column names and SQLite values.
public struct ResultTable: Sendable {
    public enum Value: Sendable, Equatable {
        case null, integer(Int64), real(Double), text(String), blob(Data)

        init(_ value: DatabaseValue) {
            switch value.storage {
            case .null: self = .null
            case let .int64(number): self = .integer(number)
            case let .double(number): self = .real(number)
            case let .string(text): self = .text(text)
            case let .blob(data): self = .blob(data)
            }
        }

        /// The value of a column of the current row of a stepped statement.
        init(_ statement: OpaquePointer, column: Int32) {
            switch sqlite3_column_type(statement, column) {
            case SQLITE_NULL: self = .null
            case SQLITE_INTEGER: self = .integer(sqlite3_column_int64(statement, column))
            case SQLITE_FLOAT: self = .real(sqlite3_column_double(statement, column))
            case SQLITE_BLOB:
                let count = Int(sqlite3_column_bytes(statement, column))
                self = .blob(count == 0 ? Data() : Data(bytes: sqlite3_column_blob(statement, column), count: count))
            default:
                guard let text = sqlite3_column_text(statement, column) else { self = .text(""); return }
                self = .text(String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column))), as: UTF8.self))
            }
        }

        /// The value as plain text (NULL as an empty string).
        public var text: String {
            switch self {
            case .null: return ""
            case let .integer(number): return String(number)
            case let .real(number): return String(number)
            case let .text(text): return text
            case let .blob(data): return "<\(data.count) bytes>"
            }
        }
    }

    public var columns: [String]
    public var rows: [[Value]]

    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The same rows without the named columns.
    public func dropping(_ names: [String]) -> ResultTable {
        let kept = columns.indices.filter { !names.contains(columns[$0]) }
        if kept.count == columns.count { return self }
        return ResultTable(columns: kept.map { columns[$0] }, rows: rows.map { row in kept.map { row[$0] } })
    }

}
