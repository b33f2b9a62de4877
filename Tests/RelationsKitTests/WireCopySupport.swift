@testable import RelationsKit

/// What the `WireCopy*Tests` suites share: one extractor, and each fact type of an invented sentence as a set of
/// short strings that a test compares with what it expects.
protocol WireCopyProbe {}

private let wireCopyExtractor = Extractor()
/// The membership rules' own events, before the reference check (`MembershipCheck`): the invented sentences that pin the
/// rules often state events the reference contradicts ("Serbia joined the CSTO"), on purpose. `Real10ReferenceTests`
/// pins the check.
private let membershipRulesExtractor = Extractor(checksMemberships: false)

extension WireCopyProbe {
    func facts(_ body: String, title: String? = nil, date: String? = "2015-06-05") -> ArticleFacts {
        wireCopyExtractor.extract(Article(source: "test", title: title, dateText: date, body: TextCleaner.clean(body)))
    }

    /// The events the membership rules find, before the reference check.
    func memberships(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        let article = Article(source: "test", title: nil, dateText: date, body: TextCleaner.clean(body))
        return Set(membershipRulesExtractor.extract(article).memberships.map { "\($0.country) \($0.action) \($0.org)" })
    }

    func messages(_ body: String, title: String? = nil, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, title: title, date: date).messages.map { "\($0.from) → \($0.to) \($0.kind) \($0.occasion ?? "-")" })
    }

    func anniversaries(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).anniversaries.map { "\($0.parties.joined(separator: "-")) \($0.subject) \($0.ordinal) \($0.year.map(String.init) ?? "-")" })
    }
}
