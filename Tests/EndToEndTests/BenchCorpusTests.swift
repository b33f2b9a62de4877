import Foundation
import Testing

/// `relations-corpus`, the generator `make bench` imports: the same articles for the same seed, in the size range of
/// wire copy, and of several kinds whose facts the extractor finds.
@Suite("the bench corpus generator")
struct BenchCorpusTests {
    static let generator = Binary.url.deletingLastPathComponent().appendingPathComponent("relations-corpus")

    func generate(_ folder: TemporaryFolder, _ name: String, seed: Int) throws -> URL {
        let out = folder.file(name)
        let result = try run(Self.generator, ["--count", "400", "--format", "jsonl", "--out", out.path, "--seed", String(seed)])
        #expect(result.status == 0, "\(result.stderr)")
        return out
    }

    @Test func theSameSeedWritesTheSameArticlesOfSeveralKinds() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let first = try Data(contentsOf: generate(folder, "a.jsonl", seed: 7))
        #expect(try Data(contentsOf: generate(folder, "b.jsonl", seed: 7)) == first)
        #expect(try Data(contentsOf: generate(folder, "c.jsonl", seed: 8)) != first)

        let lines = String(decoding: first, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 400)
        for line in lines {
            let article = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
            let size = article["text", default: ""].utf8.count
            #expect((1024...8192).contains(size), "\(article["title"] ?? "") is \(size) bytes")
        }

        // Each kind of story gives its facts: messages of each occasion, anniversaries of relations, of treaties and
        // of organisations, membership events, and no message from a phone call.
        let extracted = try relations("extract", folder.file("a.jsonl").path)
        #expect(extracted.status == 0, "\(extracted.stderr)")
        var occasions: [String: Int] = [:], subjects: Set<String> = [], actions: Set<String> = []
        for line in extracted.stdout.split(separator: "\n") {
            let facts = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for message in facts["messages"] as? [[String: Any]] ?? [] {
                occasions[(message["kind"] as? String ?? "") + "/" + (message["occasion"] as? String ?? "none"), default: 0] += 1
            }
            for anniversary in facts["anniversaries"] as? [[String: Any]] ?? [] {
                let subject = anniversary["subject"] as? String ?? ""
                subjects.insert(subject.hasPrefix("Treaty") || subject.hasPrefix("Declaration") ? "treaty" : subject)
            }
            for membership in facts["memberships"] as? [[String: Any]] ?? [] { actions.insert(membership["action"] as? String ?? "") }
            if (facts["title"] as? String ?? "").hasSuffix("by phone") { #expect((facts["messages"] as? [Any] ?? []).isEmpty, "\(facts["title"] ?? "")") }
        }
        for kind in ["greeting/New Year", "condolence/none", "congratulation/Independence Day", "congratulation/anniversary"] {
            #expect(occasions[kind, default: 0] > 0, "\(kind): \(occasions)")
        }
        #expect(subjects.isSuperset(of: ["diplomatic relations", "treaty"]), "\(subjects)")
        #expect(actions.contains("joined"), "\(actions)")
    }
}
