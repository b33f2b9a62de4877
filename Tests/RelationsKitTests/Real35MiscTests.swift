import Testing
@testable import RelationsKit

/// Countries in the shapes of the sixteenth real-copy round (its second half): a capital that closes a document's title built with "of" ("the Charter of
/// Paris", "the Treaty of Tashkent", "the Final Act of Helsinki") names the document, not the country, as it does before
/// the noun ("the Alma-Ata Protocol"). A capital paired with another in such a title, a lower-case noun, and the capital
/// as a government keep their country. Invented sentences, with negative cases.
@Suite("extraction: real35 round, countries in documents' titles")
struct Real35MiscTests: WireCopyProbe {
    func countries(_ body: String) -> Set<String> { Set(facts(body).countries) }

    @Test(arguments: [
        "Kyrgyzstan pledged to honour the Charter of Paris for a New Europe.",
        "The commitments of the Charter of Paris were accepted in full by Kyrgyzstan.",
        "Kyrgyzstan, its minister wrote, accepts the Final Act of Helsinki and the Charter of Paris.",
        "Kyrgyzstan referred to the Treaty of Warsaw, the Declaration of Astana and the Protocols of Alma-Ata.",
        "Kyrgyzstan listed the texts it accepts:\n- the Charter of Paris;\n- the Final Act of Helsinki.",
        "KYRGYZSTAN ACCEPTS OSCE COMMITMENTS\n\nKyrgyzstan has accepted a new Declaration of Vilnius on security.",
    ])
    func aCapitalClosingADocumentsTitleIsNoCountry(sentence: String) {
        #expect(countries(sentence) == ["KGZ"])
    }

    @Test func aCapitalPairedWithAnotherInATitleNamesTheParties() {
        #expect(countries("Mongolia welcomed the Declaration of Moscow and Beijing on a multipolar world.") == ["MNG", "RUS", "CHN"])
    }

    @Test func aLowerCaseNounIsNoTitle() {
        #expect(countries("Moldova rejected the statement of Minsk on transit fees.") == ["MDA", "BLR"])
    }

    @Test func theCapitalAsAGovernmentStillCounts() {
        #expect(countries("Kyrgyzstan welcomed the talks between Paris and Tashkent on the Charter.") == ["KGZ", "FRA", "UZB"])
    }

    @Test func anOfficeOfTheCapitalIsNoTitle() {
        #expect(countries("Kyrgyzstan's minister met the Mayor of Paris.") == ["KGZ", "FRA"])
    }
}
