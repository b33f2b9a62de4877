import Testing
@testable import RelationsKit

/// Labels in the shapes of the blind21/blind22 round, by mechanism: "the alliance" as a definite noun that refers to an
/// organisation the text names (no label between two countries), and the pair of a statement whose paragraph names one
/// country ("our countries" in a message to that country's president) completed by the article's most named other country,
/// not by the article's first two. Invented articles, with the bilateral labels kept.
@Suite("extraction: blind21/blind22 round, relations")
struct Blind2122RelationTests: WireCopyProbe {
    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2023-03-10").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    // MARK: "the alliance" for an organisation

    @Test(arguments: [
        "Armenia has frozen its part in the CSTO. Prime Minister Nikol Pashinyan said Russia and the alliance had failed to meet their obligations to Armenia.",
        "The CSTO leaders met in Moscow. Kazakhstan and Kyrgyzstan adopted a statement stressing that the military alliance remains a factor of stability.",
        "Tajikistan and Russia argued that the alliance, which marks its anniversary this year, should hold more drills. NATO ministers did not comment.",
    ])
    func theAllianceOfANamedOrganisationIsNoLabel(body: String) {
        #expect(relations(body).isEmpty)
    }

    @Test(arguments: [
        ("Both are CSTO members. Kazakhstan and Russia praised the alliance between the two countries.", "KAZ-RUS alliance"),
        ("The CSTO summit is over. The message stressed the alliance of Belarus and Russia.", "BLR-RUS alliance"),
        ("Both are CSTO members. The declaration raises relations between Armenia and Russia to the level of alliance.", "ARM-RUS alliance"),
        ("Both are in the CSTO. Relations between Kyrgyzstan and Russia rest on the principles of alliance and strategic partnership.", "KGZ-RUS alliance"),
    ])
    func anAllianceWithItsPartiesStays(body: String, expected: String) {
        #expect(relations(body).contains(expected))
    }

    // MARK: A paragraph that names one country

    @Test func thePairOfAParagraphWithOneCountry() {
        let body = """
        ASTANA, 10 March – The President of Kazakhstan sent greetings to several leaders, the Kazakh presidential press service reported.

        In his message to the Uzbek President the head of state noted the progress made. "The allied relations between our countries are a model for the region," the message reads.

        Greetings also went to the Chinese leader. China and Kazakhstan agreed on new flights, and the Chinese side thanked Kazakhstan; Chinese investors were praised.
        """
        let found = relations(body)
        #expect(found.contains("KAZ-UZB allied relations"))
        #expect(!found.contains("CHN-KAZ allied relations"))
    }
}
