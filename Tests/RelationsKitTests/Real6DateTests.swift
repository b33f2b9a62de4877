import Testing
@testable import RelationsKit

/// Publication dates in the shapes of the real4 round's second pass and the pool6 audit (real wire copy), by mechanism.
/// Invented articles, each mechanism with a negative case.
@Suite("extraction: real6 round, publication dates")
struct Real6DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = "A title") -> String? { facts(body, title: title, date: nil).published_on }

    // MARK: A month in a headline that an event starts or ends by

    @Test(arguments: [
        "New partners to join the bloc from January 2025, ministry confirms",
        "Visa-free regime extended until March 2026",
        "Armenia will chair the organisation in January 2026",
        "Tariffs to apply starting July 2024",
    ])
    func aHeadlinesEffectiveMonthIsNoIssue(title: String) {
        let body = "Belarus and Kazakhstan will take part, the ministry said.\n\nThe decision was welcomed in Minsk."
        #expect(date(body, title: title) == nil)
    }

    @Test(arguments: [
        ("Foreign policy digest: November 2015", "2015-11"),
        ("Kyrgyz diplomacy in May 2015: monthly digest", "2015-05"),
        ("The CIS track: foreign policy digest for October 2021", "2021-10"),
    ])
    func aDigestsMonthStays(title: String, expected: String) {
        let body = "The minister met his Kazakh counterpart.\n\nThe sides discussed trade."
        #expect(date(body, title: title) == expected)
    }

    // MARK: A year shortened to two digits after a month's day

    @Test(arguments: [
        ("February 28, 22\n\nThe president of Ukraine signed the application in Kyiv, his office said.", "2022-02-28"),
        ("Feb. 28, 22\n\nThe president of Ukraine signed the application in Kyiv, his office said.", "2022-02-28"),
    ])
    func aShortYearOnADateLine(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aShortYearBoundsTheYearLikeAFullOne() {
        let body = "KYIV, March 3 (Agency) - \"A historic document, signed by the head of state in Kyiv on February 28, 22,\" the spokesman wrote."
        #expect(date(body) == "2022-03-03")
    }

    @Test(arguments: [
        "KYIV, March 7 (Agency) - On March 5, 12 soldiers were wounded near the border, the ministry said.",
        "KYIV, March 7 (Agency) - The talks on March 5, 12-14 delegates said, were tense.",
        "KYIV, March 7 (Agency) - The session opened on March 5, 12:00 local time.",
    ])
    func aCountASpanOrATimeIsNoYear(body: String) {
        #expect(date(body) != "2012-03-07")
    }

    // MARK: A site's section and its stamp on one line

    @Test(arguments: [
        ("Uzbekistan 12/05/2008\n\nThe Kremlin said the president had sent a message to his Azerbaijani counterpart.", "2008-05-12"),
        ("Politics 03.07.2019\n\nThe Kremlin said the president had sent a message to his Azerbaijani counterpart.", "2019-07-03"),
    ])
    func aSectionsStampDatesThePage(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aSentenceWithADateIsNoStamp() {
        let body = "Agreement 12/05/2008 was signed by the two ministers in Tashkent.\n\nThe Kremlin welcomed it."
        #expect(date(body) != "2008-05-12")
    }

    // MARK: A date line in the site's language

    @Test(arguments: [
        ("4 Ліпеня 2019\n\nCongratulations on Independence Day came from foreign leaders.", "2019-07-04"),
        ("12 июня 2020\n\nCongratulations on Russia Day came from foreign leaders.", "2020-06-12"),
        ("15 травня 2021\n\nCongratulations came from foreign leaders.", "2021-05-15"),
    ])
    func aCyrillicMonthOnADateLine(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aCyrillicWordThatIsNoMonthDatesNothing() {
        #expect(date("4 Минск 2019\n\nCongratulations came from foreign leaders.") == nil)
    }

    // MARK: An anniversary celebrated now in the year named

    @Test(arguments: [
        "He recalled that in 2017, Kazakhstan and Azerbaijan are celebrating the 25th anniversary of their diplomatic relations.",
        "In 2017, Azerbaijan and Kazakhstan mark 25 years of diplomatic relations, the ambassador said.",
        "The minister noted that in 2017 the two states celebrate the 25th anniversary of relations.",
    ])
    func aPresentCelebrationDatesTheYear(body: String) {
        #expect(date(body) == "2017")
    }

    @Test(arguments: [
        "In 2017, Kazakhstan and Azerbaijan celebrated the 25th anniversary of their diplomatic relations.",
        "In 2027, Kazakhstan and Azerbaijan will celebrate the 35th anniversary of their diplomatic relations.",
        "In 2017, when Kazakhstan and Azerbaijan were marking 25 years of relations, the ministers met.",
    ])
    func aPastOrFutureCelebrationIsNoPresent(body: String) {
        #expect(date(body) != "2017" && date(body) != "2027")
    }

    // MARK: A year a figure is compared to

    @Test(arguments: [
        "Armenia and Russia marked the 30th anniversary of diplomatic relations. Trade grew to $2 billion in 2021, up 20 percent compared to 2019.",
        "Armenia and Russia marked the 30th anniversary of diplomatic relations. Trade rose in 2021, in comparison to 2020, the ministry said.",
    ])
    func aComparisonsBaseIsPast(body: String) {
        #expect(date(body) == "2022")
    }

    @Test func aDeadlineStillBounds() {
        let tokens = Tokenizer.tokenize(MatchText("They agreed to raise trade to 2030 levels, up compared to 2022.").scalars)
        let years = tokens.indices.filter { tokens[$0].text.count == 4 && tokens[$0].kind == .number }
        #expect(years.map { PublicationDate.isComparisonBase(tokens, yearAt: $0) } == [false, true])
    }

    // MARK: Office-holders of history: a dated act's agents, the first president

    @Test(arguments: [
        "Kyrgyzstan and Russia marked 25 years since the signing of the Declaration on Eternal Friendship, Alliance and Partnership. The document, signed in 2000 by Presidents Vladimir Putin and Askar Akayev, laid the basis for their alliance.",
        "Kyrgyzstan and Russia marked 25 years since the signing of the Declaration on Eternal Friendship, Alliance and Partnership. The document signed on July 27, 2000 by President Askar Akayev and President Vladimir Putin laid the basis for their alliance.",
    ])
    func aDatedActsAgentsDateHistory(body: String) {
        #expect(date(body) == "2025")
    }

    @Test func theFirstPresidentsOfficeDatesNothing() {
        let body = "Belarus received greetings on the 77th anniversary of the Victory in the Great Patriotic War. Kazakhstan President Kassym-Jomart Tokayev sent a message. \"The memory will live on,\" first president of Kazakhstan Nursultan Nazarbayev said."
        #expect(date(body) == "2022")
    }

    @Test func anAgentOfAnActDatedOtherwiseStillDates() {
        // The year is the law's adoption; the signing by the president is another act, so his term still dates the text, and
        // the anniversary's year (2017) does not fit it.
        let body = "Azerbaijan and Kazakhstan marked the 25th anniversary of diplomatic relations. The law adopted in 1996 was signed by President Kassym-Jomart Tokayev."
        #expect(date(body) == nil)
    }

    // MARK: The lead's day in a year the text dates otherwise

    @Test(arguments: [
        ("The organisation has matured, President of Belarus Alexander Lukashenko said at the session in Moscow on 15 May. The session marks the 20th anniversary of the Collective Security Treaty.", "2012"),
        ("The leaders gathered in Moscow on May 15 for a session that marks the 20th anniversary of the Collective Security Treaty.", "2012"),
    ])
    func theLeadsDayInAnAnchoredYear(body: String, expected: String) {
        // The guide's published_on ruling ("The day of the event the text reports is not the page's day", nineteenth real-copy
        // round): a day that only dates the event reported gives the year; these pinned the full day before it.
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        "The leaders will gather in Moscow on 15 May. The session marks the 20th anniversary of the Collective Security Treaty.",
        "The leaders met in Minsk on 14 May and in Moscow on 15 May. The session marks the 20th anniversary of the Collective Security Treaty.",
    ])
    func aFutureOrAmbiguousLeadGivesTheYearOnly(body: String) {
        #expect(date(body) == "2012")
    }

    // MARK: The next year named in the sentence before

    @Test(arguments: [
        "The coming year is noteworthy. Armenia and Russia will celebrate the 30th anniversary of diplomatic relations.",
        "Next year will be special: Armenia and Russia will celebrate the 30th anniversary of diplomatic relations.",
        "In the coming year, Armenia and Russia will celebrate the 30th anniversary of diplomatic relations.",
    ])
    func aFutureAnniversaryInTheComingYear(body: String) {
        #expect(date(body) == "2021")
    }

    @Test(arguments: [
        "The coming years are noteworthy. Armenia and Russia will celebrate the 30th anniversary of diplomatic relations.",
        "The coming year is noteworthy.\n\nArmenia and Russia will celebrate the 30th anniversary of diplomatic relations.",
    ])
    func aFutureAnniversaryWithoutTheNextYearDatesNothing(body: String) {
        #expect(date(body) == nil)
    }

    // MARK: A label said of an organisation's members at a venue

    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2024-11-28").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    @Test(arguments: [
        "\"Cooperation within the CSTO is built in the spirit of alliance,\" the President of Kyrgyzstan Sadyr Japarov said at a session held in Astana (Kazakhstan).",
        "Allied relations within the CSTO must grow stronger, President of Kyrgyzstan Sadyr Japarov said at the summit in Minsk.",
    ])
    func anOrganisationsLabelAtAVenueIsNoPair(body: String) {
        #expect(relations(body).isEmpty)
    }

    @Test(arguments: [
        ("President of Kazakhstan Kassym-Jomart Tokayev and President Vladimir Putin praised the strategic partnership at the SCO summit in Astana.", "KAZ-RUS strategic partnership"),
        ("Kyrgyzstan and Kazakhstan are bound by allied relations within the CSTO, the president said in Astana.", "KAZ-KGZ allied relations"),
    ])
    func aLabelBetweenTheNamedStays(body: String, expected: String) {
        #expect(relations(body) == [expected])
    }

    // MARK: An anniversary that is the occasion of what is planned

    @Test(arguments: [
        "The cultural days will be held on the occasion of the 25th anniversary of diplomatic relations between Azerbaijan and Kazakhstan.",
        "A concert dedicated to the 25th anniversary of diplomatic relations between Azerbaijan and Kazakhstan will take place in Baku.",
        "An exhibition will open in Astana in honour of the 25th anniversary of diplomatic relations between Azerbaijan and Kazakhstan.",
    ])
    func aFutureEventForAnAnniversaryIsOfItsYear(body: String) {
        #expect(date(body) == "2017")
    }

    @Test(arguments: [
        "Azerbaijan and Kazakhstan will celebrate the 25th anniversary of diplomatic relations.",
        "Azerbaijan and Kazakhstan plan to mark the 25th anniversary of diplomatic relations.",
    ])
    func aPlannedAnniversaryDatesNothing(body: String) {
        #expect(date(body) == nil)
    }
}
