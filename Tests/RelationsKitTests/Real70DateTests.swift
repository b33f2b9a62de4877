import Testing
@testable import RelationsKit

/// Date lines of the real65–70 round, read as classes. Invented pages only, with near-misses that must not change.
///
/// A press office's label may stand before the page's date ("Press release 21 November 2017"); a rubric's name may stand
/// before a timed stamp on the page's last line ("Letters 2023-05-11 18:34:00"); a wire script's labelled header field gives the
/// date month first when the day cannot be a month ("DATE=8/25/1999"); a magazine stamps its issue with the year before the
/// month ("2011 June - Cover Story"). An outlet's name in a closing credit may set its capital inside the word ("... other
/// officials. ///nCa, 22 September 2024").
@Suite("extraction: dates, real70")
struct Real70DateTests: WireCopyProbe {

    @Test(arguments: [
        ("Press release 21 November 2017\n\nThe foreign ministers met in Baku.", "2017-11-21"),
        ("Press Release, 3 May 2019\n\nThe foreign ministers met in Baku.", "2019-05-03"),
        ("The foreign ministers met in Baku.\n\nThey discussed transport.\n\nLetters 2023-05-11 18:34:00", "2023-05-11"),
        ("DATE=8/25/1999\nTYPE=CORRESPONDENT REPORT\n\nThe presidents met in Bishkek.", "1999-08-25"),
        ("DATE: 8/25/1999\n\nThe presidents met in Bishkek.", "1999-08-25"),
        ("2011 June - Cover Story\n\nThe leaders met in Astana on June 15.", "2011-06"),
        ("2011 June\n\nThe leaders met in Astana on June 15.", "2011-06"),
    ])
    func aLabelledDateLineDatesThePage(body: String, expected: String) {
        #expect(facts(body, date: nil).published_on == expected)
    }

    @Test(arguments: [
        // A date in a sentence, month first, dates an event; an untimed date after words on the last line is a sentence's.
        "The presidents met in Bishkek on 8/25/1999 and signed a protocol.",
        "The foreign ministers met in Baku.\n\nThey discussed transport.\n\nThe treaty was signed 2023-05-11",
        // A lone month-first date is no stamp (RealCopyDateTests pins it too).
        "8/25/1999\n\nThe presidents met in Bishkek.",
        // A year opening a sentence, the month after it, is prose.
        "2011 June 15 was the day the leaders met in Astana.",
        // Words that are no label: a sentence's press conference.
        "Press conference held on 21 November 2017 gathered the ministers of both countries in Baku.",
    ])
    func otherLinesDateNothing(body: String) {
        let date = facts(body, date: nil).published_on
        #expect(date == nil || date?.count == 4)
    }

    @Test func aCreditNamedWithAnInnerCapitalDatesThePage() {
        #expect(facts("The president was congratulated by the ministers. ///nCa, 22 September 2024", date: nil).published_on == "2024-09-22")
        // Words in small letters are a sentence's, not an outlet's name.
        #expect(facts("The president was congratulated by the ministers. ///the talks ended, 22 September 2024", date: nil).published_on != "2024-09-22")
    }
}
