import Testing
@testable import RelationsKit

/// Anniversaries in the shapes of the fifth blind round: one country's treaties "with the two republics" named before.
/// Invented sentences, with negative cases.
@Suite("extraction: blind5 round, anniversaries")
struct Blind5AnniversaryTests: WireCopyProbe {
    // MARK: "with the two republics": the countries named before, each with the hub

    @Test(arguments: [
        "Putin sent messages to the presidents of Abkhazia and South Ossetia. Russia recognised both republics in 2008.\n\nThe messages also mention the tenth anniversary of the Treaties of Friendship, Cooperation and Mutual Assistance with the two republics, which falls on 17 September.",
        "Putin sent messages to the presidents of Abkhazia and South Ossetia. Russia recognised both republics in 2008.\n\nThe messages also mention the tenth anniversary of the Treaties of Friendship, Cooperation and Mutual Assistance with both republics.",
    ])
    func aCountedPluralAfterWithIsTheCountriesNamedBefore(body: String) {
        let found = anniversaries(body, date: "2018-08-26")
        #expect(found.contains { $0.hasPrefix("RUS-XAB Treaty of Friendship") })
        #expect(found.contains { $0.hasPrefix("RUS-XSO Treaty of Friendship") })
    }

    @Test func aCountedPluralWithoutThatManyCountriesBeforePairsNothingNew() {
        let body = "Russia and Abkhazia marked the day.\n\nThe messages mention the tenth anniversary of the Treaties of Friendship, Cooperation and Mutual Assistance with the three republics."
        #expect(!anniversaries(body, date: "2018-08-26").contains { $0.hasPrefix("RUS-XSO") })
    }
}
