import ArgumentParser
import Foundation
import RelationsKit

extension Relations {
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a canned report or read-only SQL on the database.",
            discussion: "Reports are also views in the database: `relations query list` names them.",
            subcommands: [List.self, Anniversaries.self, SQL.self]
        )
    }
}

/// Options every report shares.
struct ReportOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Stop the query after this many seconds.", valueName: "seconds"))
    var timeout: Double = 5

    /// Runs the report with the given raw parameter values and prints the rows.
    func run(_ name: String, _ values: [String: String?], hiding hidden: [String] = []) throws {
        let interruption = QueryInterruption()
        try interruption.reporting {
            guard let report = Report.named(name) else { throw RelationsError.usage("unknown report \(name)") }
            let db = try interruption.watch(RelationsDatabase.openForReading(at: database.path))
            let table = try QueryRunner(database: db, timeout: timeout).run(report, rawValues: values.compactMapValues { $0 })
            output.print(table.dropping(hidden))
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

extension Relations.Query {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the canned reports and their parameters.")
        @OptionGroup var output: OutputOptions

        func run() {
            let rows = Report.all.map { report -> [ResultTable.Value] in
                [.text(report.name), .text(report.parameters.map { "--\($0.name)" }.joined(separator: " ")), .text(report.summary)]
            }
            output.print(ResultTable(columns: ["report", "options", "description"], rows: rows))
        }
    }

    struct Anniversaries: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Report.named("anniversaries")!.summary)
        @Option(help: "Year the anniversary was marked.") var year: Int?
        @Option(help: "A party: name, alias, demonym, ISO2 or ISO3.") var country: String?
        @Option(help: "Subject contains this text (\"diplomatic relations\", \"Treaty\", \"CIS\").") var subject: String?
        @Flag(help: "Show the evidence sentence.") var evidence = false
        @OptionGroup var options: ReportOptions

        func run() throws {
            try options.run("anniversaries", ["year": year.map(String.init), "country": country, "subject": subject], hiding: evidence ? [] : ["evidence"])
        }
    }

    struct SQL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sql",
            abstract: "Run one read-only SQL statement (- reads it from standard input).",
            discussion: """
                Named parameters are bound, never spliced: relations query sql "SELECT * FROM countries WHERE iso3 = :c" -p c ARM
                Only reading is allowed: writes, ATTACH, PRAGMA assignments, transactions and load_extension are refused.
                Rows are printed as they come (the table format shows at most 10000; use tsv, csv, json or jsonl for more).
                The query is stopped after --timeout seconds, or by Ctrl-C.
                """
        )
        @Argument(help: "The SQL, or - for standard input.") var sql: String
        @Option(name: .customShort("p"), parsing: .upToNextOption, help: ArgumentHelp("A named parameter: -p NAME VALUE.", valueName: "name value"))
        var parameters: [String] = []
        @OptionGroup var options: ReportOptions

        func validate() throws {
            if parameters.count % 2 != 0 { throw ValidationError("-p takes a name and a value") }
        }

        func run() throws {
            var text = sql
            if sql == "-" { text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
            var bound: [String: String] = [:]
            for pair in stride(from: 0, to: parameters.count, by: 2) { bound[parameters[pair]] = parameters[pair + 1] }
            let interruption = QueryInterruption()
            try interruption.reporting {
                let db = try interruption.watch(RelationsDatabase.openForReading(at: options.database.path))
                let printer = options.output.rowPrinter()
                do {
                    try QueryRunner(database: db, timeout: options.timeout).stream(sql: text, parameters: bound, columns: printer.begin, row: printer.add)
                    printer.finish()
                } catch is RowPrinter.TableFull {
                    printer.finish(complete: false)
                }
            }
        }
    }
}
