import Testing
@testable import RelationsKit

/// Publication dates in the shapes of the twenty-third real-copy round: a plan named twice, once by its month alone ahead
/// ("to become members in June") and once by that month and its year ("the summit in June 2017"), gives a yearless
/// dateline its year (`PublicationDate.comingMonthYear`). Invented articles, with near misses.
@Suite("extraction: real-copy round 23, dates")
struct Real46DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = nil) -> String? { facts(body, title: title, date: nil).published_on }

    // MARK: A month named alone ahead, and with its year

    @Test(arguments: [
        // The headline's infinitive names the month; the body dates the plan by a modal of planning.
        ("Chile, Peru to become full members in September",
         "SANTIAGO, May 12 (Agency) -- The process is planned to be completed at the forum's summit in September 2019, the minister said.",
         "2019-05-12"),
        // Both in the body, the month alone in the future tense, the month with its day and year after "from"; a month before
        // the dateline's is the next year's, so the article is of the year before.
        (nil,
         "LIMA, October 3 (Agency) -- The new visa rules will take effect in January, the ministry said.\n\nThe rules will apply from January 1, 2021.",
         "2020-10-03"),
        // A schedule ("are due to"), and the date a modal of obligation governs.
        (nil,
         "QUITO, Feb 20 (Agency) -- The leaders are due to meet in Quito in April. The summit is to open on April 9, 2018.",
         "2018-02-20"),
        // An intention, a paragraph per mention, the year's date in a schedule.
        (nil,
         "BOGOTA, 14 June (Agency) -- Colombia intends to sign the accord in August.\n\nThe signing is scheduled for August 2016 in Cartagena.",
         "2016-06-14"),
    ])
    func aMonthNamedAheadTakesTheYearOfItsDatedMention(title: String?, body: String, expected: String) {
        #expect(date(body, title: title) == expected)
    }

    @Test(arguments: [
        // A month in the past tense: which year's it was, the text does not say.
        "LIMA, October 3 (Agency) -- Chile joined the forum in January, the ministry said. The rules will apply from January 1, 2021.",
        // "next June" may be a year further off.
        "LIMA, October 3 (Agency) -- The leaders will meet next June. The summit will open on June 5, 2019.",
        // Two years date the month ahead.
        "LIMA, October 3 (Agency) -- The leaders will meet in June. Summits will open on June 5, 2019, and on June 3, 2020.",
        // Weighing, not a plan: no future word before the month.
        "LIMA, October 3 (Agency) -- Peru is considering whether to join in March. The accession would take effect on March 1, 2017.",
        // A spoken remark about a meeting held: the month is behind.
        "LIMA, October 3 (Agency) -- The minister said talks were held in June. The next summit will open on June 5, 2019.",
    ])
    func noYearFromAMonthThatIsNotTheComingOne(body: String) {
        #expect(date(body) == nil)
    }
}
