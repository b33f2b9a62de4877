import Foundation
import Testing
@testable import RelationsKit

/// Publication dates in the shapes the real10 and real12 development sets found failing, by family of wording: where a
/// page prints its date (a stamp whose year a spaced slash sets apart, a line crediting the page to its outlet, a source
/// line that parts outlet and date by a semicolon, a line saying how current the page is, a source's credit at the foot, an
/// embedded post of the day narrated, a letter's place and date under its signature), an event counted back "N years ago"
/// and dated elsewhere, an anniversary said to fall today on a day the text gives, and an office-holder's
/// apposition that calls a state, not the person, former. Invented articles and sentences, each mechanism with a negative
/// case.
@Suite("extraction: real12 round, publication dates")
struct Real12DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = "A title") -> String? { facts(body, title: title, date: nil).published_on }

    // MARK: Where a page prints its date

    @Test(arguments: [
        ("12 march / 2019\n\nThe ministers met in Minsk to discuss transit.", "2019-03-12"),
        ("08 November / 2017\n\nThe embassy held a reception for the diplomatic corps.", "2017-11-08"),
    ])
    func aStampWhoseYearASpacedSlashSetsApart(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aSlashBeforeACountIsNoYear() {
        #expect(date("The delegation arrived on 12 March / 20 delegates attended the talks.") == nil)
    }

    @Test(arguments: [
        ("The talks went well, the ministry said.\nThe parties agreed to meet again.\nPublished in Dawn, June 25th, 2022\nDear reader, comments are closed.", "2022-06-25"),
        ("The talks went well, the ministry said.\nFirst published by The Moscow Times on 3 May 2021\nRead more about the region.\nShare this story.", "2021-05-03"),
        ("The talks went well, the ministry said.\nOriginally posted at Eurasianet, 12 March 2019.\nAll rights reserved.\nContact us.", "2019-03-12"),
    ])
    func aLineCreditingThePageToItsOutletDatesIt(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        "The talks went well, the ministry said.\nPublished in 1997, the report was read widely and the ministry replied at length.",
        "The talks went well.\nThe report was published in Dawn on June 25th, 2022, and the ministry replied to it at length later on.",
    ])
    func aPublicationInsideASentenceDatesNoPage(body: String) {
        #expect(date(body) == nil)
    }

    @Test(arguments: [
        ("AP Worldstream; Jun 24, 2006\n\nThe president said the bloc would meet again in the autumn.", "2006-06-24"),
        ("Itar-Tass; 12 May 2004\n\nThe talks ended without a statement.", "2004-05-12"),
    ])
    func aSourceLineMayPartOutletAndDateByASemicolon(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aSemicolonInASentenceIsNoFieldSeparator() {
        #expect(date("The ministers met again in the capital after the long recess; June 24, 2006 was the day the parties had chosen for it, officials said.") == nil)
    }

    @Test(arguments: [
        ("Parliament approved the country's membership in the Commonwealth.\n\nData as of June 1995", "1995-06"),
        ("The economy grew after the reforms of the decade.\n\nInformation current as of 3 March 2004", "2004-03-03"),
        ("The economy grew after the reforms of the decade.\n\nRevised in October 2011", "2011-10"),
    ])
    func aLineSayingHowCurrentThePageIsDatesIt(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aCurrencyOfDataInsideASentenceDatesNoPage() {
        #expect(date("Data as of June 1995 show that trade with the neighbours grew by a third.") == nil)
    }

    @Test func aSourcesCreditAtTheFootYieldsToThePagesOwnStamp() {
        let story = "The president said in his address to the leaders that his country would keep its neutral status in all of its dealings with them."
        #expect(date("28.08.05 16:00\n\n\(story)\n\nITAR-TASS, 27.08.2005\n\nPrinter-friendly version") == "2005-08-28")
        // With no stamp at the head, the credit still dates the page.
        #expect(date("\(story)\n\nITAR-TASS, 27.08.2005\n\nPrinter-friendly version") == "2005-08-27")
    }

    @Test func anEmbeddedPostOfTheDayNarratedDatesThePage() {
        let body = "The two presidents marked the centenary of relations in Riga on Tuesday.\nThe talks were warm, she wrote.\n— Jane Doe (@JaneDoe) March 2, 2021\nThe flags were flown in the capital."
        #expect(date(body) == "2021-03-02")
        // A post of another day than the one narrated (Wednesday) dates nothing.
        #expect(date(body.replacingOccurrences(of: "on Tuesday", with: "on Wednesday")) == nil)
    }

    @Test func aLettersPlaceAndDateUnderItsSignatureDatesItAboveThePagesFurniture() {
        // Nine lines of the letter: its closing line lies beyond the reach of a dateline, and page furniture follows it.
        let letter = "Dear Mr. President,\n" + (1...8).map { "The friendship of our peoples has grown in the year number \($0) of our work together." }.joined(separator: "\n")
        let furniture = "\n\nMost popular stories of the week and month from our site\nThe weather today in the capital and the regions"
        #expect(date(letter + "\nAlexander Petrov\nPresident of the Republic of Nowhere\nBaku, July 7, 2014" + furniture) == "2014-07-07")
        // The same line right after the prose, no signature above it, dates nothing there.
        #expect(date(letter + "\nBaku, July 7, 2014" + furniture) == nil)
    }

    // MARK: An event counted back and dated elsewhere

    @Test(arguments: [
        ("The minister said his country might have been at risk had it not joined NATO 20 years ago.\n\nLatvia and Lithuania also joined NATO on March 29, 2004.", "2024"),
        ("The two presidents signed the treaty 25 years ago in Moscow, the envoy recalled.\n\nThey signed the treaty in 1997 after long talks.", "2022"),
        ("Officials recalled that the republic adopted the constitution ten years ago.\n\nThe deputies adopted the constitution in the spring of 1995 after a referendum.", "2005"),
    ])
    func anEventCountedBackAndDatedElsewhereGivesTheYear(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        "The minister said the country joined NATO 20 years ago.",
        "Since the country joined NATO 20 years ago, it has grown.\n\nThe minister praised the navy.\n\nThe navy joined NATO exercises in 2004.",
    ])
    func aCountWithNoDatedTwinOrSinceGivesNoYear(body: String) {
        #expect(date(body) == nil)
    }

    // MARK: An anniversary that falls today

    @Test(arguments: [
        "Today marks 25 years since the establishment of diplomatic relations between Kyrgyzstan and the United States. The relations date from December 27, 1991.",
        "Today is the 25th anniversary of diplomatic relations between the United States and Kyrgyzstan, established on 27 December 1991, the ministry said.",
    ])
    func anAnniversaryTodayOfADayTheTextGivesIsThatDay(body: String) {
        #expect(date(body) == "2016-12-27")
    }

    @Test(arguments: [
        // The day not given by the text: the reference's day is no clue the text supports.
        "Today we celebrate the 25th anniversary of diplomatic relations between Kyrgyzstan and the United States.",
        // Not today.
        "This year marks 25 years since the establishment of diplomatic relations between Kyrgyzstan and the United States on December 27, 1991.",
    ])
    func anAnniversaryNotTodayOrOfNoDayGivesOnlyTheYear(body: String) {
        #expect(date(body) == "2016")
    }

    // MARK: "former" of a state in an office-holder's apposition

    @Test func aFormerStateInTheAppositionLeavesTheOfficeOfTheDay() {
        // Thursday 11 May fits 2000, 2006, 2017 and 2023; the president's term (2001–2006) picks 2006.
        #expect(date("TALLINN, May 11 (Agency) - Arnold Ruutel, President of Estonia, another former Soviet republic, said on Thursday that the talks went well.") == "2006-05-11")
    }

    @Test func aFormerOfficeInTheAppositionDatesNothing() {
        #expect(date("TALLINN, May 11 (Agency) - Arnold Ruutel, the country's former president, said on Thursday that the talks went well.") == nil)
    }
}
