import Testing
@testable import RelationsKit

/// Dates in the shapes of the blind11/blind12 round. Years: the commas of a full date stay inside its clause ("will enter
/// into force on January 1, 2016, after ..."); an event's year after "of" ("the first summit of 2015 is scheduled") follows
/// the clause's tense, also when the schedule comes after it; a year in the object of "to discuss" is a topic. Weekdays: one
/// in a scheduled clause ("is scheduled to meet ... on Tuesday") is not narrated. Date lines: an abbreviated month with its
/// full stop ("Feb. 23, 2024"), a header's two-digit year ("29 Aug.'08", "08/05/21 15:22") and a slash between a header's
/// fields. Anchors: a treaty's signing reported as news ("today signed the Treaty on ...") is dated by the reference; an
/// anniversary marked "this month" gives the month the reference dates, one marked "next year" the year before. Headlines listed under "Read more:" are furniture.
/// Invented articles, with negative cases.
@Suite("extraction: blind11/blind12 round, dates")
struct Blind1112DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = nil) -> String? { facts(body, title: title, date: nil).published_on }

    // 10 October is a Friday in 1997, 2003, 2008, 2014 and 2025; Lukashenko has been president since 1994.
    static let minsk = "MINSK, October 10 (BelTA) - Belarusian President Alexander Lukashenko said on Friday that the new customs rules had proved their worth. The two countries approved the programme in 2013. "

    // MARK: Years

    @Test(arguments: [
        "The agreement will enter into force on January 1, 2016, after ratification by both parliaments.",
        "The agreement is to take effect on 1 January 2016, once ratified.",
    ])
    func aFullDateInAFutureClauseIsATarget(sentence: String) {
        // 2016 bounds the article from above; the nearest Friday to the programme's year is 2014.
        #expect(date(Self.minsk + sentence) == "2014-10-10")
    }

    @Test func aFullDateInAPastClauseStillBounds() {
        #expect(date(Self.minsk + "The agreement entered into force on January 1, 2016, after ratification.") == "2025-10-10")
    }

    @Test(arguments: [
        "The first summit of 2016 is scheduled for the spring in Astana.",
        "The elections of 2016 are due to take place in the autumn.",
    ])
    func anEventsYearFollowsTheTenseAfterIt(sentence: String) {
        #expect(date(Self.minsk + sentence) == "2014-10-10")
    }

    @Test func aThingsYearIsHistoryWhateverFollows() {
        // "the treaty of 2016" existed before the article, whatever the clause goes on to say.
        #expect(date(Self.minsk + "The treaty of 2016 must be respected by every member.") == "2025-10-10")
    }

    @Test(arguments: [
        "Energy ministers met to discuss possible gas deliveries from 2016.",
        "The sides agreed to consider a joint venture in 2016.",
    ])
    func aYearInATopicBoundsNothing(sentence: String) {
        #expect(date(Self.minsk + sentence) == "2014-10-10")
    }

    @Test func aYearAfterTheTalksStillBounds() {
        #expect(date(Self.minsk + "Energy ministers met in 2016 to discuss possible gas deliveries.") == "2025-10-10")
    }

    // MARK: Weekdays

    // 14 March is a Thursday in 1996, 2002, 2013, 2019 and 2024; Tokayev has been president since 2019.
    static let astana = "ASTANA, March 14 (Kazinform) - Kazakh President Kassym-Jomart Tokayev received the Chinese foreign minister on Thursday. "

    @Test(arguments: [
        "He is scheduled to meet the prime minister on Saturday.",
        "The minister will visit Almaty on Saturday.",
    ])
    func aScheduledWeekdayIsNotNarrated(sentence: String) {
        // Saturday narrated would pull the date to 2019, when 14 March is closer after a Saturday than in 2024.
        #expect(date(Self.astana + sentence) == "2024-03-14")
    }

    // MARK: Anchors

    // Yeltsin (1991-1999) and Kuchma (1994-2005) leave six years open; 31 May 1997 is a Saturday.
    @Test(arguments: [
        "KIEV, May 31 (RIA Novosti) - Russian President Boris Yeltsin and Ukrainian President Leonid Kuchma today signed the Treaty on Friendship, Cooperation and Partnership.",
        "KIEV, May 31 (Interfax) - Presidents Boris Yeltsin of Russia and Leonid Kuchma of Ukraine on Saturday signed the Treaty on Friendship, Cooperation and Partnership between the two countries.",
    ])
    func aSigningReportedAsNewsDatesTheArticle(body: String) {
        #expect(date(body) == "1997-05-31")
    }

    @Test(arguments: [
        "KIEV, May 31 (RIA Novosti) - Russian President Boris Yeltsin and Ukrainian President Leonid Kuchma today recalled the Treaty on Friendship, Cooperation and Partnership they signed two years ago.",
        "KIEV, May 31 (RIA Novosti) - Russian President Boris Yeltsin and Ukrainian President Leonid Kuchma will today sign the Treaty on Friendship, Cooperation and Partnership.",
        "KIEV, May 31 (RIA Novosti) - Russian President Boris Yeltsin and Ukrainian President Leonid Kuchma today discussed the Treaty on Friendship, Cooperation and Partnership, signed in Kiev.",
    ])
    func aSigningRecalledOrPlannedDatesNothing(body: String) {
        #expect(date(body) != "1997-05-31")
    }

    @Test func anAnniversaryMarkedNextYearDatesTheYearBefore() {
        let body = "President of Kazakhstan Nursultan Nazarbayev sent a message to Vladimir Putin. Next year Kazakhstan and Russia will celebrate the 25th anniversary of the Treaty of Friendship, Cooperation and Mutual Assistance."
        #expect(date(body) == "2016")
        #expect(date(body.replacingOccurrences(of: "Next year", with: "Some day")) != "2016")
    }

    @Test func theMonthAnAnniversaryIsMarkedThisMonth() {
        let body = "Turkmenistan and Russia celebrate this month the 30th anniversary of the establishment of diplomatic relations, established in April 1992."
        #expect(date(body.replacingOccurrences(of: ", established in April 1992", with: "")) == "2022-04")
        #expect(date(body.replacingOccurrences(of: "this month", with: "this year").replacingOccurrences(of: ", established in April 1992", with: "")) == "2022")
    }

    // MARK: Date lines

    @Test(arguments: [
        ("Feb. 23, 2024", "2024-02-23"),
        ("23 Feb. 2024", "2024-02-23"),
        ("Politics | 08/05/21 15:22 | 24.kg news agency", "2021-05-08"),
        ("Civil.Ge | Tbilisi / 29 Aug.'08 / 17:32", "2008-08-29"),
    ])
    func aHeadersDateDatesTheArticle(line: String, expected: String) {
        #expect(date("\(line)\n\nArmenian Prime Minister Nikol Pashinyan spoke to reporters.", title: "A title") == expected)
    }

    @Test(arguments: [
        "The score was 08/05/21 in the third round.",
        "Pashinyan said 2/3 of the 2024 budget was spent.",
    ])
    func numbersInASentenceAreNoDateLine(line: String) {
        #expect(date("\(line)\n\nThe talks went on.", title: "A title") == nil)
    }

    // MARK: Furniture

    @Test func headlinesUnderReadMoreAreFurniture() {
        let body = "Lukashenko and Putin met in Minsk.\n\nRead more:\n- Belarus, Russia to synchronise programmes in 2025-2026\n- Trade with Russia to exceed $50bn\n\nThe talks lasted three hours."
        #expect(TextCleaner.clean(body) == "Lukashenko and Putin met in Minsk.\n\nThe talks lasted three hours.")
    }

    @Test func headlinesUnderRelatedNewsAreFurniture() {
        let body = "Aliyev sent a letter to Tokayev.\n\nRelated news\nIran, Russia discuss North-South corridor\nRaisi: SCO membership opens new horizons"
        #expect(TextCleaner.clean(body) == "Aliyev sent a letter to Tokayev.")
    }

    @Test func aParagraphAfterTheHeadlinesIsKept() {
        let body = "Aliyev sent a letter to Tokayev.\n\nRead also\nKazakhstan to open trade house in Baku\nThe letter was published by the press service on Monday."
        #expect(TextCleaner.clean(body).hasSuffix("The letter was published by the press service on Monday."))
    }
}
