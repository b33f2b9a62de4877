import Testing
@testable import RelationsKit

/// Dating wire copy of the twentieth real-copy round, by class of wording rather than by the sentence that prompted each
/// reading: a date line whose place a colon parts from its date ("Rashtrapati Bhavan : 08.09.2015" over a president's
/// message) is the page's date, as with a comma, while a stamp's label before a colon, or prose, is no place; a sentence
/// that opens with a weekday placed relative to now ("Last Sunday, April 26, ...") is no dateline. Every sentence here is
/// invented (countries, people and years other than the real items').
@Suite("extraction: wire copy dated by class of wording (twentieth real-copy round)")
struct Real50DateTests: WireCopyProbe {
    static let greeting = "The President of Latvia has extended his greetings to the people of Moldova on the eve of their Independence Day."

    // MARK: A place, a colon and a full date on a line of the head

    @Test(arguments: [
        "Presidential Palace : 26.08.2013",
        "New Delhi: 26 August 2013",
        "Kremlin, Moscow: August 26, 2013",
        "RIGA: 26.08.2013",
    ])
    func aPlaceAndAColonBeforeTheDateGiveTheDay(line: String) {
        let found = facts("\(line)\n\n\(Self.greeting)", title: "Greetings to Moldova", date: nil)
        #expect(found.published_on == "2013-08-26")
    }

    // MARK: Near misses: no place before the colon

    @Test func anUpdateStampAfterTheBylineIsNoDateline() {
        // The update's label before the colon is no place: the byline's own stamp dates the page.
        let found = facts("Anna Berzina |26.08.2013 - Update : 27.08.2013\n\n\(Self.greeting)", title: "Greetings to Moldova", date: nil)
        #expect(found.published_on == "2013-08-26")
    }

    @Test(arguments: [
        "Reminder: 27 August is the deadline for applications.",
        "The minister said: 27 August 2013 will be remembered.",
    ])
    func aColonInProseDatesNothing(line: String) {
        let found = facts("\(line)\n\n\(Self.greeting)", title: "Greetings to Moldova", date: nil)
        #expect(found.published_on == nil)
    }

    // MARK: A weekday placed relative to now opens a sentence, not a dateline

    @Test(arguments: [
        "Last Sunday, March 10, the voters of Latvia elected a new parliament.",
        "Next Friday, 15 March, the voters of Latvia will elect a new parliament.",
        "Early Monday, March 11, the electoral commission of Latvia published the results.",
        "This Sunday, March 10, the voters of Latvia elect a new parliament.",
    ])
    func aRelativeWeekdayAndItsDayAreNoDateline(sentence: String) {
        // The page's own stamp on the line above, with its clock time, dates the page; the sentence's day is the event's.
        let found = facts("13 March 2013, 22:00\n\n\(sentence)", title: "Latvia votes", date: nil)
        #expect(found.published_on == "2013-03-13")
    }

    @Test func aPlaceAndTheDayStillOpenADateline() {
        // Near miss: a place before the weekday keeps the dateline.
        let found = facts("RIGA, Sunday, March 10, 2013 - The voters of Latvia elected a new parliament.", title: "Latvia votes", date: nil)
        #expect(found.published_on == "2013-03-10")
    }
}
