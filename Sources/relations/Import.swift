import ArgumentParser
import Foundation
import RelationsKit

extension Relations {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import articles into the database.",
            discussion: """
                PATH is a file, a folder (read recursively; --glob filters its files) or - for standard input. Formats: .txt \
                (title line, dateline, body), .jsonl/.ndjson (one article per line), .json (an object or an array), .html/.htm, \
                and any of these gzip-compressed (.gz). The format comes from the extension and the content; --format overrides \
                it. With no PATH, imports the bundled seed articles. The reference tables are loaded first whenever they changed.

                An article is identified by its URL, or by the SHA-256 of its text when it has none: an unchanged article is \
                skipped without being extracted again; a changed one has its facts replaced in one transaction. A JSON Lines \
                line imported before byte for byte is recognised by its hash without being read again.

                Reading and extraction run on all cores; one writer stores batches of articles in transactions. \
                Progress (articles, MB, rate, ETA) goes to stderr when it is a terminal; --quiet silences it. \
                Problems with single inputs are reported on stderr with their file and line; the rest still imports.

                An article may be at most 5 MB and a .json document 50 MB (JSON Lines may be any size). A few invalid \
                UTF-8 bytes are replaced by U+FFFD with a warning; a file that is mostly not UTF-8 is refused.

                Ctrl-C (SIGINT) or SIGTERM stops the import after the batch being stored: every article is stored with all \
                its facts or not at all, and running the same import again completes it (exit status 130 or 143).
                """
        )

        @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
        var paths: [String] = []

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Read every input as this format: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
        var format: InputFormat?

        @Option(help: ArgumentHelp("Inside folders, import only the files whose path or name matches this shell pattern (\"*.jsonl\", \"2017/*\").", valueName: "pattern"))
        var glob: String?

        @Flag(help: "Print nothing but errors (no progress, no summary line).")
        var quiet = false

        enum SummaryFormat: String, ExpressibleByArgument { case text, json }

        @Option(help: ArgumentHelp("The summary as a line of text or as JSON on stdout.", valueName: "text|json"))
        var summary: SummaryFormat = .text

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
                let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) != 0)
                importer.onProgress = progress.show
                var summary = paths.isEmpty ? try importer.importBundledSeeds() : try importer.importPaths(paths, format: format, glob: glob)
                progress.finish()
                try? db.close()
                if self.summary == .json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys]
                    summary.seconds = (summary.seconds * 1000).rounded() / 1000
                    print(String(decoding: try encoder.encode(summary), as: UTF8.self))
                }
                if summary.stopped || caught.signal != nil {
                    let signal = caught.signal ?? SIGINT
                    if self.summary == .text { print("Stopped by \(SignalTrap.name(signal)): imported \(summary.line) into \(database.path)") }
                    FileHandle.standardError.write(Data("relations: stopped by \(SignalTrap.name(signal)); every article counted above is stored with its facts. Run the same import again to finish.\n".utf8))
                    throw ExitCode(SignalTrap.exitStatus(signal))
                }
                if !quiet, self.summary == .text { print("Imported \(summary.line) into \(database.path)") }
                // Some inputs were rejected: the others are stored, but the run did not do everything asked.
                if summary.rejected > 0 { throw ExitCode(65) }
            }
        }
    }
}

extension InputFormat: ExpressibleByArgument {}

/// "12,345 articles, 36.2 MB, 2,100 articles/s, ETA 0:42" on one line of stderr, rewritten in place.
final class ProgressLine: @unchecked Sendable {
    let enabled: Bool
    private let lock = NSLock()
    private var last = Date.distantPast
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ progress: ImportProgress) {
        guard enabled else { return }
        lock.withLock {
            guard Date().timeIntervalSince(last) >= 0.25 else { return }
            last = Date()
            let rate = progress.seconds > 0 ? Double(progress.articles) / progress.seconds : 0
            var line = "\r\(progress.articles) articles, \(String(format: "%.1f", Double(progress.bytes) / 1_000_000)) MB, \(Int(rate)) articles/s"
            if let total = progress.totalBytes, total > 0, progress.bytes > 0, progress.seconds > 0 {
                let remaining = max(0, Double(total - progress.bytes) / (Double(progress.bytes) / progress.seconds))
                line += String(format: ", ETA %d:%02d", Int(remaining) / 60, Int(remaining) % 60)
            }
            FileHandle.standardError.write(Data((line + "   ").utf8))
            shown = true
        }
    }

    func finish() {
        lock.withLock { if shown { FileHandle.standardError.write(Data("\n".utf8)) } }
    }
}
