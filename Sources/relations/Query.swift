import ArgumentParser
import Foundation
import RelationsKit

extension Relations {
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a canned report or read-only SQL on the database.",
            discussion: "Each report is also a view in the database (NAME_report): `relations query list` names them.",
            subcommands: [List.self, Anniversaries.self, Leaders.self, Members.self, Messages.self, Country.self,
                          Organisations.self, Articles.self, Timeline.self, Pair.self, Conflicts.self, SQL.self]
        )
    }
}

/// A `relations query NAME` command that runs the canned report NAME.
protocol ReportCommand: ParsableCommand {
    static var reportName: String { get }
}

extension ReportCommand {
    static var report: Report { Report.named(reportName)! }

    /// The `--help` text of a report: its description and the view that gives the same rows.
    static func reportConfiguration(_ name: String) -> CommandConfiguration {
        let report = Report.named(name)!
        var discussion = report.title + "."
        if let view = report.view { discussion += " The same rows in sqlite3: SELECT * FROM \(view) (columns in docs/schema.md)." }
        return CommandConfiguration(commandName: name, abstract: report.summary, discussion: discussion)
    }
}

/// The help of a report's parameter, as the report defines it.
func parameterHelp(_ report: String, _ parameter: String, valueName: String? = nil) -> ArgumentHelp {
    let help = Report.named(report)?.parameters.first { $0.name == parameter }?.help ?? ""
    return ArgumentHelp(help, valueName: valueName)
}

/// How many rows a report shows (`relations query NAME`; not `relations search`, which has its own --limit).
struct RowLimitOptions: ParsableArguments {
    static let defaultLimit = 1000

    @Option(help: ArgumentHelp("At most this many rows per table, the first in the report's order (0: all).", valueName: "n"))
    var limit: Int = RowLimitOptions.defaultLimit

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 (all rows) or more") }
    }
}

/// Options every report shares.
struct ReportOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Stop the query after this many seconds.", valueName: "seconds"))
    var timeout: Double = 5

    /// Runs the report with the given raw parameter values and prints its sections, without the `hidden` columns.
    /// With a `limit` (`RowLimitOptions`), at most that many rows per section, and a notice on stderr when rows were left out.
    func run(_ report: Report, _ values: [String: String?], hiding hidden: [String] = [], limit: RowLimitOptions? = nil) throws {
        let interruption = QueryInterruption()
        try interruption.reporting {
            let db = try interruption.watch(RelationsDatabase.openForReading(at: database.path))
            let runner = QueryRunner(database: db, timeout: timeout, rowLimit: limit?.limit)
            let given = values.compactMapValues { $0 }
            // Of the sections chosen by counts (Report.Count), one runs.
            let running = report.sections.filter { $0.runs(given: Set(given.keys)) && !$0.runs.isForFew }
            if running.count == 1, running[0].title == nil, [.tsv, .csv, .json, .jsonl].contains(output.chosenFormat) {
                // One table in a format that needs no column widths: print the rows as they come, a few hundred at a
                // time, instead of holding them all (a timeline can have tens of thousands).
                let printer = output.rowPrinter()
                let cut = try runner.stream(report, rawValues: given, omitting: Set(hidden), columns: printer.begin, row: printer.add)
                printer.finish()
                if cut, let limit { Self.noticeCut(limit.limit, section: nil) }
            } else {
                let sections = try runner.run(report, rawValues: given, omitting: Set(hidden))
                output.print(sections.map { Report.Result(title: $0.title, table: $0.table.dropping(hidden)) })
                if let limit { for section in sections where section.cut { Self.noticeCut(limit.limit, section: section.title) } }
            }
        }
    }
}

extension ReportOptions {
    /// "relations: showing the first 1000 rows; --limit 0 shows all" (of a titled section: "... rows of anniversaries; ...").
    static func noticeCut(_ limit: Int, section: String?) {
        let of = section.map { " of " + $0 } ?? ""
        FileHandle.standardError.write(Data("relations: showing the first \(limit) rows\(of); --limit 0 shows all\n".utf8))
    }
}

/// Ctrl-C (SIGINT) or SIGTERM during a query interrupts SQLite; the command then exits 130 or 143.
final class QueryInterruption: @unchecked Sendable {
    private let lock = NSLock()
    private var database: RelationsDatabase?
    private let caught = CaughtSignal()

    init() {
        SignalTrap.install { [self] signal in
            caught.record(signal)
            // SQLite ignores an interrupt while no statement runs: a signal that comes before the database is open or
            // before the statement's first step would be lost. So interrupt until the query gives up and the process exits.
            Thread.detachNewThread { [self] in
                while true {
                    lock.withLock { database }?.interrupt()
                    Thread.sleep(forTimeInterval: 0.05)
                }
            }
        }
    }

    /// The database a signal should interrupt.
    func watch(_ database: RelationsDatabase) -> RelationsDatabase {
        lock.withLock { self.database = database }
        return database
    }

    /// Like `reportingErrors`, but a query stopped by a signal exits 128 + the signal number.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as RelationsError {
            if let signal = caught.signal {
                FileHandle.standardError.write(Data("relations: query stopped by \(SignalTrap.name(signal))\n".utf8))
                throw ExitCode(SignalTrap.exitStatus(signal))
            }
            throw fail(error)
        }
    }
}
