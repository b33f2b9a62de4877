import Foundation

/// Every failure the library reports to its callers, with a message meant for the user.
public enum RelationsError: Error, CustomStringConvertible, Equatable {
    /// An input could not be read or understood. `location` is "file", "file:line" or "file@offset".
    case badInput(location: String, reason: String)
    /// The database file cannot be used (not a database, newer schema, read-only, ...).
    case database(path: String, reason: String)
    /// A reference table is malformed.
    case reference(file: String, line: Int, reason: String)
    /// A query was refused or failed.
    case query(reason: String)
    /// The user asked for something that does not exist (a report, a country, ...).
    case usage(String)

    public var description: String {
        switch self {
        case let .badInput(location, reason): return "\(location): \(reason)"
        case let .database(path, reason): return "\(path): \(reason)"
        case let .reference(file, line, reason): return "seeds/reference/\(file):\(line): \(reason)"
        case let .query(reason): return "query: \(reason)"
        case let .usage(message): return message
        }
    }

    /// The process exit status documented in README ("Exit status").
    public var exitCode: Int32 {
        switch self {
        case .badInput: return 65   // EX_DATAERR
        case .database: return 74   // EX_IOERR
        case .reference: return 70  // EX_SOFTWARE: the bundled data is broken
        case .query: return 65
        case .usage: return 64      // EX_USAGE
        }
    }
}
