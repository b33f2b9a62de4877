import Testing
@testable import RelationsKit

/// Publication dates, the sixteenth real-copy round's second pass: the news counted forward from a membership event the
/// reference dates ("The meeting comes six months after X suspended its membership") is dated by that event's date plus
/// the span. Invented sentences only (no article's text), with other countries, organisations and years than the copy
/// that showed the class, and near-misses that must not fire.
@Suite("extraction: real36 round, the news counted from an event")
struct Real36bDateTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }

    // MARK: The span from the event to the news

    /// A news noun before a verb of following, a relative clause on it, "takes place", a span of weeks, a qualified
    /// count; the time passed up to now ("It has been a year since", "Six months have passed since"). Georgia left the CIS
    /// on 2009-08-18, Ukraine on 2018-05-19, Iran joined the SCO on 2023-07-04 and Belarus on 2024-07-04.
    @Test(arguments: [
        ("TBILISI, February 20 (Agency) – The talks come six months after Georgia left the Commonwealth of Independent States.", "2010-02-20"),
        ("TEHRAN, July 10 – The visit came a year after Iran joined the Shanghai Cooperation Organisation as a full member.", "2024-07-10"),
        ("MINSK, January 15. The ministers' meeting, which comes nearly six months after Belarus became a full member of the SCO, opened in the capital.", "2025-01-15"),
        ("KYIV, November 3 – It has been a year since Ukraine left the CIS, officials said.", "2019-11-03"),
        ("TBILISI, February 11. Six months have passed since Georgia left the Commonwealth of Independent States.", "2010-02-11"),
        ("MINSK, September 5. The summit takes place two months after Belarus joined the Shanghai Cooperation Organisation.", "2024-09-05"),
        ("MINSK, July 20 – The session comes two weeks after Belarus joined the Shanghai Cooperation Organisation.", "2024-07-20"),
        ("MINSK, September 5. This step comes just over two months after Belarus joined the SCO.", "2024-09-05"),
    ])
    func theNewsCountedFromAnEventIsDatedByIt(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    /// A future or a modal ("will come", "could come", "is expected to come", also in a quoted plan), the event's own
    /// subject counted from another event ("Georgia left ... a year after the war", "Georgia's exit ... came a year after
    /// the war"), and a past count ("It had been six months since"): the span dates nothing.
    @Test(arguments: [
        ("TEHRAN, July 10 – The summit will come a year after Iran joined the Shanghai Cooperation Organisation.", "2024-07-10"),
        ("TBILISI, February 20 – The meeting could come six months after Georgia left the Commonwealth of Independent States.", "2010-02-20"),
        ("TBILISI, February 20 – The meeting is expected to come six months after Georgia left the Commonwealth of Independent States.", "2010-02-20"),
        ("TBILISI, February 20 – Georgia left the Commonwealth of Independent States a year after the war.", "2010-02-20"),
        ("TBILISI, February 20 – It had been six months since Georgia left the CIS when the talks began.", "2010-02-20"),
        ("TEHRAN, July 10 – \"Our summit will come a year after Iran joined the SCO,\" the minister said.", "2024-07-10"),
        ("TBILISI, February 20 – Georgia's exit from the CIS came a year after the war, the minister recalled.", "2010-02-20"),
    ])
    func aPlannedOrOtherSpanDatesNothing(body: String, counted: String) {
        #expect(date(body) != counted)
    }

    // MARK: The arithmetic

    @Test func aSpanCrossesTheYearFromTheReferenceDate() {
        #expect(PublicationDate.year(of: "2012-06-28", plus: .init(months: 6, days: 0)) == 2012)
        #expect(PublicationDate.year(of: "2012-07-28", plus: .init(months: 6, days: 0)) == 2013)
        #expect(PublicationDate.year(of: "2015-12-20", plus: .init(months: 0, days: 14)) == 2016)
        #expect(PublicationDate.year(of: "2015", plus: .init(months: 24, days: 0)) == 2017)
        #expect(PublicationDate.year(of: "2015", plus: .init(months: 6, days: 0)) == nil)
        #expect(PublicationDate.year(of: "2015-12", plus: .init(months: 0, days: 14)) == nil)
    }
}
