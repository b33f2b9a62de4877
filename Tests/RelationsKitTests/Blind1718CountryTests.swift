import Testing
@testable import RelationsKit

/// Countries in the shapes of the blind17/blind18 round: a capital before a document's noun in the plural ("the Alma-Ata
/// documents", "the Minsk protocols") names the documents, not the country, as it does in the singular; the countries an
/// organisation's name lists as its members count, whichever of its names the text uses. Invented sentences, with
/// negative cases.
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

    @Test(arguments: [
        ("Tajikistan studied the rules of the Customs Union of Belarus, Kazakhstan and Russia.", ["TJK", "BLR", "KAZ", "RUS"], "CU"),
        ("Tajikistan studied the rules of the Customs Union of Russia, Belarus and Kazakhstan.", ["TJK", "BLR", "KAZ", "RUS"], "CU"),
        ("Abkhazia would like to join the Union State of Russia and Belarus.", ["XAB", "BLR", "RUS"], "UNION_STATE"),
    ])
    func theMembersAnOrganisationsNameListsCount(sentence: String, expected: [String], organisation: String) {
        let facts = facts(sentence)
        #expect(Set(facts.countries) == Set(expected))
        #expect(facts.organisations == [organisation])
    }

    @Test func aPlaceInABodysNameStillDoesNot() {
        #expect(countries("Armenia welcomed the statement of the OSCE Minsk Group co-chairs.") == ["ARM"])
    }
}
