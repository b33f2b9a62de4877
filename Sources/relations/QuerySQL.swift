import ArgumentParser
import Foundation
import RelationsKit

extension Relations.Query {
    struct SQL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sql",
            abstract: "Run one read-only SQL statement (- reads it from standard input).",
            discussion: """
                Named parameters are bound, never spliced:
                  relations query sql "SELECT * FROM countries WHERE iso3 = :c" -p c ARM

                Only reading is allowed: writes, ATTACH, PRAGMA assignments, transactions and load_extension are refused. \
                Rows are printed as they come (the table format shows at most 10000; use tsv, csv, json or jsonl for more). \
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
