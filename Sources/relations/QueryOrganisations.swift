import ArgumentParser
import RelationsKit

extension Relations.Query {
    struct Organisations: ReportCommand {
        static let reportName = "organisations"
        static let configuration = reportConfiguration(reportName)

        @OptionGroup var rows: RowLimitOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            try options.run(Self.report, [:], limit: rows)
        }
    }
}
