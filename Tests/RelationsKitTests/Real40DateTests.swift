import Testing
@testable import RelationsKit

/// Publication dates in the shapes of the twenty-second real-copy round: the source's credit run on after the last sentence
/// ("...///MFA X, 8 February 2023"), the year of an embedded post whose day the story does not narrate, and the day the text
/// writes on the weekday it narrates its news ("the ministry said on Wednesday" over "On September 14, 2022, ... was held").
/// Invented articles, with near misses.
@Suite("extraction: real-copy round 22, dates")
struct Real40DateTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }

    func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(MatchText(text).scalars) }

    // MARK: The source's credit closing the article

    @Test(arguments: [
        ("On 13 March 2019, the ministry sent aid to Chile.\n\nThe aid includes medicines and tents.///Ministry of Foreign Affairs of Mongolia, 14 March 2019",
         "2019-03-14"),
        ("The ministers of Peru and Chile met in Lima.\n\nThe talks focused on trade. — Press Service of the President, 22.10.2018", "2018-10-22"),
        ("The ministers of Peru and Chile met in Lima.\n\nThe sides agreed to meet again. | Foreign Ministry of Chile, October 5, 2017", "2017-10-05"),
        ("The ministers of Peru and Chile met in Lima.\n\nThe delegations exchanged gifts. // KAZINFORM, 3 June 2016", "2016-06-03"),
    ])
    func aCreditAfterTheLastSentenceDatesThePage(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        // No separator: a sentence closing on a place and a date.
        "The ministers of Peru and Chile met in Lima. The treaty was signed in Santiago, 5 October 2017",
        // A separator, then a sentence's words in small letters.
        "The ministers of Peru and Chile met in Lima. The talks ended — signed in Santiago, 5 October 2017",
        // The date does not close the line.
        "The ministers met. The archive / Letters of Santiago, 5 October 2017, were shown to the guests.",
    ])
    func noCreditWithoutASeparatorAndAName(text: String) {
        let tokens = tokens(text)
        let dates = PublicationDate.fullDates(in: tokens, range: tokens.indices)
        #expect(!dates.isEmpty)
        #expect(!dates.contains { PublicationDate.isClosingCredit(tokens, dateAt: $0.start) })
    }

    // MARK: An embedded post of another day (the day after the one narrated), or of no day narrated

    @Test func anEmbeddedPostOfAnotherDayGivesItsYear() {
        let body = "The foreign ministers of Peru and Chile met in Lima on Tuesday.\n\nWe discussed trade and visas. pic.twitter.com/abc\n— Ana Cruz (@AnaCruzMFA) March 3, 2021\n\nThe talks continued in the afternoon."
        #expect(date(body) == "2021")
    }

    @Test func anEmbeddedPostOfNoNarratedDayGivesItsYear() {
        let body = "The foreign ministers of Peru and Chile met in Lima.\n\nWe discussed trade and visas.\n— Ana Cruz (@AnaCruzMFA) March 3, 2021\n\nThe talks continued."
        #expect(date(body) == "2021")
    }

    @Test func anEmbeddedPostOfTheNarratedDayGivesTheDay() {
        let body = "The foreign ministers of Peru and Chile met in Lima on Wednesday.\n\nWe discussed trade and visas.\n— Ana Cruz (@AnaCruzMFA) March 3, 2021\n\nThe talks continued."
        #expect(date(body) == "2021-03-03")
    }

    @Test func aPostOfDecemberUnderAJanuaryDatelineIsLastYears() {
        let body = "LIMA, January 5. The foreign ministers of Peru and Chile met on Monday.\n\nWe discussed trade.\n— Ana Cruz (@AnaCruzMFA) December 30, 2020\n\nThe talks continued."
        #expect(date(body) != "2020-01-05")
    }

    // MARK: The day written on the narrated weekday

    @Test(arguments: [
        ("“On March 12, 2019, in Lima, the ministers signed the memoranda,” the Peruvian ministry said on Tuesday. The forum was founded in 2001.", "2019"),
        ("Chile and Peru have signed a road map, the Chilean Foreign Ministry announced Friday.\n\nThe signing took place in Santiago on 14 July 2017.", "2017"),
        ("The talks were held in Lima on Tuesday.\n\nThe joint statement of 3 May 2016 lists the agreements reached by the two sides.", "2016"),
        ("On Monday the two presidents opened the border crossing.\n\nThe crossing, opened on October 22, 2018, is the third on the border.", "2018"),
    ])
    func theDayOnTheNarratedWeekdayDatesTheNews(body: String, expected: String) {
        // The guide's published_on ruling ("The day of the event the text reports is not the page's day", nineteenth real-copy
        // round): a day that only dates the event reported gives the year; these pinned the full day before it.
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        // A day ahead.
        ("The ministry said on Tuesday that the ministers will sign the memoranda on March 12, 2019.", "2019-03-12"),
        // A thing's start, on the weekday by chance.
        ("Peru's customs code, which came into force on 1 January 2015, was discussed, the minister said on Thursday.", "2015-01-01"),
        // Another weekday.
        ("“On March 14, 2019, the memoranda were signed,” the ministry said on Tuesday.", "2019-03-14"),
        // A later day in the text.
        ("The ministry said on Tuesday that the memoranda were signed on March 12, 2019. A second round took place on 20 November 2019.", "2019-03-12"),
    ])
    func noDayOffTheNarratedWeekdayOrBehindTheNews(body: String, wrong: String) {
        #expect(date(body) != wrong)
    }

    @Test(arguments: [
        ("Putin said Friday. At the summit held on July 10, the leaders signed a declaration.", 2015, "2015-07-10"),
        ("The minister said on Friday that the meeting of 10 July had gone well.", 2015, "2015-07-10"),
        ("Talks were held on Wednesday. On July 10 the ministers met in Sucre.", 2013, "2013-07-10"),
    ])
    func aDayWithoutItsYearTakesTheYearTheTextGives(text: String, year: Int, expected: String) {
        let tokens = tokens(text)
        let day = PublicationDate.narratedWeekdayDay(tokens, weekdays: PublicationDate.narratedWeekdays(tokens), year: year)
        #expect(day.map { DateWords.iso($0.year, $0.month, $0.day) } == expected)
    }

    @Test(arguments: [
        "Putin said Friday. The summit will open on July 10.",
        "Putin said Friday. The summits of July 10 and July 17 were held in Ufa.",
        "Putin said on Thursday. At the summit held on July 10, the leaders signed a declaration.",
        "Putin said Friday. The group first met at a summit held in Ufa on July 10.",
        "Putin said Friday. The leaders met in Ufa on 9-10 July.",
    ])
    func noDayAheadTwoDaysOrAnotherWeekday(text: String) {
        let tokens = tokens(text)
        #expect(PublicationDate.narratedWeekdayDay(tokens, weekdays: PublicationDate.narratedWeekdays(tokens), year: 2015) == nil)
    }

    // MARK: The reference's day of the news, dated by the lead's day and month

    @Test(arguments: [
        "As of January 2, Armenia becomes a full member of the union.",
        "From 2 January the republic is a member of the bloc, the ministry said.",
        "Armenia joined the union on Jan. 2, officials said.",
    ])
    func theLeadsDayAndMonthOfTheReferencesDayDateTheNews(lead: String) {
        let tokens = tokens(lead)
        #expect(PublicationDate.reportedDay("2015-01-02", sentence: tokens, lead: true, year: 2015) == "2015-01-02")
    }

    @Test(arguments: [
        ("Armenia will join the union on January 2.", true, 2015 as Int?),
        ("Armenia is to join the union on 2 January.", true, 2015),
        ("Armenia joined the union on January 3.", true, 2015),
        ("As of January 2, Armenia becomes a full member of the union.", false, 2015),
        ("As of January 2, Armenia becomes a full member of the union.", true, nil),
    ])
    func noDayAheadAnotherDayOrOutsideTheLead(lead: String, isLead: Bool, year: Int?) {
        let tokens = tokens(lead)
        #expect(PublicationDate.reportedDay("2015-01-02", sentence: tokens, lead: isLead, year: year) == nil)
    }
}
