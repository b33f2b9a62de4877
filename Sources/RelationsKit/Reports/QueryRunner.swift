import Dispatch
import Foundation
import GRDB
import GRDBSQLite

/// Runs reports and ad-hoc SQL on a read-only database, with a time limit.
public struct QueryRunner {
    public let database: RelationsDatabase
    /// Seconds before a query is interrupted.
    public var timeout: Double = 5
    /// At most this many rows from each section of a report that has no LIMIT of its own; nil for all. The first
    /// rows in the report's order: SQLite keeps only the best `rowLimit + 1` while it sorts, and the rows after
    /// them are never written out. (Ad-hoc SQL is never limited.)
    public var rowLimit: Int?

    public init(database: RelationsDatabase, timeout: Double = 5, rowLimit: Int? = nil) {
        self.database = database
        self.timeout = timeout
        self.rowLimit = rowLimit
    }

    /// Runs a canned report with the user's values, each checked and converted by its kind (see `resolve`).
    /// A parameter without a value adds no condition ("any"); placeholders it appears in are bound to NULL.
    /// Columns named in `omitting` are left out of the results and are not computed at all (an evidence
    /// column reads each article's body, which costs more than the rest of most reports).
    public func run(_ report: Report, rawValues: [String: String], omitting: Set<String> = []) throws -> [Report.Result] {
        var results: [Report.Result] = []
        try forEachSection(of: report, rawValues: rawValues, omitting: omitting) { section, sql, arguments, limit in
            var columns: [String] = []
            var rows: [[ResultTable.Value]] = []
            let cut = try execute(try Self.selecting(sql, omitting: omitting.union(section.hidden), database: database), arguments: arguments, limit: limit,
                                  columns: { columns = $0 }, row: { rows.append($0) })
            results.append(Report.Result(title: section.title, table: ResultTable(columns: columns, rows: rows), cut: cut))
        }
        return results
    }

    /// Runs a canned report like `run`, but hands over its rows one at a time as they come (for a report of one
    /// untitled section: the rows of several sections would follow each other without a break). Returns whether
    /// rows were left out because of `rowLimit`.
    @discardableResult
    public func stream(_ report: Report, rawValues: [String: String], omitting: Set<String> = [],
                       columns: ([String]) throws -> Void, row: ([ResultTable.Value]) throws -> Void) throws -> Bool {
        var cut = false
        try forEachSection(of: report, rawValues: rawValues, omitting: omitting) { section, sql, arguments, limit in
            cut = try execute(try Self.selecting(sql, omitting: omitting.union(section.hidden), database: database), arguments: arguments, limit: limit,
                              columns: columns, row: row) || cut
        }
        return cut
    }

    /// Checks and converts the user's values (see `resolve`) and gives the SQL and arguments of each section that runs.
    /// A parameter without a value adds no condition ("any"); placeholders it appears in are bound to NULL.
    private func forEachSection(of report: Report, rawValues: [String: String], omitting: Set<String> = [],
                                _ body: (Report.Section, String, StatementArguments, Int?) throws -> Void) throws {
        if let unknown = rawValues.keys.sorted().first(where: { key in !report.parameters.contains { $0.name == key } }) {
            throw RelationsError.usage("report \(report.name) has no parameter \(unknown)")
        }
        var values: [String: (any DatabaseValueConvertible)?] = [:]
        for parameter in report.parameters {
            guard let raw = rawValues[parameter.name] else {
                if parameter.required { throw RelationsError.usage("report \(report.name) needs a value for \(parameter.name)") }
                continue
            }
            values[parameter.name] = try resolve(raw, as: parameter.kind)
        }
        let given = Set(values.keys)
        func arguments(for sql: String) -> StatementArguments {
            var arguments: [String: (any DatabaseValueConvertible)?] = [:]
            for name in Report.placeholders(in: sql) { arguments[name] = .some(values[name] ?? nil) }  // missing: NULL
            return StatementArguments(arguments)
        }
        var probeCounts: [Report.Probe: Int] = [:]
        for section in report.sections where section.runs(given: given) {
            if let missing = section.requires.first(where: { !given.contains($0) }) {
                throw RelationsError.usage("report \(report.name) needs a value for \(missing) here")
            }
            let counted = try section.runs.counts.map { count in
                let probe = count.probe
                if probeCounts[probe] == nil {
                    // Bounded, so it needs no time limit.
                    probeCounts[probe] = !given.contains(probe.parameter) ? probe.bound : try database.writer.read { db in
                        try Int.fetchOne(db, sql: probe.countSQL, arguments: arguments(for: probe.countSQL))
                    } ?? 0
                }
                return count.holds(counted: probeCounts[probe] ?? 0)
            }
            guard !counted.contains(false) else { continue }
            var sql = section.sql(given: given, omitting: omitting)
            // One row more than the limit tells whether rows were left out.
            let limit = section.limit == nil ? rowLimit.flatMap { $0 > 0 ? $0 : nil } : nil
            if let limit { sql += "\nLIMIT \(limit + 1)" }
            try body(section, sql, arguments(for: sql), limit)
        }
    }

    /// Runs one read-only SQL statement with named parameters (`:name`, bound, never spliced).
    public func run(sql: String, parameters: [String: String]) throws -> ResultTable {
        var columns: [String] = []
        var rows: [[ResultTable.Value]] = []
        try stream(sql: sql, parameters: parameters, columns: { columns = $0 }, row: { rows.append($0) })
        return ResultTable(columns: columns, rows: rows)
    }

    /// Runs one read-only SQL statement and hands over its rows one at a time, so that a result of any size
    /// can be written out without being held in memory. An error thrown by `row` stops the query.
    public func stream(sql: String, parameters: [String: String], columns: ([String]) throws -> Void, row: ([ResultTable.Value]) throws -> Void) throws {
        try Self.checkReadOnly(sql, databasePath: database.path)
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        for (name, value) in parameters { arguments[name] = Int64(value).map { $0 as DatabaseValueConvertible } ?? value }
        try execute(sql, arguments: StatementArguments(arguments), columns: columns, row: row)
    }

    /// Refuses anything but reading: writes, ATTACH/DETACH, PRAGMA assignments, transactions, VACUUM,
    /// load_extension and the like, however the SQL is written (see `SQLGuard`).
    static func checkReadOnly(_ sql: String, databasePath: String) throws {
        guard !SQLGuard.onlyCommentsAndSpace(sql) else { throw RelationsError.query(reason: "empty SQL") }
        try SQLGuard.check(sql, databasePath: databasePath)
    }

    func execute(_ sql: String, arguments: StatementArguments, omitting: Set<String> = []) throws -> ResultTable {
        var columns: [String] = []
        var rows: [[ResultTable.Value]] = []
        try execute(try Self.selecting(sql, omitting: omitting, database: database), arguments: arguments,
                    columns: { columns = $0 }, row: { rows.append($0) })
        return ResultTable(columns: columns, rows: rows)
    }

    /// The query `sql` without the result columns named in `omitting`: `SELECT "a", "b" FROM (sql)`. SQLite
    /// flattens the subquery into the outer query (keeping its ORDER BY), so the left-out columns are never
    /// computed. `sql` itself when it has none of them.
    static func selecting(_ sql: String, omitting: Set<String>, database: RelationsDatabase) throws -> String {
        guard !omitting.isEmpty else { return sql }
        let names = try database.writer.read { db in try db.makeStatement(sql: sql).columnNames }
        guard names.contains(where: omitting.contains) else { return sql }
        let kept = names.filter { !omitting.contains($0) }.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return "SELECT " + kept.joined(separator: ", ") + " FROM (\n" + sql + "\n)"
    }

    /// Runs `sql` and hands over its rows; with a `limit`, at most that many, and returns whether there were more.
    @discardableResult
    func execute(_ sql: String, arguments: StatementArguments, limit: Int? = nil,
                 columns: ([String]) throws -> Void, row: ([ResultTable.Value]) throws -> Void) throws -> Bool {
        var cut = false
        let writer = database.writer
        let timer = DispatchSource.makeTimerSource(queue: .global())
        // Repeating: SQLite ignores an interrupt while no statement runs, so one that came before the first step is sent again.
        timer.schedule(deadline: .now() + timeout, repeating: 0.05)
        timer.setEventHandler { writer.interrupt() }
        timer.resume()
        defer { timer.cancel() }
        do {
            try writer.read { db in
                let statement = try db.makeStatement(sql: sql)
                guard statement.isReadonly else { throw RelationsError.query(reason: "this statement is not allowed: queries only read, and the database is unchanged") }
                try statement.setArguments(arguments)
                try columns(statement.columnNames)
                // Each value is read straight from SQLite (the cursor steps the statement), without a Row copy.
                let cursor = try Row.fetchCursor(statement)
                let sqliteStatement = statement.sqliteStatement
                let count = Int32(statement.columnCount)
                var given = 0
                while try cursor.next() != nil {
                    if let limit, given == limit { cut = true; break }
                    given += 1
                    var values: [ResultTable.Value] = []
                    values.reserveCapacity(Int(count))
                    for index in 0..<count { values.append(ResultTable.Value(sqliteStatement, column: index)) }
                    try row(values)
                }
            }
        } catch let error as RelationsError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw RelationsError.query(reason: "stopped after \(timeout) s (raise it with --timeout)")
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_READONLY { throw RelationsError.query(reason: "writes are not allowed; the database is unchanged") }
            if [.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_NOMEM].contains(error.resultCode) {
                throw RelationsDatabase.describe(error, path: database.path)
            }
            throw RelationsError.query(reason: error.message ?? "\(error)")
        }
        return cut
    }

    /// Turns a user's value for a parameter into what the SQL compares with:
    /// a country name, alias, demonym, ISO2 or ISO3 into its ISO3; a date into YYYY[-MM[-DD]].
    public func resolve(_ value: String, as kind: Report.Parameter.Kind) throws -> DatabaseValueConvertible {
        switch kind {
        case .year:
            guard let year = Int(value), (1000...2999).contains(year) else { throw RelationsError.usage("expected a year (YYYY), got \"\(value)\"") }
            return year
        case .date:
            guard let date = Self.isoDate(value) else {
                throw RelationsError.usage("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got \"\(value)\"")
            }
            return date
        case .text:
            return value
        case .number:
            guard let number = Int(value), number >= 0 else { throw RelationsError.usage("expected a number, got \"\(value)\"") }
            return number
        case .country:
            return try database.writer.read { db in
                if let code = try String.fetchOne(db, sql: """
                    SELECT iso3 FROM countries WHERE iso3 = upper(:v) OR iso2 = upper(:v) OR name = :v COLLATE NOCASE
                    UNION ALL SELECT country FROM country_names WHERE name = :v COLLATE NOCASE AND kind <> 'not the country'
                    LIMIT 1
                    """, arguments: ["v": value]) { return code }
                let names = try String.fetchAll(db, sql: "SELECT name FROM countries UNION SELECT name FROM country_names WHERE kind <> 'not the country'")
                throw RelationsError.usage("unknown country \"\(value)\"" + Suggestions.nearest(value, in: names))
            }
        case .organisation:
            return try database.writer.read { db in
                if let code = try String.fetchOne(db, sql: """
                    SELECT code FROM organisations WHERE code = :v COLLATE NOCASE OR name = :v COLLATE NOCASE
                    UNION ALL SELECT organisation FROM organisation_names WHERE name = :v COLLATE NOCASE
                    LIMIT 1
                    """, arguments: ["v": value]) { return code }
                let names = try String.fetchAll(db, sql: "SELECT code FROM organisations UNION SELECT name FROM organisation_names")
                throw RelationsError.usage("unknown organisation \"\(value)\"" + Suggestions.nearest(value, in: names))
            }
        }
    }
}

extension QueryRunner {
    /// "2017", "2017-07" or "2017-07-20" when `text` is one of those and a real date; otherwise nil.
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
              zip(parts, widths).allSatisfy({ part, width in part.count == width && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard (1000...2999).contains(numbers[0]) else { return nil }
        if numbers.count >= 2, !(1...12).contains(numbers[1]) { return nil }
        if numbers.count == 3, !DateWords.isValid(year: numbers[0], month: numbers[1], day: numbers[2]) { return nil }
        return text
    }
}

/// "did you mean" suggestions by edit distance.
enum Suggestions {
    static func nearest(_ value: String, in names: [String]) -> String {
        let target = value.lowercased()
        let limit = max(2, target.count / 2)
        let scored: [(name: String, score: Int)] = Set(names).map { name in (name, distance(target, name.lowercased())) }
        let ranked = scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }
        let close: [String] = ranked.prefix(3).filter { $0.score <= limit }.map { "\"\($0.name)\"" }
        return close.isEmpty ? "" : "; did you mean " + close.joined(separator: ", ") + "?"
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
