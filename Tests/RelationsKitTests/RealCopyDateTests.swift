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
