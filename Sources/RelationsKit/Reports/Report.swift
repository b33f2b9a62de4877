import Foundation
/// A canned report: named SQL with named `:parameters`, a title and a description.
///
/// Each report reads a view created by `Migrations/0003_report_views.sql` (`leaders` reads `leaders_report`),
/// so a sqlite3 user gets the same rows with `SELECT * FROM leaders_report WHERE iso3 = 'ARM'`.
///
/// A report's SQL is written in parts: the query, the conditions that always apply, and one condition per
/// optional parameter, added only when the user gives that parameter. Writing `(:year IS NULL OR year = :year)`
/// instead would be one string, but SQLite plans a statement before it sees the values, so it could never use
/// an index for such a condition.
public struct Report: Sendable {
    public struct Parameter: Sendable {
        public enum Kind: String, Sendable { case year, date, country, organisation, text, number }
        public let name: String
        public let kind: Kind
        public let help: String
        /// A required parameter has no "any" meaning (the country of a country profile).
        public let required: Bool

        public init(name: String, kind: Kind, help: String, required: Bool = false) {
            self.name = name
            self.kind = kind
            self.help = help
            self.required = required
        }
    }

    /// A condition added to a section's WHERE clause when `parameter` has a value.
    public struct Filter: Sendable {
        public let parameter: String
        public let condition: String
    }

    /// The rows a filter matches, counted up to `bound`, which choose between sections. A filter over a column of
    /// a few distinct values (a message's occasion, an anniversary's subject, a year of dates) can match a handful of
    /// rows or nearly all of them. A handful is best found through an index on that column and sorted; nearly all are
    /// best read in the report's order from its own indexes, skipping the rest, which stops at the limit long before a
    /// sort of all of them would finish. Neither way is fast for the other case, and SQLite plans a statement before it
    /// sees the values, so the report asks first. A probe with a bound of 2 asks instead whether one value in use
    /// matches (`messages --occasion`): that decides whether a section can answer at all, not only how fast.
    public struct Probe: Sendable, Hashable {
        /// The parameter whose filter the probe counts. Without it there is no filter, which matches many rows.
        public let parameter: String
        /// `SELECT 1 FROM ... WHERE ...`: one row for each row the filter matches, found through an index.
        public let sql: String
        /// Counting stops here: below it the filter matches few rows.
        public let bound: Int

        public init(parameter: String, sql: String, bound: Int) {
            self.parameter = parameter
            self.sql = sql
            self.bound = bound
        }

        /// SQL that counts the probe's rows, at most `bound`.
        public var countSQL: String { "SELECT count(*) FROM (\(sql)\nLIMIT \(bound))" }
    }

    /// Which of the sections for one filter runs: `.few` when the probe counts fewer rows than its bound, `.many` otherwise.
    public enum Count: Sendable, Equatable {
        case few(Probe)
        case many(Probe)

        public var probe: Probe {
            switch self { case .few(let probe), .many(let probe): probe }
        }

        /// Whether the section runs, given how many rows the probe counted.
        public func holds(counted: Int) -> Bool {
            switch self {
            case .few(let probe): counted < probe.bound
            case .many(let probe): counted >= probe.bound
            }
        }
    }

    /// One result table. Most reports have one; a country profile has several, printed one after another.
    public struct Section: Sendable {
        /// When a section runs: every parameter of `when` given and none of `unless`. A report whose rows are best
        /// read in another order when a parameter is given (messages of one sender: from that sender's index) has a
        /// section for each case, exactly one of which runs.
        public struct Runs: Sendable, Equatable {
            public let when: Set<String>
            public let unless: Set<String>
            /// Counts that also decide, for sections that give the same rows in different ways: one for a filter that
            /// matches few rows, another for one that matches many (see `Probe`). Every count must hold.
            public let counts: [Count]

            public init(when: Set<String> = [], unless: Set<String> = [], counts: [Count] = []) {
                self.when = when
                self.unless = unless
                self.counts = counts
            }

            /// Whether a count makes this section the one for few rows of some filter: of sections that give the same
            /// rows, the one that runs when no count is asked (no filter) has none.
            public var isForFew: Bool { counts.contains { if case .few = $0 { true } else { false } } }

            public static let always = Runs()
            public static func when(_ name: String) -> Runs { Runs(when: [name]) }
            public static func unless(_ name: String) -> Runs { Runs(unless: [name]) }
        }

        public let title: String?
        public let runs: Runs
        /// `SELECT ... FROM ...` without WHERE or ORDER BY; with `unionOf`, `SELECT ...` without FROM.
        public let select: String
        /// Views whose rows together are the section's (the parts of its view): the section asks each of them, with
        /// the conditions, and orders the UNION ALL. SQLite then reads each part in the order of the ORDER BY (from
        /// an index) and merges them, stopping at the limit, which it does not do for a UNION ALL view of joins.
        public let unionOf: [String]
        /// Columns the query selects only to order by them (a tie-breaker, since a UNION ALL can only be ordered by
        /// its columns): never shown, and left out of the results like a hidden --evidence.
        public let hidden: Set<String>
        /// Filters for one part of `unionOf` only (by view name), added with the section's own when their parameter
        /// is given: a condition that lets one part find its rows through an index but would be wrong for the others
        /// (a leaders report's article dates; a reference term covers days other than its start).
        public let partFilters: [String: [Filter]]
        /// Conditions that always apply (they may use required parameters).
        public let conditions: [String]
        public let filters: [Filter]
        public let orderBy: String
        /// SQL for LIMIT, if any.
        public let limit: String?
        /// Parameters this section cannot run without, beyond the report's required ones.
        public let requires: [String]

        public init(title: String? = nil, runs: Runs = .always, select: String, conditions: [String] = [], filters: [Filter] = [],
                    orderBy: String, limit: String? = nil, requires: [String] = [], unionOf: [String] = [], hidden: Set<String> = [],
                    partFilters: [String: [Filter]] = [:]) {
            self.title = title
            self.runs = runs
            self.select = select
            self.unionOf = unionOf
            self.hidden = hidden
            self.partFilters = partFilters
            self.conditions = conditions
            self.filters = filters
            self.orderBy = orderBy
            self.limit = limit
            self.requires = requires
        }

        /// Whether the section runs when these parameters have values (and, with `Runs.counts`, its probes count
        /// few or many rows, which `QueryRunner` asks).
        public func runs(given: Set<String>) -> Bool {
            runs.when.isSubset(of: given) && runs.unless.isDisjoint(with: given)
        }

        /// The SQL with the conditions of the given parameters. A section of `unionOf` asks its parts only for the
        /// columns not in `omitting` (SQLite computes every column of a UNION ALL subquery, used or not).
        public func sql(given: Set<String>, omitting: Set<String> = []) -> String {
            func whereClause(_ filters: [Filter]) -> String {
                let applied = conditions + filters.filter { given.contains($0.parameter) }.map(\.condition)
                return applied.isEmpty ? "" : "\nWHERE " + applied.map { "(\($0))" }.joined(separator: "\n  AND ")
            }
            var select = self.select
            if !unionOf.isEmpty, !omitting.isEmpty {
                let columns = select.dropFirst("SELECT ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                select = "SELECT " + columns.filter { !omitting.contains($0) || hidden.contains($0) }.joined(separator: ", ")
            }
            var text = unionOf.isEmpty ? select + whereClause(filters)
                : unionOf.map { select + " FROM " + $0 + whereClause(filters + (partFilters[$0] ?? [])) }.joined(separator: "\nUNION ALL\n")
            text += "\nORDER BY " + orderBy
            if let limit { text += "\nLIMIT " + limit }
            return text
        }

        /// The SQL with every filter applied: what the section can ask at most.
        public var fullSQL: String { sql(given: Set((filters + partFilters.values.joined()).map(\.parameter))) }
    }

    public let name: String
    public let title: String
    public let summary: String
    /// The view a sqlite3 user reads for the same rows.
    public let view: String?
    public let parameters: [Parameter]
    public let sections: [Section]

    public init(name: String, title: String, summary: String, view: String?, parameters: [Parameter], sections: [Section]) {
        self.name = name
        self.title = title
        self.summary = summary
        self.view = view
        self.parameters = parameters
        self.sections = sections
    }

    public static func named(_ name: String) -> Report? { (all + [search]).first { $0.name == name } }

    /// The `:name` placeholders an SQL text uses, in order of first use. Quoted text and comments are skipped.
    public static func placeholders(in sql: String) -> [String] {
        var names: [String] = []
        let characters = Array(sql)
        var index = 0
        func isNameCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
        while index < characters.count {
            let c = characters[index]
            if c == "'" || c == "\"" {
                index += 1
                while index < characters.count, characters[index] != c { index += 1 }
                index += 1
            } else if c == "-", index + 1 < characters.count, characters[index + 1] == "-" {
                while index < characters.count, characters[index] != "\n" { index += 1 }
            } else if c == ":", index + 1 < characters.count, characters[index + 1].isLetter || characters[index + 1] == "_" {
                var end = index + 1
                while end < characters.count, isNameCharacter(characters[end]) { end += 1 }
                let name = String(characters[(index + 1)..<end])
                if !names.contains(name) { names.append(name) }
                index = end
            } else {
                index += 1
            }
        }
        return names
    }

    /// SQL that is true when the period from `start` to `end` (NULL end: still going) covers `date`.
    /// Dates may be shortened: a term that started '1994-07' covers '1994-07-20', and so does one that ended then;
    /// a year covers each of its days. '~' sorts after every digit and '-'.
    static func covers(start: String, end: String, date: String) -> String {
        "\(start) <= \(date) || '~' AND (\(end) IS NULL OR \(end) || '~' >= \(date))"
    }
}

extension Report {
    /// The rows of one section of a report.
    public struct Result: Sendable {
        public let title: String?
        public let table: ResultTable
        /// Whether rows were left out because of the row limit (`QueryRunner.rowLimit`).
        public let cut: Bool

        public init(title: String?, table: ResultTable, cut: Bool = false) {
            self.title = title
            self.table = table
            self.cut = cut
        }
    }
}
