import Testing
@testable import RelationsKit

/// Anniversaries in the mechanisms the real6 development set and pool8's recall pass found failing: independence reached
/// through a noun of its coming and a country's possessive ("the restoration of Estonia's independence") is independence,
/// not the relations a later phrase of the sentence names; independence (or sovereignty) gained "N years ago" is its
/// anniversary, a count that is no jubilee or sovereignty only when the reference's year of independence agrees; a lead's
/// "the country" before any country is named is the one the article names most; the anniversary of a meeting a relative
/// clause says founded an organisation is the organisation's, when the reference's founding year agrees. Invented sentences.
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

    // MARK: Independence gained "N years ago"

    @Test(arguments: [
        ("Kazakhstan marks its national holiday. The country gained independence 28 years ago, when the Soviet Union collapsed.", "KAZ independence 28 2019"),
        ("The country proclaimed state sovereignty 28 years ago. Celebrations are held across Kazakhstan.", "KAZ independence 28 2019"),
        ("Uzbekistan won its independence 30 years ago, the president recalled.", "UZB independence 30 2021"),
    ])
    func independenceGainedYearsAgo(sentence: String, expected: String) {
        let date = expected.hasSuffix("2019") ? "2019-12-16" : "2021-08-31"
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        // Sovereignty proclaimed a year before independence, and a count the reference does not reach.
        "Kazakhstan marks its national holiday. The country proclaimed state sovereignty 29 years ago.",
        "Kazakhstan marks its national holiday. The country gained independence 27 years ago.",
        // A count that is no jubilee dates other events, which mark nothing.
        "Putin signed the treaty with Kazakhstan 28 years ago.",
    ])
    func aCountTheReferenceDoesNotReachMarksNothing(sentence: String) {
        #expect(anniversaries(sentence, date: "2019-12-16").isEmpty)
    }

    // MARK: A meeting that founded an organisation

    @Test(arguments: [
        ("The summit falls in the year of the 10th anniversary of the meeting of four presidents in Strasbourg on 10 October 1997, which laid down the foundation of GUAM cooperation.", "2007-06-18", " GUAM 10 2007"),
        ("This year marks the 30th anniversary of the meeting in Almaty, which gave birth to the CIS.", "2021-12-21", " CIS 30 2021"),
    ])
    func aMeetingThatFoundedAnOrganisation(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        // Another year than the reference's founding, and an act that founded nothing.
        "This year marks the 20th anniversary of the meeting in Almaty, which gave birth to the CIS.",
        "We marked the 30th anniversary of the talks, which strengthened the CIS.",
        "Leaders gathered for the 30th meeting of the CIS heads of state.",
    ])
    func otherMeetingsMarkNothing(sentence: String) {
        #expect(anniversaries(sentence, date: "2021-12-21").isEmpty)
    }
}
