import ArgumentParser
import RelationsKit

extension Relations.Query {
    struct Pair: ReportCommand {
        static let reportName = "pair"
        static let configuration = reportConfiguration(reportName)

        @Argument(help: parameterHelp(reportName, "first", valueName: "country")) var first: String
        @Argument(help: parameterHelp(reportName, "second", valueName: "country")) var second: String
        @Flag(help: "Show the sentence each article row came from.") var evidence = false
        @OptionGroup var rows: RowLimitOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            try options.run(Self.report, ["first": first, "second": second], hiding: evidence ? [] : ["evidence"], limit: rows)
        }
    }
}
