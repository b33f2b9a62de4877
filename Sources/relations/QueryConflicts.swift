import ArgumentParser
import RelationsKit

extension Relations.Query {
    struct Conflicts: ReportCommand {
        static let reportName = "conflicts"
        static let configuration = reportConfiguration(reportName)

        enum Kind: String, ExpressibleByArgument, CaseIterable { case anniversary, office, membership }

        @Option(help: parameterHelp(reportName, "country")) var country: String?
        @Option(help: parameterHelp(reportName, "kind")) var kind: Kind?
        @OptionGroup var rows: RowLimitOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            try options.run(Self.report, ["country": country, "kind": kind?.rawValue], limit: rows)
        }
    }
}
