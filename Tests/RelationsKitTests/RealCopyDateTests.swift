import Testing
@testable import RelationsKit

/// Header date lines in the shapes of real wire copy: a US month-first date stamped with its time ("3/22/2024 7:09:33 PM"),
/// and a full date with its time after a section's label ("Georgia Materials 14 August 2008 20:07 (UTC +04:00)"). Invented
/// articles, with negative cases.
@Suite("extraction: real-copy round, dates")
struct RealCopyDateTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }

    // MARK: Month first, with a time

    @Test(arguments: [
        ("3/22/2024 7:09:33 PM\n\nThe president sent a message of condolence to his Russian counterpart.", "2024-03-22"),
        ("11/30/2019 10:05 AM\n\nThe two ministers met in Baku.", "2019-11-30"),
    ])
    func aMonthFirstDateWithATimeDatesThePage(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aDayFirstDateStaysDayFirst() {
        #expect(date("05/03/2024 7:09 PM\n\nThe two ministers met in Baku.") == "2024-03-05")
    }

    @Test func aMonthFirstDateWithoutATimeIsNoStamp() {
        #expect(date("3/22/2024\n\nThe two ministers met in Baku.") == nil)
    }

    // MARK: A section's label before a timed date

    @Test(arguments: [
        ("Georgia Materials 14 August 2008 20:07 (UTC +04:00)\n\nThe parliament voted on Thursday.", "2008-08-14"),
        ("Politics Materials 13 March 2008 16:52 (UTC +04:00)\n\nThe summit is scheduled for July.", "2008-03-13"),
        ("World News 2 May 2011 09:15\n\nThe ministers met in Astana.", "2011-05-02"),
    ])
    func aLabelBeforeATimedDateIsAHeader(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        "Printed: 14.02.2026 10:31 | Ministry\n\n29 June\n\nOn 28 June the note was received. The treaty of 2012 was discussed.",
        "The treaty was signed in Kiev on 14 August 2008 at 20:07 local time, officials said.",
    ])
    func aStampOrASentenceIsNoLabel(body: String) {
        #expect(date(body) != "2026-02-14" && date(body) != "2008-08-14")
    }
}

/// A dateline without its year ("ASTANA, March 3. /Kazinform/.") is not completed with the year of a past event the body
/// dates far from every year that fits ("signed on June 12, 1997" beside "won the 2018 election"): the year stays unknown.
/// A weekday checked against the year, "this year", the present year, an anniversary, or an event dated to its month
/// within a year of the article's still date it. Invented articles, with negative cases.
@Suite("extraction: real-copy round, a historical year is not the dateline's")
struct RealCopyHistoricalYearTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }

    @Test(arguments: [
        "ASTANA, March 3. /Kazinform/. The opposition has criticised the cabinet since it won the 2018 parliamentary election. The border treaty was signed in Almaty on June 12, 1997.",
        "BAKU, Azerbaijan, September 9. The ruling party has changed its course since the 2016 referendum. The agreement on transit was signed on 25 May 1994, Trend reports.",
        "YEREVAN, November 14, ARMENPRESS. Relations cooled after the bloc's 2019 congress. The two countries established diplomatic relations on January 6, 1992.",
    ])
    func aFullDateInHistoryLeavesTheYearUnknown(body: String) {
        #expect(date(body) == nil)
    }

    @Test func anOfficeHeldLongAfterTheEventLeavesTheYearUnknown() {
        // Kassym-Jomart Tokayev has been President of Kazakhstan since 2019: the 1991 declaration is history.
        let body = "MOSCOW, December 16. /TASS/. The Russian president has congratulated President of Kazakhstan Kassym-Jomart Tokayev on Independence Day. Kazakhstan's independence was proclaimed on December 16, 1991."
        #expect(date(body) == nil)
    }

    @Test(arguments: [
        // A narrated weekday checked against the year: 18 August 2020 was a Tuesday.
        ("MINSK, August 18 (BelTA) - The foreign ministers met in Minsk on Tuesday. Earlier, in March 2020, they signed a plan of consultations.", "2020-08-18"),
        // "This year": the festival this year ran in March 2025.
        ("BAKU, Azerbaijan, March 20. This year, Novruz is celebrated from 20 to 24 March 2025, Trend reports.", "2025-03-20"),
        // The present year named as such.
        ("ALMATY, December 28. /Kazinform/. In the outgoing 2019, trade grew by ten percent. The border treaty was signed on May 25, 1992.", "2019-12-28"),
        // The dateline's own day, dated in full in the body.
        ("TASHKENT, July 4. Uzbekistan was elected to the council at the session held in Geneva on July 4, 2023, UzA reports.", "2023-07-04"),
        // An event dated to its month in the year before a February article.
        ("YEREVAN, FEBRUARY 23, ARMENPRESS. The prime minister skipped the bloc's summit in Minsk in November 2023, the ministry said.", "2024-02-23"),
    ])
    func anAcceptedClueStillDatesTheArticle(body: String, expected: String) {
        #expect(date(body) == expected)
    }
}
