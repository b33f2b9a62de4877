import Testing
@testable import RelationsKit

/// Mechanisms rather than phrasings (issue #3, second round): the year of a dateline that omits it must be the one
/// consistent with every clue. Every text here is invented.
@Suite("extraction: structural mechanisms, dates")
struct StructuralDateTests {
    static let extractor = Extractor()

    func date(_ body: String) -> String? {
        Self.extractor.extract(Article(source: "test", title: nil, dateText: nil, body: TextCleaner.clean(body))).published_on
    }

    @Test(arguments: [
        "22 February\n\nToday in Moscow, President of Azerbaijan Ilham Aliyev and President of Russia Vladimir Putin signed a declaration. This year Azerbaijan and Russia mark the 30th anniversary of diplomatic relations.",
        "February 22\n\nToday in Moscow, President of Azerbaijan Ilham Aliyev and President of Russia Vladimir Putin signed a declaration. This year Azerbaijan and Russia mark the 30th anniversary of diplomatic relations.",
        "Tuesday, 22 February\n\nToday in Moscow, President of Azerbaijan Ilham Aliyev and President of Russia Vladimir Putin signed a declaration. This year Azerbaijan and Russia mark the 30th anniversary of diplomatic relations.",
    ])
    func aDateLineWithoutItsYearTakesTheYearTheTextImplies(body: String) {
        #expect(date(body) == "2022-02-22")
    }

    @Test(arguments: [
        "ASTANA. January 3. KAZINFORM - The decision was taken at the summit in Kazan in October 2024, attended by President of Kazakhstan Kassym-Jomart Tokayev.",
        "ASTANA. January 3. KAZINFORM - President of Kazakhstan Kassym-Jomart Tokayev recalled the talks held in Baku in November 2024.",
    ])
    func anEventDatedByMonthAndYearBoundsTheDatelineFromBelow(body: String) {
        #expect(date(body) == "2025-01-03")
    }

    @Test(arguments: [
        // Sunday the 25th and Monday the 26th in 2018; in 2017 the 26th was a Sunday and "On Monday" would be six days back.
        // The office-holders allow 2017 and 2018 only.
        "BAKU, March 26. President of Russia Vladimir Putin and Prime Minister of Russia Dmitry Medvedev received condolences over the fire in Kemerovo on Sunday. On Monday, First Vice-President of Azerbaijan Mehriban Aliyeva laid flowers at the embassy.",
        "BAKU, March 26. On Monday, First Vice-President of Azerbaijan Mehriban Aliyeva laid flowers at the embassy after the fire in Kemerovo on Sunday. Condolences went to President of Russia Vladimir Putin and Prime Minister of Russia Dmitry Medvedev.",
    ])
    func severalNarratedWeekdaysAreTheMostRecentDays(body: String) {
        #expect(date(body) == "2018-03-26")
    }

    @Test func aWeekdayInAClauseAboutTheFutureIsNotNarrated() {
        // 3 February was a Tuesday in 2009 and a Wednesday in 2010: the Wednesday session is yet to come.
        #expect(date("MOSCOW. Feb 3 (Interfax) - President of Kyrgyzstan Kurmanbek Bakiyev said on Tuesday that the base would close. Bakiyev will stay in Moscow for a session of the CSTO Collective Security Council on Wednesday.") == "2009-02-03")
    }

    @Test(arguments: [
        "This year the CICA marks its 30th anniversary. The idea was put forward by Nursultan Nazarbayev, then President of Kazakhstan, at the UN.",
        "This year the CICA marks its 30th anniversary. The idea was put forward by Nursultan Nazarbayev, then the President of Kazakhstan, at the UN.",
    ])
    func anOfficeHeldThenDoesNotDateTheArticle(body: String) {
        #expect(date(body) == "2022")
    }
}
