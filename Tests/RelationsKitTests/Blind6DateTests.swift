import Testing
@testable import RelationsKit

/// Datelines without a year in the shapes of the sixth blind round: a year the text names relative to the present one
/// ("the outgoing 2003", "this year, 2010,", "the coming 2004") dates the article, even when another year of plans reads
/// as past. Invented articles, with negative cases.
@Suite("extraction: blind6 round, dates")
struct Blind6DateTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }

    // MARK: The year the text calls the present one

    @Test(arguments: [
        ("MOSCOW, December 30 (ITAR-TASS) -- The minister said the outgoing 2008 had been difficult for the world economy. The sides discussed contacts at the highest level in 2009.", "2008-12-30"),
        ("ASTANA, December 28 (Kazinform) - In the outgoing year 2012, trade between the two countries grew by a fifth. Preparations for the state visit in 2013 began on Friday.", "2012-12-28"),
        ("MINSK, May 3 (BelTA) - This year, 2010, the republic will hold a presidential election; the vote of 2011 was discussed too.", "2010-05-03"),
        ("BAKU, March 4 (Trend) - In the current year 2015 the bank issued loans worth 2016 manats; the bridge of 2016 is in the plans.", "2015-03-04"),
    ])
    func aYearNamedAsThePresentOneIsTheArticlesYear(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aYearNamedAsTheComingOneIsTheNextYear() {
        #expect(date("MOSCOW, December 29 (Interfax) - The president wished his colleagues success in the coming 2004.") == "2003-12-29")
    }

    @Test func thePresentYearMustAgreeWithTheNarratedWeekday() {
        // 31 December 2003 was a Wednesday, not a Tuesday.
        #expect(date("MOSCOW, December 31 (ITAR-TASS) -- The Kremlin said on Tuesday that the outgoing 2003 had brought results.") != "2003-12-31")
    }

    @Test func aSpanOfYearsIsNotThePresentYear() {
        // "the current 2021-2025 programme" names a programme's years, not the year of publication.
        #expect(date("DUSHANBE, March 2 (Khovar) - The current 2021-2025 programme of cooperation was reviewed.") != "2021-03-02")
    }
}

/// The year named relative to the present must be the one the relative phrase names, not another year further on.
@Suite("extraction: blind6 round, dates, scope of a relative year")
struct Blind6RelativeYearScopeTests: WireCopyProbe {
    @Test func aYearAfterAnotherPhraseIsNotThePresentOne() {
        // "This year and in 2025": 2025 is not this year.
        #expect(facts("TASHKENT, May 3 (UzA) - This year and in 2025 the two countries plan joint exercises.", date: nil).published_on != "2025-05-03")
    }
}
