import ArgumentParser
import Foundation
import RelationsKit

extension Relations {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the extractor against annotated articles (NAME.txt with NAME.gold.json).",
            discussion: """
                Prints precision, recall and F1 per fact type and the accuracy of publication dates. Used by `make eval`. \
                Several folders are scored as one corpus: their counts are summed before precision and recall are taken.
                """
        )

        @Argument(help: ArgumentHelp("Folders of annotated articles, scored as one corpus.", valueName: "folder"))
        var folders: [String] = ["Tests/Fixtures/eval"]

        @Flag(help: "Also list every extra and missed fact.")
        var verbose = false

        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingErrors {
                let report = try Evaluator().evaluate(folders: folders)
                // Written the way the table is, unbuffered, so that the list comes before the table in a pipe too.
                if verbose { FileHandle.standardOutput.write(Data(report.differences.map { $0 + "\n" }.joined().utf8)) }
                output.print(report.table)
            }
        }
    }
}
