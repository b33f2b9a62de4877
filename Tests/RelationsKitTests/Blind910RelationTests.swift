import Testing
@testable import RelationsKit

/// Labels in the shapes of the blind9/blind10 round: "allied" modifying a kind of dealing ("allied interaction", "allied
/// cooperation") is no label of the relations, while "allied relations" and "allied ties" are. Invented sentences.
@Suite("extraction: blind9/blind10 round, relations")
struct Blind910RelationTests: WireCopyProbe {
    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2022-02-22").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    @Test(arguments: [
        "The document raises relations between Azerbaijan and Russia to the level of allied interaction.",
        "Armenia and Russia agreed to deepen their allied cooperation in air defence.",
        "Belarus and Russia discussed the fulfilment of their allied obligations.",
    ])
    func alliedDealingsAreNoLabel(body: String) {
        #expect(relations(body).isEmpty)
    }

    @Test(arguments: [
        "The document raises relations between Azerbaijan and Russia to the level of allied relations.",
        "Azerbaijan and Russia have strengthened their allied ties.",
        "Relations between Azerbaijan and Russia are allied.",
    ])
    func alliedRelationsAreALabel(body: String) {
        #expect(relations(body) == ["AZE-RUS allied relations"])
    }
}
