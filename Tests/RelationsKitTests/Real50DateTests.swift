import Testing
@testable import RelationsKit

/// Dating wire copy of the twentieth real-copy round, by class of wording rather than by the sentence that prompted each
/// reading: a date line whose place a colon parts from its date ("Rashtrapati Bhavan : 08.09.2015" over a president's
/// message) is the page's date, as with a comma, while a stamp's label before a colon, or prose, is no place. Every sentence
/// here is invented (countries, people and years other than the real items').
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
}
