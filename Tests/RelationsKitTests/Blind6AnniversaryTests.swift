import Testing
@testable import RelationsKit

/// Anniversaries in the shapes of the sixth blind round: what is celebrated named by a noun that refers back ("the
/// forum's 30th anniversary", "the 20th anniversary of the treaty") or by an organisation's possessive ("CICA's 30th
/// anniversary"), and a span of something else ("two years of uncertainty over ... the Commonwealth") that is no
/// anniversary of the organisation named after it. Invented sentences, with negative cases.
@Suite("extraction: blind6 round, anniversaries")
struct Blind6AnniversaryTests: WireCopyProbe {
    // MARK: An organisation's anniversary by a referring noun or its possessive

    @Test(arguments: [
        "The summit of the Conference on Interaction and Confidence-Building Measures in Asia (CICA), held in the year of the forum's 30th anniversary, closed in Astana.",
        "The leaders of CICA met in Astana. The forum's 30th anniversary was marked with a declaration.",
        "CICA's 30th anniversary was marked in Astana with a declaration.",
    ])
    func anOrganisationsAnniversaryByAReferringNounOrPossessive(sentence: String) {
        #expect(anniversaries(sentence, date: "2022-10-13") == [" CICA 30 2022"])
    }

    @Test func theReferringNounIsTheOrganisationJustNamedNotTheArticlesTopic() {
        let body = "The CIS summit opened in Minsk. The CIS leaders discussed the CIS budget and the CIS Charter. Kazakhstan will host the NATO partnership forum next month, in the year of the forum's 30th anniversary."
        #expect(!anniversaries(body, date: "2021-10-15").contains { $0.contains(" CIS ") })
    }

    @Test func aReferringNounWithNothingNamedBeforeIsNoAnniversary() {
        #expect(anniversaries("Diplomats marked the forum's 30th anniversary in Astana.", date: "2022-10-13").isEmpty)
    }

    // MARK: A treaty named before and referred to by a noun

    @Test(arguments: [
        "Putin and Xi agreed to extend the Treaty of Good-Neighbourliness and Friendly Cooperation between Russia and China.\n\nThe talks coincided with the 20th anniversary of the treaty, which was signed in Moscow in 2001.",
        "Russia and China signed the Treaty of Good-Neighbourliness and Friendly Cooperation in Moscow. On Monday the leaders marked the pact's 20th anniversary.",
        "Russia and China signed the Treaty of Good-Neighbourliness and Friendly Cooperation in Moscow. The sides celebrated 20 years of the document.",
    ])
    func aTreatyReferredToByANounIsTheTreatyNamedBefore(body: String) {
        #expect(anniversaries(body, date: "2021-06-28") == ["CHN-RUS Treaty of Good-Neighbourliness and Friendly Cooperation 20 2021"])
    }

    @Test func aTreatyNounAfterTheCollectiveSecurityTreatyIsTheCST() {
        let body = "The presidents of Armenia and Russia discussed the Collective Security Treaty. They will mark the 30th anniversary of the treaty in May."
        #expect(anniversaries(body, date: "2022-02-10") == [" CST 30 2022"])
    }

    @Test func aTreatyNounWithNoTreatyNamedIsNoAnniversary() {
        #expect(anniversaries("Russia and China marked the 20th anniversary of the treaty.", date: "2021-06-28").isEmpty)
    }

    // MARK: "N years of" a common noun is a span of that thing

    @Test(arguments: [
        "The vote ended almost two years of uncertainty over the republic's place in the Commonwealth.",
        "Armenia looks back on ten years of cooperation within the Shanghai Cooperation Organisation.",
        "The minister recalled 30 years of difficult membership of the CIS.",
    ])
    func aSpanOfACommonNounIsNoAnniversaryOfTheOrganisationAfterIt(sentence: String) {
        #expect(anniversaries(sentence, date: "1993-09-24").isEmpty)
    }

    @Test(arguments: [
        ("The leaders marked 30 years of the CIS in Ashgabat.", " CIS 30 2021"),
        ("The leaders marked 30 years of the founding of the CIS in Ashgabat.", " CIS 30 2021"),
        ("The leaders marked the 30th anniversary of the creation of the Commonwealth of Independent States.", " CIS 30 2021"),
    ])
    func anOrganisationHeadingThePhraseStillCounts(sentence: String, expected: String) {
        #expect(anniversaries(sentence, date: "2021-10-15") == [expected])
    }
}

/// A treaty noun followed by its own name's preposition is a document of its own. Invented sentences.
@Suite("extraction: blind6 round, anniversaries, a noun with a name of its own")
struct Blind6OwnNameTests: WireCopyProbe {
    @Test func aTreatyNounWithItsOwnNameIsNotTheTreatyNamedBefore() {
        let body = "Russia and China signed the Treaty of Good-Neighbourliness and Friendly Cooperation in Moscow. The sides also marked the 10th anniversary of the agreement on border trade."
        #expect(!anniversaries(body, date: "2021-06-28").contains { $0.contains(" 10 ") })
    }
}
