import Testing
@testable import RelationsKit

/// Labels in the shapes of the blind15/blind16 round: "alliance" naming a grouping of several states is an organisation,
/// no label between two: counted by its members ("the five-nation alliance", "the security alliance of seven former Soviet
/// republics") or in apposition to an organisation's name ("the CSTO, the Moscow-led security alliance"). Invented
/// sentences, with the bilateral alliance kept.
@Suite("extraction: blind15/blind16 round, relations")
struct Blind1516RelationTests: WireCopyProbe {
    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2012-06-28").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    @Test(arguments: [
        "Uzbekistan has informed Moldova, which chairs the group, that it intends to withdraw from the five-nation alliance.",
        "Tashkent told Chisinau it would leave the four-member alliance by the end of the year.",
        "Uzbekistan has suspended its membership in the Collective Security Treaty Organization (CSTO), the Moscow-dominated security alliance of seven former Soviet republics.",
        "Armenia froze its part in the CSTO, the Russian-led military alliance, after the war with Azerbaijan.",
        "Belarus remains in the security alliance of six post-Soviet states alongside Russia.",
    ])
    func aGroupingOfSeveralStatesIsNoLabel(body: String) {
        #expect(relations(body).isEmpty)
    }

    @Test(arguments: [
        "Kazakhstan and Russia are bound by a military alliance of two sovereign states.",
        "The treaty raises relations between Armenia and Russia to the level of an alliance.",
        "Belarus and Russia, the two members of the Union State, confirmed their military alliance.",
    ])
    func aBilateralAllianceStays(body: String) {
        #expect(relations(body).count == 1)
        #expect(relations(body).first?.hasSuffix(" alliance") == true)
    }
}
