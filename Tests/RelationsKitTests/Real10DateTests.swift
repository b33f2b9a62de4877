import Testing
@testable import RelationsKit

/// Publication dates in the shapes of the real7 round (real wire copy) and the pool9 audit, by mechanism: a labelled stamp
/// written year first at the foot, an agency's credit in brackets, a title's date that the body outdates, the month of a
/// title's full date, an anniversary of a thing its bracket dates, an anniversary the present marks in the year it names, a
/// membership's reference date that the sentence's own day rules out, a weekday written with its own day, a future month
/// as an upper bound, a month-dated event nearly a year back, a New Year named with its year, and a relative date inside a
/// "since" clause. Invented articles and sentences, each mechanism with a negative case.
@Suite("extraction: real10 round, publication dates")
struct Real10DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = "A title") -> String? { facts(body, title: title, date: nil).published_on }

    func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(MatchText(text).scalars) }

    /// Paragraphs with no date in them, to push what follows below the head.
    let filler = """
        The ministers discussed trade and transport.

        They agreed to meet again.

        Both sides praised the talks.

        Experts called the meeting useful.

        The delegations exchanged gifts.

        Journalists were briefed afterwards.

        """

    // MARK: A year-first stamp under its label, anywhere in the body

    @Test(arguments: [
        ("Date\n2018.05.20 / 15:37\nAuthor\nNewsdesk\n", "2018-05-20"),
        ("Date: 2019/03/04\nAuthor: Newsdesk\n", "2019-03-04"),
        ("Published\n2021.11.02 09:15\nSee the archive\n", "2021-11-02"),
    ])
    func aLabelledStampAtTheFootDatesThePage(stamp: String, expected: String) {
        #expect(date(filler + stamp + "Contact us\nAbout the site\n") == expected)
    }

    @Test func aStampLabelledAsAnUpdateDatesNothing() {
        #expect(date(filler + "Updated\n2018.05.20 / 15:37\nAuthor\nNewsdesk\nContact us\nAbout the site\n") == nil)
    }

    @Test func aYearFirstDateNeedsTwoDigitFieldsOfOneSeparator() {
        #expect(PublicationDate.fullDates(in: tokens("2018.05.20"), range: 0..<5).first.map { [$0.year, $0.month, $0.day] } == [2018, 5, 20])
        #expect(PublicationDate.fullDates(in: tokens("2018.05/20"), range: 0..<5).isEmpty)
        #expect(PublicationDate.fullDates(in: tokens("2018.5.20"), range: 0..<5).isEmpty)
    }

    // MARK: An agency's credit in brackets on a line of its own

    @Test(arguments: [
        ("(Xinhua News Agency August 13, 2008)", "2008-08-13"),
        ("(Interfax News Service 12 March 2004)", "2004-03-12"),
        ("(Agency Bulletin June 2, 2011)", "2011-06-02"),
    ])
    func anAgencysCreditDatesThePage(credit: String, expected: String) {
        #expect(date(filler + credit + "\n\nTools: Save | Print") == expected)
    }

    @Test(arguments: ["(Report of the Commission August 13, 2008)", "(signed in Minsk on December 24, 1993)"])
    func aTitleInSmallLettersOrAnActInBracketsIsNoCredit(line: String) {
        #expect(date(filler + line + "\n\nTools: Save | Print") == nil)
    }

    // MARK: A title's date that the body outdates

    @Test(arguments: [
        // The lead's own event gives its year only (the day of an event is not the page's).
        ("Statement of the president at the summit — December 24, 1993", "The president made a statement at the summit on December 2, 1994.", "1994"),
        ("Ministry news — 12.05.2015", "The minister flew to Minsk on 3 June 2015 and held talks there.", "2015"),
    ])
    func aTitlesDateOlderThanANarratedEventIsNotThePages(title: String, body: String, year: String) {
        #expect(date(body, title: title) == year)
    }

    @Test func aTitlesDateOlderThanAnEventAheadStaysThePages() {
        #expect(date("The agreement will enter into force on 3 June 2016.", title: "Ministry news — 12.05.2015") == "2015-05-12")
    }

    @Test func theMonthOfATitlesFullDateIsNoIssuesMonth() {
        #expect(date("The presidents took part in the summit.", title: "Summit Communique, 23 May 2006, Kyiv") == nil)
        #expect(date("The presidents took part in the summit.", title: "Foreign policy digest: May 2006") == "2006-05")
    }

    // MARK: An anniversary of a thing its bracket dates

    @Test(arguments: [
        ("The visit took place in the year of the 20th anniversary of the Treaty on Cultural Exchange between Kazakhstan and Azerbaijan (May 24, 2005).", "2025"),
        ("The ministers marked the 15th anniversary of the Agreement on Transit Cooperation (signed on 3 March 2009).", "2024"),
        ("Officials noted the tenth anniversary of the Protocol on Water Sharing (2001).", "2011"),
    ])
    func anAnniversaryOfAThingItsBracketDatesGivesTheYear(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aBracketAfterAClauseBreakDatesNothing() {
        #expect(date("The ministers marked the 20th anniversary of the Treaty on Cultural Exchange, signed by them (May 24, 2005).") == nil)
    }

    // MARK: An anniversary the present marks in the year it names

    @Test(arguments: [
        ["an", "information", "campaign", "dedicated", "to", "the", "30th", "anniversary", "is", "taking", "place", "until", "may", "30", ",", "2022"],
        ["in", "2022", "the", "organisation", "celebrates", "its", "30th", "anniversary"],
        ["exhibitions", "are", "opening", "across", "the", "region", "for", "the", "anniversary", "in", "2022"],
    ])
    func aSentenceInThePresentNarratesNow(words: [String]) {
        #expect(PublicationDate.narratesPresent(words))
    }

    @Test(arguments: [
        ["in", "april", "1999", "uzbekistan", "joined", "the", "group", "where", "nato", "was", "celebrating", "its", "50th", "anniversary"],
        ["the", "celebrations", "were", "held", "in", "2022"],
        ["the", "treaty", "signed", "in", "1992", "expired"],
    ])
    func aSentenceInThePastDoesNot(words: [String]) {
        #expect(!PublicationDate.narratesPresent(words))
    }

    // MARK: A membership's reference date that the sentence's own day rules out

    @Test(arguments: [
        ("The foreign minister announced on June 13 that Uzbekistan pulls out of the group.", "2005-05"),
        ("The heads of state signed memorandums on the accession of India during the summit on June 24.", "2017-06-09"),
        ("Kyrgyzstan became the fifth member of the union on 8 May.", "2015-08-12"),
    ])
    func aDayOfTheSentencesOwnThatTheReferenceRulesOutIsAnotherEvent(sentence: String, reference: String) {
        #expect(PublicationDate.datesAnotherDay(tokens(sentence), reference: reference, dateline: nil))
    }

    @Test(arguments: [
        ("Belarus became the tenth member of the organisation on 4 July.", "2024-07-04"),
        ("Belarus became the tenth member of the organisation on July 5, after the vote.", "2024-07-04"),
        ("Uzbekistan left the group in May.", "2005-05"),
        ("Uzbekistan notified the chair on May 5 that it was leaving.", "2005-05"),
        ("Uzbekistan became a member on June 23, 2006.", "2006-06-23"),
    ])
    func theReferencesOwnDayOrNoDayKeepsTheEvent(sentence: String, reference: String) {
        #expect(!PublicationDate.datesAnotherDay(tokens(sentence), reference: reference, dateline: nil))
    }

    @Test func theDatelinesDayIsTheReportsNotTheEvents() {
        let sentence = tokens("(Tbilisi, June 14) - Uzbekistan pulls out of the group, the ministry said.")
        #expect(!PublicationDate.datesAnotherDay(sentence, reference: "2005-05", dateline: (6, 14)))
        #expect(PublicationDate.datesAnotherDay(sentence, reference: "2005-05", dateline: nil))
    }

    // MARK: A weekday written with its own day and month

    @Test(arguments: [
        "Moldova has been granted a new status by the union.\n\nPresident Igor Dodon said on Friday (14 April) that the decision was historic. Prime Minister Pavel Filip objected.",
        "Moldova has been granted a new status by the union.\n\nPresident Igor Dodon said on Friday, April 14, that the decision was historic. Prime Minister Pavel Filip objected.",
        "Moldova has been granted a new status by the union.\n\nOn Friday 14 April, President Igor Dodon called it historic. Prime Minister Pavel Filip objected.",
    ])
    func aDatedWeekdayAndTheOfficeHoldersGiveTheYear(body: String) {
        #expect(date(body)?.hasPrefix("2017") == true)
    }

    @Test func aDatedWeekdayAloneLeavesSeveralYears() {
        #expect(date("Moldova has been granted a new status by the union.\n\nThe minister said on Friday (14 April) that the decision was historic.") == nil)
    }

    @Test func aWeekdayBeforeAFullDateOrAloneHasNoOwnDate() {
        let full = tokens("on Friday, April 14, 2017 the talks ended")
        #expect(PublicationDate.ownDate(full, afterWeekdayAt: 1, in: 0..<full.count) == nil)
        let alone = tokens("on Friday the talks ended")
        #expect(PublicationDate.ownDate(alone, afterWeekdayAt: 1, in: 0..<alone.count) == nil)
        let dated = tokens("on Friday (14 April) the talks ended")
        #expect(PublicationDate.ownDate(dated, afterWeekdayAt: 1, in: 0..<dated.count).map { [$0.month, $0.day] } == [4, 14])
    }

    // MARK: A future month bounds the article from above; "are set to" is a schedule

    @Test(arguments: [
        "ASTANA, December 24. Kazakhstan and Uzbekistan are set to become partner states of the group starting January 1, 2025, the ministry said.",
        "ASTANA, December 24. The two states will attain partner status from January 1, 2025, an aide told journalists.",
    ])
    func aFutureMonthRulesOutTheYearItStartsOn(body: String) {
        #expect(date(body) != "2025-12-24")
    }

    @Test func setToIsAScheduleButSetUpIsNot() {
        let scheduled = tokens("they are set to join")
        #expect(PublicationDate.isObligation(scheduled, at: 1))
        let founded = tokens("it is set up in 2001")
        #expect(!PublicationDate.isObligation(founded, at: 1))
    }

    // MARK: The newest month-dated event picks the year after it only within ten months (`maxMonthsAfterEvent`)

    @Test func anEventNearlyAYearBackPicksNoYear() {
        #expect(date("CHISINAU, January 20. The ministry said the procedure would take a year. In February 2023, the government announced plans to denounce some agreements.") == nil)
    }

    @Test func anEventAFewMonthsBackPicksTheYearAfter() {
        #expect(date("YEREVAN, February 23. Armenia has frozen its participation in the bloc. The prime minister skipped the bloc's summit in November 2023.") == "2024-02-23")
    }

    // MARK: A New Year named with its year

    @Test(arguments: [
        "The president sent greetings on Christmas and the New Year 2020 to foreign leaders, wishing them success in the coming year.",
        "Greetings on the 2020 New Year went to the heads of state. The president hoped for joint work next year.",
    ])
    func aNewYearGreetedAheadIsTheYearAfterTheArticle(body: String) {
        #expect(date(body) == "2019")
    }

    @Test func aNewYearWithNoYearAheadGivesNoYear() {
        #expect(date("The president sent greetings on the New Year 2020 to foreign leaders.") == nil)
    }

    // MARK: A relative date in a clause "since" opens

    @Test func aRelativeDateAfterSinceDatesThePeriodsStart() {
        #expect(PublicationDate.relativeDistance("since the union started to function one year ago , it enlarged with the accession of armenia".split(separator: " ").map(String.init), articleMonth: nil) == nil)
        #expect(PublicationDate.relativeDistance("armenia joined the union a year ago".split(separator: " ").map(String.init), articleMonth: nil) == 1)
        #expect(PublicationDate.relativeDistance("since then , armenia joined the union two years ago".split(separator: " ").map(String.init), articleMonth: nil) == 2)
    }
}
