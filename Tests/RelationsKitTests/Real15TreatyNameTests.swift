import Testing
@testable import RelationsKit

/// Treaty names that open with a place (or another one-word name) before the document's noun: "the Shusha Declaration on
/// Allied Relations", "the Budapest Memorandum", "the Belavezha Accords", matched against the names and the `aliases` of
/// `treaties.tsv`. Invented sentences in several phrasings, with negative cases: a place before a document's noun that
/// names no listed treaty, and a place phrase that names no document at all.
@Suite("extraction: treaty names opening with a place")
struct Real15TreatyNameTests: WireCopyProbe {
    static let shusha = "AZE-TUR Shusha Declaration on Allied Relations"
    static let budapest = "GBR-RUS-UKR-USA Memorandum on Security Assurances (Budapest Memorandum)"
    static let belovezha = "BLR-RUS-UKR Agreement on the Creation of the Commonwealth of Independent States (Belovezha Accords)"

    @Test(arguments: [
        // The full name, the place first, then the document's noun and its topic.
        ("Baku and Ankara marked the third anniversary of the Shusha Declaration on Allied Relations between Azerbaijan and Turkey.",
         "\(shusha) 3 2024", "2024"),
        // The alias, the place and the noun alone, the parties in the sentence.
        ("Azerbaijan and Türkiye celebrate the second anniversary of the Shusha Declaration this week, the ministry said.",
         "\(shusha) 2 2023", "2023"),
        // The alias with no parties written: the one row of that name gives them.
        ("Officials gathered in the city on Saturday to mark the first anniversary of the Shusha Declaration.",
         "\(shusha) 1 2022", "2022"),
        // A place's name written before a long name in small letters after the noun.
        ("Ukraine's diplomats recalled the 25th anniversary of the Budapest Memorandum on Security Assurances at a briefing.",
         "\(budapest) 25 2019", "2019"),
        ("Kyiv marked the 30th anniversary of the Budapest Memorandum with a statement on Thursday.",
         "\(budapest) 30 2024", "2024"),
    ])
    func aNameOpeningWithAPlaceIsTheListedTreaty(text: String, expected: String, year: String) {
        #expect(anniversaries(text, date: nil) == [expected])
        #expect(facts(text, date: nil).published_on == year)
    }

    @Test(arguments: [
        ("Kyiv and Minsk exchanged notes on the 25th anniversary of the Belavezha Accords, signed in a hunting lodge.", "\(belovezha) 25 2016"),
        // An alias's spelling of a place's name.
        ("Minsk recalled the 20th anniversary of the Belavezha Accords in a sober mood.", "\(belovezha) 20 2011"),
    ])
    func aPlaceNameAndItsAliasesNameTheMultilateralRow(text: String, expected: String) {
        #expect(anniversaries(text, date: nil) == [expected])
    }

    @Test func aDatedArticleCountsFromTheSigning() {
        #expect(facts("The two presidents exchanged letters on the fourth anniversary of the Shusha Declaration on Allied Relations.", date: "2025-06-15")
            .anniversaries.map(\.since) == [2021])
    }

    @Test(arguments: [
        // A place before a document's noun that names no listed treaty.
        "Diplomats marked the tenth anniversary of the Moscow Declaration on Energy between Turkey and Azerbaijan.",
        // A place phrase, no document's name.
        "The 20th anniversary of a treaty signed in Moscow was not marked, the paper said.",
        "Leaders gathered for the tenth anniversary of the Moscow summit, where the bloc was born.",
        // The city's name with no document: its liberation is no treaty.
        "Azerbaijan marks the third anniversary of the Shusha liberation on Wednesday.",
    ])
    func aPlaceBeforeNoListedNameGivesNoTreaty(text: String) {
        #expect(anniversaries(text, date: nil).allSatisfy { !$0.contains("Declaration") && !$0.contains("Memorandum") && !$0.contains("Treaty") })
    }

    @Test func aPlaceBeforeAnotherListedNameLeavesThatName() {
        // A place that opens no listed name leaves the name after it, which the pair signed.
        #expect(anniversaries("Moscow and Tashkent marked the tenth anniversary of the Moscow Treaty on Strategic Partnership between Russia and Uzbekistan.", date: nil)
            == ["RUS-UZB Treaty on Strategic Partnership 10 2014"])
        // The head's own reading still gives the pair's declaration when no place opens the name.
        #expect(anniversaries("Astana and Tashkent marked the first anniversary of the Declaration on Allied Relations between Kazakhstan and Uzbekistan.", date: nil)
            == ["KAZ-UZB Declaration on Allied Relations 1 2022"])
    }

    @Test func theRowsAreListedWithTheirAliases() {
        let treaties = ReferenceData.bundled.treaties
        let shusha = treaties.first { $0.name == "Shusha Declaration on Allied Relations" }
        #expect(shusha?.parties.sorted() == ["AZE", "TUR"])
        #expect(shusha?.signed == "2021-06-15")
        #expect(shusha?.aliases == ["Shusha Declaration"])
        #expect(treaties.first { $0.name == "Memorandum on Security Assurances (Budapest Memorandum)" }?.signed == "1994-12-05")
        #expect(treaties.first { $0.name.hasSuffix("(Belovezha Accords)") }?.aliases == ["Belavezha Accords", "Belovezh Accords"])
        #expect(treaties.filter { !$0.aliases.isEmpty }.allSatisfy { !$0.source.isEmpty })
    }
}
