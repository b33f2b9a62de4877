import Testing
@testable import RelationsKit

/// Leaders in the shapes of the blind11/blind12 round: countries named by their adjectives before a plural office, the
/// names after it paired by "respectively"; a second post after the comma before the name. Invented sentences and persons,
/// with negative cases.
@Suite("extraction: blind11/blind12 round, leaders")
struct Blind1112LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    @Test(arguments: [
        "The protocol was signed by the Kazakh and Uzbek foreign ministers, Aibek Nurlanov and Timur Rashidov, respectively.",
        "Earlier the Kazakh and Uzbek foreign ministers, Aibek Nurlanov and Timur Rashidov respectively, signed a protocol.",
    ])
    func adjectivesBeforeAPluralOffice(sentence: String) {
        #expect(leaders(sentence).isSuperset(of: ["Aibek Nurlanov | Foreign Minister | KAZ", "Timur Rashidov | Foreign Minister | UZB"]))
    }

    @Test func threeCountries() {
        let found = leaders("The Armenian, Georgian and Chinese prime ministers, Aram Petrosyan, Giorgi Beridze and Li Wenhua, respectively, met in Tbilisi.")
        #expect(found.isSuperset(of: ["Aram Petrosyan | Prime Minister | ARM", "Giorgi Beridze | Prime Minister | GEO", "Li Wenhua | Prime Minister | CHN"]))
    }

    @Test(arguments: [
        "The Kazakh and Uzbek foreign ministers, Aibek Nurlanov and Timur Rashidov, met in Astana.",
        "The Kazakh and Uzbek foreign ministers met Aibek Nurlanov and Timur Rashidov, respectively, in Astana.",
        "The Kazakh and Uzbek foreign ministers, Aibek Nurlanov, Timur Rashidov and Oleg Smirnov, respectively, met in Astana.",
    ])
    func withoutAPairingNoOneIsPlaced(sentence: String) {
        #expect(!leaders(sentence).contains { $0.hasPrefix("Aibek Nurlanov") || $0.hasPrefix("Timur Rashidov") })
    }

    // MARK: A second post after the comma, the name opening the clause

    @Test(arguments: [
        ("President of the Republic of Tajikistan, Leader of the Nation Emomali Rahmon sent a telegram to Vladimir Putin.", "Emomali Rahmon | President | TJK"),
        ("Chairman of the Majlisi Milli of Tajikistan, Mayor of Dushanbe Rustam Emomali received the delegation.", "Rustam Emomali | Chairman | TJK"),
    ])
    func aSecondPostBeforeTheName(sentence: String, expected: String) {
        #expect(leaders(sentence, date: "2017-10-07").contains(expected))
    }
}
