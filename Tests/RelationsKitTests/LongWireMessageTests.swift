import Testing
@testable import RelationsKit

/// Mechanisms of long wire copy (issue #3, third round): recipient and sender lists across a paragraph, after a
/// long occasion, and under a modifying organisation. Invented sentences, several phrasings, with negative cases.
@Suite("extraction: long wire copy, messages")
struct LongWireMessageTests {
    static let extractor = Extractor()

    func messages(_ body: String, title: String? = nil, date: String? = "2022-12-30") -> Set<String> {
        Set(Self.extractor.extract(Article(source: "test", title: title, dateText: date, body: TextCleaner.clean(body))).messages
            .map { "\($0.from) → \($0.to) \($0.kind) \($0.occasion ?? "-")" })
    }

    // MARK: A sender announced without recipients sends the list that follows

    @Test(arguments: [
        "Kassym-Jomart Tokayev sent New Year greetings to the leaders of the CIS member states.\n\nGreetings were sent to the heads of the CIS states: President of Azerbaijan Ilham Aliyev, President of Kyrgyzstan Sadyr Japarov and President of Uzbekistan Shavkat Mirziyoyev.",
        "Kassym-Jomart Tokayev has sent New Year greetings to the heads of state of the CIS countries.\n\nThe greetings were addressed to the presidents: Azerbaijan Ilham Aliyev, Kyrgyzstan Sadyr Japarov and Uzbekistan Shavkat Mirziyoyev.",
        "Kassym-Jomart Tokayev sent New Year greetings to the leaders of neighbouring states.\n\nNew Year greetings went to Ilham Aliyev, to Sadyr Japarov and to Shavkat Mirziyoyev.",
    ])
    func aListInALaterSentenceIsFromTheSenderAnnouncedBefore(text: String) {
        #expect(messages(text) == [
            "Kassym-Jomart Tokayev → Ilham Aliyev greeting New Year", "Kassym-Jomart Tokayev → Sadyr Japarov greeting New Year",
            "Kassym-Jomart Tokayev → Shavkat Mirziyoyev greeting New Year",
        ])
    }

    @Test func aSenderIsNotAnnouncedByAPassiveOrANegatedSentence() {
        // No one announced the greetings: the passive list has no sender.
        #expect(messages("Greetings were sent to the heads of the CIS states: President of Azerbaijan Ilham Aliyev and President of Kyrgyzstan Sadyr Japarov.").isEmpty)
        #expect(messages("Kassym-Jomart Tokayev did not send greetings to the leaders of the CIS states.\n\nGreetings were sent to Ilham Aliyev and Sadyr Japarov.").isEmpty)
    }

    // MARK: The recipient phrase after a long occasion

    @Test(arguments: [
        "Emomali Rahmon sent congratulatory messages on the occasion of the International Day of Nowruz to President of Azerbaijan Ilham Aliyev, President of Kyrgyzstan Sadyr Japarov and President of Uzbekistan Shavkat Mirziyoyev.",
        "Emomali Rahmon sent congratulatory telegrams on the occasion of the ancient holiday of Nowruz to Ilham Aliyev, Sadyr Japarov and Shavkat Mirziyoyev.",
    ])
    func theRecipientsMayFollowALongOccasion(sentence: String) {
        #expect(messages(sentence, date: "2023-03-20") == [
            "Emomali Rahmon → Ilham Aliyev congratulation Nowruz", "Emomali Rahmon → Sadyr Japarov congratulation Nowruz",
            "Emomali Rahmon → Shavkat Mirziyoyev congratulation Nowruz",
        ])
    }

    @Test func aToInTheNextClauseIsNotTheRecipient() {
        #expect(messages("Emomali Rahmon sent congratulatory messages on the occasion of Nowruz, and Shavkat Mirziyoyev later travelled to Ilham Aliyev's residence.", date: "2023-03-20")
            .allSatisfy { !$0.contains("→ Ilham Aliyev") })
    }

    // MARK: Senders after a long occasion, each named with an office

    @Test(arguments: [
        "Ilham Aliyev received congratulatory messages on the occasion of Nowruz from President of Uzbekistan Shavkat Mirziyoyev and Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov.",
        "Ilham Aliyev also received congratulations on the holiday of Nowruz from Shavkat Mirziyoyev and Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov.",
    ])
    func sendersAfterALongOccasionAreEachTheSender(sentence: String) {
        #expect(messages(sentence, date: "2023-03-20") == [
            "Shavkat Mirziyoyev → Ilham Aliyev congratulation Nowruz", "Gurbanguly Berdimuhamedov → Ilham Aliyev congratulation Nowruz",
        ])
    }

    @Test func aPersonFurtherOnAfterFromIsNotTheSender() {
        // "from heads of state ..." names no one; the Belarusian leader at the end is the source of the news.
        #expect(messages("President of Belarus Alexander Lukashenko has received congratulations on Independence Day from heads of foreign states, the press service of the Belarusian leader reported.", date: "2022-07-03")
            .allSatisfy { !$0.hasPrefix("Alexander Lukashenko → Alexander Lukashenko") })
    }
}

extension LongWireMessageTests {
    @Test func anOrganisationsMembersWithoutAListNameNoRecipient() {
        // "the CIS countries" then a comma: the phrase names no one, and the source after it is no recipient.
        #expect(messages("Russia's President Vladimir Putin sent New Year greetings to leaders of the CIS countries, the Kremlin's press service said.").isEmpty)
        #expect(messages("Kassym-Jomart Tokayev sent greetings to the heads of the SCO member states, Akorda reported.").isEmpty)
    }
}

extension LongWireMessageTests {
    // MARK: A recipient announced without a sender receives the messages reported next

    @Test(arguments: [
        "Foreign leaders continue to send congratulations to President of Kyrgyzstan Sadyr Japarov on Independence Day.\n\nCongratulations also came from Kassym-Jomart Tokayev, President of Kazakhstan, and from Shavkat Mirziyoyev, the President of Uzbekistan.",
        "Heads of state keep sending congratulations to Sadyr Japarov on Independence Day.\n\nCongratulations came from Kassym-Jomart Tokayev and from Shavkat Mirziyoyev.",
        "Congratulatory messages are addressed to Sadyr Japarov on Independence Day.\n\nCongratulations also came from President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat Mirziyoyev.",
    ])
    func sendersListedLaterWriteToTheRecipientAnnouncedBefore(text: String) {
        #expect(messages(text, date: "2021-09-01") == [
            "Kassym-Jomart Tokayev → Sadyr Japarov congratulation Independence Day", "Shavkat Mirziyoyev → Sadyr Japarov congratulation Independence Day",
        ])
    }

    @Test func aRecipientIsNotAnnouncedBySpokenWords() {
        #expect(messages("Foreign leaders congratulated Sadyr Japarov by telephone on Independence Day.\n\nCongratulations also came from Kassym-Jomart Tokayev.", date: "2021-09-01").isEmpty)
    }

    // MARK: A dateline's place in any case sends nothing

    @Test(arguments: [
        "Bishkek, Sept. 1 / AKIpress / - Foreign leaders continue to send congratulations to Sadyr Japarov on Independence Day.",
        "Bishkek, 1 September (Kabar) - Heads of state send congratulations to Sadyr Japarov on Independence Day.",
        "BISHKEK, Sept. 1 / AKIpress / - Foreign leaders continue to send congratulations to Sadyr Japarov on Independence Day.",
    ])
    func aDatelinePlaceIsNoSender(text: String) {
        #expect(messages(text, date: "2021-09-01").isEmpty)
    }
}

extension LongWireMessageTests {
    // MARK: "to B" after the sender names the recipient, before the sentence's subject

    @Test(arguments: [
        "During the talks, the ambassador handed over a letter from President of Russia Vladimir Putin addressed to President of Kazakhstan Kassym-Jomart Tokayev.",
        "Murat Nurtleu received a letter from Vladimir Putin to Kassym-Jomart Tokayev at the ministry.",
        "The envoy read out the letter of President of Russia Vladimir Putin to Kassym-Jomart Tokayev.",
    ])
    func anExplicitRecipientAfterTheSenderWinsOverTheSubject(sentence: String) {
        #expect(messages(sentence, date: "2023-05-10") == ["Vladimir Putin → Kassym-Jomart Tokayev letter -"])
    }

    @Test(arguments: [
        "Kassym-Jomart Tokayev received a letter from Vladimir Putin.",
        "Kassym-Jomart Tokayev has received a letter from President of Russia Vladimir Putin, Akorda reported.",
    ])
    func withoutAnExplicitRecipientTheSubjectReceives(sentence: String) {
        #expect(messages(sentence, date: "2023-05-10") == ["Vladimir Putin → Kassym-Jomart Tokayev letter -"])
    }

    @Test func ofAfterAMessageNamesASenderOnlyWhenAPersonOrOfficeFollows() {
        #expect(messages("Kassym-Jomart Tokayev sent a message of support to Vladimir Putin.", date: "2023-05-10") == ["Kassym-Jomart Tokayev → Vladimir Putin letter -"])
    }

    // MARK: An anniversary of independence is Independence Day

    @Test(arguments: [
        "The ambassador read out the congratulatory message of US President Joe Biden to President of Kazakhstan Kassym-Jomart Tokayev on the 30th anniversary of the independence of Kazakhstan.",
        "US President Joe Biden sent a congratulatory message to Kassym-Jomart Tokayev as Kazakhstan marks 30 years of independence.",
    ])
    func anAnniversaryOfIndependenceIsIndependenceDay(sentence: String) {
        #expect(messages(sentence, date: "2021-12-16") == ["Joe Biden → Kassym-Jomart Tokayev congratulation Independence Day"])
    }

    @Test func anAnniversaryOfRelationsStaysAnAnniversary() {
        #expect(messages("US President Joe Biden sent a congratulatory message to Kassym-Jomart Tokayev on the 30th anniversary of diplomatic relations between the United States and Kazakhstan.", date: "2021-12-16")
            == ["Joe Biden → Kassym-Jomart Tokayev congratulation anniversary"])
    }
}

extension LongWireMessageTests {
    // MARK: Words told to an audience in an article about messages are no message

    @Test(arguments: [
        "Russian Foreign Minister Andrei Kozyrev told journalists that the border would be reinforced.",
        "Russian Foreign Minister Andrei Kozyrev told parliament that the border would be reinforced.",
        "Russian Foreign Minister Andrei Kozyrev told the press that the border would be reinforced.",
    ])
    func toldAnAudienceIsNoMessage(sentence: String) {
        let text = "Askar Akayev sent a message of condolence to Boris Yeltsin over the attack.\n\n" + sentence
        #expect(messages(text, title: "Akayev sends condolences to Yeltsin", date: "1993-07-15") == ["Askar Akayev → Boris Yeltsin condolence -"])
    }

    @Test func toldALeaderInAnArticleAboutMessagesIsPartOfTheMessage() {
        let text = "Askar Akayev sent a message of condolence to Boris Yeltsin over the attack.\n\nKyrgyz President Askar Akayev told Boris Yeltsin that Kyrgyzstan shared the grief."
        #expect(messages(text, title: "Akayev sends condolences to Yeltsin", date: "1993-07-15") == ["Askar Akayev → Boris Yeltsin condolence -"])
    }
}
