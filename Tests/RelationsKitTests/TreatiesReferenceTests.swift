import Testing
@testable import RelationsKit

/// The treaties between post-Soviet states and with their big partners that `treaties.tsv` lists since the treaties
/// round: an undated article marking "the 20th anniversary of the Treaty ... between A and B" is dated from the year the
/// table gives the treaty's signing, and the anniversary's `since` is that year. Invented sentences, with negative cases.
@Suite("reference: treaties between post-Soviet states")
struct TreatiesReferenceTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }
    func since(_ body: String) -> [Int?] { facts(body, date: nil).anniversaries.map(\.since) }

    @Test(arguments: [
        ("Astana and Tashkent today mark the 25th anniversary of the Treaty on Eternal Friendship between Kazakhstan and Uzbekistan.",
         "2023", "KAZ-UZB Treaty on Eternal Friendship 25 2023", 1998),
        ("The presidents exchanged messages on the 20th anniversary of the Treaty on Allied Relations between Kazakhstan and Kyrgyzstan.",
         "2023", "KAZ-KGZ Treaty on Allied Relations 20 2023", 2003),
        ("Beijing and Astana marked the 20th anniversary of the Treaty of Good-Neighbourliness, Friendship and Cooperation between China and Kazakhstan.",
         "2022", "CHN-KAZ Treaty of Good-Neighbourliness, Friendship and Cooperation 20 2022", 2002),
        ("Baku and Tashkent marked the first anniversary of the Treaty on Allied Relations between Azerbaijan and Uzbekistan.",
         "2025", "AZE-UZB Treaty on Allied Relations 1 2025", 2024),
        ("Baku and Ankara celebrate the 10th anniversary of the Treaty on Strategic Partnership and Mutual Assistance between Azerbaijan and Turkey.",
         "2020", "AZE-TUR Treaty on Strategic Partnership and Mutual Assistance 10 2020", 2010),
        ("Minsk and Astana marked the 25th anniversary of the Treaty of Friendship and Cooperation between Belarus and Kazakhstan.",
         "2021", "BLR-KAZ Treaty of Friendship and Cooperation 25 2021", 1996),
    ])
    func anUndatedAnniversaryOfAListedTreatyTakesItsYear(text: String, year: String, expected: String, signed: Int) {
        #expect(date(text) == year)
        #expect(anniversaries(text, date: nil) == [expected])
        #expect(since(text) == [signed])
    }

    @Test func theSamePairsTreatiesAreToldApartByName() {
        let text = "Tashkent and Astana mark the fifth anniversary of the Treaty on Strategic Partnership between Kazakhstan and Uzbekistan."
        #expect(anniversaries(text, date: nil) == ["KAZ-UZB Treaty on Strategic Partnership 5 2018"])
        #expect(date(text) == "2018")
    }

    @Test func theSameNameBetweenOtherPartiesTakesThoseParties() {
        // Kazakhstan–Kyrgyzstan signed theirs in 1997, Kyrgyzstan–Uzbekistan in 1996.
        #expect(anniversaries("Bishkek and Astana mark the 20th anniversary of the Treaty on Eternal Friendship between Kazakhstan and Kyrgyzstan.", date: nil)
            == ["KAZ-KGZ Treaty on Eternal Friendship 20 2017"])
        #expect(anniversaries("Bishkek and Tashkent mark the 20th anniversary of the Treaty on Eternal Friendship between Kyrgyzstan and Uzbekistan.", date: nil)
            == ["KGZ-UZB Treaty on Eternal Friendship 20 2016"])
    }

    @Test func aDatedArticleKeepsItsDateAndCountsFromTheSigning() {
        #expect(anniversaries("Dushanbe and Beijing marked the 15th anniversary of the Treaty of Good-Neighbourliness, Friendship and Cooperation between China and Tajikistan.", date: "2022-01-15")
            == ["CHN-TJK Treaty of Good-Neighbourliness, Friendship and Cooperation 15 2022"])
    }

    @Test func aTreatyThePairNeverSignedGivesNoAnniversary() {
        // The table lists no Treaty on Eternal Friendship between Kazakhstan and Turkmenistan.
        #expect(anniversaries("Astana and Ashgabat marked the 20th anniversary of the Treaty on Eternal Friendship between Kazakhstan and Turkmenistan.", date: nil).isEmpty)
    }

    @Test func theRowsAreListed() {
        let treaties = ReferenceData.bundled.treaties
        func signed(_ name: String, _ parties: Set<String>) -> String? {
            treaties.first { $0.name == name && Set($0.parties) == parties }?.signed
        }
        #expect(signed("Treaty on Allied Relations", ["KAZ", "UZB"]) == "2022-12-22")
        #expect(signed("Treaty on Allied Relations", ["TJK", "UZB"]) == "2024-04-18")
        #expect(signed("Treaty on Allied Relations", ["AZE", "UZB"]) == "2024-08-23")
        #expect(signed("Declaration on Strengthening Strategic Relations and Deepening Allied Interaction", ["AZE", "KAZ"]) == "2022-08-24")
        #expect(treaties.allSatisfy { !$0.source.isEmpty && ["high", "medium"].contains($0.confidence) })
    }
}
