import Testing
@testable import RelationsKit

/// Dates in the shapes of the blind15/blind16 round: a header's date after a bracketed section label ("[ Politics ] 22
/// February 2022 18:05"); a term's end in the present tense ("whose agreement expires in 2014") is ahead of the article;
/// an anniversary the sentence dates by its own year ("in April 1999, where NATO was celebrating its 50th anniversary") is
/// history, no anchor for the article, and so is an event dated by a day named before ("On that day ... became founding
/// members"); a future reported after a year ("in June 2002 Tashkent announced it would withdraw") leaves the year history;
/// "N years ago, on October 10, 1997" dates the article like "N years ago, in 1997"; an anniversary of a thing the phrase
/// dates by "of" and its year ("the 10th anniversary of the UN General Assembly resolution of 1995") marks that year plus
/// the ordinal, also in the future when dated to a month still ahead with no "next"; a title that closes with a month and
/// its year is a digest's, over its entries' date lines.
/// Invented articles, with negative cases.
@Suite("extraction: blind15/blind16 round, dates")
struct Blind1516DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = nil) -> String? { facts(body, title: title, date: nil).published_on }

    // MARK: A bracketed label before the header's date

    @Test(arguments: [
        "[ Politics ] 22 February 2022 18:05\n\nBaku. APA. The two presidents signed a declaration in Moscow.",
        "[Economy] 14.03.2019 09:12\n\nTashkent. The ministers discussed transit tariffs.",
    ])
    func aSectionLabelInBracketsIsAField(text: String) {
        #expect(date(text) == (text.contains("2022") ? "2022-02-22" : "2019-03-14"))
    }

    @Test func aSentenceWithADateIsNoHeader() {
        #expect(date("The talks [in Moscow] on 22 February 2022 were long.\n\nThe ministers discussed transit tariffs.") == nil)
    }

    // MARK: A term's end in the present tense

    // 8 April is a Sunday in 2007, 2012 and 2018; Medvedev was president from May 2008 to May 2012.
    static let dushanbe = "DUSHANBE, April 8 (Asia-Plus) -- President Dmitry Medvedev sent a message on Sunday to the Tajik leader. "

    @Test(arguments: [
        "The two sides negotiate the future of the base, whose current agreement expires in 2014.",
        "The lease of the airfield runs out in 2014, officials said.",
    ])
    func aTermsEndInThePresentIsAhead(sentence: String) {
        #expect(date(Self.dushanbe + sentence) == "2012-04-08")
    }

    @Test func aTermThatExpiredIsHistory() {
        #expect(date(Self.dushanbe + "The previous agreement expired in 2014, and the base stayed.") != "2012-04-08")
    }

    // MARK: An anniversary dated in its own sentence

    @Test(arguments: [
        "Chisinau, October 10 /INFOTAG/. GUAM turns 20 today. In April 1999 Uzbekistan joined the group in Washington, where NATO was celebrating its 50th anniversary.",
        "Chisinau, October 10 /INFOTAG/. GUAM turns 20 today. The alliance celebrated its 50th anniversary in 1999 with a summit in Washington, when Uzbekistan joined.",
    ])
    func anAnniversaryDatedInItsSentenceIsHistory(text: String) {
        #expect(date(text) == "2017-10-10")
    }

    // MARK: N years ago, on a full date

    @Test(arguments: [
        "Chisinau, October 10 /INFOTAG/. Fifteen years ago, on October 10, 1997, the four presidents met in Strasbourg.",
        "Chisinau, October 10 /INFOTAG/. Fifteen years ago, on 10 October 1997, the four presidents met in Strasbourg.",
    ])
    func yearsAgoOnAFullDate(text: String) {
        #expect(date(text) == "2012-10-10")
    }

    // MARK: An event dated by a day named before

    @Test(arguments: ["On that day", "The same year"])
    func anEventDatedByADayNamedBeforeIsNoNews(opening: String) {
        let text = "Chisinau, October 10 /INFOTAG/. The consultative forum GUAM turns 20 today. It was set up in Strasbourg in October 1997. \(opening) Georgia, Ukraine, Azerbaijan and Moldova became founding members of the new forum."
        #expect(date(text) == "2017-10-10")
    }

    // MARK: A future reported after the year

    @Test(arguments: [
        "In June 2002 Tashkent announced it would withdraw from the group.",
        "In 2002 the Uzbek foreign ministry said the country would leave the group.",
    ])
    func aFutureReportedAfterTheYearDatesTheReport(sentence: String) {
        // Without 2002 as a bound from above, the anniversary dates the article.
        #expect(date("Chisinau, October 10 /INFOTAG/. GUAM turns 20 today. At its summit of May 2006 the group became an organisation. " + sentence) == "2017-10-10")
    }

    @Test func aFutureBeforeTheReportStaysAhead() {
        #expect(date("Chisinau, October 10 /INFOTAG/. The ministers will meet in 2016, a spokesman said. Lavrov attended the talks on Friday.") != "2017-10-10")
    }

    // MARK: An anniversary of a thing dated by its year

    @Test(arguments: [
        "Ashgabat (Turkmenistan.ru). The delegation left for the summit. On 12 December Turkmenistan will celebrate the 10th anniversary of the UN General Assembly resolution of 1995 on its permanent neutrality.",
        "Astana. Officials gathered to mark the 10th anniversary of the parliament's decision of 1995 to adopt the new constitution.",
    ])
    func aThingDatedByItsYear(text: String) {
        #expect(date(text) == "2005")
    }

    @Test(arguments: [
        "Ashgabat. On 12 December next year Turkmenistan will celebrate the 10th anniversary of the UN General Assembly resolution of 1995.",
        "Astana. Officials recalled that in 2011 they marked the 20th anniversary of independence, declared in 1991.",
    ])
    func noThingDatedOrTheNextYearDatesNothing(text: String) {
        #expect(date(text) != "2005")
        #expect(date(text) != "2031")
    }

    // MARK: A digest's title over its entries' date lines

    @Test(arguments: ["Messages of the President: May 2010", "Letters and telegrams, May 2010"])
    func aDigestsTitleOutranksItsEntries(title: String) {
        let body = "Kremlin.ru | Digest\n\nMay 8, 2010 | Condolences to the President of Tajikistan\nThe President expressed his condolences.\n\nMay 9, 2010 | Greetings on Victory Day\nThe President sent greetings."
        #expect(date(body, title: title) == "2010-05")
    }

    @Test func aTitleWithADayIsNoDigest() {
        let body = "May 8, 2010 | Condolences to the President of Tajikistan\nThe President expressed his condolences."
        #expect(date(body, title: "Condolences sent on 7 May 2010") == "2010-05-08")
    }
}
