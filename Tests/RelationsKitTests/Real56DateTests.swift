import Testing
@testable import RelationsKit

/// Dates in the shapes of the twenty-first real-copy round (real21–56 as development), by mechanism: the page's own stamp
/// told on a line of the head in ways no other rule read (a byline with the date, a stamp's age before a timed date, a
/// page that says when "this article" was published), and a year, or its month, that is the subject of a present verb of
/// marking an anniversary or a count of years ("2019 marks the 25th anniversary"). Invented articles, with near misses.
@Suite("extraction: real21–56 round, dates")
struct Real56DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = "A title") -> String? { facts(body, title: title, date: nil).published_on }

    // MARK: The page's stamp on a byline line

    @Test(arguments: [
        ("By Interfax Staff March 4, 2016\n\nThe ministers of Kyrgyzstan and Tajikistan discussed the border.", "2016-03-04"),
        ("By Aigerim Sadykova, Kabar 12 May 2018 10:15 GMT\n\nThe ministers of Kyrgyzstan and Tajikistan discussed the border.", "2018-05-12"),
        ("By AKIpressTuesday, 5 June 2018\n\nThe ministers of Kyrgyzstan and Tajikistan discussed the border.", "2018-06-05"),
        ("By Jane Doe on 9 October 2019\n\nThe ministers of Georgia and Armenia discussed the railway.", "2019-10-09"),
    ])
    func aBylineWithTheDateDatesThePage(text: String, expected: String) {
        #expect(date(text) == expected)
    }

    @Test(arguments: [
        "By March 4, 2016 the ministers of Kyrgyzstan and Tajikistan had agreed on the border.",
        "By then, on 4 March 2016, the ministers of Kyrgyzstan and Tajikistan had agreed on the border.",
        "By signing the protocol on 4 March 2016 the ministers of Kyrgyzstan and Tajikistan ended the dispute.",
    ])
    func aSentenceThatOpensWithByIsNoByline(text: String) {
        #expect(date(text) != "2016-03-04")
    }

    // MARK: A stamp's age before its timed date

    @Test(arguments: [
        ("Aida Karimova 5 minutes ago Mon 14th October 2019 | 09:20 AM\n\nThe ministers of Georgia and Armenia discussed the railway.", "2019-10-14"),
        ("Nurlan Abenov an hour ago Wed 3rd April 2019 | 10:02 PM\n\nThe ministers of Georgia and Armenia discussed the railway.", "2019-04-03"),
        ("Staff Writer 3 hours ago 14 October 2019 09:20\n\nThe ministers of Georgia and Armenia discussed the railway.", "2019-10-14"),
    ])
    func aStampsAgeBeforeATimedDateIsTheStamp(text: String, expected: String) {
        #expect(date(text) == expected)
    }

    @Test(arguments: [
        "Aida Karimova said 5 minutes ago that talks on 14 October 2019 at 09:20 would resume between Georgia and Armenia.",
        "Two hours ago the ministers agreed to meet on 14 October 2019 at 09:20 in Tbilisi.",
    ])
    func anAgeInASentenceIsNoStamp(text: String) {
        #expect(date(text) != "2019-10-14")
    }

    // MARK: "This article was published on ..."

    @Test(arguments: [
        ("This article was first published on 11 June 2014\n\nThe presidents of Armenia and Georgia met in Tbilisi.", "2014-06-11"),
        ("Premium|This is an archive story published on June 11, 2014\n\nThe presidents of Armenia and Georgia met in Tbilisi.", "2014-06-11"),
        ("This page was posted on 11.06.2014\n\nThe presidents of Armenia and Georgia met in Tbilisi.", "2014-06-11"),
    ])
    func thePageSaysWhenItWasPublished(text: String, expected: String) {
        #expect(date(text) == expected)
    }

    @Test(arguments: [
        "This week the ministers discussed a report published on 11 June 2014 by the institute in Tbilisi.",
        "The study published on 11 June 2014 found that trade between Armenia and Georgia grew.",
    ])
    func aDocumentPublishedOnADateIsNoStamp(text: String) {
        #expect(date(text) != "2014-06-11")
    }

    // MARK: The year that marks an anniversary now

    @Test(arguments: [
        ("The friendship society met in Minsk.\n\n2018 marks 20 years of the friendship society, its chairman said.", "2018"),
        ("The friendship society met in Minsk.\n\nDecember 2018 marks 20 years of the society, its chairman said.", "2018"),
        ("The minister wrote to his colleague.\n\n“2015 celebrates two decades of our partnership,” he wrote.", "2015"),
        ("The society met in Minsk.\n\n2016 marks the 20th anniversary of the friendship society.", "2016"),
    ])
    func aYearThatMarksAnAnniversaryIsNow(text: String, expected: String) {
        #expect(date(text) == expected)
    }

    @Test(arguments: [
        "The friendship society met in Minsk.\n\n2016 marked 20 years of the friendship society, its chairman said.",
        "The friendship society met in Minsk.\n\n2029 will mark 30 years of the friendship society, its chairman said.",
        "The friendship society met in Minsk.\n\n2018 is expected to mark 20 years of the society.",
        "The society met in Minsk.\n\n1991 marks the beginning of a new chapter for the society.",
    ])
    func aYearThatMarkedOrWillMarkIsNotNow(text: String) {
        #expect(date(text) == nil)
    }

    // MARK: A source's stamp row is the page's date line, not a credit to drop

    @Test func aSourceStampRowDatesThePage() {
        let text = "Source: Kabar| 2019-03-12 10:15:02|Editor: Li\n\nThe ministers of Kyrgyzstan and Tajikistan discussed the border."
        #expect(date(text) == "2019-03-12")
    }

    @Test func aPlainSourceCreditIsStillDropped() {
        #expect(TextCleaner.isFurniture("Source: Kabar"))
        #expect(TextCleaner.isFurniture("Source: press service of the President"))
        #expect(!TextCleaner.isFurniture("Source: Kabar| 2019-03-12 10:15:02|Editor: Li"))
    }
}
