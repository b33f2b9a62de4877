import Testing
@testable import RelationsKit

/// Messages and leaders in the mechanisms the real5 development set found failing: a win named "reelection"; a person's own
/// jubilee is a birthday; compound prepositions ("on the initiative of") name no matter of the message; "the Head of State"
/// among several presidents is the person the article reports receiving messages, and "the Head of our state" on no date the
/// one president of the dateline's country the article names; a title a people completes before the sender's own office; two
/// senders, each with an office, parted by a comma alone; a definite message of a stated kind, naming no recipient, states
/// the kind of one already reported; a letter printed whole and closed by its signer; an apposition's office after "The" or
/// "a", a stance adjective ("pro-Russian") that is no office's country, and a letter's salutation that is no name.
/// Invented sentences, each mechanism with a negative case.
@Suite("extraction: real5 round, messages and leaders")
struct Real7MessageTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    // MARK: "reelection" is an election victory

    @Test(arguments: [
        "MOSCOW, 21 November 2022. Vladimir Putin sent a message congratulating Kassym-Jomart Tokayev on his reelection as Kazakhstan's president.",
        "MOSCOW, 21 November 2022. Vladimir Putin congratulated Kassym-Jomart Tokayev in a telegram on being reelected as head of state.",
        "MOSCOW, 21 November 2022. Vladimir Putin sent a telegram to Kassym-Jomart Tokayev on his re-election.",
    ])
    func aReelectionIsAnElectionVictory(body: String) {
        let found = messages(body, date: "2022-11-21")
        #expect(found.count == 1 && found.allSatisfy { $0.hasPrefix("Vladimir Putin → Kassym-Jomart Tokayev") && $0.hasSuffix(" election victory") })
    }

    @Test func aLetterOnAMatterIsNoElection() {
        #expect(messages("ASTANA, 25 October 2022. Kassym-Jomart Tokayev sent a letter to Shavkat Mirziyoyev on the progress of the talks.", date: "2022-10-25")
            == ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev letter -"])
    }

    // MARK: A person's own jubilee is a birthday

    @Test(arguments: [
        "MINSK, 6 July 2025. Alexander Lukashenko sent his congratulations to Nursultan Nazarbayev on his jubilee, praising his contribution.",
        "MINSK, 6 July 2025. Alexander Lukashenko sent a congratulatory telegram to Nursultan Nazarbayev on his 85th anniversary.",
        "MINSK, 6 July 2025. Alexander Lukashenko congratulated Nursultan Nazarbayev in a message on his eighty-fifth jubilee.",
    ])
    func aPersonsJubileeIsABirthday(body: String) {
        #expect(messages(body, date: "2025-07-06") == ["Alexander Lukashenko → Nursultan Nazarbayev congratulation birthday"])
    }

    @Test(arguments: [
        "MINSK, 6 July 2025. Alexander Lukashenko sent a congratulatory telegram to Nursultan Nazarbayev on his 30th anniversary in office.",
        "MINSK, 6 July 2025. Alexander Lukashenko sent a congratulatory telegram to Nursultan Nazarbayev on the 30th anniversary of the Constitution.",
    ])
    func anAnniversaryOfSomethingIsNoBirthday(body: String) {
        #expect(messages(body, date: "2025-07-06") == ["Alexander Lukashenko → Nursultan Nazarbayev congratulation anniversary"])
    }

    // MARK: Compound prepositions name no matter of the message

    @Test(arguments: [
        "Chinese President Xi Jinping, in his message, praised the reforms carried out on the initiative of President Kassym-Jomart Tokayev.",
        "Chinese President Xi Jinping, in his message to Kassym-Jomart Tokayev, praised the ties built on the basis of good neighbourliness.",
    ])
    func anInitiativeIsNoTopic(sentence: String) {
        let body = "Kassym-Jomart Tokayev receives congratulations from the heads of foreign states on Republic Day.\n\n" + sentence
        #expect(messages(body, title: "Tokayev receives congratulations on Republic Day", date: nil).contains("Xi Jinping → Kassym-Jomart Tokayev congratulation national holiday"))
    }

    @Test func aMatterAfterTheMessageStaysItsTopic() {
        let body = "Kassym-Jomart Tokayev receives congratulations from the heads of foreign states on Republic Day.\n\nChinese President Xi Jinping sent a message to Kassym-Jomart Tokayev on the progress of the gas pipeline."
        #expect(messages(body, title: "Tokayev receives congratulations on Republic Day", date: nil) == ["Xi Jinping → Kassym-Jomart Tokayev congratulation -"])
    }

    // MARK: "the Head of State" in an article about the messages one president receives

    @Test(arguments: [
        "Turkish President Recep Tayyip Erdogan, in his congratulations addressed to the Head of State, stressed that Turkey values the ties.",
        "Turkish President Recep Tayyip Erdogan sent a congratulatory telegram to the Head of State, stressing that Turkey values the ties.",
        "Turkish President Recep Tayyip Erdogan, in a telegram to the President, wished the people of Kazakhstan prosperity.",
    ])
    func theHeadOfStateIsTheReceiver(sentence: String) {
        let body = "Kassym-Jomart Tokayev receives congratulations from the heads of foreign states on Republic Day.\n\nRussian President Vladimir Putin congratulated Tokayev on Republic Day.\n\n" + sentence
        let found = messages(body, title: "Tokayev receives congratulations on Republic Day", date: nil)
        #expect(found.contains("Recep Tayyip Erdogan → Kassym-Jomart Tokayev congratulation national holiday"))
        #expect(!found.contains { $0.hasSuffix("→ TUR congratulation national holiday") || $0.contains("→ Vladimir Putin") })
    }

    @Test func aReceiverOfAnotherOfficeIsNoHeadOfState() {
        let body = "YEREVAN, 21 September 2023. Nikol Pashinyan receives congratulations from foreign leaders on Independence Day.\n\nRussian President Vladimir Putin congratulated Pashinyan on Independence Day.\n\nTurkish President Recep Tayyip Erdogan, in his congratulations addressed to the Head of State, stressed that the ties were strong."
        #expect(!messages(body, title: "Pashinyan receives congratulations on Independence Day", date: "2023-09-21").contains { $0.hasPrefix("Recep Tayyip Erdogan → Nikol Pashinyan") })
    }

    @Test(arguments: [
        "TAJIKISTAN, October 5 - Heartfelt congratulations are being received on the birthday of His Excellency Mr. Emomali Rahmon.\n\nPresident of the People's Republic of China Xi Jinping stated the following in his congratulatory telegram addressed to the Head of our state:\n\n\"Dear Mr. President, please accept my congratulations.\"",
        "TAJIKISTAN, October 5 - Messages keep arriving on the birthday of Emomali Rahmon.\n\nChinese President Xi Jinping sent a congratulatory telegram to the head of our state.",
    ])
    func theHeadOfOurStateOnNoDateIsTheNamedPresident(body: String) {
        #expect(messages(body, title: "Congratulations to the President", date: nil) == ["Xi Jinping → Emomali Rahmon congratulation birthday"])
    }

    @Test func theHeadOfOurStateIsNoPresidentOfAnotherCountry() {
        let body = "TAJIKISTAN, October 5 - Messages keep arriving.\n\nKazakh President Kassym-Jomart Tokayev sent a congratulatory telegram to the head of our state."
        #expect(messages(body, title: "Congratulations to the President", date: nil).allSatisfy { !$0.contains("→ Kassym-Jomart Tokayev") })
    }

    // MARK: A title a people completes, before the sender's own office

    @Test(arguments: [
        "TAJIKISTAN, February 17 - President of the Republic of Tajikistan Emomali Rahmon received a telegram of condolences from the National Leader of the Turkmen people, Chairman of the Halk Maslahaty of Turkmenistan, Gurbanguly Berdimuhamedov, which reads:\n\n\"With deep sorrow I learned of the avalanches.\"",
        "TAJIKISTAN, February 17 - President of the Republic of Tajikistan Emomali Rahmon received condolences from the National Leader of the Turkmen people, Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov.",
    ])
    func aTitledSenderAfterFromSends(body: String) {
        #expect(messages(body, date: "2025-02-17") == ["Gurbanguly Berdimuhamedov → Emomali Rahmon condolence -"])
    }

    @Test func aCommaBeforeAnotherClauseStillEndsTheFromPhrase() {
        let body = "DUSHANBE, February 17 - Emomali Rahmon received telegrams of condolences from the heads of foreign states, the press service of Gurbanguly Berdimuhamedov reports."
        #expect(messages(body, date: "2025-02-17").allSatisfy { !$0.hasPrefix("Gurbanguly Berdimuhamedov") })
    }

    // MARK: Two titled senders parted by a comma

    @Test(arguments: [
        "BAKU, 23 May 2023. President of the Republic of Nicaragua Daniel Ortega Saavedra, Vice President of the Republic of Nicaragua Rosario Murillo sent a letter to President Ilham Aliyev on the occasion of Independence Day.",
        "BAKU, 23 May 2023. President of Nicaragua Daniel Ortega Saavedra, Vice President of Nicaragua Rosario Murillo have sent a letter to President Ilham Aliyev on the occasion of Independence Day.",
    ])
    func twoTitledSendersPartedByACommaBothSend(body: String) {
        #expect(messages(body, date: "2023-05-23") == ["Daniel Ortega Saavedra → Ilham Aliyev letter Independence Day", "Rosario Murillo → Ilham Aliyev letter Independence Day"])
    }

    @Test func aPairThatDoesNotOpenTheSentenceIsNoList() {
        let body = "BAKU, 23 May 2023. In his message to President of Nicaragua Daniel Ortega Saavedra, Vice President of Azerbaijan Mehriban Aliyeva noted the ties."
        #expect(!messages(body, date: "2023-05-23").contains { $0.hasPrefix("Daniel Ortega Saavedra") })
    }

    // MARK: A definite message of a stated kind describes one already reported

    @Test(arguments: [
        "In his congratulatory message, published on the ministry's website, Lavrov noted that the ties were strong.",
        "In his congratulatory message, Sergey Lavrov stressed that the ties were strong.",
    ])
    func aDescribedMessageStatesTheKind(sentence: String) {
        let body = "YEREVAN, 4 April 2025. On the anniversary of diplomatic relations, Armenian Foreign Minister Ararat Mirzoyan and Russian Foreign Minister Sergey Lavrov exchanged messages.\n\n" + sentence
        #expect(messages(body, date: "2025-04-04") == ["Ararat Mirzoyan → Sergey Lavrov letter anniversary", "Sergey Lavrov → Ararat Mirzoyan congratulation anniversary"])
    }

    @Test func aPlainMessageDescribedStaysALetter() {
        let body = "YEREVAN, 4 April 2025. On the anniversary of diplomatic relations, Armenian Foreign Minister Ararat Mirzoyan and Russian Foreign Minister Sergey Lavrov exchanged messages.\n\nIn his message, Lavrov noted that the ties were strong."
        #expect(messages(body, date: "2025-04-04") == ["Ararat Mirzoyan → Sergey Lavrov letter anniversary", "Sergey Lavrov → Ararat Mirzoyan letter anniversary"])
    }

    // MARK: A letter printed whole, closed by its signer

    static let letter = "On Navruz, the President of the Republic of Uzbekistan Shavkat Mirziyoyev receives congratulations from heads of foreign states.\nHis Excellency\nMr. Shavkat Mirziyoyev,\nThe President of the Republic of Uzbekistan\nDear Shavkat Miromonovich!\nPlease accept my cordial greetings on Navruz.\n"

    @Test(arguments: ["With deep respect,", "Sincerely,", "With respect", "Respectfully yours,"])
    func aSignedLetterIsTheSignersMessage(valediction: String) {
        let body = Self.letter + valediction + "\nKassym-Jomart Tokayev,\nThe President of the Republic of Kazakhstan"
        #expect(messages(body, title: "Congratulations on Navruz holiday", date: "2023-03-21") == ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation Nowruz"])
        #expect(leaders(body, date: "2023-03-21") == ["Shavkat Mirziyoyev | President | UZB", "Kassym-Jomart Tokayev | President | KAZ"])
    }

    @Test func aNameWithoutAValedictionSignsNothing() {
        let body = Self.letter + "The leaders also discussed the water issue.\nKassym-Jomart Tokayev, the President of Kazakhstan, visited Samarkand in March."
        #expect(messages(body, title: "Congratulations on Navruz holiday", date: "2023-03-21").allSatisfy { !$0.hasPrefix("Kassym-Jomart Tokayev") })
    }

    // MARK: Appositions: "The" or "a", and a stance adjective

    @Test(arguments: [
        ("CHISINAU, 5 May 2019. Igor Dodon, a pro-Russian President of Moldova, called the initiative risky.", "2019-05-05", "Igor Dodon | President | MDA"),
        ("CHISINAU, 5 May 2019. Igor Dodon, an anti-Western President of Moldova, called the initiative risky.", "2019-05-05", "Igor Dodon | President | MDA"),
        ("KIEV, 5 May 2012. The pro-Russian President Viktor Yanukovych called the initiative risky.", "2012-05-05", "Viktor Yanukovych | President | UKR"),
    ])
    func aStanceIsNoOfficesCountry(body: String, date: String, expected: String) {
        #expect(leaders(body, date: date) == [expected])
    }

    @Test func aStanceGivesAnUnknownPersonNoCountry() {
        #expect(leaders("WARSAW, 5 May 2012. The anti-Russian Prime Minister Jan Kowalski disagreed.", date: "2012-05-05").isEmpty)
    }

    @Test func aSalutationIsNoName() {
        #expect(leaders("The President of the Republic of Uzbekistan\nDear Shavkat Miromonovich!\nPlease accept my greetings.", date: "2023-03-21").isEmpty)
    }
}
