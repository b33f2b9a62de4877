import Testing
@testable import RelationsKit

/// Relationship labels in the shapes of real wire copy: "the alliance" or "the military alliance" standing alone, and "an
/// integration alliance", refer back to an organisation (a bloc the article is about), not to two countries' relations;
/// an alliance that names its parties, is coordinated with a partnership or is a country's own stays a label. Invented
/// sentences, with negative cases.
@Suite("extraction: real-copy round, relations")
struct RealCopyRelationTests: WireCopyProbe {
    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2023-05-10").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    @Test(arguments: [
        "Moldova left the CIS bodies. Russia's foreign minister said Moldova's exit would not weaken the alliance, and Moscow regretted it.",
        "Kazakhstan criticised the CSTO. Tajikistan and Russia said the rift with the military alliance had grown over the year.",
        "Belarus joined the SCO in 2024. Iran had first applied for membership in the alliance in 2008, Russia recalled.",
        "Kyrgyzstan and Armenia joined the EAEU. \"An integration alliance based on pragmatism can strengthen our economies,\" the Kazakh president said.",
        "The CSTO met in Minsk. The further Armenia moves away from the security alliance, the weaker Russia's position grows.",
    ])
    func anAllianceStandingForAnOrganisationIsNoLabel(body: String) {
        #expect(relations(body).isEmpty)
    }

    @Test(arguments: [
        "Kazakhstan highly values the alliance with Russia, its foreign minister said.",
        "The treaty formalised the alliance between Armenia and Russia.",
        "The document raises relations between Azerbaijan and Russia to the level of an alliance.",
        "Russia and Armenia would further develop their alliance, the message says.",
        "The message praised the strategic partnership and alliance between Kyrgyzstan and Russia.",
        "Kyrgyzstan and Russia proclaimed a military alliance between the two states.",
    ])
    func anAllianceOfTwoCountriesStaysALabel(body: String) {
        #expect(relations(body).contains { $0.hasSuffix(" alliance") })
    }
}
