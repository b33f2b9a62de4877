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

/// Options every report shares.
struct ReportOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Stop the query after this many seconds.", valueName: "seconds"))
    var timeout: Double = 5

    /// Runs the report with the given raw parameter values and prints its sections, without the `hidden` columns.
    func run(_ report: Report, _ values: [String: String?], hiding hidden: [String] = []) throws {
        let interruption = QueryInterruption()
        try interruption.reporting {
            let db = try interruption.watch(RelationsDatabase.openForReading(at: database.path))
            let runner = QueryRunner(database: db, timeout: timeout)
            let given = values.compactMapValues { $0 }
            let running = report.sections.filter { $0.runs(given: Set(given.keys)) }
            if running.count == 1, running[0].title == nil, [.tsv, .csv, .json, .jsonl].contains(output.chosenFormat) {
                // One table in a format that needs no column widths: print the rows as they come, a few hundred at a
                // time, instead of holding them all (a timeline can have tens of thousands).
                let printer = output.rowPrinter()
                try runner.stream(report, rawValues: given, omitting: Set(hidden), columns: printer.begin, row: printer.add)
                printer.finish()
            } else {
                let sections = try runner.run(report, rawValues: given, omitting: Set(hidden))
                output.print(sections.map { Report.Result(title: $0.title, table: $0.table.dropping(hidden)) })
            }
        }
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
            lock.withLock { database }?.interrupt()
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
