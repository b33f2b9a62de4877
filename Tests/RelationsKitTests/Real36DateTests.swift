import Testing
@testable import RelationsKit

/// Publication dates, the sixteenth real-copy round's last sets (real33–real36): classes of wording read on unseen copy,
/// each with near-misses that must not fire. Invented sentences only (no article's text), with other countries, outlets
/// and years than the copy that showed the class.
@Suite("extraction: real36 round, dates")
struct Real36DateTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }

    static let lead = "\n\nThe foreign ministers of Kyrgyzstan and Tajikistan met in Osh to discuss the border."

    // MARK: A header line that is no sentence: a periodical's masthead, or a section's label and a view count

    /// A masthead numbers its issue before the date; a site's header runs its section, the date and the page's view count.
    @Test(arguments: [
        ("Central Asia Bulletin Vol. 14, No. 3, 12 March 2011", "2011-03-12"),
        ("Volume 7, Issue 22, November 4, 2013", "2013-11-04"),
        ("Caucasus Weekly - Issue 41 - 9 October 2009", "2009-10-09"),
        ("Society 23 May 2016 1 482", "2016-05-23"),
        ("Politics, 8 February 2019, 731 views", "2019-02-08"),
        ("Analytics | 30 August 2017 | 2045", "2017-08-30"),
    ])
    func aMastheadOrACountedStampDatesThePage(header: String, expected: String) {
        #expect(date(header + Self.lead) == expected)
    }

    /// A sentence that holds the date, a number after it that reads as a year, a long run of capitalized words, or a
    /// document's volume with a verb: none is a page's header.
    @Test(arguments: [
        "Issue 4 of the journal appeared on 12 March 2011",
        "The foreign ministers met in Osh.\nOn 12 March 2011 450 delegates arrived in Osh.",
        "Talks 23 May 2016 2017",
        "Kyrgyzstan Tajikistan Border Talks Osh 23 May 2016 40",
        "The ministers met in Osh.\nThe Treaty on Friendship, Volume 2, signed 12 March 2011",
    ])
    func otherLinesAreNoStamp(header: String) {
        #expect(date(header + Self.lead)?.count != 10)
    }

    // MARK: An office just won: the reference's term starts at the inauguration, after the news of the election

    /// Tuesday 12 January fits 2016 and 2021; Japarov's term starts on 28 January 2021, after the congratulations on his
    /// election, however the text says he won the office.
    @Test(arguments: [
        "BISHKEK, January 12 (Agency) -- Russian President Vladimir Putin on Tuesday congratulated Sadyr Japarov on his election as President of Kyrgyzstan.",
        "BISHKEK, January 12 (Agency) -- Russian President Vladimir Putin on Tuesday congratulated Sadyr Japarov on being elected President of Kyrgyzstan.",
        "KIEV, April 23 (Agency) -- Belarusian President Alexander Lukashenko on Tuesday congratulated Volodymyr Zelensky on his election as President of Ukraine. Minsk and Kiev signed a trade protocol in 2018.",
    ])
    func anOfficeJustWonMayStartAfterTheArticle(body: String) {
        #expect(["2021-01-12", "2019-04-23"].contains(date(body)))
    }

    /// The office held, met or speaking: its term is the reference's, and 12 January 2021 lies before it.
    @Test(arguments: [
        "BISHKEK, January 12 (Agency) -- Russian President Vladimir Putin on Tuesday met President of Kyrgyzstan Sadyr Japarov.",
        "BISHKEK, January 12 (Agency) -- President of Kyrgyzstan Sadyr Japarov, who called the election, said on Tuesday that turnout was high.",
    ])
    func anOfficeHeldKeepsItsTerm(body: String) {
        #expect(date(body) != "2021-01-12")
    }

    // MARK: A step the reference dates only in its note: a notice, an announcement, an application

    /// The note's step of the kind the text names: Uzbekistan announced its pull-out from GUUAM in 2002 and notified it in
    /// 2005; Georgia notified the CIS in 2008; Macedonia applied to the EU in 2004.
    @Test(arguments: [
        ("Uzbekistan announced on Tuesday that it is pulling out of GUUAM.", "2002"),
        ("The CIS Executive Committee said on Tuesday it had received Georgia's notice of withdrawal from the Commonwealth.", "2008"),
        ("Tbilisi has officially informed the Commonwealth of Independent States that Georgia is leaving the organisation, the secretariat said.", "2008"),
        ("Macedonia has applied for membership of the European Union, the government said on Monday.", "2004"),
    ])
    func aStepTheNoteDatesGivesItsYear(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    /// A plan told in other words than the note's step (a spoken intention, a status granted) is no such step.
    @Test(arguments: [
        "Georgia said on Tuesday it would leave the CIS.",
        "The European Council granted Ukraine candidate status, diplomats said on Thursday.",
    ])
    func aPlanInOtherWordsGivesNoYear(body: String) {
        #expect(date(body) == nil)
    }
}
