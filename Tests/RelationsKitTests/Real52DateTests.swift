import Testing
@testable import RelationsKit

/// The annotation guide's ruling of the nineteenth real-copy round (published_on: "The day of the event the text reports is
/// not the page's day"): a day that only dates the event the article reports gives the year alone, however the lead words
/// it; the day counts when the text ties it to the time of writing (a dateline, a date line, a stamp with its clock time,
/// "today"). Every sentence here is invented (countries, people and years other than the real items').
@Suite("extraction: the day of the event reported is not the page's day")
struct Real52DateTests: WireCopyProbe {
    // MARK: The lead's day of the event gives the year alone

    @Test(arguments: [
        "On 14 March 2013, the foreign ministers of Moldova and Latvia held talks in Riga.",
        "On March 14, 2013 the presidents of Lithuania and Georgia met in Vilnius and signed a joint declaration.",
        "On Thursday, 14 March 2013, the prime ministers of Estonia and Moldova discussed trade in Tallinn.",
        "On 14 March 2013 a memorandum was signed by the defence ministers of Latvia and Georgia.",
    ])
    func theLeadsFullDateOfTheEventGivesTheYear(lead: String) {
        #expect(facts(lead, date: nil).published_on == "2013")
    }

    @Test(arguments: [
        "On 9 June, the presidents of Lithuania and Moldova held talks in Vilnius. The two leaders first met in 2011.",
        "On June 9, President Dalia Grybauskaite of Lithuania received the Moldovan foreign minister. Their countries signed a treaty in 2011.",
    ])
    func theLeadsDayWithoutAYearGivesNoDay(lead: String) {
        let found = facts(lead, date: nil)
        #expect(found.published_on.map { $0.count <= 4 } ?? true)
    }

    // MARK: A day tied to the time of writing still counts

    @Test func aDatelineWithItsDayGivesTheDay() {
        // Near miss: the dateline, not the narrated event, dates the page.
        let found = facts("RIGA, March 15, 2013 - On 14 March the foreign ministers of Moldova and Latvia held talks.", date: nil)
        #expect(found.published_on == "2013-03-15")
    }

    @Test(arguments: [
        "Fri Mar 15, 2013 3:41pm EST",
        "Friday, March 15, 2013 | 11:44",
    ])
    func aStampWithItsClockTimeOverANarratedWeekdayGivesTheDay(stamp: String) {
        // The narrated weekday agrees with the stamp: the stamp is the page's own date, not the event's.
        let found = facts("\(stamp)\n\nThe foreign ministers of Moldova and Latvia signed a protocol on Friday in Riga.", date: nil)
        #expect(found.published_on == "2013-03-15")
    }
}
