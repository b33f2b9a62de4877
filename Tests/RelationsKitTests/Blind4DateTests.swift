import Testing
@testable import RelationsKit

/// Datelines without a year in the shapes of the fourth blind round: an event the reference dates and the text places
/// "last July", "last year" or "a year ago", and an office with no role ("chairman of the Supreme Soviet") that counts
/// only the terms held under that title. Invented articles, with negative cases.
@Suite("extraction: blind4 round, dates")
struct Blind4DateTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }

    // MARK: Events the text dates relatively

    @Test(arguments: [
        ("ASTANA, January 3 (Kazinform) - Last July, at the summit in Astana, Belarus became a full member of the Shanghai Cooperation Organisation.", "2025-01-03"),
        ("MOSCOW, January 3 (Interfax) - Iran, a neighbour across the Caspian, became a full member of BRICS a year ago.", "2025-01-03"),
        ("MINSK, March 5 (BelTA) - Belarus became a full member of the Shanghai Cooperation Organisation last year.", "2025-03-05"),
        ("MINSK, September 5 (BelTA) - Last July Belarus became a full member of the Shanghai Cooperation Organisation.", "2024-09-05"),
    ])
    func aRelativelyDatedEventDatesTheArticle(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aRelativeDateOfAnotherEventInTheSentenceDoesNotCount() {
        // Armenia joined on the day ("on Friday"); "last year" dates the signing.
        #expect(date("YEREVAN, January 2 (Armenpress) - Armenia became a full member of the Eurasian Economic Union on Friday, as the treaty signed on October 10 last year entered into force. The founding treaty was signed in Astana on May 29, 2014.") == "2015-01-02")
    }

    // MARK: An office without a role counts only its own terms

    @Test func aChairmanCountsOnlyTheTermsUnderThatTitle() {
        #expect(date("MOSCOW, September 24 (ITAR-TASS) -- Heydar Aliyev, chairman of Azerbaijan's Supreme Soviet, said on Friday that his country would sign the documents. Russian President Boris Yeltsin welcomed the decision.") == "1993-09-24")
    }

    @Test func aPresidentCountsThePresidency() {
        #expect(date("MOSCOW, September 24 (ITAR-TASS) -- President of Azerbaijan Heydar Aliyev said on Friday that his country would sign the documents. Russian President Boris Yeltsin welcomed the decision.") == "1999-09-24")
    }

    // MARK: A holiday of fixed date that falls on a weekday this year

    @Test(arguments: [
        ("TASHKENT, March 20 (UzA) - President of Uzbekistan Shavkat Mirziyoyev sent greetings to President of Turkmenistan Serdar Berdimuhamedov. This year Nowruz falls on Friday.", "2025-03-20"),
        ("MOSCOW, May 8 (TASS) - Victory Day, which falls on a Saturday this year, will be marked without a parade, Russian President Vladimir Putin wrote to President of Armenia Armen Sarkissian.", "2020-05-08"),
    ])
    func theHolidaysWeekdayDatesTheYear(body: String, expected: String) {
        // The weekday is the holiday's (21 March, 9 May), not the article's day.
        #expect(date(body) == expected)
    }

    @Test func aWeekdayThatIsNotAHolidaysIsStillNarrated() {
        // "falls on Friday" of a day with no fixed date: the weekday is the article's (Friday 20 March 2026).
        #expect(date("TASHKENT, March 20 (UzA) - President of Uzbekistan Shavkat Mirziyoyev sent greetings to President of Turkmenistan Serdar Berdimuhamedov on Friday.") == "2026-03-20")
    }
}
