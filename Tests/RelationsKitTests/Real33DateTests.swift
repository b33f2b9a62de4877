import Testing
@testable import RelationsKit

/// Publication dates, eighteenth real-copy round: classes of wording read on unseen copy, each with near-misses that must
/// not fire. Invented sentences only (no article's text), with other countries, people and years than the copy that
/// showed the class.
@Suite("extraction: real33 round, dates")
struct Real33DateTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }

    // MARK: A date after "since" or "from" starts a state; it dates no event

    /// A Tuesday 18 October fits 2011, 2016 and 2022: only an event's year would pick one, and the start of a state that
    /// holds now is none, however the date is written.
    @Test(arguments: [
        "TASHKENT, October 18 (Agency) – The ambassador said on Tuesday that trade had grown. Since January 1, 2011, the two countries have applied a free-trade regime.",
        "TASHKENT, October 18 (Agency) – The ambassador said on Tuesday that trade had grown. Since 1 January 2011 the two countries have applied a free-trade regime.",
        "TASHKENT, October 18 (Agency) – The ambassador said on Tuesday that trade had grown. The two countries have applied a free-trade regime since March 2011.",
        "TASHKENT, October 18 (Agency) – The ambassador said on Tuesday that trade had grown. From 1 March 2011, the two countries have applied a free-trade regime.",
    ])
    func aSpanStartPicksNoYear(body: String) {
        #expect(date(body) == nil)
    }

    @Test func anEventOnThatDateStillPicksTheYear() {
        #expect(date("TASHKENT, October 18 (Agency) – The ambassador said on Tuesday that trade had grown. On January 1, 2011, the two countries introduced a free-trade regime.") == "2011-10-18")
    }

    // MARK: A weekday beside a date in digits tells which number is the month

    @Test(arguments: [
        ("Tue, 06/05/2012 - 13:47\n\nThe president will attend the summit in Beijing.", "2012-06-05"),
        ("Wednesday 03/04/2015 10:20\n\nThe president will attend the summit in Ufa.", "2015-03-04"),
        ("Fri, 02/09/2018 09:00\n\nThe ministers will meet in Minsk.", "2018-02-09"),
    ])
    func aWeekdayThatFitsOnlyMonthFirstReadsMonthFirst(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        // Day first fits the weekday: 11 May 2020 was a Monday.
        ("Mon, 11.05.2020 12:00\n\nThe ministers will meet in Minsk.", "2020-05-11"),
        // No weekday, or one that fits neither reading: day first, as the region's outlets write it.
        ("06/05/2012 13:47\n\nThe president will attend the summit in Beijing.", "2012-05-06"),
        ("Sun, 06/05/2012 - 13:47\n\nThe president will attend the summit in Beijing.", "2012-05-06"),
    ])
    func otherwiseTheDayComesFirst(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    // MARK: "today, <date>" closed by the sentence's end

    @Test(arguments: [
        ("The new customs rules take effect from today, 1 July 2019.", "2019-07-01"),
        ("Uzbekistan assumes the chairmanship as of today, March 3, 2021.", "2021-03-03"),
        ("The visa-free regime starts today, 15 September 2016; officials welcomed it.", "2016-09-15"),
        ("The embassy reopens today, 10.02.2017.", "2017-02-10"),
    ])
    func aDateBesideTodayClosingTheSentenceIsTheDay(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        "Today, 22 countries signed the declaration.",
        "Today, 22 February was chosen as the date of the next summit.",
    ])
    func aCountOrASubjectAfterTodayIsNoDate(body: String) {
        #expect(date(body) == nil)
    }

    // MARK: A day and month stamped with a time and its zone

    @Test(arguments: [
        "7 May. 11:05 (UTC+3 MSK)",
        "May 7, 11:05 GMT",
        "11:05, 7 May",
        "7 May 11:05 UTC",
    ])
    func aTimedDayAndMonthLineGivesTheDay(stamp: String) {
        #expect(date(stamp + "\n\nThe president congratulated veterans on the 75th anniversary of the Great Victory.") == "2020-05-07")
    }

    @Test func aLineWithWordsAfterTheTimeIsNoStamp() {
        #expect(date("7 May. 11:05 Talks in Minsk\n\nThe president congratulated veterans on the 75th anniversary of the Great Victory.") == "2020")
    }

    // MARK: "last year's" event held elsewhere than the dated one

    @Test(arguments: [
        "The two memoranda were signed during last year's summit in Bishkek. The bloc's 2019 summit in Dushanbe started the procedure.",
        "The accord was initialled at last year's forum in Baku, and the 2017 forum in Tashkent had approved its outline.",
    ])
    func anEventInAnotherPlaceIsAnotherEvent(body: String) {
        #expect(date(body) == nil)
    }

    @Test(arguments: [
        ("The two memoranda were signed during last year's summit in Bishkek. The 2019 summit in Bishkek started the procedure.", "2020"),
        ("The opposition has contested last year's election. The 2018 election was won by the ruling party.", "2019"),
    ])
    func theSameEventStillDatesTheYearAfter(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    // MARK: A membership step told as background

    @Test(arguments: [
        "Uzbekistan earlier suspended its membership in the CSTO.",
        "Georgia had previously left the CIS, the minister said.",
        "Previously, Georgia quit the CIS.",
    ])
    func aStepToldAsWhatCameBeforeDatesNothing(body: String) {
        #expect(date(body) == nil)
    }

    @Test(arguments: [
        ("Uzbekistan has suspended its membership in the CSTO.", "2012"),
        ("Earlier this year, Georgia quit the CIS.", "2009"),
        ("Georgia has quit the CIS.", "2009"),
    ])
    func aStepReportedAsNewsStillDates(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    // MARK: A site's clock after a menu word is no dateline

    @Test(arguments: [
        ("Menu Friday, 4 July 2025\nPolitics\n12 March 2021, 10:15\n\nBAKU, 12 March (Agency) – The ministers met in Baku and discussed transit.", "2021-03-12"),
        ("Weather Monday, 3 March 2025\n18 October 2016, 09:40\n\nTASHKENT, 18 October (Agency) – The ministers met in Tashkent and discussed trade.", "2016-10-18"),
    ])
    func aWeekdayAndDateAfterAMenuWordYieldToTheDateline(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aPlaceCommaAndWeekdayStayADateline() {
        #expect(date("ASTANA, Thursday, 21 November 2024 – The ministers met in Astana and discussed trade.") == "2024-11-21")
    }

    // MARK: The page's timed stamp the day after the dateline's

    @Test(arguments: [
        ("08:27, June 08, 2012\n\nBEIJING, June 7 (Xinhua) -- The two presidents held talks on Thursday in Beijing.", "2012-06-08"),
        ("23:10, 1 January 2015\n\nASTANA, December 31 (Agency) – The president addressed the nation on Wednesday evening.", "2015-01-01"),
    ])
    func aTimedStampADayLaterIsThePagesDate(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        // Three days later: a render date.
        "10:00, June 10, 2012\n\nBEIJING, June 7 (Xinhua) -- The two presidents held talks on Thursday in Beijing.",
        // No time: a date alone that disagrees with the dateline.
        "June 08, 2012\n\nBEIJING, June 7 (Xinhua) -- The two presidents held talks on Thursday in Beijing.",
    ])
    func aStampFurtherOffOrUntimedIsIgnored(body: String) {
        #expect(date(body) != "2012-06-08" && date(body) != "2012-06-10")
    }

    // MARK: The lead's full date inside its sentence dates the news's year

    @Test(arguments: [
        ("YEREVAN – President Ara Ketchian signed into law on April 4, 2019, a bill on the customs code.", "2019"),
        ("The parliament of Georgia on 26 March 2018 adopted the law on transit, officials said.", "2018"),
        ("Kazakhstan ratified the agreement on 12 July 2016, the ministry reported.", "2016"),
        ("Uzbekistan's senate approved the accord on 14 November 2017 after a short debate.", "2017"),
    ])
    func theLeadsDatedNewsGivesTheYear(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        // A document's date, a lead about the future, the start of a state, a later year ahead.
        "The ministers discussed the treaty signed on 25 May 1992 between the two countries.",
        "The president will sign the law on April 4, 2019.",
        "The two states have applied a free-trade regime since 1 January 2015, the minister said.",
        "The bill was adopted on March 26, 2018, and officials expect it to take effect in 2020.",
    ])
    func aLeadDateOfNoNewsGivesNoYear(body: String) {
        #expect(date(body) == nil)
    }

    @Test func aLeadTheTextLooksBackOnIsHistory() {
        #expect(date("The two countries established diplomatic relations on 6 January 1992, thirty years ago.") == "2022")
    }
}
