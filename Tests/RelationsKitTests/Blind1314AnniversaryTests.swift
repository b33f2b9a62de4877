import Testing
@testable import RelationsKit

/// Anniversaries of independence in the shapes of the blind13/blind14 round: "N years since" a clause that names the coming
/// of independence however it is worded; independence as the antecedent of "whose"/"which"; a sentence that names no
/// country ("the country marked 31 years since independence") is about the article's topic. Invented sentences, with
/// negative cases.
@Suite("extraction: blind13/blind14 round, anniversaries")
struct Blind1314AnniversaryTests: WireCopyProbe {
    @Test(arguments: [
        "Georgia is celebrating Independence Day today, marking 33 years since the Supreme Council adopted the Act of Restoration of Independence in 1991.",
        "Armenians marked 30 years since the republic's parliament voted for independence at a referendum.",
        "Thirty years have passed since Georgia's lawmakers finally declared full independence from Moscow.",
    ])
    func sinceAClauseNamingIndependence(sentence: String) {
        let found = anniversaries(sentence, date: "2021-09-21")
        #expect(found.count == 1)
        #expect(found.first?.contains(" independence ") == true)
    }

    @Test func sinceAnotherEventIsNot() {
        #expect(anniversaries("Azerbaijan marked 30 years since the ceasefire was signed, and its independence was recognised soon after.", date: "2024-05-12").isEmpty)
    }

    @Test(arguments: [
        "The two states set up missions before the proclamation of Pakistan's independence, whose 75th anniversary Pakistanis will celebrate in August.",
        "Officials recalled the proclamation of Pakistan's independence, which turns 75 this August.",
    ])
    func independenceAsTheAntecedent(sentence: String) {
        #expect(anniversaries(sentence, date: "2022-04-13") == ["PAK independence 75 2022"])
    }

    @Test(arguments: [
        "Uzbekistan held a snap election in July. The country also marked 31 years since independence with a modest parade.",
        "Uzbekistan held a snap election in July. Later, as the republic prepares to mark 31 years of independence, the mood is sombre.",
    ])
    func theCountryIsTheTopic(text: String) {
        #expect(anniversaries(text, date: "2022-12-30") == ["UZB independence 31 2022"])
    }

    @Test func noReferringNounNoOwner() {
        #expect(anniversaries("The parade marked 31 years since independence.", date: "2022-12-30").isEmpty)
    }
}

extension Blind1314AnniversaryTests {
    @Test(arguments: [
        "Moldova is celebrating today, marking 33 years since lawmakers adopted the Declaration of Independence in Chisinau.",
        "Today marks 33 years since the adoption of the Declaration of Independence of the Republic of Moldova.",
    ])
    func theDeclarationOfIndependenceIsNoTreaty(sentence: String) {
        #expect(anniversaries(sentence, date: "2024-08-27") == ["MDA independence 33 2024"])
    }
}

extension Blind1314AnniversaryTests {
    @Test(arguments: [
        "Armenia joined the Collective Security Treaty Organization in 2002. Last spring members recalled the Collective Security Treaty of 1992, and the organization itself turns twenty in October.",
        "Armenia joined the Collective Security Treaty Organization in 2002. Members praised the Collective Security Treaty at the summit, but the Organization itself marks its 20th anniversary only in October.",
    ])
    func aCoordinatedClauseHasItsOwnSubject(text: String) {
        #expect(anniversaries(text, date: "2022-05-16") == [" CSTO 20 2022"])
    }
}

extension Blind1314AnniversaryTests {
    @Test func aHyphenatedQuarterCentury() {
        #expect(anniversaries("This year Georgia and Turkey mark a quarter-century of diplomatic relations.", date: "2017-05-10") == ["GEO-TUR diplomatic relations 25 2017"])
    }
}
