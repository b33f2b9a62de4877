import ArgumentParser
import RelationsKit

extension Relations.Query {
    struct Anniversaries: ReportCommand {
        static let reportName = "anniversaries"
        static let configuration = reportConfiguration(reportName)

        @Option(help: parameterHelp(reportName, "year")) var year: Int?
        @Option(help: parameterHelp(reportName, "country")) var country: String?
        @Option(help: parameterHelp(reportName, "subject")) var subject: String?
        @Flag(help: "Show the evidence sentence.") var evidence = false
        @OptionGroup var rows: RowLimitOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            try options.run(Self.report, ["year": year.map(String.init), "country": country, "subject": subject], hiding: evidence ? [] : ["evidence"], limit: rows)
        }
    }
}
