import ArgumentParser
import RelationsKit

extension Relations.Query {
    struct Articles: ReportCommand {
        static let reportName = "articles"
        static let configuration = reportConfiguration(reportName)

        @Option(help: parameterHelp(reportName, "from", valueName: "date")) var from: String?
        @Option(help: parameterHelp(reportName, "to", valueName: "date")) var to: String?
        @Option(help: parameterHelp(reportName, "country")) var country: String?
        @Option(help: parameterHelp(reportName, "org")) var org: String?
        @OptionGroup var rows: RowLimitOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            try options.run(Self.report, ["from": from, "to": to, "country": country, "org": org], limit: rows)
        }
    }
}
