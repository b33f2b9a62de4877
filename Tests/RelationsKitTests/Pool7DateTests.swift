import Testing
@testable import RelationsKit

/// Publication dates in the shapes of the pool7 precision audit (real wire copy), by mechanism: a newest event far before
/// every year a weekday fits picks none of them; the weekday a date line writes beside its own day fixes the year; a bare
/// date set off by a comma ("..., on August 18, 2009") takes the tense of the clause before it, past an aside; a headline's
/// full date is not the page's when the headline or the body places it ahead; an anniversary of a thing another sentence
/// dates ("The Declaration, adopted on August 23, 1990,") marks its year. Invented articles, each mechanism with a
/// negative case.
@Suite("extraction: pool7 audit, publication dates")
struct Pool7DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = "A title") -> String? { facts(body, title: title, date: nil).published_on }

    // MARK: A newest event far before the years a weekday fits

    @Test(arguments: [
        "The grouping, set up in 2001, now has ten members.",
        "The grouping was founded in 2001 and now has ten members.",
        "Delegates recalled the founding summit, which was held in 2001.",
    ])
    func aDistantEventPicksNoYear(history: String) {
        // Thursday, 4 July under President Tokayev is 2019 or 2024: 2001 says nothing of which.
        let body = "ASTANA, July 4. President Kassym-Jomart Tokayev opened the summit on Thursday. " + history
        #expect(date(body) == nil)
    }

    @Test func aRecentEventStillPicks() {
        let body = "ASTANA, July 4. President Kassym-Jomart Tokayev opened the summit on Thursday. The leaders had last gathered in Qingdao in 2018."
        #expect(date(body) == "2019-07-04")
    }

    // MARK: The weekday of the date line itself

    @Test(arguments: ["Monday, September 29", "Monday 29 September", "September 29, Monday"])
    func aDateLinesWeekdayFixesTheYear(line: String) {
        let body = line + "\n\nIn 2008 the president announced the decision to leave the bloc. The matter will be discussed at the summit in October."
        #expect(date(body) == "2008-09-29")
    }

    @Test func anotherWeekdayAnotherYear() {
        let body = "Tuesday, September 29\n\nIn 2008 the president announced the decision to leave the bloc. The matter will be discussed at the summit in October."
        #expect(date(body) == "2009-09-29")
    }

    @Test func withoutTheWeekdayNoYear() {
        let body = "September 29\n\nIn 2008 the president announced the decision to leave the bloc. The matter will be discussed at the summit in October."
        #expect(date(body) == nil)
    }

    // MARK: A bare date after a comma takes the tense of the clause before it

    @Test(arguments: [
        "Under the charter, the country will formally leave the bloc, as far as its secretariat is concerned, on August 18, 2009.",
        "Under the charter, the country will formally leave the bloc, on 18 August 2009.",
        "The country is to leave the bloc, according to the charter, on August 18, 2009.",
        "The country will be out of the bloc, as the charter requires, in August 2009.",
    ])
    func aDateSetOffByACommaIsAhead(sentence: String) {
        let body = "Monday, September 29\n\nIn 2008 the president announced the decision to leave the bloc. " + sentence
        #expect(date(body) == "2008-09-29")
    }

    @Test func aDateSetOffAfterThePastIsHistory() {
        let body = "Monday, September 29\n\nIn 2008 the president announced the decision to leave the bloc. The country formally left the bloc, as far as its secretariat is concerned, on August 18, 2009."
        #expect(date(body) != "2008-09-29")
    }

    // MARK: A headline's full date that lies ahead

    @Test(arguments: [
        "Georgia to quit the bloc August 18, 2009",
        "Georgia to leave the bloc on 18 August 2009",
        "Georgia will quit the bloc August 18, 2009",
        "Georgia quits the bloc August 18, 2009",
    ])
    func aHeadlinesDateAheadIsNoPageDate(title: String) {
        let body = "TBILISI -- Georgia will formally leave the bloc on August 18, 2009, an official of its secretariat said."
        #expect(date(body, title: title) != "2009-08-18")
    }

    @Test(arguments: ["News in brief, August 18, 2009", "Address to the nation — 18 August 2009"])
    func aDigestsOrAnAddresssDateStays(title: String) {
        let body = "TBILISI -- The official said the country would stay in the bloc's free trade area. The secretariat confirmed the note."
        #expect(date(body, title: title) == "2009-08-18")
    }

    // MARK: An anniversary of a thing another sentence dates

    @Test(arguments: [
        ("YEREVAN, August 23. The prime minister addressed a message on the 32nd anniversary of the adoption of the Declaration of Independence. The Declaration, adopted by the Supreme Council on August 23, 1990, opened the road to statehood.", "2022-08-23"),
        ("DUSHANBE, March 4. Officials gathered for the 25th anniversary of the signing of the Accord. The Accord, which the two premiers signed in 1998, ended the dispute.", "2023-03-04"),
        ("BAKU, November 12. Deputies marked the 20th anniversary of the Constitution. The Constitution was adopted by referendum in 1995.", "2015-11-12"),
    ])
    func anAnniversaryDatedInAnotherSentence(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        "YEREVAN, August 23. The prime minister addressed a message on the 32nd anniversary of the adoption of the Declaration of Independence. The Declaration was adopted in 1990. The Declaration was proclaimed again in 1991.",
        "YEREVAN, August 23. The prime minister addressed a message on the 32nd anniversary of the adoption of the Declaration of Independence. It opened the road to statehood.",
    ])
    func anAnniversaryOfAThingNotDatedOnceGivesNoYear(body: String) {
        #expect(date(body) == nil)
    }
}
