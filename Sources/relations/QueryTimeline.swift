import ArgumentParser
import RelationsKit

extension Relations.Query {
    struct Timeline: ReportCommand {
        static let reportName = "timeline"
        static let configuration = reportConfiguration(reportName)

        @Option(help: parameterHelp(reportName, "country")) var country: String
        @Option(help: parameterHelp(reportName, "from", valueName: "date")) var from: String?
        @Option(help: parameterHelp(reportName, "to", valueName: "date")) var to: String?
        @Flag(help: "Show the sentence each article row came from.") var evidence = false
        @OptionGroup var rows: RowLimitOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            try options.run(Self.report, ["country": country, "from": from, "to": to], hiding: evidence ? [] : ["evidence"], limit: rows)
        }
    }
}
