import Testing
@testable import RelationsKit

/// Relationship labels of the real75–82 round. An "alliance" ranked among many ("the world's biggest security alliance",
/// "the largest military alliance"), one that has partners or members in it ("full and equal partners in this great
/// alliance"), or one whose modifiers are coordinated ("the influential security and trade alliance") is a bloc; "picture
/// alliance" in a photo credit is the agency's name. Two states' alliance stays a label. Invented sentences only.
@Suite("extraction: relations, real79")
struct Real79RelationTests: WireCopyProbe {
    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2022-09-30").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    @Test(arguments: [
        "Ukraine is an aspirant for membership in the world's biggest security alliance, along with Georgia.",
        "Ukraine and Georgia want to join NATO, the largest military alliance.",
        "Latvia and the United States now stand as full and equal partners in this great alliance, Bush said of NATO.",
        "Russia and China welcomed Iran as the ninth member of the SCO, the influential security and trade alliance.",
        "Ukraine and Russia are at war. Image: ZUMA Press Wire/picture alliance",
    ])
    func aBlocOrACreditIsNoLabel(sentence: String) {
        #expect(relations(sentence).isEmpty)
    }

    @Test(arguments: [
        ("Russia and Belarus are bound by a strategic partnership and alliance.", "BLR-RUS alliance"),
        ("The alliance between Russia and Belarus is strong, the SCO said.", "BLR-RUS alliance"),
        ("Armenia values its military and political alliance with Russia.", "ARM-RUS alliance"),
    ])
    func twoStatesAllianceStaysALabel(sentence: String, expected: String) {
        #expect(relations(sentence).contains(expected))
    }
}
