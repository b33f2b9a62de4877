import Testing
@testable import RelationsKit

/// Labels in the shapes of the blind11/blind12 round: an alliance the sentence denies ("was not an alliance directed
/// against third countries") is no label, while an alliance a relation is raised to is one. Invented sentences.
@Suite("extraction: blind11/blind12 round, relations")
struct Blind1112RelationTests: WireCopyProbe {
    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2001-06-15").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    @Test(arguments: [
        "Speaking in Shanghai, the leaders of China and Russia said their partnership was not an alliance directed against any third country.",
        "China and Russia stressed that their ties were never a military alliance.",
    ])
    func aDeniedAllianceIsNoLabel(body: String) {
        #expect(relations(body).isEmpty)
    }

    @Test(arguments: [
        "The treaty raises relations between Kazakhstan and Russia to the level of an alliance.",
        "Kazakhstan and Russia are bound by a military alliance.",
    ])
    func anAllianceStatedIsALabel(body: String) {
        #expect(relations(body) == ["KAZ-RUS alliance"])
    }
}
