import Testing
@testable import RelationsKit

/// Labels in the mechanisms the real6 development set found failing: "allied states" and "the two allied countries" describe
/// the parties and label no relations (both real6 annotators read it so, as the guide reads "strategic partners"); "allied"
/// before the pair's adjectives ("allied Russian-Belarusian relationships") labels them; a label the relations only approach
/// ("have almost risen to the level of alliance", "not yet a strategic partnership") is not stated. Invented sentences.
@Suite("extraction: real6 round, relations")
struct Real8RelationTests: WireCopyProbe {
    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2019-06-15").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    @Test(arguments: [
        "Kazakhstan and Kyrgyzstan are fraternal and allied states, the president said.",
        "By marking the date, Russia and Belarus, the two allied countries, recalled their history.",
        "Armenia and Russia remain allied nations in every respect, the minister said.",
    ])
    func alliedPartiesLabelNoRelations(sentence: String) {
        #expect(relations(sentence).isEmpty)
    }

    @Test(arguments: [
        ("Friendship remains the basis of allied Russian-Belarusian relationships, the message said.", "BLR-RUS allied relations"),
        ("The talks confirmed the allied Armenian-Russian ties.", "ARM-RUS allied relations"),
        ("Russia and Belarus have allied relations, the minister said.", "BLR-RUS allied relations"),
    ])
    func alliedRelationsStayALabel(sentence: String, expected: String) {
        #expect(relations(sentence) == [expected])
    }

    @Test(arguments: [
        ("Azerbaijan and Georgia say their strategic partnership has almost risen to the level of alliance.", "AZE-GEO strategic partnership"),
        ("Armenia and Iran are nearly an alliance, one analyst wrote, and share a strategic partnership.", "ARM-IRN strategic partnership"),
    ])
    func anApproachedLabelIsNotStated(sentence: String, expected: String) {
        #expect(relations(sentence) == [expected])
    }

    @Test func notYetIsNoLabel() {
        #expect(relations("Relations between Armenia and Iran are not yet a strategic partnership.").isEmpty)
    }

    @Test func almostBeforeANumberCountsTheYears() {
        #expect(relations("Almost 30 years of strategic partnership bind China and Russia.") == ["CHN-RUS strategic partnership"])
    }
}
