import Testing
@testable import RelationsKit

/// Publication dates, anniversaries, relationship labels and page furniture in the shapes of the real5 round and the
/// pool8 precision audit (real wire copy), by mechanism. Invented articles, each mechanism with a negative case.
@Suite("extraction: real7 round, dates, anniversaries, labels and furniture")
struct Real7DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = "A title") -> String? { facts(body, title: title, date: nil).published_on }

    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2014-06-10").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    // MARK: Furniture: headings of other stories' lists

    @Test(arguments: ["Last news", "Recent stories:", "Other news", "Most viewed articles", "Latest headlines"])
    func aHeadingOfOtherStoriesDropsItsList(heading: String) {
        let page = "Tashkent hosted the talks, the ministry said.\n\n\(heading)\n12.03\nThe President of Kyrgyzstan congratulated the Governor-General of Canada\n11.03\nA film festival of the Commonwealth opens in Ashgabat.\n\nThe end of the story."
        #expect(TextCleaner.clean(page) == "Tashkent hosted the talks, the ministry said.\n\nThe end of the story.")
    }

    @Test(arguments: ["Regional news", "Breaking news: talks in Minsk", "News of the day", "Last year"])
    func aHeadingOfAnotherKindKeepsTheLinesAfterIt(heading: String) {
        let page = "Tashkent hosted the talks.\n\n\(heading)\nThe two presidents signed four agreements on trade."
        #expect(TextCleaner.clean(page).contains("The two presidents signed four agreements on trade."))
    }

    // MARK: Labels: an alliance that names a bloc

    @Test(arguments: [
        "Karimov signed a bill on restoring Uzbekistan's membership in a security alliance of former Soviet republics, the United States said.",
        "Uzbekistan was a member of an alliance of post-Soviet states set up to counter Russian influence, GUUAM (Georgia, Uzbekistan, Ukraine, Azerbaijan and Moldova).",
        "Pashinyan announced his decision to leave the CSTO — a military alliance made up of Russia, Armenia, Kazakhstan, Belarus, Kyrgyzstan and Tajikistan — in February.",
        "Georgia quit the CSTO, a defence alliance comprising Russia, Armenia and Kazakhstan, in 1999.",
    ])
    func anAllianceThatNamesABlocIsNoLabel(sentence: String) {
        #expect(relations(sentence).filter { $0.hasSuffix("alliance") }.isEmpty)
    }

    @Test(arguments: [
        ("Russia and Belarus are bound by the alliance of the two states.", "BLR-RUS alliance"),
        ("The alliance of Russia and Belarus grows stronger, Lukashenko said.", "BLR-RUS alliance"),
    ])
    func anAllianceOfTwoStatesStaysALabel(sentence: String, expected: String) {
        #expect(relations(sentence).contains(expected))
    }

    // MARK: Labels: a document's topic through nouns of developing it

    @Test(arguments: [
        "Kazakhstan and Kyrgyzstan signed the Treaty on deepening and expansion of allied relations in Astana.",
        "Following the talks, an agreement was signed on deepening and expanding allied relations between Kazakhstan and Kyrgyzstan.",
        "Kazakhstan and Kyrgyzstan signed a declaration on the further development and strengthening of strategic partnership.",
    ])
    func aDocumentsDevelopmentTopicIsNoLabel(sentence: String) {
        #expect(relations(sentence).isEmpty)
    }

    @Test func developingARelationStatedInPlainWordsCounts() {
        #expect(relations("Kazakhstan and Kyrgyzstan agreed on deepening and expanding allied relations.").contains("KAZ-KGZ allied relations"))
    }

    // MARK: Labels: "our states" in a quotation from a message

    @Test func ourStatesAreTheSendersAndTheAddressees() {
        let body = """
        Tokayev received congratulations from the heads of foreign states on Republic Day.

        Russian President Vladimir Putin congratulated Tokayev and the people of Kazakhstan on the holiday.

        "Kazakhstan has achieved impressive results. The relations of strategic partnership and alliance between our states are successfully developing," the telegram says.

        Chinese President Xi Jinping praised the reforms in his message. China and Kazakhstan are neighbours, China said.
        """
        let found = relations(body)
        #expect(found.contains("KAZ-RUS alliance"))
        #expect(found.contains("KAZ-RUS strategic partnership"))
        #expect(!found.contains("CHN-KAZ alliance"))
    }

    @Test func aPreviousParagraphOfManyCountriesLeavesTheRanking() {
        // The paragraph before names four countries: it introduces no one pair, and the article's ranking pairs Kazakhstan
        // with China, which it names most after Kazakhstan.
        let body = """
        China and Kazakhstan signed twelve deals. Xi Jinping said China values Kazakhstan as a neighbour.

        The presidents of Russia, China and Turkey congratulated Tokayev on the holiday.

        "Kazakhstan has achieved impressive results. The relations of strategic partnership between our states are developing," the telegram says.
        """
        let found = relations(body)
        #expect(!found.contains("KAZ-RUS strategic partnership"))
        #expect(!found.contains("KAZ-TUR strategic partnership"))
    }
}
