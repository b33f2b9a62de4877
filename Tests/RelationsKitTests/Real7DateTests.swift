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

    // MARK: Dates: a writer's frame in the future or a modal

    @Test(arguments: [
        "MINSK, 20 December\n\nPresident of Belarus Alexander Lukashenko said yesterday that the council met. It will be recalled that in late June 2012 Uzbekistan sent a note to the secretariat. In August 2006 it had returned to the bloc.",
        "MINSK, 20 December\n\nPresident of Belarus Alexander Lukashenko said yesterday that the council met. It should be noted that in late June 2012 Uzbekistan sent a note to the secretariat. In August 2006 it had returned to the bloc.",
        "MINSK, 20 December\n\nPresident of Belarus Alexander Lukashenko said yesterday that the council met. It is to be reminded that in late June 2012 Uzbekistan sent a note to the secretariat. In August 2006 it had returned to the bloc.",
    ])
    func aFramesModalLeavesTheYearHistory(body: String) {
        #expect(date(body) == "2012-12-20")
    }

    @Test func aFutureOfItsOwnStaysAhead() {
        // "It will hold the summit in 2012": no verb of recalling, so the year is a target.
        let body = "MINSK, 20 December\n\nPresident of Belarus Alexander Lukashenko said yesterday that the council met. It will host the next summit in June 2012. In August 2006 Uzbekistan returned to the bloc."
        #expect(date(body) != "2012-12-20")
    }

    // MARK: Dates: a page's stamp with a label, in words, or above its own furniture in another script

    @Test(arguments: [
        ("Published time: June 28, 2012 15:47\nEdited time: June 28, 2012 19:47\n\nUzbekistan has suspended its membership, the secretariat said.", "2012-06-28"),
        ("Last modified: 3 March 2014, 10:02\n\nThe ministry confirmed the note.", "2014-03-03"),
        ("Date of publication: 3 March 2014 10:02\n\nThe ministry confirmed the note.", "2014-03-03"),
    ])
    func aLabelledStampDatesThePage(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        ("Reprinted from the Observer, published on Thursday 13 August 2015, 9:31.\n\nKyrgyzstan joined the union on Wednesday (12 August).", "2015-08-13"),
        ("Met dank overgenomen van EUobserver, gepubliceerd op donderdag 13 augustus 2015, 9:31.\n\nKyrgyzstan joined the union on Wednesday (12 August).", "2015-08-13"),
    ])
    func aPublicationStampInWordsDatesThePage(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test func europeanMonthsThatAreGivenNamesAreNoMonths() {
        #expect(DateWords.months["augustus"] == 8)
        #expect(DateWords.months["oktober"] == 10)
        #expect(DateWords.months["апр"] == 4)
        for name in ["avril", "julio", "junio", "mayo", "mai", "mars", "mei"] { #expect(DateWords.months[name] == nil) }
    }

    @Test func aReportPublishedOnADateIsNoStamp() {
        let body = "The survey the institute published on 12 May 2009 found support for the union.\n\nThe ministry did not comment."
        #expect(date(body) != "2009-05-12")
    }

    /// Six lines of an article, so that what follows them is its foot, not its head.
    static let lead = "The roundtable was held in Dushanbe, the embassy reported.\nThe participants watched a film.\nThey visited an exhibition.\nThe speakers praised the ties.\nThe trade grew last year.\nThe next meeting is in Astana.\n\n"

    @Test(arguments: [
        ("March 20 2014, 13:33\n\nНашли ошибку? Выделите её мышью и нажмите Ctrl + Enter.\n\nПрисылайте ваши новости на наш WhatsApp", "2014-03-20"),
        ("22 апр 2023, 11:43\nPhoto source: gov.kz\n\nстраны центральной азии", "2023-04-22"),
        ("5 жовт 2021, 09:10\n\nчитайте також\nнові матеріали", "2021-10-05"),
    ])
    func aFootStampAboveFurnitureInAnotherScript(foot: String, expected: String) {
        #expect(date(Self.lead + foot) == expected)
    }

    @Test func anEnglishParagraphAfterTheStampKeepsItFromTheFoot() {
        let foot = "March 20 2014, 13:33\n\nThe embassy said the participants watched a film.\n\nThey visited a photo exhibition on bilateral ties."
        #expect(date(Self.lead + foot) == nil)
    }

    // MARK: Dates: a founding recalled in the passive is history

    @Test func aFoundingRecalledPicksNoYear() {
        let body = "DUSHANBE, August 17, Asia-Plus - The leaders approved the request, Russian President Vladimir Putin said.\n\nThe organisation was founded on October 7, 2002 by six states."
        #expect(date(body) == nil)
    }

    @Test func aDatedEventStillPicksItsYear() {
        let body = "DUSHANBE, August 17, Asia-Plus - The leaders approved the request, Russian President Vladimir Putin said.\n\nThe six states held a summit on October 7, 2002 in Chisinau."
        #expect(date(body) == "2003-08-17")
    }

    // MARK: Anniversaries: "relationships", and a treaty's name in mixed case or under the other head word

    @Test(arguments: [
        "Kazakhstan and Tajikistan are neighbours. This year the countries celebrate 30 years of their diplomatic relationships.",
        "Kazakhstan and Tajikistan marked the 30th anniversary of diplomatic relationships.",
    ])
    func relationshipsAreRelations(body: String) {
        #expect(anniversaries(body, date: "2023-05-06").contains("KAZ-TJK diplomatic relations 30 2023"))
    }

    @Test(arguments: [
        "Next year Armenia and Russia will mark the 25th anniversary of signing the bilateral Agreement on Friendship, cooperation and mutual assistance.",
        "Next year Armenia and Russia will mark the 25th anniversary of the Agreement on Friendship, Cooperation and Mutual Assistance.",
        "Next year Armenia and Russia will mark the 25th anniversary of the treaty on Friendship, cooperation and mutual assistance.",
    ])
    func aTreatysNameAsTranslationsWriteIt(body: String) {
        #expect(anniversaries(body, date: "2021-12-13").contains("ARM-RUS Treaty of Friendship, Cooperation and Mutual Assistance 25 2022"))
    }

    @Test func aShortNameUnderTheOtherHeadIsNotSwapped() {
        // "Agreement on Friendship and Cooperation" is a name of its own, too short to read as the Treaty of that name.
        let found = anniversaries("India and Russia marked the 30th anniversary of the Agreement on Friendship and cooperation.", date: "2023-01-28")
        #expect(!found.contains { $0.contains("Treaty of Friendship and Cooperation") })
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

    // MARK: Dates: a day written as an ordinal

    @Test(arguments: [
        ("The presidents of Kazakhstan and Kyrgyzstan signed the treaty in Astana.\n\nFriday, April 19th, 2024", "2024-04-19"),
        ("Friday, April 19th, 2024\n\nThe presidents of Kazakhstan and Kyrgyzstan signed the treaty in Astana.", "2024-04-19"),
        ("The presidents of Kazakhstan and Kyrgyzstan signed the treaty in Astana.\n\n1st of March, 2023", "2023-03-01"),
        ("22nd May 2018\n\nThe presidents of Kazakhstan and Kyrgyzstan signed the treaty in Astana.", "2018-05-22"),
    ])
    func aDateLineWithAnOrdinalDay(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        ("MOSCOW (Agency News / Wire - 09th September, 2021) The President of Russia congratulated the President of Tajikistan.", "2021-09-09"),
        ("MOSCOW (Wire - 21st of June, 2019) The President of Russia met the President of Armenia.", "2019-06-21"),
        ("ASTANA (Agency - 3rd March 2020) - The President of Kazakhstan spoke at the forum.", "2020-03-03"),
        ("MOSCOW (Wire - 9 September, 2021) The President of Russia congratulated the President of Tajikistan.", "2021-09-09"),
    ])
    func aDatelineWithItsDateInTheAgencysBracket(body: String, expected: String) {
        #expect(date(body) == expected)
    }

    @Test(arguments: [
        "The 19th session of the council met in April 2024 in Astana, the presidents of Kazakhstan and Kyrgyzstan said.",
        "MOSCOW (Wire) - The President of Russia spoke on the 19th day of the talks with the President of Armenia.",
        "The 3rd Eurasian forum opened in Astana.\n\nThe President of Kazakhstan spoke at the 21st summit.",
    ])
    func anOrdinalThatIsNoDayDatesNothing(body: String) {
        #expect(date(body) == nil)
    }

    // MARK: Dates: a membership's reference date as an anchor

    @Test(arguments: [
        "BISHKEK, October 10\n\nThe parliament of Kyrgyzstan has ratified the treaty on the country's accession to the Eurasian Economic Union.",
        "BISHKEK, October 10\n\nThe President of Armenia signed the agreement on the accession of Kyrgyzstan to the Eurasian Economic Union.",
    ])
    func aStepBeforeTheJoiningIsNotDatedByTheJoining(body: String) {
        // Kyrgyzstan joined on 12 August 2015: the treaty was signed and ratified before, on days of their own.
        #expect(date(body) == nil)
    }

    @Test(arguments: [
        "MOSCOW, August 12\n\nKyrgyzstan became a full member of the Eurasian Economic Union as the heads of state signed the protocol on its accession.",
        "MOSCOW, August 12\n\nKyrgyzstan became a full member of the Eurasian Economic Union.",
    ])
    func theJoiningItselfIsDatedByTheReference(body: String) {
        #expect(date(body) == "2015-08-12")
    }

    @Test(arguments: [("Friday", nil), ("Saturday", nil), ("Wednesday", "2006-01-27"), ("Thursday", "2006-01-27")] as [(String, String?)])
    func aJoiningNarratedForAnotherWeekdayIsAnotherOccasion(weekday: String, expected: String?) {
        // Uzbekistan joined EurAsEC on Wednesday, 25 January 2006: a day apart is the same event, reported late.
        #expect(date("MINSK, January 27\n\nUzbekistan was admitted to the Eurasian Economic Community on \(weekday).") == expected)
    }
}
