import Testing
@testable import RelationsKit

/// Publication dates in the shapes of the real8 round (real wire copy), by mechanism: the end of the Soviet Union and the
/// republics of 1918 in the words copy uses for them as anniversaries' base years, a year the text says is in the present
/// tense, an elaboration after a comma that takes the tense of the clause it elaborates, and a dateline that opens with its
/// weekday and runs on into the lead after the place. Invented articles and sentences, each mechanism with a negative case.
@Suite("extraction: real11 round, publication dates")
struct Real11DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = "A title") -> String? { facts(body, title: title, date: nil).published_on }

    func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(MatchText(text).scalars) }

    // MARK: Historical events as anniversaries' base years

    @Test(arguments: [
        ("The two leaders signed the charter on the tenth anniversary of the break-up of the Soviet Union.", "2001"),
        ("The exhibition opened on the 20th anniversary of the dissolution of the USSR.", "2011"),
        ("Scholars met on the 25th anniversary of the disintegration of the Soviet Union.", "2016"),
        ("The embassy hosted a reception for the 104th anniversary of the proclamation of the Republic of Latvia.", "2022"),
        ("Greetings came on the 106th anniversary of the Azerbaijan Democratic Republic.", "2024"),
        ("The minister congratulated his colleague on the 103rd anniversary of the restoration of the State of Lithuania.", "2021"),
        ("Receptions marked the 102nd anniversary of the founding of the First Republic of Armenia.", "2020"),
        ("The leaders recalled the 30th anniversary of the signing of the Belovezha Accords.", "2021"),
        ("Wreaths were laid on the 35th anniversary of the Chernobyl disaster.", "2021"),
        ("The country observed the 30th anniversary of the Khojaly tragedy.", "2022"),
    ])
    func aHistoricalEventInAnyOfItsNamesGivesTheYear(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aThingOfTheRepublicsOrAYoungAnniversaryIsNoneOf1918() {
        // Independence restored in 1991, not the republic of 1918: no year before the Soviet Union's end fits.
        #expect(date("The choir sang on the 30th anniversary of the Latvian Republic.") == nil)
        #expect(date("The embassy held a concert on the 25th anniversary of the Republic of Estonia.") == nil)
    }

    // MARK: A year the text says is now

    @Test(arguments: [
        ("DUSHANBE, September 3. The year 2011 is a special year for the Commonwealth, the president said.", "2011-09-03"),
        ("2019 is the Year of Tourism in both countries, the minister told the forum.", "2019"),
        ("The deputies debated the budget. In 2023, this fee is 4.1 million lei.", "2023"),
        ("The ministry published the figures. In 2021 the two states are the largest partners of the union.", "2021"),
    ])
    func aYearSaidToBeInThePresentIsTheArticles(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        "The deputies debated the budget. In 2023, this fee was 4.1 million lei.",
        "The year 2011 was a special year for the Commonwealth, the president said.",
        "In 2030, the share is expected to double, the minister said.",
        "In 2023, the ministry said the fee is too high.",
        "The year 2030 is the deadline for the programme.",
    ])
    func aYearInThePastOrAheadOrReportedIsNotNow(body: String) {
        #expect(date(body) == nil)
    }

    // MARK: An elaboration after a comma takes the tense of the clause before

    @Test func anElaborationOfAPlanIsAhead() {
        let body = """
            The president will take part in the council's meeting.
            The meeting was timed to the 25th anniversary of the CIS.
            The leaders will also plan several steps, in particular the chairmanship of the bloc in 2017.
            """
        #expect(date(body) == "2016")
    }

    @Test(arguments: [
        "The leaders will plan several steps, in particular the chairmanship of the bloc in 2017.",
        "The leaders will review several steps, including the summit in 2017.",
    ])
    func theElaborationsYearIsAFutureOne(sentence: String) {
        let clues = PublicationDate.clues(tokens: tokens(sentence), monthDay: nil, events: [])
        #expect(clues.futureYears == [2017])
        #expect(clues.pastYears.isEmpty)
    }

    @Test func anElaborationWithAVerbOfItsOwnKeepsItsTense() {
        let clues = PublicationDate.clues(tokens: tokens("The leaders will review several documents, including those that were signed in 2015."), monthDay: nil, events: [])
        #expect(clues.pastYears == [2015])
        #expect(clues.futureYears.isEmpty)
    }

    // MARK: A dateline opening with its weekday, the lead running on after the place

    @Test(arguments: [
        "Saturday, July 4, Vilnius - The President sent greetings to his colleague.",
        "Monday, 12 March, Riga – The minister received the ambassador.",
        "Tuesday, 3 May, Baku — The ministers held talks.",
    ])
    func aWeekdayFirstDatelineGivesItsDay(line: String) {
        #expect(PublicationDate.dateFirstLine(tokens(line + "\nThe talks went well."), limit: 40) != nil)
    }

    @Test(arguments: [
        "Sunday, 29 November 2026\nThe President sent greetings to his colleague.",
        "Saturday, July 4, the president said - nothing more.",
    ])
    func aWeekdayAndADateAloneOrInASentenceIsNoDateline(text: String) {
        #expect(PublicationDate.dateFirstLine(tokens(text), limit: 40) == nil)
    }

    @Test func theWeekdayAndTheOfficeHolderGiveTheYear() {
        // Valdas Adamkus: President of Lithuania 1998-2003 and 2004-2009. 4 July fell on a Sunday in 1999 (in 2004 before his
        // second term, in 2010 after it), on a Saturday in both 1998 and 2009.
        #expect(date("Sunday, July 4, Vilnius - President of the Republic of Lithuania Valdas Adamkus sent congratulations on Independence Day.") == "1999-07-04")
        #expect(date("Saturday, July 4, Vilnius - President of the Republic of Lithuania Valdas Adamkus sent congratulations on Independence Day.") == nil)
    }

    // MARK: A column of stamps at the foot is no event of the text

    let letter = """
        Dear friends!

        I congratulate you on the 104th anniversary of the proclamation of the Republic of Latvia!

        We are grateful for your support.

        Our volunteers thank your cities for their help.

        We wish your people peace and prosperity.

        With respect, the Speaker

        """

    @Test func theYearsOfAColumnOfStampsBoundNothing() {
        #expect(date(letter + "Other news\n14 March 2024 10:00\n13 March 2024 18:30\n13 March 2024 09:15\n") == "2022")
    }

    @Test func aSingleDateLineAtTheFootStillCounts() {
        // One date line is no column: its year (2024) is not older than the text, so the anniversary's 2022 cannot be the year.
        #expect(PublicationDate.stampColumn(tokens("Thanks.\n14 March 2024 10:00\nContact us"), from: 0).isEmpty)
        #expect(!PublicationDate.stampColumn(tokens("Thanks.\n14 March 2024 10:00\n13 March 2024 18:30\nContact us"), from: 0).isEmpty)
    }
}
