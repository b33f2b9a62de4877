import Testing
@testable import RelationsKit

/// Dating wire copy of the twentieth real-copy round, by class of wording rather than by the sentence that prompted each
/// reading: a date line whose place a colon parts from its date ("Rashtrapati Bhavan : 08.09.2015" over a president's
/// message) is the page's date, as with a comma, while a stamp's label before a colon, or prose, is no place; a sentence
/// that opens with a weekday placed relative to now ("Last Sunday, April 26, ...") is no dateline; an anniversary's thing
/// is dated by another sentence only under its own name or its first word alone, not by a longer or shorter name that
/// shares its first words (the treaty is not the organisation it gave its name to). Every sentence here is invented
/// (countries, people and years other than the real items').
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

    // MARK: An anniversary's thing dated in another sentence, by its own name

    @Test(arguments: [
        "Today marks the 15th anniversary of the creation of the Collective Security Treaty Organisation. The Collective Security Treaty was signed in Tashkent in 1992.",
        "Officials marked the 15th anniversary of the founding of the Collective Security Treaty Organisation. The Collective Security Treaty, which six states signed in 1992, preceded it.",
        "The 15th anniversary of the Collective Security Treaty Organisation was celebrated today. In 1992 the Collective Security Treaty was signed; it was extended in 1999.",
    ])
    func aLongerNamesShorterNameIsAnotherThing(body: String) {
        // The organisation's year from the reference (founded in 2002), not the treaty's 1992 plus the ordinal.
        #expect(facts(body, title: "CSTO news", date: nil).published_on == "2017")
    }

    @Test(arguments: [
        ("BAKU, November 12. Deputies marked the 20th anniversary of the Charter of Tallinn. The Charter of Tallinn was adopted in 1996.", "2016-11-12"),
        ("BAKU, November 12. Deputies marked the 20th anniversary of the Charter of Tallinn. The Charter, adopted in 1996, set the rules.", "2016-11-12"),
    ])
    func theSameNameOrItsFirstWordDatesTheThing(body: String, expected: String) {
        #expect(facts(body, date: nil).published_on == expected)
    }

    @Test func anotherCharterDatesNothing() {
        // Near miss: "the Charter of the United Nations" is not "the Charter of Tallinn", though both open with "Charter".
        let body = "BAKU, November 12. Deputies marked the 20th anniversary of the Charter of Tallinn. The Charter of the United Nations was signed in 1945."
        #expect(facts(body, date: nil).published_on != "1965-11-12")
    }
}
