import Testing
@testable import RelationsKit

/// Publication dates in the shapes of the real11 round (real wire copy), by mechanism: a site's clock in its header
/// (weekday, date, time of day) is no dateline when a dateline follows; a Turkish outlet's labelled stamp with Turkish
/// month names; a header's date glued to its neighbours in scraping; and the full date that opens the lead. Invented
/// articles and sentences, each mechanism with a negative case.
@Suite("extraction: real11b round, publication dates")
struct Real11bDateTests: WireCopyProbe {
    func date(_ body: String, title: String? = "A title") -> String? { facts(body, title: title, date: nil).published_on }

    // MARK: A site's clock is not a dateline

    @Test(arguments: [
        ("Regional Review. Politics and business Thursday, 20.01.2022, 10:50\n\nRIGA, 14.03.2009. The president sent a letter to his colleague.", "2009-03-14"),
        ("Daily news portal Monday, January 17, 2022 09:15\n\nVilnius, 3 May 2010 - The minister met his counterpart.", "2010-05-03"),
        ("Eastern Europe wire Friday, 21 January 2022, 18:02\n\nTALLINN, February 2, 2007. The prime minister held talks.", "2007-02-02"),
    ])
    func aDatelineBelowTheSitesClockDatesTheArticle(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func theClockAloneStillDatesThePage() {
        #expect(date("Regional Review. Politics Thursday, 20.01.2022, 10:50\n\nThe president sent a letter to his colleague.") == "2022-01-20")
    }

    // MARK: A Turkish outlet's labelled stamp

    @Test(arguments: [
        ("The two presidents signed the agreement in Moscow.\n\nGüncelleme Tarihi: 24 Aralık 2014, 15:39", "2014-12-24"),
        ("The ministers discussed trade and transit.\n\nYayınlanma Tarihi: 3 Temmuz 2024, 09:12", "2024-07-03"),
        ("Talks on the border went on for two days.\n\nGüncelleme Tarihi: 11 Ağustos 2016", "2016-08-11"),
    ])
    func aTurkishStampUnderItsLabelDatesThePage(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aNameLikeATurkishMonthIsNoMonth() {
        #expect(DateWords.month(Tokenizer.tokenize(MatchText("Mart").scalars)[0]) == nil)
        #expect(DateWords.month(Tokenizer.tokenize(MatchText("Ekim").scalars)[0]) == 10)
    }

    // MARK: A header's date glued to its neighbours

    @Test(arguments: [
        ("Kazakhstan12/05/2011Leaders meet in Astana\nThe presidents held talks on trade.", "2011-05-12"),
        ("Politics03.11.2015Ministers sign a memorandum\nThe ministers signed a memorandum on transit.", "2015-11-03"),
        ("News 21/06/2009Armenian and Georgian leaders talk\nThe two leaders spoke by telephone.", "2009-06-21"),
    ])
    func aGluedHeaderDateDatesThePage(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func aDateInsideASentenceIsNoGluedHeader() {
        #expect(PublicationDate.gluedHeaderDate("The treaty of 12/05/2011 was signed in Astana.\nThe presidents met.") == nil)
    }

    // MARK: The lead's full date

    @Test(arguments: [
        ("On September 28, 2016 the secretary of the Security Council met the CSTO Secretary General in Dushanbe.", "2016"),
        ("On 14 March 2013, the foreign ministers of Armenia and Georgia held talks in Tbilisi.", "2013"),
        ("On Monday, 3 March 2014, the two presidents discussed the situation by telephone.", "2014"),
    ])
    func theLeadsFullDateDatesTheNews(body: String, expected: String) {
        // The guide's published_on ruling ("The day of the event the text reports is not the page's day", nineteenth real-copy
        // round): a day that only dates the event reported gives the year; these pinned the full day before it.
        #expect(date(body) == expected)
    }

    @Test func aLeadThatRecallsHistoryIsNoDate() {
        // A later year in the text: the lead's date is history.
        #expect(date("On 8 December 1991, the leaders of three republics signed an agreement near Brest. In 2021 historians met to discuss it.") != "1991-12-08")
        // An anniversary looks back on it.
        #expect(date("On 8 December 1991, the leaders of three republics signed an agreement. The anniversary was marked quietly.") != "1991-12-08")
        // A lead about the future.
        #expect(date("On 1 January 2030, the union will introduce a common currency.") != "2030-01-01")
    }
}
