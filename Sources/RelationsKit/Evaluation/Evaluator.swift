import Foundation

/// Scores the extractor against a folder of annotated articles (`NAME.txt` beside `NAME.gold.json`,
/// see `Tests/Fixtures/eval/README.md`): precision, recall and F1 per fact type, and date accuracy.
/// Facts are compared by their content (names, codes, numbers), not by their offsets.
public struct Evaluator {
    public struct Score: Sendable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0
        public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public struct Report: Sendable {
        public var scores: [(type: String, score: Score)] = []
        public var datesCorrect = 0
        public var articles = 0
        /// One line per wrong or missed fact: "file: type: + extra" / "file: type: - missed".
        public var differences: [String] = []
        public var dateAccuracy: Double { articles == 0 ? 1 : Double(datesCorrect) / Double(articles) }

        public var table: ResultTable {
            var rows = scores.map { item -> [ResultTable.Value] in
                [.text(item.type), .integer(Int64(item.score.truePositives)), .integer(Int64(item.score.falsePositives)), .integer(Int64(item.score.falseNegatives)),
                 .real(Self.round(item.score.precision)), .real(Self.round(item.score.recall)), .real(Self.round(item.score.f1))]
            }
            rows.append([.text("published_on (accuracy)"), .integer(Int64(datesCorrect)), .null, .integer(Int64(articles - datesCorrect)), .null, .null, .real(Self.round(dateAccuracy))])
            return ResultTable(columns: ["fact", "correct", "extra", "missed", "precision", "recall", "f1"], rows: rows)
        }

        static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
    }

    static let types = ["countries", "organisations", "leaders", "anniversaries", "memberships", "messages", "relations"]
    let extractor: Extractor

    public init(extractor: Extractor = Extractor()) { self.extractor = extractor }

    public func evaluate(folder: String) throws -> Report { try evaluate(folders: [folder]) }

    /// Scores several folders as one corpus. The counts are summed before precision and recall are taken
    /// (micro-averaged), so each folder weighs by its facts: a set with six anniversaries moves the anniversary score
    /// by six facts, not by one score in a mean. With several folders, each difference names its folder ("real7/a_03: ...").
    public func evaluate(folders: [String]) throws -> Report {
        var report = Report()
        var scores = Dictionary(uniqueKeysWithValues: Self.types.map { ($0, Score()) })
        for folder in folders {
            try score(folder: folder, labelled: folders.count > 1, into: &report, scores: &scores)
        }
        report.scores = Self.types.map { ($0, scores[$0]!) }
        return report
    }

    private func score(folder: String, labelled: Bool, into report: inout Report, scores: inout [String: Score]) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw RelationsError.badInput(location: folder, reason: "no such folder")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".gold.json") }.sorted()
        guard !files.isEmpty else { throw RelationsError.badInput(location: folder, reason: "no *.gold.json files") }
        let prefix = labelled ? (folder as NSString).standardizingPath.split(separator: "/").last.map { "\($0)/" } ?? "" : ""
        for goldFile in files {
            let base = String(goldFile.dropLast(".gold.json".count))
            let name = prefix + base
            let textPath = (folder as NSString).appendingPathComponent(base + ".txt")
            let goldPath = (folder as NSString).appendingPathComponent(goldFile)
            guard let goldData = FileManager.default.contents(atPath: goldPath),
                  let gold = try JSONSerialization.jsonObject(with: goldData) as? [String: Any] else {
                throw RelationsError.badInput(location: goldPath, reason: "not a JSON object")
            }
            var article: Article?
            try ArticleReader.read(path: textPath, format: .text) { article = try $0.get() }
            guard let article else { continue }
            let facts = extractor.extract(article)
            let predicted = Self.keys(of: facts)
            report.articles += 1
            if (gold["published_on"] as? String) == facts.published_on { report.datesCorrect += 1 } else {
                report.differences.append("\(name): published_on: expected \(gold["published_on"] as? String ?? "null"), got \(facts.published_on ?? "null")")
            }
            for type in Self.types {
                let expected = Self.keys(gold: gold, type: type)
                let got = predicted[type] ?? []
                scores[type]!.truePositives += expected.intersection(got).count
                scores[type]!.falsePositives += got.subtracting(expected).count
                scores[type]!.falseNegatives += expected.subtracting(got).count
                for extra in got.subtracting(expected).sorted() { report.differences.append("\(name): \(type): + \(extra)") }
                for missed in expected.subtracting(got).sorted() { report.differences.append("\(name): \(type): - \(missed)") }
            }
        }
    }

    /// Comparable keys for each fact type of extracted facts.
    static func keys(of facts: ArticleFacts) -> [String: Set<String>] {
        [
            "countries": Set(facts.countries),
            "organisations": Set(facts.organisations),
            "leaders": Set(facts.leaders.map { "\($0.name) | \($0.office) | \($0.country)" }),
            "anniversaries": Set(facts.anniversaries.map { "\($0.parties.sorted().joined(separator: "-")) | \($0.subject) | \($0.ordinal) | \($0.year.map(String.init) ?? "null") | \($0.since.map(String.init) ?? "null")" }),
            "memberships": Set(facts.memberships.map { "\($0.org) | \($0.country) | \($0.action)" }),
            "messages": Set(facts.messages.map { "\($0.from) → \($0.to) | \($0.kind) | \($0.occasion ?? "null")" }),
            "relations": Set(facts.relations.map { "\($0.parties.sorted().joined(separator: "-")) | \($0.label)" }),
        ]
    }

    /// The same keys from a gold file.
    static func keys(gold: [String: Any], type: String) -> Set<String> {
        let items = gold[type] as? [Any] ?? []
        func text(_ value: Any?) -> String {
            switch value {
            case let value as String: return value
            case let value as NSNumber: return value.stringValue
            default: return "null"
            }
        }
        func parties(_ value: Any?) -> String { ((value as? [String]) ?? []).sorted().joined(separator: "-") }
        return Set(items.map { item -> String in
            guard let object = item as? [String: Any] else { return text(item) }
            switch type {
            case "leaders": return "\(text(object["name"])) | \(text(object["office"])) | \(text(object["country"]))"
            case "anniversaries": return "\(parties(object["parties"])) | \(text(object["subject"])) | \(text(object["ordinal"])) | \(text(object["year"])) | \(text(object["since"]))"
            case "memberships": return "\(text(object["org"])) | \(text(object["country"])) | \(text(object["action"]))"
            case "messages": return "\(text(object["from"])) → \(text(object["to"])) | \(text(object["kind"])) | \(text(object["occasion"]))"
            case "relations": return "\(parties(object["parties"])) | \(text(object["label"]))"
            default: return text(item)
            }
        })
    }
}
