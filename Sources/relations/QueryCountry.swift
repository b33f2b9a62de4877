import ArgumentParser
import RelationsKit

extension Relations.Query {
    struct Country: ReportCommand {
        static let reportName = "country"
        static let configuration = reportConfiguration(reportName)

        @Argument(help: parameterHelp(reportName, "country")) var country: String
        @OptionGroup var rows: RowLimitOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            try options.run(Self.report, ["country": country], limit: rows)
        }
    }
}
