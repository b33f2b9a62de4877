import ArgumentParser
import RelationsKit

extension Relations {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Report.search.summary,
            discussion: """
                Words are matched after stemming (partner finds partners and partnership is its own word); all words must appear. \
                Use FTS5 syntax for more: '"strategic partnership"' for a phrase, OR, NOT, and prefix* . The matching passage is \
                shown with [brackets]; score is higher for better matches (FTS5 bm25).
                """
        )

        @Argument(help: parameterHelp("search", "query", valueName: "words")) var query: String
        @Option(help: parameterHelp("search", "from", valueName: "date")) var from: String?
        @Option(help: parameterHelp("search", "to", valueName: "date")) var to: String?
        @Option(help: parameterHelp("search", "country")) var country: String?
        @Option(help: parameterHelp("search", "org")) var org: String?
        @Option(help: parameterHelp("search", "limit", valueName: "n")) var limit: Int?
        @OptionGroup var options: ReportOptions

        func run() throws {
            try options.run(Report.search, ["query": query, "from": from, "to": to, "country": country, "org": org, "limit": limit.map(String.init)])
        }
    }
}
