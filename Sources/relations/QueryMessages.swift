import ArgumentParser
import RelationsKit

extension Relations.Query {
    struct Messages: ReportCommand {
        static let reportName = "messages"
        static let configuration = reportConfiguration(reportName)

        enum Kind: String, ExpressibleByArgument, CaseIterable { case greeting, congratulation, condolence, letter }

        @Option(help: parameterHelp(reportName, "year")) var year: Int?
        @Option(help: parameterHelp(reportName, "from", valueName: "country")) var from: String?
        @Option(help: parameterHelp(reportName, "to", valueName: "country")) var to: String?
        @Option(help: parameterHelp(reportName, "kind")) var kind: Kind?
        @Option(help: parameterHelp(reportName, "occasion", valueName: "text")) var occasion: String?
        @Option(name: .customLong("not-greeted"), help: parameterHelp(reportName, "not_greeted", valueName: "org")) var notGreeted: String?
        @Flag(help: "Show the sentence each message came from.") var evidence = false
        @OptionGroup var rows: RowLimitOptions
        @OptionGroup var options: ReportOptions

        func validate() throws {
            if notGreeted != nil, year == nil { throw ValidationError("--not-greeted needs --year") }
            if notGreeted != nil, to != nil { throw ValidationError("--not-greeted lists recipients; leave out --to") }
        }

        func run() throws {
            try options.run(Self.report, [
                "year": year.map(String.init), "from": from, "to": to, "kind": kind?.rawValue, "occasion": occasion, "not_greeted": notGreeted,
            ], hiding: evidence ? [] : ["evidence"], limit: rows)
        }
    }
}
