import ArgumentParser
import Foundation
import RelationsKit

extension Relations {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import articles into the database.",
            discussion: """
                PATH is a file, a folder (read recursively) or - for standard input. Formats: .txt (title line, dateline, body),
                .jsonl/.ndjson (one article per line), .json (an object or an array), .html/.htm. With no PATH, imports the
                bundled seed articles. The reference tables are loaded first whenever they changed.
                An unchanged article is skipped; a changed one (same URL) has its facts replaced.
                Problems with single inputs are reported on stderr with their file and line; the rest still imports.
                An article may be at most 5 MB and a .json document 50 MB (JSON Lines may be any size). A few invalid
                UTF-8 bytes are replaced by U+FFFD with a warning; a file that is mostly not UTF-8 is refused.
                Ctrl-C (SIGINT) or SIGTERM stops the import after the batch being stored: every article is stored with all
                its facts or not at all, and running the same import again completes it (exit status 130 or 143).
                """
        )

        @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
        var paths: [String] = []

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Read every input as this format: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
        var format: InputFormat?

        @Flag(help: "Print nothing but errors.")
        var quiet = false

        func run() throws {
            let caught = CaughtSignal()
            let stop = StopRequest()
            SignalTrap.install { signal in
                caught.record(signal)
                stop.request()
            }
            try reportingErrors {
                let db = try RelationsDatabase.openForWriting(at: database.path)
                let importer = Importer(database: db, stop: stop)
                importer.onProblem = { problem in
                    FileHandle.standardError.write(Data("relations: skipped \(problem.description)\n".utf8))
                }
                importer.onWarning = { warning in
                    FileHandle.standardError.write(Data("relations: warning: \(warning)\n".utf8))
                }
                let summary = paths.isEmpty ? try importer.importBundledSeeds() : try importer.importPaths(paths, format: format)
                if summary.stopped || caught.signal != nil {
                    let signal = caught.signal ?? SIGINT
                    print("Stopped by \(SignalTrap.name(signal)): imported \(summary.line) into \(database.path)")
                    FileHandle.standardError.write(Data("relations: stopped by \(SignalTrap.name(signal)); every article counted above is stored with its facts. Run the same import again to finish.\n".utf8))
                    throw ExitCode(SignalTrap.exitStatus(signal))
                }
                if !quiet { print("Imported \(summary.line) into \(database.path)") }
                // Some inputs were rejected: the others are stored, but the run did not do everything asked.
                if summary.rejected > 0 { throw ExitCode(65) }
            }
        }
    }
}

extension InputFormat: ExpressibleByArgument {}
