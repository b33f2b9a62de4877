import ArgumentParser
import RelationsKit

extension Relations.Query {
    struct Members: ReportCommand {
        static let reportName = "members"
        static let configuration = reportConfiguration(reportName)

        @Option(help: parameterHelp(reportName, "org")) var org: String?
        @Option(help: parameterHelp(reportName, "country")) var country: String?
        @Option(help: parameterHelp(reportName, "on", valueName: "date")) var on: String?
        @OptionGroup var rows: RowLimitOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            try options.run(Self.report, ["org": org, "country": country, "on": on], limit: rows)
        }
    }
}
