import Testing
@testable import RelationsKit

/// Mechanisms rather than phrasings (issue #3, second round): the year an anniversary marks, and its subject when the
/// text names it by a possessive. Every sentence here is invented.
@Suite("extraction: structural mechanisms, anniversaries")
struct StructuralAnniversaryTests {
    static let extractor = Extractor()

    func anniversaries(_ body: String, date: String?) -> Set<String> {
        Set(Self.extractor.extract(Article(source: "test", title: nil, dateText: date, body: TextCleaner.clean(body))).anniversaries
            .map { "\($0.parties.joined(separator: "-")) \($0.subject) \($0.ordinal) \($0.year.map(String.init) ?? "-")" })
    }

    @Test(arguments: [
        "The Commonwealth of Independent States, founded in December 1991, marks three decades this year.",
        "The leaders adopted a statement on the 30th anniversary of the CIS and agreed that next year's summit will take place in Minsk.",
        "Next year's summit will be held in Minsk, the leaders said as they marked the 30th anniversary of the CIS.",
    ])
    func anOrganisationsAnniversaryIsCountedFromItsFoundingNotFromAnotherClausesYear(sentence: String) {
        #expect(anniversaries(sentence, date: "2021-10-15") == [" CIS 30 2021"])
    }

    @Test(arguments: [
        ("Next year the CIS will mark its 30th anniversary.", "2020-11-10", " CIS 30 2021"),
        ("Last year Kazakhstan and Russia celebrated 30 years of diplomatic relations.", "2023-02-01", "KAZ-RUS diplomatic relations 30 2022"),
        ("Next year Kazakhstan and Russia will mark 30 years of diplomatic relations.", "2021-06-01", "KAZ-RUS diplomatic relations 30 2022"),
    ])
    func aRelativeYearIsReadAgainstTheArticlesDate(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test func anUndatedArticleTakesTheYearFromTheReference() {
        #expect(anniversaries("Azerbaijan and Russia mark the 30th anniversary of diplomatic relations.", date: nil)
            == ["AZE-RUS diplomatic relations 30 2022"])
    }

    @Test(arguments: [
        ("The CSTO will celebrate the 20th anniversary of its founding next year.", "2021-10-15", " CSTO 20 2022"),
        ("Security was on the agenda, and the CSTO will celebrate the 20th anniversary of its creation next year.", "2021-10-15", " CSTO 20 2022"),
        ("Leaders of the CIS noted that the Commonwealth marked the 30th anniversary of its founding.", "2021-10-15", " CIS 30 2021"),
    ])
    func ofItsFoundingRefersToTheSubjectOfTheClause(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test func anAnniversaryOfAnotherEventIsNotTheOrganisations() {
        #expect(anniversaries("The CIS leaders celebrated the 75th anniversary of the Victory in Moscow.", date: "2020-06-24").isEmpty)
    }

    @Test(arguments: [
        "On 31 July 1992 the presidents signed the Treaty of Friendship and Cooperation between Russia and Turkmenistan. A quarter of a century later, this document remains the foundation of our relations.",
        "On 31 July 1992 the presidents signed the Treaty of Friendship and Cooperation between Russia and Turkmenistan. Twenty-five years later, the treaty is still the basis of bilateral ties.",
    ])
    func nYearsLaterInThePresentTenseMarksTheEventOfTheSentenceBefore(body: String) {
        #expect(anniversaries(body, date: "2017-07-31") == ["RUS-TKM Treaty of Friendship and Cooperation 25 2017"])
    }

    @Test(arguments: [
        "Russia and Turkmenistan signed the Treaty of Friendship and Cooperation in 1992. Ten years later, the sides signed a new treaty.",
        "Uzbekistan joined the EurAsEC in 2006. Two years later it suspended its participation in the community.",
    ])
    func nYearsLaterInANarrativeIsNoAnniversary(body: String) {
        #expect(anniversaries(body, date: "2017-07-31").isEmpty)
    }
}
