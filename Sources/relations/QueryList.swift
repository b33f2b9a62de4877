import ArgumentParser
import RelationsKit

extension Relations.Query {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the canned reports and their parameters.")
        @OptionGroup var output: OutputOptions

        func run() {
            let shared = ["[--db <file>]", "[--format <format>]", "[--no-headers]", "[--timeout <seconds>]"]
            let rows = Relations.Query.configuration.subcommands.compactMap { $0 as? any ReportCommand.Type }.map { command -> [ResultTable.Value] in
                // The usage line as ArgumentParser prints it, without the options every report shares.
                var usage = Relations.usageString(for: command).replacingOccurrences(of: "relations query ", with: "")
                for option in shared { usage = usage.replacingOccurrences(of: " " + option, with: "") }
                let report = command.report
                return [.text(report.name), .text(usage), .text(report.view ?? ""), .text(report.summary)]
            }
            output.print(ResultTable(columns: ["report", "usage", "view", "description"], rows: rows))
        }
    }
}
