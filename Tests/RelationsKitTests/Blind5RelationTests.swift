import Testing
@testable import RelationsKit

/// Relationship labels in the shapes of the fifth blind round: alliances as a kind of thing rather than a label between
/// two countries, and the other party of a sentence that names one country only. Invented sentences, with negative cases.
@Suite("extraction: blind5 round, relations")
struct Blind5RelationTests: WireCopyProbe {
    func relations(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    // MARK: Alliances as a kind of thing

    @Test(arguments: [
        "Azerbaijan signed the accord. Turkmenistan's leader said his republic intends to remain outside military alliances.",
        "Azerbaijan signed the accord. Turkmenistan will not join any military alliance, its foreign minister said.",
        "Azerbaijan signed the accord. Turkmenistan, a neutral state, does not take part in alliances and blocs.",
        "Azerbaijan signed the accord. Officials in Turkmenistan ruled out joining any alliance.",
    ])
    func alliancesInGeneralAreNoLabel(sentence: String) {
        #expect(relations(sentence).isEmpty)
    }

    @Test(arguments: [
        "Russia and Belarus are bound by a military alliance, the minister said.",
        "The alliance between Russia and Armenia remains firm.",
    ])
    func anAllianceOfTwoCountriesIsStillALabel(sentence: String) {
        #expect(relations(sentence) == ["ARM-RUS alliance"] || relations(sentence) == ["BLR-RUS alliance"])
    }

    // MARK: The other party of a sentence naming one country

    @Test(arguments: [
        "Kyrgyzstan is a member of the CIS and the CSTO.\n\nRelations with the Russian Federation are described by both sides as a strategic partnership. With China, Kyrgyzstan maintains a comprehensive strategic partnership.",
        "Kyrgyzstan is a member of the CIS and the CSTO. The Kyrgyz Republic chairs the CSTO this year.\n\nTies with Russia have the character of a strategic partnership. Cooperation with China and Kazakhstan is also growing.",
    ])
    func aLaterSentencesCountryIsNotTheOtherParty(body: String) {
        #expect(relations(body).contains("KGZ-RUS strategic partnership"))
        #expect(!relations(body).contains("CHN-RUS strategic partnership"))
    }

    @Test func aCountryNamedEarlierInTheParagraphIsTheOtherParty() {
        #expect(relations("Putin met Tokayev in Moscow. He said relations with Kazakhstan are a strategic partnership.") == ["KAZ-RUS strategic partnership"])
    }
}
