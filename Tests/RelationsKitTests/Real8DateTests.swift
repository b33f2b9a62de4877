import Testing
@testable import RelationsKit

/// Publication dates in the shapes of the real6 round (real wire copy), by mechanism: a header field written month first
/// with no time after it, a year glued to its time, ISO 8601 stamps with their time, a dateline after the agency's
/// bracket, and the day the body calls today. Invented articles, each mechanism with a negative case.
@Suite("extraction: real8 round, publication dates")
struct Real8DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = "A title") -> String? { facts(body, title: title, date: nil).published_on }

    // MARK: A stamp written month first, as a header's field with no time after it (alone on its line it stays no stamp:
    // `RealCopyDateTests`)

    @Test(arguments: [
        ("02/24/2026 | Press release | Distributed by Wire Service\nOn Tuesday the president of Lithuania sent a letter to the president of Estonia.", "2026-02-24"),
        ("Newsroom · 5/15/2019\n\nThe ministers of Armenia and Georgia met in Tbilisi.", "2019-05-15"),
        ("Politics | 11/30/2017 | Newsroom\n\nThe two foreign ministers discussed the agenda.", "2017-11-30"),
    ])
    func aHeaderFieldWhoseSecondNumberCannotBeAMonthIsMonthFirst(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aStampBothOfWhoseNumbersCanBeMonthsStaysDayFirst() {
        #expect(date("05/11/2019\n\nThe ministers of Armenia and Georgia met in Tbilisi.") == "2019-11-05")
    }

    // MARK: A year glued to the time after it

    @Test(arguments: [
        ("Press release on the minister's visit\n\n26 November 202018:51\n\nThe minister paid a working visit to Minsk.", "2020-11-26"),
        ("March 3, 201909:05\n\nThe two presidents spoke by telephone.", "2019-03-03"),
        ("Statement by the ministry\n\n7 July 201423:59\n\nThe ministry welcomed the decision.", "2014-07-07"),
    ])
    func aYearGluedToItsTimeDatesThePage(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        "26 November 202099:51\n\nThe minister paid a working visit to Minsk.",
        "26 November 2020185\n\nThe minister paid a working visit to Minsk.",
    ])
    func sixDigitsThatAreNoYearAndTimeDateNothing(body: String) {
        #expect(date(body) == nil)
    }

    // MARK: An ISO 8601 stamp with its time glued on

    @Test(arguments: [
        ("2021-10-25T12: 05\n\npolitics\n\nMOSCOW, October 25 - Agency. The president congratulated his counterpart.", "2021-10-25"),
        ("2019-03-04T09:15:00Z\n\nThe foreign ministers met in Baku.", "2019-03-04"),
        ("Posted 2016-12-01T7:30\n\nThe ministry issued a statement.", "2016-12-01"),
    ])
    func anISOStampWithItsTimeDatesThePage(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func anISOStampWithAnImpossibleHourDatesNothing() {
        #expect(date("2021-10-25T99\n\nThe foreign ministers met in Baku.") == nil)
    }

    // MARK: A dateline after the agency's bracket

    @Test(arguments: [
        ("Washington DC (UPI) Jun 25, 2006 In a further step away from the West, Uzbekistan rejoined the treaty group.", "2006-06-25"),
        ("Moscow (AFP) March 3, 2008 - The foreign ministers of Russia and Armenia met on Monday.", "2008-03-03"),
        ("BAKU (Trend News Agency) 4 July 2019. The presidents signed a declaration.", "2019-07-04"),
    ])
    func aDateAfterTheAgencysBracketIsTheDateline(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func anAsideInBracketsIsNoAgency() {
        // A bracket that opens on a small letter is an aside, and a sentence goes on after its date.
        #expect(date("Officials in Baku (unnamed) March 3, 2008 was the day the talks broke down, they said.") == nil)
    }

    // MARK: The day the body calls today

    @Test(arguments: [
        ("The president of Azerbaijan was in Moscow earlier today, 22 February 2022, to meet the Russian president.", "2022-02-22"),
        ("The ministers met in Minsk today (14.05.2019) and signed a protocol.", "2019-05-14"),
        ("The summit opened today (May 14, 2019) in Minsk.", "2019-05-14"),
    ])
    func theDayTheBodyCallsTodayWithItsYear(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        "The president of Azerbaijan was in Russia earlier today (22 February), on the eve of the 30th anniversary of the establishment of diplomatic relations between Azerbaijan and Russia.",
        "Today, February 22, the president of Azerbaijan arrived in Moscow, on the eve of the 30th anniversary of diplomatic relations between Azerbaijan and Russia.",
    ])
    func theDayTheBodyCallsTodayTakesTheInferredYear(body: String) {
        #expect(date(body) == "2022-02-22")
    }

    @Test(arguments: [
        "Today, 22 countries signed the declaration in Minsk.",
        "Today, 22 February was chosen as the day of the forum in Minsk.",
    ])
    func todayBeforeAClauseOfItsOwnDatesNothing(body: String) {
        #expect(date(body) == nil)
    }
}
