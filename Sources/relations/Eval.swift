import ArgumentParser
import Foundation
import RelationsKit

extension Relations {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the extractor against annotated articles (NAME.txt with NAME.gold.json).",
            discussion: "Prints precision, recall and F1 per fact type and the accuracy of publication dates. Used by `make eval`."
        )

        @Argument(help: ArgumentHelp("Folder of annotated articles.", valueName: "folder"))
        var folder: String = "Tests/Fixtures/eval"

        @Flag(help: "Also list every extra and missed fact.")
        var verbose = false

        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingErrors {
                let report = try Evaluator().evaluate(folder: folder)
                if verbose { report.differences.forEach { print($0) } }
                output.print(report.table)
            }
        }
    }
}
