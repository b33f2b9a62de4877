@testable import RelationsKit

/// What the `WireCopy*Tests` suites share: one extractor, and each fact type of an invented sentence as a set of
/// short strings that a test compares with what it expects.
protocol WireCopyProbe {}

private let wireCopyExtractor = Extractor()

extension WireCopyProbe {
    func facts(_ body: String, title: String? = nil, date: String? = "2015-06-05") -> ArticleFacts {
        wireCopyExtractor.extract(Article(source: "test", title: title, dateText: date, body: TextCleaner.clean(body)))
    }

    func memberships(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).memberships.map { "\($0.country) \($0.action) \($0.org)" })
    }

    func messages(_ body: String, title: String? = nil, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, title: title, date: date).messages.map { "\($0.from) → \($0.to) \($0.kind) \($0.occasion ?? "-")" })
    }

    func anniversaries(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).anniversaries.map { "\($0.parties.joined(separator: "-")) \($0.subject) \($0.ordinal) \($0.year.map(String.init) ?? "-")" })
    }
}
