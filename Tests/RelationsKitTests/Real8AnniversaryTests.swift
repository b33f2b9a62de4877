import Testing
@testable import RelationsKit

/// Anniversaries in the mechanism the real6 development set found failing: independence reached through a noun of its coming
/// and a country's possessive ("the restoration of Estonia's independence") is independence, not the relations a later
/// phrase of the sentence names. Invented sentences.
@Suite("extraction: real6 round, anniversaries")
struct Real8AnniversaryTests: WireCopyProbe {
    @Test(arguments: [
        ("This year we celebrate the 35th anniversary of the restoration of Latvia's independence and the 30th anniversary of diplomatic relations between Latvia and Ukraine.", "LVA independence 35 2026"),
        ("Kyiv marked the 30th anniversary of the proclamation of Ukraine's independence with a parade.", "UKR independence 30 2021"),
    ])
    func independenceAfterANounOfItsComing(sentence: String, expected: String) {
        let date = expected.hasSuffix("2026") ? "2026-08-21" : "2021-08-24"
        let found = anniversaries(sentence, date: date)
        #expect(found.contains(expected))
        #expect(!found.contains { $0.hasSuffix("diplomatic relations 35 2026") })
    }

    @Test func theRestorationOfRelationsStaysRelations() {
        #expect(anniversaries("Latvia and Ukraine marked the 30th anniversary of the restoration of diplomatic relations between them.", date: "2022-02-12")
            == ["LVA-UKR diplomatic relations 30 2022"])
    }
}
