import Testing
@testable import RelationsKit

/// Lists of heads of state in long wire copy (issue #3, third round), years naming things, and alliances named as
/// proper names. Invented sentences.
@Suite("extraction: long wire copy, leaders, dates and labels")
struct LongWireLeaderTests {
    static let extractor = Extractor()

    func facts(_ body: String, date: String? = "1998-05-05") -> ArticleFacts {
        Self.extractor.extract(Article(source: "test", title: nil, dateText: date, body: TextCleaner.clean(body)))
    }

    func leaders(_ body: String) -> Set<String> { Set(facts(body).leaders.map { "\($0.name) | \($0.office) | \($0.country)" }) }

    @Test(arguments: [
        "The presidents of the three countries -- Nursultan Nazarbayev of Kazakhstan, Askar Akayev of Kyrgyzstan and Islam Karimov of Uzbekistan -- met in Almaty.",
        "The presidents of the three countries (Nursultan Nazarbayev of Kazakhstan, Askar Akayev of Kyrgyzstan and Islam Karimov of Uzbekistan) met in Almaty.",
        "The presidents of the three countries: Nursultan Nazarbayev of Kazakhstan, Askar Akayev of Kyrgyzstan and Islam Karimov of Uzbekistan, met in Almaty.",
    ])
    func aListOfHeadsOfStateSetOffByDashesOrBrackets(sentence: String) {
        #expect(leaders(sentence) == [
            "Nursultan Nazarbayev | President | KAZ", "Askar Akayev | President | KGZ", "Islam Karimov | President | UZB",
        ])
    }

    @Test(arguments: [
        "The treaty was signed by Nursultan Nazarbayev and Askar Akayev, then presidents of Kazakhstan and Kyrgyzstan respectively.",
        "The treaty was signed by Nursultan Nazarbayev and Askar Akayev, then the presidents of Kazakhstan and Kyrgyzstan respectively.",
        "The treaty was signed by Nursultan Nazarbayev and Askar Akayev, the presidents of Kazakhstan and Kyrgyzstan respectively.",
    ])
    func namesBeforeOfficesHeldThenAndRespectively(sentence: String) {
        #expect(leaders(sentence) == ["Nursultan Nazarbayev | President | KAZ", "Askar Akayev | President | KGZ"])
    }

    @Test func aYearNamingAThingIsHistoryEvenInAFutureClause() {
        // "the 1992 treaty" is older than the article, though the clause speaks of the future; Saturday 24 April fits 1999.
        let body = "TASHKENT, April 24 (ITAR-TASS) -- Uzbekistan said on Saturday that it would withdraw from the 1992 Collective Security Treaty. President of Moldova Petru Lucinschi welcomed the news."
        #expect(Self.extractor.extract(Article(source: "test", title: nil, dateText: nil, body: TextCleaner.clean(body))).published_on == "1999-04-24")
    }

    @Test func aYearInAFutureClauseThatNamesNothingIsATarget() {
        let body = "TASHKENT, April 24 (ITAR-TASS) -- Uzbekistan said on Saturday that it would withdraw from the treaty in 1998. President of Moldova Petru Lucinschi welcomed the news."
        #expect(Self.extractor.extract(Article(source: "test", title: nil, dateText: nil, body: TextCleaner.clean(body))).published_on != "1999-04-24")
    }

    @Test(arguments: [
        "Uzbekistan and Georgia attended the summit of the North Atlantic alliance in Washington.",
        "Leaders of Uzbekistan and Georgia met on the sidelines of the Atlantic alliance's summit.",
    ])
    func anAllianceNamedByCapitalizedWordsIsNoLabel(sentence: String) {
        #expect(facts(sentence).relations.isEmpty)
    }

    @Test(arguments: [
        "Uzbekistan and Georgia spoke of their alliance at the summit.",
        "The Russian-Belarusian alliance was strengthened, Russia and Belarus said.",
    ])
    func anAllianceOfTheCountriesIsALabel(sentence: String) {
        #expect(facts(sentence).relations.contains { $0.label == "alliance" })
    }
}
