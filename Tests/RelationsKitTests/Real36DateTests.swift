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
}
