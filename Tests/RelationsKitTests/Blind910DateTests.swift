import Testing
@testable import RelationsKit

/// Dates in the shapes of the blind9/blind10 round. Years: "since 2004" is history whatever its clause plans; "of 1999"
/// after a noun that is no stretch of time names a thing ("the spirit of 1999"); a term "for 2017-2018" bounds nothing.
/// Where the date stands: a digest's title with its month alone ("Chronicle: October") or its full date; a date line that
/// closes the article; a dateline whose agency comes before a dash and the date ("MOSCOW. KAZINFORM - 12 November 2025.");
/// a date that is one field of a header line after "·"; the lead's "On 2 October," when nothing else dates the article. And
/// a narrated weekday may be the day before the article when no year fits both it and the office-holders. Without a
/// dateline's day, an event reported for a weekday ("Belarus on Thursday became ...") or dated in full by the lead, on the
/// day the reference dates it, dates the article, while an event dated from another ("a year after Iran was admitted") anchors nothing. Invented
/// articles, with negative cases.
@Suite("extraction: blind9/blind10 round, dates")
struct Blind910DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = nil) -> String? { facts(body, title: title, date: nil).published_on }

    static let centenary = "MOSCOW (Sputnik) - Russia and Mongolia marked the 100th anniversary of the establishment of diplomatic relations. "

    // MARK: Years

    @Test(arguments: [
        "Mongolia has held observer status in the Shanghai Cooperation Organisation since 2004 and has repeatedly said it has no plans to apply for full membership.",
        "Turkey, a dialogue partner of the organisation since 2013, will attend the next summit.",
    ])
    func sinceAYearIsHistory(sentence: String) {
        #expect(date(Self.centenary + sentence) == "2021")
    }

    @Test func aTargetYearStillBoundsTheArticle() {
        // The anniversary's year (2021) cannot be later than a year the text plans for.
        #expect(date(Self.centenary + "The pipeline will be completed in 2020.") != "2021")
    }

    static let unionState = "MINSK, 8 December (BelTA) - Lukashenko and Putin exchanged messages on the 20th anniversary of the Treaty on the Creation of a Union State. "

    @Test(arguments: [
        "Lukashenko noted that the countries \"should not lose the spirit of 1999\".",
        "The sides must build on the achievements of 1999.",
    ])
    func aYearNamingAThingIsHistory(sentence: String) {
        #expect(date(Self.unionState + sentence) == "2019-12-08")
    }

    @Test func aStretchOfTimeAfterItsOfIsATarget() {
        #expect(date(Self.unionState + "The roadmaps must be approved by the spring of 2018.") != "2019-12-08")
    }

    static let independence = "ASTANA, December 16 (Kazinform) - Kazakhstan celebrates the 25th anniversary of its independence. "

    @Test(arguments: [
        "Kazakhstan has been elected a non-permanent member of the UN Security Council for 2017-2018.",
        "Kazakhstan will sit on the UN Security Council for the 2017–2018 term.",
    ])
    func aTermBoundsNothing(sentence: String) {
        #expect(date(Self.independence + sentence) == "2016-12-16")
    }

    @Test func aSpanOfPastYearsStillBounds() {
        #expect(date(Self.independence + "In 2017-2018 the country sat on the UN Security Council.") != "2016-12-16")
    }

    // MARK: Where the date stands

    static let chronicle = "5 October. Kazakhstan and Russia marked the tenth anniversary of the establishment of diplomatic relations.\n\n7 October. The Head of State took part in a meeting."

    @Test(arguments: ["Foreign Policy Chronicle of the Republic of Kazakhstan: October", "Monthly digest | October", "Diplomatic calendar - October"])
    func aDigestsMonthInTheTitle(title: String) {
        #expect(date(Self.chronicle, title: title) == "2002-10")
    }

    @Test func aMonthInAHeadlineIsNoDigest() {
        #expect(date(Self.chronicle, title: "Tokayev to visit Moscow in October") == "2002")
    }

    @Test(arguments: ["TASS NEWS IN BRIEF — 04.07.2024", "Digest of 4 July 2024", "News in brief, July 4, 2024"])
    func aTitlesFullDate(title: String) {
        #expect(date("ASTANA. Belarus became a full member of the SCO.", title: title) == "2024-07-04")
    }

    @Test func aHeadlineAboutADateInHistoryIsNot() {
        #expect(date("ASTANA. Belarus became a full member of the SCO.", title: "The treaty of 15 June 2001 renewed in Astana") != "2001-06-15")
    }

    @Test func aPagesStampInTheTitleIsNot() {
        #expect(date("ASTANA. Belarus became a full member of the SCO.", title: "Page generated 15.01.2026 08:41 | kazinform | print") != "2026-01-15")
    }

    @Test(arguments: ["August 18, 2009", "18 August 2009", "18.08.2009"])
    func aClosingDateLine(line: String) {
        #expect(date("PRAGUE -- Georgia's withdrawal from the Commonwealth of Independent States took effect.\n\nThe Ministry declined to comment.\n\n" + line) == "2009-08-18")
    }

    @Test func aClosingSentenceWithADateIsHistory() {
        #expect(date("PRAGUE -- Georgia's withdrawal from the Commonwealth of Independent States took effect.\n\nThe notice was delivered on August 18, 2008.")?.count != 10)
    }

    @Test(arguments: [
        "MOSCOW. KAZINFORM - 12 November 2025. The presidents signed the Declaration.",
        "MOSCOW. KAZINFORM – 12 November 2025. The presidents signed the Declaration.",
        "ASTANA. Kazinform - November 12, 2025. The presidents signed the Declaration.",
    ])
    func anAgencyBeforeADashAndTheDate(body: String) {
        #expect(date(body) == "2025-11-12")
    }

    @Test(arguments: [
        "EURASIA WEEKLY BRIEF\nCentre for Post-Soviet Studies · Published every Monday · 26 February 2024\n\nArmenia froze its participation in the CSTO.",
        "Newsletter • 26 February 2024 • Issue 412\n\nArmenia froze its participation in the CSTO.",
    ])
    func aHeaderFieldAfterASeparator(body: String) {
        #expect(date(body) == "2024-02-26")
    }

    @Test func aDateInsideAHeaderSentenceIsNot() {
        // The news (Armenia's freeze) gives its year by the reference (`suspended`, 2024-02), never the sentence's day.
        #expect(date("The Centre published its report on the freeze of 26 February 2024 in full.\n\nArmenia froze its participation in the CSTO.") == "2024")
        #expect(date("The Centre published its report on the talks of 26 February 2024 in full.\n\nArmenia skipped the CSTO summit.") == nil)
    }

    static let turkmen = " the presidents of Turkmenistan and Russia held talks in Ashgabat in the year of the 25th anniversary of the establishment of diplomatic relations between Turkmenistan and Russia."

    @Test(arguments: ["On 2 October,", "On Monday, 2 October,", "On October 2,"])
    func theLeadsDay(lead: String) {
        // The guide's published_on ruling ("The day of the event the text reports is not the page's day", nineteenth real-copy
        // round): a day that only dates the event reported gives the year; these pinned the full day before it.
        #expect(date(lead + Self.turkmen) == "2017")
    }

    @Test func aLeadAboutTheFutureIsNoDate() {
        #expect(date("On 2 October, the presidents of Turkmenistan and Russia will hold talks in Ashgabat. Turkmenistan and Russia mark the 25th anniversary of the establishment of diplomatic relations this year.") == "2017")
    }

    // MARK: An event reported for a weekday

    @Test(arguments: [
        ("ASTANA (AA) - Belarus on Thursday became the tenth full member of the Shanghai Cooperation Organization at the summit.", "2024"),
        ("ASTANA (AA) - Belarus became the tenth full member of the Shanghai Cooperation Organization on Thursday. \"Welcome,\" Tokayev said, a year after Iran was admitted to the organization.", "2024"),
        ("NEW DELHI (AP) - Iran joined the Shanghai Cooperation Organization on Tuesday at a virtual summit.", "2023"),
        ("YEREVAN - Armenia on Friday became a full member of the Eurasian Economic Union.", "2015"),
    ])
    func theReferenceDayOfAnEventReportedForItsWeekday(body: String, expected: String) {
        // The guide's published_on ruling ("The day of the event the text reports is not the page's day", nineteenth real-copy
        // round): a day that only dates the event reported gives the year; these pinned the full day before it.
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        ("BISHKEK (AKIpress) - The treaty on the accession of the Kyrgyz Republic to the Eurasian Economic Union entered into force on August 12, 2015, making Kyrgyzstan a full member of the bloc.", "2015"),
        ("YEREVAN - Armenia became a full member of the Eurasian Economic Union on 2 January 2015, the government said.", "2015"),
    ])
    func theLeadsFullDateOfTheEvent(body: String, expected: String) {
        // The guide's published_on ruling ("The day of the event the text reports is not the page's day", nineteenth real-copy
        // round): a day that only dates the event reported gives the year; these pinned the full day before it.
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        "YEREVAN - Armenia became a full member of the Eurasian Economic Union on 3 January 2015, the government said.",
        "YEREVAN - Producers gained a large market. Armenia became a full member of the Eurasian Economic Union on 2 January 2015.",
    ])
    func aDateNotTheReferencesOrNotTheLeadsIsNot(body: String) {
        #expect(date(body)?.count != 10)
    }

    @Test func anotherWeekdayGivesOnlyTheYear() {
        #expect(date("ASTANA (AA) - Belarus on Friday became the tenth full member of the Shanghai Cooperation Organization at the summit.") == "2024")
    }

    @Test func anEventDatedFromAnotherIsNoAnchor() {
        #expect(date("ASTANA (AA) - Tokayev spoke at the summit, a year after Iran was admitted to the Shanghai Cooperation Organization.") == nil)
    }

    // MARK: The weekday before the article

    static let baku = "Baku, July 3 / Trend / The Presidents of Azerbaijan and Russia, Ilham Aliyev and Dmitry Medvedev, signed a declaration in Baku. "

    @Test(arguments: ["Medvedev arrived in Baku on Wednesday evening.", "Medvedev held talks with Aliyev on Thursday."])
    func theOfficeHoldersOutweighAWeekdayOfTheDayBefore(sentence: String) {
        // July 3 was a Thursday in 2008, the one year of Medvedev's presidency when it fell on a Wednesday or a Thursday.
        #expect(date(Self.baku + sentence) == "2008-07-03")
    }

    static let dushanbe = "MOSCOW, July 15 (ITAR-TASS) -- Chairman of the Supreme Council of Tajikistan Emomali Rakhmonov has sent a message of condolence to President of Russia Boris Yeltsin. "

    @Test func theFewestDaysBackThatFitTheOfficeHolders() {
        // Rakhmonov chaired the Supreme Council from November 1992 to November 1994: July 15 was a Thursday in 1993 and a
        // Friday in 1994, so a Tuesday narrated lies two days back in 1993.
        #expect(date(Self.dushanbe + "The attack was carried out on Tuesday by armed fighters.") == "1993-07-15")
        #expect(date(Self.dushanbe + "The attack was carried out on Friday by armed fighters.") == "1994-07-15")
    }

    @Test func aWeekdayThatFitsTheOfficeHoldersIsTheDay() {
        // July 3 was a Friday in 2009, still Medvedev's presidency: no day-before reading is needed.
        #expect(date(Self.baku + "Medvedev arrived in Baku on Friday.") == "2009-07-03")
    }
}
