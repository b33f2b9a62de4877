import Testing
@testable import RelationsKit

/// Coordination read once (`Coordination`): the lists wire copy makes of leaders and states, with mixed separators ("as well
/// as", "along with", semicolons) and each item's own descriptors, read by one reader the rules consume. Every sentence here is
/// invented.
@Suite("extraction: coordination, lists read once")
struct Real56CoordinationTests: WireCopyProbe {
    static let listed = ["Islam Karimov → Nursultan Nazarbayev", "Islam Karimov → Almazbek Atambayev", "Islam Karimov → Emomali Rahmon"]

    /// The sender and recipient of each message, without kind and occasion.
    func pairs(_ sentence: String) -> Set<String> {
        Set(facts("TASHKENT, June 5, 2015 - " + sentence).messages.map { "\($0.from) → \($0.to)" })
    }

    @Test(arguments: [
        // "as well as" in the middle of a list of persons, each with a descriptor.
        "Uzbek President Islam Karimov has also sent congratulations to Kazakh President Nursultan Nazarbayev, Kyrgyz leader Almazbek Atambayev, as well as Tajik President Emomali Rahmon.",
        // "along with" before the last item, the occasion after the list.
        "Islam Karimov congratulated Nursultan Nazarbayev, Almazbek Atambayev, along with Emomali Rahmon, on Independence Day.",
        // Semicolons between the items.
        "Islam Karimov sent greetings to Kazakh leader Nursultan Nazarbayev; Kyrgyz leader Almazbek Atambayev; and Tajik leader Emomali Rahmon.",
        // "as well as to": the preposition repeated for the last item.
        "Islam Karimov sent New Year greetings to Nursultan Nazarbayev, Almazbek Atambayev, as well as to Emomali Rahmon.",
        // Articles and a head's noun in small letters before each name.
        "Islam Karimov sent telegrams to the Kazakh president Nursultan Nazarbayev, the Kyrgyz leader Almazbek Atambayev, as well as the Tajik president Emomali Rahmon.",
    ])
    func everyRecipientOfAListWithMixedSeparatorsIsRead(sentence: String) {
        #expect(pairs(sentence) == Set(Self.listed))
    }

    @Test func aListMayMixWordsOfTenureAndAStyleForAnOffice() {
        #expect(pairs("Islam Karimov congratulated former Ukrainian President Leonid Kuchma, Kazakh President Nursultan Nazarbayev, as well as Pope Francis.")
            == ["Islam Karimov → Leonid Kuchma", "Islam Karimov → Nursultan Nazarbayev", "Islam Karimov → Pope Francis"])
    }

    @Test func aPassivesAgentsAreAListToo() {
        #expect(pairs("Congratulations were sent to Alexander Lukashenko by Islam Karimov, Kyrgyz leader Almazbek Atambayev, as well as Tajik President Emomali Rahmon.")
            == ["Islam Karimov → Alexander Lukashenko", "Almazbek Atambayev → Alexander Lukashenko", "Emomali Rahmon → Alexander Lukashenko"])
    }

    @Test func aCommaAfterTheAddresseeOpensTheSendersClause() {
        #expect(pairs("In his message to Nursultan Nazarbayev, Almazbek Atambayev noted the growth of trade.") == ["Almazbek Atambayev → Nursultan Nazarbayev"])
    }

    @Test func aNegatedListSendsNothing() {
        #expect(pairs("Islam Karimov did not send congratulations to Nursultan Nazarbayev, Almazbek Atambayev, as well as Emomali Rahmon.").isEmpty)
    }

    @Test func aSpokenRemarkAtAMeetingWithAListIsNoMessage() {
        #expect(pairs("At the meeting with Nursultan Nazarbayev, Almazbek Atambayev and Emomali Rahmon, Islam Karimov said the region needs water.").isEmpty)
    }

    @Test func weighingWhetherToCongratulateAListSendsNothing() {
        #expect(pairs("Islam Karimov is considering whether to congratulate Nursultan Nazarbayev, Almazbek Atambayev, as well as Emomali Rahmon.").isEmpty)
    }

    @Test func theLastItemsOfAnotherClauseAreNoRecipients() {
        // The items after the first are the subject of "attended" and of "stayed silent", not addressees.
        #expect(pairs("Islam Karimov sent a message to Nursultan Nazarbayev, Almazbek Atambayev, as well as Emomali Rahmon, attended the summit.")
            == ["Islam Karimov → Nursultan Nazarbayev"])
        #expect(pairs("Islam Karimov congratulated Nursultan Nazarbayev, while Almazbek Atambayev, as well as Emomali Rahmon, stayed silent.")
            == ["Islam Karimov → Nursultan Nazarbayev"])
    }

    @Test func aPlannedMessageToAListAddsNoListedRecipient() {
        let found = pairs("Islam Karimov said he would send congratulations to Nursultan Nazarbayev, Almazbek Atambayev, as well as Emomali Rahmon next week.")
        #expect(!found.contains("Islam Karimov → Almazbek Atambayev") && !found.contains("Islam Karimov → Emomali Rahmon"))
    }

    // MARK: The reader itself

    /// The groups the reader finds among the gazetteer's countries and persons of the first sentence, as the words of each item.
    func groups(_ body: String) -> [(items: [String], head: String?)] {
        let document = Extractor().prepare(Article(source: "test", title: nil, dateText: "2015-06-05", body: TextCleaner.clean(body)))
        let sentence = document.sentences[0]
        let anchors = document.spans.filter { sentence.contains($0.start) && ($0.entity.country != nil || $0.entity.person != nil) }.map { $0.start..<$0.end }
        return document.coordination.groups(of: anchors, in: sentence).map { group in
            (group.conjuncts.map { conjunct in (conjunct.start..<conjunct.end).map { document.tokens[$0].text }.joined(separator: " ") }, group.head)
        }
    }

    @Test func theReaderKeepsEachItemsDescriptorsAndTheGroupsHead() {
        let body = "The leaders of Kenya, Ghana, the Kyrgyz Republic as well as Peru met in Lima."
        let found = groups(body)
        #expect(found.map(\.items) == [["Kenya", "Ghana", "the Kyrgyz Republic", "Peru"]])
        #expect(found.first?.head == "leaders")
    }

    @Test func twoItemsPartedByAClauseAreNoGroup() {
        #expect(groups("Kenya said on Monday that Ghana would host the talks.").isEmpty)
    }
}
