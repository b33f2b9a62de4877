import Testing
@testable import RelationsKit

/// Countries in the shapes of the blind17/blind18 round: a capital before a document's noun in the plural ("the Alma-Ata
/// documents", "the Minsk protocols") names the documents, not the country, as it does in the singular. Invented
/// sentences, with negative cases.
@Suite("extraction: blind17/blind18 round, countries")
struct Blind1718CountryTests: WireCopyProbe {
    func countries(_ body: String) -> Set<String> { Set(facts(body).countries) }

    @Test(arguments: [
        "The parliament of Azerbaijan refused to ratify the Alma-Ata documents.",
        "The parliament of Azerbaijan voted against the Alma-Ata agreements.",
        "The parliament of Azerbaijan discussed the Tashkent Declarations and the Alma-Ata Protocols.",
    ])
    func aCapitalBeforePluralDocumentsIsNoCountry(sentence: String) {
        #expect(countries(sentence) == ["AZE"])
    }

    @Test func theCapitalAsAPlaceStillCounts() {
        #expect(countries("The parliament of Azerbaijan sent its documents to Tashkent for approval.") == ["AZE", "UZB"])
    }
}
