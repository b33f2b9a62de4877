import Testing
@testable import RelationsKit

/// Countries and leaders in the shapes of the real21 round: the country a dateline names after its capital ("BAKU,
/// Azerbaijan, June 9") is the dateline's place, as the capital is; and a minister the copy names by the full given name a
/// row's short form stands for ("Nicolae Popescu" for Nicu Popescu). Invented sentences, with negative cases.
@Suite("extraction: real21 round, countries and reference spellings")
struct Real21ReferenceTests: WireCopyProbe {
    func countries(_ body: String) -> Set<String> { Set(facts(body).countries) }

    @Test(arguments: [
        ("BAKU, Azerbaijan, June 9\n\nThe leaders of Kazakhstan and Uzbekistan discussed transit routes at the summit.", "AZE"),
        ("ASTANA, Kazakhstan, May 21. The presidents of Uzbekistan and Tajikistan signed a water agreement.", "KAZ"),
        ("Baku, Azerbaijan, 9 June\n\nThe leaders of Kazakhstan and Uzbekistan discussed transit routes at the summit.", "AZE"),
    ])
    func theCountryADatelineNamesAfterItsCapitalIsThePlace(body: String, place: String) {
        let named = countries(body)
        #expect(!named.contains(place))
        #expect(named.contains("UZB"))
    }

    @Test(arguments: [
        // Named again in the story: the country counts.
        ("BAKU, Azerbaijan, June 9\n\nAzerbaijan and Uzbekistan discussed transit routes.", "AZE"),
        // Not a dateline: a capital and its country inside a sentence, the government acting.
        ("The talks between Baku, Azerbaijan's capital, and Tashkent went on.", "AZE"),
    ])
    func aCountryTheStoryNamesStillCounts(body: String, code: String) {
        #expect(countries(body).contains(code))
    }

    @Test(arguments: ["Foreign Minister Nicolae Popescu", "Foreign Minister Nicu Popescu"])
    func theFullGivenNameOfAListedMinisterTakesTheRowsName(phrase: String) {
        let leaders = facts("CHISINAU, March 3, 2022. \(phrase) met the ambassadors of the European Union.", date: nil).leaders
        #expect(leaders.contains { $0.name == "Nicu Popescu" && $0.country == "MDA" && $0.office == "Foreign Minister" })
    }
}
