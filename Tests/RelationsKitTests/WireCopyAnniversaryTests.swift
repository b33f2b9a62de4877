import Testing
@testable import RelationsKit

/// The many ways wire copy phrases the same fact, one test per phenomenon. Every sentence here is invented.
@Suite("extraction: wire copy phrasings, anniversaries")
struct WireCopyAnniversaryTests: WireCopyProbe {
    // MARK: Anniversaries

    @Test(arguments: [
        ("This year Russia and Kazakhstan mark three decades of diplomatic relations.", "KAZ-RUS diplomatic relations 30 2015"),
        ("Russia and Belarus celebrate the silver jubilee of their diplomatic relations.", "BLR-RUS diplomatic relations 25 2015"),
        ("Russia and Belarus celebrate the 25th jubilee of diplomatic relations.", "BLR-RUS diplomatic relations 25 2015"),
        ("Russia and Mongolia marked the centenary of diplomatic relations.", "MNG-RUS diplomatic relations 100 2015"),
        ("The Commonwealth of Independent States turns 25 this year.", " CIS 25 2015"),
        ("The year marks the 20th anniversary of diplomatic relations between Russia and Tajikistan.", "RUS-TJK diplomatic relations 20 2015"),
    ])
    func anniversariesPhrasedManyWays(sentence: String, expected: String) {
        #expect(anniversaries(sentence) == [expected])
    }

    @Test func oneCountrysTiesWithSeveralGiveOnePairEach() {
        #expect(anniversaries("Sergey Lavrov sent messages to the foreign ministers of Abkhazia and South Ossetia on the 15th anniversary of the establishment of diplomatic relations.", date: "2023-09-09")
            == ["RUS-XAB diplomatic relations 15 2023", "RUS-XSO diplomatic relations 15 2023"])
        #expect(anniversaries("Moscow marked 25 years of diplomatic relations with Astana and Bishkek.", date: "2017-06-05")
            == ["KAZ-RUS diplomatic relations 25 2017", "KGZ-RUS diplomatic relations 25 2017"])
        #expect(anniversaries("On 17 September the parties will mark 15 years since the signing of the Treaties of Friendship, Cooperation and Mutual Assistance with the Republic of Abkhazia and the Republic of South Ossetia.", date: "2023-09-09")
            == ["RUS-XAB Treaty of Friendship, Cooperation and Mutual Assistance 15 2023", "RUS-XSO Treaty of Friendship, Cooperation and Mutual Assistance 15 2023"])
    }

    @Test(arguments: [
        "In June next year Tajikistan will mark the 20th anniversary of the General Agreement on the Establishment of Peace and National Accord, which ended the civil war.",
        "Putin congratulated Nazarbayev on his 75th jubilee.",
        "The 20th CIS summit opened in Minsk with Russia and Belarus.",
        "The 201st Russian military base in Tajikistan marks 70 years.",
    ])
    func unknownTreatiesBirthdaysSummitsAndUnitsAreNotAnniversaries(sentence: String) {
        #expect(anniversaries(sentence).isEmpty)
    }
}
