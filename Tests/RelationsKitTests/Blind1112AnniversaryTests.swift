import Testing
@testable import RelationsKit

/// Anniversaries in the shapes of the blind11/blind12 round: every organisation's anniversary, world bodies included
/// ("NATO's 50th anniversary summit"), in the year the sentence gives when it agrees with the reference. Invented
/// sentences, with negative cases.
@Suite("extraction: blind11/blind12 round, anniversaries")
struct Blind1112AnniversaryTests: WireCopyProbe {
    // MARK: World bodies

    @Test(arguments: [
        "Uzbekistan joined the group in April 1999, at a meeting of the leaders held during NATO's 50th anniversary summit in the United States.",
        "Uzbekistan joined the group in April 1999, at a meeting held in Washington during NATO's 50th-anniversary summit, and for six years the organisation was known as GUUAM.",
        "Uzbekistan joined the group six years ago, in April 1999, on the margins of the NATO summit that marked the 50th anniversary of the North Atlantic Alliance.",
        "Uzbekistan joined the group in April 1999 at the NATO summit marking the 50th anniversary of the North Atlantic alliance.",
    ])
    func theYearTheSentenceGivesIsMarked(sentence: String) {
        #expect(anniversaries(sentence, date: "2005-05-11") == [" NATO 50 1999"])
        #expect(anniversaries(sentence, date: nil) == [" NATO 50 1999"])
    }

    @Test func theAlliancesAnniversary() {
        #expect(anniversaries("Uzbekistan will join the group at the NATO summit in Washington later this month, marking the alliance's 50th anniversary.", date: "1999-04-02")
            == [" NATO 50 1999"])
    }

    @Test(arguments: [
        "Secretary-General Antonio Guterres opened the celebrations of the 75th anniversary of the United Nations.",
        "The UN marks its 75th anniversary this year.",
    ])
    func theUnitedNations(sentence: String) {
        #expect(anniversaries(sentence, date: "2020-10-24") == [" UN 75 2020"])
    }

    @Test(arguments: [
        "The leaders gathered in Washington for the 50th anniversary summit.",
        "The 28th session of the UN Human Rights Council opened in Geneva.",
        "The treaty was signed in 1999 at the 20th CIS summit.",
    ])
    func aSummitOfNoOnesAnniversary(sentence: String) {
        #expect(anniversaries(sentence, date: "2005-05-11").isEmpty)
    }

    @Test func aLetterInformingOfADecisionHasNoAnniversaryOccasion() {
        #expect(messages("Uzbekistan joined the group in April 1999, during NATO's 50th-anniversary summit. President of Uzbekistan Islam Karimov informed President of Moldova Vladimir Voronin of the decision in a letter.", date: "2005-05-11")
            == ["Islam Karimov → Vladimir Voronin letter -"])
    }
}
