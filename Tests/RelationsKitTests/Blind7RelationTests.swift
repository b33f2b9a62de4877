import Testing
@testable import RelationsKit

/// Relationship labels in the shapes of the seventh blind round: a label word inside a document's title after a comma
/// ("the Declaration on Eternal Friendship, Alliance and Partnership") is part of the title, "allied" as the predicate of
/// relations ("relations are rightly called allied") is a label, and a two-word name with its family name first is named
/// later by that word ("Xi"), so the country of "Xi ... He and Tokayev" is the other party. Invented sentences, with
/// negative cases.
@Suite("extraction: blind7 round, relations")
struct Blind7RelationTests: WireCopyProbe {
    func relations(_ body: String, date: String? = "2022-03-20") -> Set<String> {
        Set(facts(body, date: date).relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    // MARK: A label word inside a title

    @Test(arguments: [
        "Kyrgyzstan and Russia signed the Declaration on Eternal Friendship, Alliance and Partnership in July 2000.",
        "Kyrgyzstan and Russia recalled the Treaty on Friendship, Alliance and Mutual Assistance.",
        "Kyrgyzstan and Russia recalled the Declaration on Allied Interaction.",
    ])
    func aLabelWordInATitleIsNoLabel(sentence: String) {
        #expect(relations(sentence).isEmpty)
    }

    @Test func aLabelAfterACommaOutsideATitleCounts() {
        #expect(relations("Kyrgyzstan and Russia are partners, allies and friends; their alliance is firm.") == ["KGZ-RUS alliance"])
    }

    // MARK: "allied" as a predicate

    @Test(arguments: [
        "Vladimir Putin noted that Russian-Armenian relations are rightly called allied, and expressed confidence.",
        "Russian-Armenian relations remain allied.",
        "Putin said Russian-Armenian ties are truly allied.",
    ])
    func alliedAsThePredicateOfRelations(sentence: String) {
        #expect(relations(sentence, date: "2016-09-21") == ["ARM-RUS allied relations"])
    }

    @Test(arguments: [
        "Russian-Armenian relations are strong; the allied forces left.",
        "Armenia and Russia were allied in the war, the historian said.",
    ])
    func alliedNotPredicatingRelationsIsNoLabel(sentence: String) {
        #expect(relations(sentence, date: "2016-09-21").isEmpty)
    }

    // MARK: A family name first

    @Test func theFamilyNameAloneIsThePerson() {
        let body = "Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev met.\n\nEarlier in the week, Xi paid a state visit to Kazakhstan. He and Tokayev agreed to deepen the comprehensive strategic partnership between the two countries."
        #expect(relations(body, date: "2024-07-04") == ["CHN-KAZ comprehensive strategic partnership"])
    }
}
