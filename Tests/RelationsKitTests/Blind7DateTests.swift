import Testing
@testable import RelationsKit

/// Dates in the shapes of the seventh blind round: an address alone on one of the body's first lines dates the page, a
/// year in the infinitive a verb of proposing governs is a target, and a future anniversary dated to a later month of the
/// year anchors the article's year. Invented articles, with negative cases.
@Suite("extraction: blind7 round, dates")
struct Blind7DateTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }

    // MARK: An address on its own line

    @Test(arguments: [
        ("https://www.example.com/2017/10/02/putin-ashgabat-treaty.html\n\nASHGABAT -- The two presidents signed a treaty.", "2017-10-02"),
        ("http://news.example.org/politics/20171002-treaty\n\nThe two presidents signed a treaty.", "2017-10-02"),
    ])
    func anAddressAloneDatesThePage(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func anAddressInsideASentenceDoesNot() {
        #expect(date("ASHGABAT -- The treaty is posted at https://www.example.com/2017/10/02/treaty.html for all to read.") == nil)
    }

    // MARK: A proposal's year

    @Test(arguments: [
        "ASTANA, July 4 (Xinhua) -- Belarus became a full member of the Shanghai Cooperation Organization on Thursday. Xi proposed to designate 2025 as the SCO Year of Sustainable Development.",
        "ASTANA, July 4 (Xinhua) -- Belarus became a full member of the Shanghai Cooperation Organization on Thursday. Xi suggested to hold the next forum in 2026.",
    ])
    func aProposedYearIsATarget(body: String) {
        #expect(date(body) == "2024-07-04")
    }

    @Test func aYearDatingTheProposalIsHistory() {
        // "proposed convening ... in 1992": the proposal's own year; the article is not older.
        #expect(date("ASTANA, October 13 (Kazinform) - CICA opened its summit on Thursday. Kazakhstan proposed convening the Conference in 1992.") != nil)
    }

    // MARK: A future anniversary later in the year

    @Test func aFutureAnniversaryLaterInTheYearAnchorsIt() {
        let body = "BAKU, Azerbaijan, February 22. By Trend\n\nPresident of Azerbaijan Ilham Aliyev and President of Russia Vladimir Putin signed the declaration. The strategic partnership was formalized by the declaration signed in 2008.\n\nThe visit took place on the eve of the 30th anniversary of diplomatic relations between Azerbaijan and Russia, which will be marked on April 4."
        #expect(date(body) == "2022-02-22")
    }

    @Test func aFutureAnniversaryNextYearDoesNot() {
        let body = "BAKU, Azerbaijan, February 22. By Trend\n\nPresident of Azerbaijan Ilham Aliyev and President of Russia Vladimir Putin signed the declaration. The strategic partnership was formalized by the declaration signed in 2008.\n\nNext year, in April, the two countries will mark the 30th anniversary of diplomatic relations between Azerbaijan and Russia."
        #expect(date(body) != "2022-02-22")
    }
}
