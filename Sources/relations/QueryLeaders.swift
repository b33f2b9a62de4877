import ArgumentParser
import RelationsKit

extension Relations.Query {
    struct Leaders: ReportCommand {
        static let reportName = "leaders"
        static let configuration = reportConfiguration(reportName)

        @Option(help: parameterHelp(reportName, "country")) var country: String?
        @Option(help: parameterHelp(reportName, "on", valueName: "date")) var on: String?
        @Flag(help: "Show the sentence each article row came from.") var evidence = false
        @OptionGroup var rows: RowLimitOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            try options.run(Self.report, ["country": country, "on": on], hiding: evidence ? [] : ["evidence"], limit: rows)
        }
    }
}
