import ArgumentParser
import Foundation
import RelationsKit

/// `--db FILE`, shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database file (default: $RELATIONS_DB, else ./relations.db).", valueName: "file"))
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["RELATIONS_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "relations.db" }
}

/// `--format` and `--no-headers`, shared by every reading command.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: table on a terminal, tsv otherwise).", valueName: "format"))
    var format: OutputFormat?

    @Flag(name: .customLong("no-headers"), help: "Leave out the header line.")
    var noHeaders = false

    func print(_ table: ResultTable) {
        let terminal = isatty(STDOUT_FILENO) != 0
        let chosen = format ?? (terminal ? .table : .tsv)
        let width = terminal ? terminalWidth() : nil
        FileHandle.standardOutput.write(Data(chosen.render(table, headers: !noHeaders, width: width).utf8))
    }

    /// Prints the sections of a report one after another (see `OutputFormat.render(_:headers:width:)`).
    func print(_ sections: [Report.Result]) {
        let terminal = isatty(STDOUT_FILENO) != 0
        let chosen = format ?? (terminal ? .table : .tsv)
        let width = terminal ? terminalWidth() : nil
        FileHandle.standardOutput.write(Data(chosen.render(sections, headers: !noHeaders, width: width).utf8))
    }

    /// The format rows are printed in: --format, else a table on a terminal and TSV otherwise.
    var chosenFormat: OutputFormat { format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .tsv) }

    /// A printer that writes rows as they arrive, in the chosen format.
    func rowPrinter() -> RowPrinter {
        let terminal = isatty(STDOUT_FILENO) != 0
        return RowPrinter(format: format ?? (terminal ? .table : .tsv), headers: !noHeaders, width: terminal ? terminalWidth() : nil)
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 120
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// Prints a library error the way every command does, and exits with its status.
func fail(_ error: any Error) -> ExitCode {
    if let error = error as? RelationsError {
        FileHandle.standardError.write(Data("relations: error: \(error.description)\n".utf8))
        return ExitCode(error.exitCode)
    }
    FileHandle.standardError.write(Data("relations: error: \(error)\n".utf8))
    return ExitCode(70)
}

/// Runs `body`, turning library errors into a message and an exit status.
func reportingErrors(_ body: () throws -> Void) throws {
    do { try body() } catch let error as RelationsError { throw fail(error) }
}
