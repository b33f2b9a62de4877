import Testing
@testable import RelationsKit

/// Dating copy whose only year clue is what it marks, written the ways other outlets write it: a page header's render date
/// printed in any punctuation, a span of years narrated in the past, and a lead that dates its news by the year an
/// anniversary marks. Every sentence here is invented (countries, people and years other than the real items').
@Suite("extraction: dates of real copy, the nineteenth round")
struct Real44DateTests: WireCopyProbe {
    static let armenianAnniversary = "On the occasion of the 25th anniversary of the establishment of diplomatic relations between Armenia and Russia, the foreign ministers of the two countries exchanged congratulatory messages."

    // MARK: A header's render date does not veto the year an anniversary gives

    @Test(arguments: [
        "Thursday, 7, March, 2024",
        "Thu | 7 | Mar | 2024",
        "Thursday / 7 / March / 2024",
        "7, March, 2024, Thursday",
    ])
    /// (A date line the date rules parse, "Thursday 7th of March, 2024 10:12", is the page's date line and gives a full date,
    /// as the guide says; these are the lines no rule reads as a date.)
    func aHeaderDateLineInAnyPunctuationIsARenderDate(header: String) {
        let found = facts("\(header)\n\n\(Self.armenianAnniversary)", date: nil)
        #expect(found.published_on == "2017")
    }

    @Test func aLaterYearTheProseNarratesStillBoundsTheArticle() {
        // Near miss: the year is an event's in a sentence, not a header's line of date words.
        let found = facts("\(Self.armenianAnniversary)\n\nThe two ministers had met in Yerevan in March 2019 and signed a programme.", date: nil)
        #expect(found.published_on != "2017")
    }

    // MARK: The end of a span of years narrated in the past is behind the article

    @Test(arguments: [
        "Since 1995 until 2004, the library received over a million books from Moscow.",
        "From 1994 to 2003 the fund was given 40 million roubles by the two governments.",
        "The envoy served in Yerevan from 1996 through 2005 and opened three consulates.",
        "Between 1993 and 2006, the embassy delivered aid to schools in the region.",
    ])
    func theEndOfASpanNarratedInThePastIsHistory(span: String) {
        let found = facts("\(Self.armenianAnniversary)\n\n\(span)", date: nil)
        #expect(found.published_on == "2017")
    }

    @Test(arguments: [
        "The programme runs from 2012 to 2015 and covers education.",
        "The new programme will run from 2012 to 2015.",
        "From 2012 to 2015 the quota is to stay as it is.",
    ])
    func aSpanInThePresentOrTheFutureStillLiesAhead(span: String) {
        // Near misses: no past verb narrates the span, so its end bounds the article from above, before the year marked.
        let found = facts("\(Self.armenianAnniversary)\n\n\(span)", date: nil)
        #expect(found.published_on != "2017")
    }

    // MARK: A lead that dates its news by the year an anniversary marks

    @Test(arguments: [
        "Yerevan (Example.am) -- On 3 April 2017, on the occasion of the 25th anniversary of the establishment of diplomatic relations between Armenia and Russia, the two foreign ministers exchanged congratulatory messages.",
        "Yerevan (Example.am) -- The foreign ministers of Armenia and Russia exchanged messages in April 2017 on the occasion of the 25th anniversary of diplomatic relations between the two countries.",
        "Yerevan (Example.am) -- A reception was held in Yerevan on April 3, 2017, dedicated to the 25th anniversary of the establishment of diplomatic relations between Armenia and Russia.",
    ])
    func aLeadDatedByTheYearMarkedDatesTheArticle(lead: String) {
        let found = facts(lead, date: nil)
        #expect(found.published_on?.hasPrefix("2017") == true)
    }

    @Test func aLeadDatedByTheYearMarkedYieldsToALaterYear() {
        // Near miss: the text goes on to a later year, so the lead may be history it recalls.
        let found = facts("Yerevan (Example.am) -- On 3 April 2017, on the occasion of the 25th anniversary of the establishment of diplomatic relations between Armenia and Russia, the two foreign ministers exchanged congratulatory messages.\n\nThe ministers met again in Moscow in 2021.", date: nil)
        #expect(found.published_on?.hasPrefix("2017") != true)
    }

    @Test func aLaterSentenceDatedByTheYearMarkedIsHistory() {
        // Near miss: not the lead; the sentence recalls an earlier jubilee.
        let found = facts("The foreign ministers of Armenia and Russia met in Moscow on Tuesday.\n\nIn 2017, on the occasion of the 25th anniversary of diplomatic relations between Armenia and Russia, they had exchanged messages.", date: nil)
        #expect(found.published_on != "2017")
    }

    @Test func aLeadAboutTheFutureIsNoDate() {
        // Near miss: a plan for the year marked.
        let found = facts("Yerevan (Example.am) -- The foreign ministers of Armenia and Russia will exchange messages in April 2017 on the occasion of the 25th anniversary of diplomatic relations.", date: nil)
        #expect(found.published_on != "2017")
    }
}
