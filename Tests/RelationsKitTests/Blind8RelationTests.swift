import Testing
@testable import RelationsKit

/// Labels in the shapes of the eighth blind round: "alliance" in a phrase whose determiner names a kind, with modifiers
/// between ("any other military alliance", "no new military-political alliance", "another defence alliance") is no label
/// between two countries; "the military alliance of the two states" is one. Invented sentences.
@Suite("extraction: blind8 round, relations")
struct Blind8RelationTests: WireCopyProbe {
    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2001-06-01").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    @Test(arguments: [
        "Moldova and Russia held talks. Moldova does not intend to accede to the treaty or to any other military alliance.",
        "Moldova and Russia held talks. Moldova will join no new military-political alliance.",
        "Moldova and Russia held talks. Moldova is not seeking to enter another defence alliance.",
        "Moldova and Russia held talks. Moldova will not take part in any such alliance.",
    ])
    func aKindOfAllianceIsNoLabel(body: String) {
        #expect(relations(body).isEmpty)
    }

    @Test(arguments: [
        "Belarus and Russia praised the military alliance of the two states.",
        "Belarus and Russia are bound by a strategic partnership and a military alliance.",
    ])
    func oneAllianceIsALabel(body: String) {
        #expect(relations(body).contains("BLR-RUS alliance"))
    }
}
