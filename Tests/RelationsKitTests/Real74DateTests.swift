import Testing
@testable import RelationsKit

/// Date lines of the real67–74 round, read as classes. Invented pages only, with near-misses that must not change.
///
/// A stamp's line may part the day from the month by a spaced dash ("Sun 21 - March 2021 - 01:23"), and a page's "Last
/// updated" stamp may give its time zone in brackets before the date ("Last updated at: (Beijing Time) Thursday, May 15, 2003").
/// An anniversary of a historical event under a state's possessive ("the 76th anniversary of the Soviet Union's Victory in the
/// Great Patriotic War") dates the text as the event's own name does.
@Suite("extraction: dates, real74")
struct Real74DateTests: WireCopyProbe {

    @Test(arguments: [
        ("The President congratulated the leaders on Nowruz.\n\nSun 21 - March 2021 - 01:23\n\nIn this message, he spoke of spring.", "2021-03-21"),
        ("21 - March 2021\n\nThe presidents met in Tehran.", "2021-03-21"),
        ("Last updated at: (Beijing Time) Thursday, May 15, 2003\n\nThe president sent condolences, the ministry said on Wednesday.", "2003-05-15"),
        ("Last updated at: (GMT+8) May 15, 2003\n\nThe president sent condolences.", "2003-05-15"),
    ])
    func aStampLineDatesThePage(body: String, expected: String) {
        #expect(facts(body, date: nil).published_on == expected)
    }

    @Test(arguments: [
        // In a sentence a spaced dash between two days is a range, and the date dates the talks only.
        "The talks were held on 20 - 21 March 2021 in Tehran, and the ministers will meet again.",
        // A bracket of anything but a time zone is a label's words: no stamp.
        "Last updated at: (Foreign Ministry of the Republic) May 15, 2003\n\nThe president sent condolences.",
    ])
    func noStampLineGivesNoDay(body: String) {
        #expect(facts(body, date: nil).published_on?.count != 10)
    }

    @Test(arguments: [
        ("Putin congratulated them on the 76th anniversary of the Soviet Union's Victory in the Great Patriotic War.", "2021"),
        ("Putin congratulated them on the 76th anniversary of the Victory in the Great Patriotic War.", "2021"),
    ])
    func aStatesVictoryDatesTheText(body: String, expected: String) {
        #expect(facts(body, date: nil).published_on == expected)
    }

    @Test func aPossessiveOfSomethingElseDatesNothing() {
        // "Russia's Victory Day parade" is a parade of some year, not the Victory.
        #expect(facts("They marked the 76th anniversary of Russia's Victory Day parade.", date: nil).published_on == nil)
    }
}
