import Testing
@testable import RelationsKit

/// Relationship labels in shapes the precision audit of fresh real copy found: a label that names a document's topic
/// modifies the document's noun ("the strategic partnership agreement"), is reached through "the establishment of", or
/// is coordinated with another topic ("the agreement on strategic partnership and allied ties"); a label stated in plain
/// words beside them still counts. Invented sentences, with negative cases.
@Suite("extraction: real-copy audit, relationship labels")
struct Pool6RelationTests: WireCopyProbe {
    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2014-06-10").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    @Test(arguments: [
        "Putin recalled the strategic partnership agreement between Russia and Uzbekistan signed in 2004.",
        "The allied relations treaty between Russia and Uzbekistan entered into force in 2006.",
        "The ministers signed a joint declaration on the establishment of a strategic partnership between Azerbaijan and China.",
        "Azerbaijan and Kazakhstan recalled the agreement on strategic partnership and allied ties inked in Baku in 2005.",
    ])
    func aDocumentsTopicIsNoLabel(sentence: String) {
        #expect(relations(sentence).isEmpty)
    }

    @Test(arguments: [
        ("Russia and Uzbekistan have a strategic partnership, and the agreement was signed in 2004.", "RUS-UZB strategic partnership"),
        ("The development of the strategic partnership between Azerbaijan and China was discussed.", "AZE-CHN strategic partnership"),
        ("Azerbaijan and Kazakhstan are bound by strategic partnership and allied relations.", "AZE-KAZ allied relations"),
        ("Ties rest on the treaty on friendship and stressed that the strategic partnership between Azerbaijan and China grows.", "AZE-CHN strategic partnership"),
    ])
    func aLabelInPlainWordsStillCounts(sentence: String, expected: String) {
        #expect(relations(sentence).contains(expected))
    }
}
