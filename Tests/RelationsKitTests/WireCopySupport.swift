import Testing
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

    /// The leaders of an invented sentence as "name office country" (named so as not to clash with suites' own `leaders`).
    func leaderFacts(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) \($0.office) \($0.country)" })
    }

    func anniversaries(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).anniversaries.map { "\($0.parties.joined(separator: "-")) \($0.subject) \($0.ordinal) \($0.year.map(String.init) ?? "-")" })
    }
}

/// The checks every reference round makes of the diplomatic-relations pairs it added (each as the partner first, then the
/// date): the pair is listed once, with that date, sourced, with a confidence and a note, and an anniversary of the pair
/// takes its base date in either order of the parties.
func expectAddedPairs(_ pairs: [([String], String)], in reference: ReferenceData, sourceLocation: SourceLocation = #_sourceLocation) {
    let index = ReferenceIndex(reference)
    for (parties, date) in pairs {
        let rows = reference.relations.filter { Set([$0.countryA, $0.countryB]) == Set(parties) }
        #expect(rows.count == 1, "\(parties) is listed \(rows.count) times", sourceLocation: sourceLocation)
        guard let row = rows.first else { continue }
        #expect(row.established == date, "\(parties)", sourceLocation: sourceLocation)
        #expect(row.countryA == parties[0], "\(parties): the partner comes first, as in the rows before", sourceLocation: sourceLocation)
        #expect(row.source.hasPrefix("http"), "\(parties)", sourceLocation: sourceLocation)
        #expect(["high", "medium"].contains(row.confidence), "\(parties)", sourceLocation: sourceLocation)
        #expect(!(row.note ?? "").isEmpty, "\(parties)", sourceLocation: sourceLocation)
        for order in [parties, parties.reversed()] {
            let anniversary = ArticleFacts.Anniversary(parties: order, subject: "diplomatic relations", ordinal: 30, year: nil, since: nil, start: 0, end: 0)
            #expect(index.baseDate(of: anniversary) == date, "\(order)", sourceLocation: sourceLocation)
        }
    }
}
