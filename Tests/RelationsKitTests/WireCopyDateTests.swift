import Testing
@testable import RelationsKit

/// The many ways wire copy phrases the same fact, one test per phenomenon. Every sentence here is invented.
@Suite("extraction: wire copy phrasings, dates")
struct WireCopyDateTests {
    static let extractor = Extractor()

    func facts(_ body: String, title: String? = nil, date: String? = "2015-06-05") -> ArticleFacts {
        Self.extractor.extract(Article(source: "test", title: title, dateText: date, body: TextCleaner.clean(body)))
    }

    func memberships(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).memberships.map { "\($0.country) \($0.action) \($0.org)" })
    }

    func messages(_ body: String, title: String? = nil, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, title: title, date: date).messages.map { "\($0.from) → \($0.to) \($0.kind) \($0.occasion ?? "-")" })
    }

    func anniversaries(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).anniversaries.map { "\($0.parties.joined(separator: "-")) \($0.subject) \($0.ordinal) \($0.year.map(String.init) ?? "-")" })
    }

    // MARK: Dates

    @Test func anAnniversaryOfTheVictoryDatesAYearlessDateline() {
        let found = facts("MINSK, 3 July (BelTA) - President of Russia Dmitry Medvedev congratulated President of Belarus Alexander Lukashenko. This year Belarusians celebrate the holiday in the year of the 65th anniversary of the Great Victory.", date: nil)
        #expect(found.published_on == "2010-07-03")
    }

    @Test func aYearAnIntentionPointsToIsAfterTheArticle() {
        let found = facts("CHISINAU. Feb 4 (Interfax) - Moldova intends to submit its application for membership of the European Union in 2015, Moldovan Prime Minister Iurie Leanca told reporters on Tuesday.", date: nil)
        #expect(found.published_on == "2014-02-04")
    }
}
