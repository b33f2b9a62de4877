import Testing
@testable import RelationsKit

/// Dates in the shapes of the eighth blind round, where the clues disagree: a page stamp (printed, accessed, generated)
/// whose day is not the article's says nothing about the year; a year a modal of obligation or schedule governs ("is to
/// start in 2015", "should be closed after 2014", "is due to expire in 2014") is a target, not history; a year given with
/// "N years ago" ("twenty years ago, in March 1994") dates the article exactly. Invented articles, with negative cases.
@Suite("extraction: blind8 round, dates")
struct Blind8DateTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }

    static let anniversary = "Kazakhstan and Russia mark the 20th anniversary of diplomatic relations today, and the ministers exchanged visits."

    // MARK: A page stamp on another day

    @Test(arguments: [
        "Printed: 14.02.2026 10:31 | Ministry of Foreign Affairs\n\n22 October\n\n",
        "Accessed 3 March 2025\n\nASTANA, October 22 (Kazinform) - ",
        "Page generated on 2025-03-03 at 09:12 by the content system\n\n22 October\n\n",
    ])
    func aStampOfAnotherDaySaysNothing(head: String) {
        #expect(date(head + Self.anniversary) == "2012-10-22")
    }

    @Test func aStampOfTheSameDayDatesThePage() {
        #expect(date("Published: 22.10.2012 | Ministry of Foreign Affairs\n\n22 October\n\nThe ministers exchanged visits.") == "2012-10-22")
    }

    // MARK: A year a modal of obligation or schedule governs

    @Test(arguments: [
        "The union, which is to start functioning on 1 January 2015, will ensure free movement of goods.",
        "He said the base should be closed after the current agreement expires in 2015.",
        "The agreement, which is due to expire in 2015, was not discussed.",
        "The new rules are scheduled to take effect in 2015.",
    ])
    func aYearOfObligationIsATarget(sentence: String) {
        // The anchor (2014) would be ruled out if the year read as history.
        #expect(date("ASTANA. May 29. KAZINFORM - " + sentence + " Nazarbayev first proposed the idea twenty years ago, in March 1994.") == "2014-05-29")
    }

    @Test func aYearOfAPastStartIsHistory() {
        #expect(date("ASTANA. May 29. KAZINFORM - The union, which started functioning on 1 January 2015, ensures free movement of goods. Nazarbayev first proposed the idea twenty years ago, in March 1994.") != "2014-05-29")
    }

    // MARK: "N years ago" with its year

    @Test(arguments: [
        "President of Kazakhstan Nursultan Nazarbayev recalled that he had first proposed the idea in a speech twenty years ago, in March 1994.",
        "President of Kazakhstan Nursultan Nazarbayev recalled that in March 1994, twenty years ago, he had first proposed the idea.",
        "President of Kazakhstan Nursultan Nazarbayev first proposed the idea two decades ago (in 1994) at Moscow State University.",
        "President of Kazakhstan Nursultan Nazarbayev first proposed the idea exactly 20 years ago, in 1994.",
    ])
    func aYearAgoDatesTheArticle(sentence: String) {
        #expect(date("ASTANA. May 29. KAZINFORM - " + sentence) == "2014-05-29")
    }

    @Test func aYearOfAnotherClauseDoesNot() {
        // The year dates the signing; "ten years ago" dates the expiry.
        #expect(date("ASTANA. May 29. KAZINFORM - President of Kazakhstan Nursultan Nazarbayev said the treaty, signed in 1994, expired ten years ago.") != "2004-05-29")
    }
}

/// A page header's date in the shapes of the eighth blind round: written with slashes, day first ("23/02/2024"); one field of
/// a header line whose other fields are the outlet and the section ("16:08 23/02/2024 | NEWS.am | Politics"); and a sentence
/// of the body that opens with a preposition and a date ("On Sunday, 24 March, ...") is no dateline. Invented articles.
@Suite("extraction: blind8 round, page headers")
struct Blind8HeaderDateTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }

    @Test(arguments: [
        "16:08 23/02/2024 | NEWS.am | Politics\n\nYEREVAN. Armenia has frozen its participation in the CSTO.",
        "23/02/2024 | Politics | World news\n\nYEREVAN. Armenia has frozen its participation in the CSTO.",
        "23.02.2024 10:15 | NEWS.am | Politics\n\nYEREVAN. Armenia has frozen its participation in the CSTO.",
        "23/02/2024\n\nYEREVAN. Armenia has frozen its participation in the CSTO.",
    ])
    func aHeaderFieldDatesThePage(body: String) {
        #expect(date(body) == "2024-02-23")
    }

    @Test func aDateInsideASentenceIsHistory() {
        #expect(date("YEREVAN. Armenia has frozen its participation in the CSTO, as the statement of 23/02/2024 made clear to all the partners of the country.") == nil)
    }

    @Test(arguments: [
        "23.03.2024\n\nThe Ministry condemns the attack.\n\nOn Sunday, 24 March, the flag at the Embassy will be flown at half-mast.",
        "23.03.2024\n\nThe Ministry condemns the attack.\n\nBy Monday, March 25, the Embassy will open a book of condolences.",
        "23.03.2024\n\nThe Ministry condemns the attack.\n\nOn 24 March, the flag at the Embassy will be flown at half-mast.",
    ])
    func aSentenceOpeningWithADateIsNoDateline(body: String) {
        #expect(date(body) == "2024-03-23")
    }

    @Test func aDatelineInCapitalsStillIs() {
        #expect(date("MOSCOW, March 24 (Interfax) - The flag at the Embassy was flown at half-mast on Sunday. The attack of 22 March 2024 shocked the country.") == "2024-03-24")
    }
}
