import Testing
@testable import RelationsKit

/// Leaders in the shapes of the eighth blind round: a plural office with its countries and then the names right after
/// them, with no comma ("Presidents of Belarus and Russia Alexander Lukashenko and Boris Yeltsin signed"), paired in order
/// as in "President of Russia Boris Yeltsin" and as in the apposition with commas. Invented sentences, with negative cases.
@Suite("extraction: blind8 round, leaders")
struct Blind8LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String) -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) \($0.office) \($0.country)" })
    }

    @Test(arguments: [
        ("Presidents of Belarus and Russia Alexander Lukashenko and Boris Yeltsin today signed the Treaty.", "1999-12-08", ["Alexander Lukashenko President BLR", "Boris Yeltsin President RUS"]),
        ("The foreign ministers of Russia and Uzbekistan Sergey Lavrov and Abdulaziz Kamilov met in Tashkent.", "2012-06-29", ["Sergey Lavrov Foreign Minister RUS", "Abdulaziz Kamilov Foreign Minister UZB"]),
        ("The Presidents of Kazakhstan, Russia and Belarus Nursultan Nazarbayev, Vladimir Putin and Alexander Lukashenko signed the Treaty.", "2014-05-29", ["Nursultan Nazarbayev President KAZ", "Vladimir Putin President RUS", "Alexander Lukashenko President BLR"]),
    ])
    func namesRightAfterTheCountries(sentence: String, date: String, expected: [String]) {
        let found = leaders(sentence, date: date)
        for leader in expected { #expect(found.contains(leader)) }
    }

    @Test func fewerNamesThanCountriesAreNotPaired() {
        // Two countries, one name: whose president he is the phrase does not say.
        let found = leaders("The presidents of Belarus and Russia Alexander Lukashenko welcomed the guests.", date: "1999-12-08")
        #expect(!found.contains("Alexander Lukashenko President RUS"))
    }
}

/// "The heads of state, A and B": a description of rank, like "the Russian leader", ties the names to no country the text
/// does not give; "Presidents A and B" is a title (placed by the reference), and "the heads of state of X and Y, A and B"
/// gives the countries. Invented sentences.
@Suite("extraction: blind8 round, heads of state")
struct Blind8HeadsOfStateTests: WireCopyProbe {
    func leaders(_ body: String) -> Set<String> {
        Set(facts(body, date: "2019-06-28").leaders.map { "\($0.name) \($0.office) \($0.country)" })
    }

    @Test(arguments: [
        "The heads of state, Alexander Lukashenko and Vladimir Putin, meet several times a year.",
        "The heads of government, Sergey Rumas and Dmitry Medvedev, signed the programme.",
        "Heads of State Alexander Lukashenko and Vladimir Putin opened the forum.",
    ])
    func aRankTiesNoCountry(sentence: String) {
        #expect(leaders(sentence).isEmpty)
    }

    @Test func aTitleIsPlacedByTheReference() {
        #expect(leaders("Presidents Alexander Lukashenko and Vladimir Putin opened the forum.") == ["Alexander Lukashenko President BLR", "Vladimir Putin President RUS"])
    }

    @Test func theCountriesGivenPlaceThem() {
        #expect(leaders("The heads of state of Belarus and Russia, Alexander Lukashenko and Vladimir Putin, opened the forum.") == ["Alexander Lukashenko President BLR", "Vladimir Putin President RUS"])
    }
}
