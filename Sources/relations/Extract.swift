import ArgumentParser
import Foundation
import RelationsKit

extension Relations {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the facts found in articles, without touching any database.",
            discussion: """
                Prints one JSON object per article: source, sha256, title, published_on, countries, organisations, \
                leaders, anniversaries, memberships, messages, relations. Each fact's start/end are 0-based offsets in \
                Unicode code points into the article body, so substr(body, start + 1, end - start) in SQLite is its evidence.

                With no PATH, reads the bundled seed articles.
                """
        )

        enum Format: String, ExpressibleByArgument { case jsonl, json }

        @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
        var paths: [String] = []

        @Option(help: "jsonl (one object per line) or json (an array).")
        var format: Format = .jsonl

        @Option(name: .customLong("input-format"), help: ArgumentHelp("Read every input as this format.", valueName: "format"))
        var inputFormat: InputFormat?

        func run() throws {
            let extractor = Extractor()
            let encoder = JSONEncoder()
            encoder.outputFormatting = format == .json ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
            var objects: [String] = []
            var failures = 0
            let handle: ArticleReader.Handler = { result in
                switch result {
                case let .success(article):
                    if let warning = article.warning {
                        FileHandle.standardError.write(Data("relations: warning: \(article.source): \(warning)\n".utf8))
                    }
                    let facts = extractor.extract(article)
                    let json = String(decoding: try encoder.encode(facts), as: UTF8.self)
                    if format == .jsonl { print(json) } else { objects.append(json) }
                case let .failure(problem):
                    failures += 1
                    FileHandle.standardError.write(Data("relations: skipped \(problem.description)\n".utf8))
                }
            }
            try reportingErrors {
                if paths.isEmpty {
                    for file in Bundled.seedArticles {
                        try ArticleReader.read(data: Data(file.text.utf8), location: "seeds/articles/\(file.name)", format: InputFormat.from(fileName: file.name), handle: handle)
                    }
                } else {
                    for path in paths { try ArticleReader.read(path: path, format: inputFormat, handle: handle) }
                }
            }
            if format == .json { print("[" + objects.joined(separator: ",\n") + "]") }
            if failures > 0 { throw ExitCode(65) }
        }
    }
}
