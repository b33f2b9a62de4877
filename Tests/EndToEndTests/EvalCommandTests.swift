import Foundation
import Testing

/// `relations eval` run as a user would, on the bundled annotated corpora.
@Suite("relations eval")
struct EvalCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The rows of `relations eval FOLDERS --format tsv --no-headers [--verbose]`, split into fields.
    func rows(_ folders: [String], verbose: Bool = false) throws -> [[String]] {
        let result = try run(Binary.url, ["eval"] + folders.map { Self.fixtures.appendingPathComponent($0).path } + ["--format", "tsv", "--no-headers"] + (verbose ? ["--verbose"] : []))
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func severalFoldersAreScoredAsOneCorpus() throws {
        let first = try rows(["eval"]), second = try rows(["blind17"]), pooled = try rows(["eval", "blind17"])
        #expect(pooled.count == 8 && first.count == 8)
        for (index, row) in pooled.enumerated() {
            #expect(row[0] == first[index][0])
            // correct, extra and missed add up; the dates row has no extra column.
            for column in [1, 2, 3] where !row[column].isEmpty {
                #expect(Int(row[column]) == Int(first[index][column])! + Int(second[index][column])!, "\(row[0]) column \(column)")
            }
        }
    }

    @Test func verboseListsEveryDifferenceBeforeTheTable() throws {
        let lines = try rows(["eval", "blind17"], verbose: true)
        let table = lines.suffix(8)
        #expect(table.first?.first == "countries")
        let differences = lines.dropLast(8)
        let missedAndExtra = table.dropLast().reduce(0) { $0 + Int($1[2])! + Int($1[3])! } + Int(table.last![3])!
        #expect(differences.count == missedAndExtra)
        #expect(differences.allSatisfy { $0.joined().hasPrefix("eval/") || $0.joined().hasPrefix("blind17/") })
    }

    /// A folder that is missing or holds no gold files is named in the error, and nothing is scored.
    @Test func aMissingFolderIsNamed() throws {
        let missing = try run(Binary.url, ["eval", Self.fixtures.appendingPathComponent("eval").path, "/nonexistent/corpus"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("/nonexistent/corpus: no such folder"), "\(missing.stderr)")
        #expect(missing.stdout.isEmpty)
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let empty = try run(Binary.url, ["eval", folder.url.path])
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("\(folder.url.path): no *.gold.json files"), "\(empty.stderr)")
    }
}
