import Testing
@testable import RelationsKit

/// Dates in the shapes of the blind21/blind22 round, by mechanism: a dateline whose date opens its line (wire copy with the
/// agency in brackets and no place, "January 1 (Reuters) -"; a date line with its place after it, "June 10, The Kremlin,
/// Moscow"), and a month and year after an outlet's or a place's name and a comma on a header line ("Armenpress, April
/// 2003"), a monthly issue. Invented articles, with negative cases.
@Suite("extraction: blind21/blind22 round, dates")
struct Blind2122DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = "A title") -> String? { facts(body, title: title, date: nil).published_on }

    // MARK: The date first

    @Test(arguments: [
        ("March 14, 2019 (AKIpress) - Kyrgyzstan and Uzbekistan signed a border treaty.", "2019-03-14"),
        ("14 March 2019 (Kabar) - Kyrgyzstan and Uzbekistan signed a border treaty.", "2019-03-14"),
        ("By our staff\n\nJune 10 (Reuters) - Kyrgyz President Sadyr Japarov met Russian President Vladimir Putin in Moscow on Friday.", "2022-06-10"),
        ("June 10, The Kremlin, Moscow\n\nOn Friday, Vladimir Putin held talks with President of Kyrgyzstan Sadyr Japarov.", "2022-06-10"),
        ("March 14, 2019, Presidential Palace, Bishkek\n\nThe presidents signed a border treaty.", "2019-03-14"),
    ])
    func aDatelineWhoseDateComesFirst(text: String, expected: String) {
        #expect(date(text) == expected)
    }

    @Test(arguments: [
        "June 10, the day the treaty was signed, is a holiday in both countries. President Sadyr Japarov spoke on Friday.",
        "June 10 (local time) was chosen for the vote. President Sadyr Japarov spoke on Friday.",
        "June 10 (Reuters) reported that Kyrgyz President Sadyr Japarov would travel.",
    ])
    func aSentenceThatOpensWithADateIsNoDateline(text: String) {
        #expect(date(text) == nil)
    }

    // MARK: A monthly issue after a name and a comma

    @Test(arguments: [
        ("Kabar, March 2014\n\nKyrgyzstan's foreign policy in March.", "2014-03"),
        ("BISHKEK, May 2004\n\nThe month's diplomatic events.", "2004-05"),
        ("Central Asia Monitor, October 2009\n\nThe month in review.", "2009-10"),
    ])
    func aMonthAndYearAfterANameAndACommaDateTheIssue(text: String, expected: String) {
        #expect(date(text) == expected)
    }

    @Test(arguments: [
        "In Yerevan, May 2004\n\nThe month's diplomatic events.",
        "The talks, in Bishkek, May 2004\n\nThe month's diplomatic events.",
    ])
    func aPhraseBeforeTheCommaIsNoOutlet(text: String) {
        #expect(date(text) != "2004-05")
    }
}
