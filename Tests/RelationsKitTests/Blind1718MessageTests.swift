import Testing
@testable import RelationsKit

/// Messages in the shapes of the blind17/blind18 round: how a sender or recipient is resolved (an office named as the post
/// contested, a full name the reference does not know after its office, a group in apposition with its members), a clause
/// that repeats a message for others (", as did A"), who a message with no recipient goes to in an article about one
/// person's messages, and what is not a new message (a medium's content, a message of no kind of its own reported again).
/// Invented sentences, with negative cases.
@Suite("extraction: blind17/18 round, messages")
struct Blind1718MessageTests: WireCopyProbe {
    // MARK: An office named as the post contested or taken is no one the sentence speaks of

    @Test(arguments: [
        "Congratulatory messages continue to arrive in the name of Sadyr Japarov in connection with his victory in the election of the President of Kyrgyzstan.",
        "Messages of congratulation keep coming in for Sadyr Japarov on his election as President of Kyrgyzstan.",
        "Congratulatory telegrams are arriving for Sadyr Japarov after his win in the race for the post of President of Kyrgyzstan.",
    ])
    func aPostContestedLeavesTheSummarysAddresseeAlone(lead: String) {
        let found = messages("BISHKEK, 14 January 2021. " + lead + "\n\nPresident of Kazakhstan Kassym-Jomart Tokayev, in his message, noted that the vote showed broad support for his course.",
                             title: "Leaders congratulate Japarov", date: "2021-01-14")
        #expect(found == ["Kassym-Jomart Tokayev → Sadyr Japarov congratulation election victory"])
    }

    @Test func anOfficeThatSendsIsStillItsHolder() {
        let found = messages("BISHKEK, 14 January 2021. The President of Kazakhstan sent congratulations to Sadyr Japarov on his victory in the election.", date: "2021-01-14")
        #expect(found == ["Kassym-Jomart Tokayev → Sadyr Japarov congratulation election victory"])
    }

    // MARK: A full name the reference does not know, right after its office

    @Test func anUnknownNameAfterItsOfficeSends() {
        let found = messages("MINSK, 12 June 2021. Prime Minister of Belarus Roman Golovchenko sent congratulations to Mikhail Mishustin on Russia Day. Foreign Minister Arvid Kessler sent a congratulatory message to his Russian counterpart Sergey Lavrov.", date: "2021-06-12")
        #expect(found == ["Roman Golovchenko → Mikhail Mishustin congratulation national holiday", "Arvid Kessler → Sergey Lavrov congratulation national holiday"])
    }

    @Test func anUnknownNameAfterItsOfficeReceives() {
        let found = messages("MOSCOW, 12 June 2021. Sergey Lavrov sent greetings to Ambassador Tomas Varga on Russia Day.", date: "2021-06-12")
        #expect(found == ["Sergey Lavrov → Tomas Varga greeting national holiday"])
    }

    // MARK: A country's leadership in apposition with its members

    @Test(arguments: [
        ("Vladimir Putin also sent New Year greetings to the Armenian leadership: President Armen Sarkissian and Prime Minister Nikol Pashinyan.", ["Armen Sarkissian", "Nikol Pashinyan"]),
        ("Vladimir Putin sent New Year greetings to the Kazakh leadership, President Kassym-Jomart Tokayev and Prime Minister Askar Mamin.", ["Kassym-Jomart Tokayev", "Askar Mamin"]),
    ])
    func aLeadershipGivesItsMembers(sentence: String, recipients: [String]) {
        let found = messages("MOSCOW, 31 December 2019. " + sentence, date: "2019-12-31")
        #expect(found == Set(recipients.map { "Vladimir Putin → \($0) greeting New Year" }))
    }

    // MARK: What a message says

    @Test func theKindAndMediumBeforeReadsIntroduceContent() {
        let found = messages("ASTANA, 1 September 2022. Kassym-Jomart Tokayev sent a congratulatory telegram to Shavkat Mirziyoyev on Independence Day. \"Kazakhstan and Uzbekistan are bound by centuries of friendship,\" the congratulatory telegram reads.", date: "2022-09-01")
        #expect(found == ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation Independence Day"])
    }

    @Test(arguments: [
        ("In his greetings to President of Kazakhstan Kassym-Jomart Tokayev, Vladimir Putin spoke highly of joint work within the Eurasian Economic Union, which will mark its tenth anniversary on January 1.", "Kassym-Jomart Tokayev", "greeting New Year"),
        ("In her condolences to Alexander Lukashenko, Maia Sandu spoke of the grief of the Moldovan people.", "Alexander Lukashenko", "condolence -"),
    ])
    func aMessageHeldAsATextIsWrittenWhateverItSpokeOf(sentence: String, recipient: String, kindAndOccasion: String) {
        let found = messages("MOSCOW, 30 December 2024. " + sentence, title: "New Year greetings", date: "2024-12-30")
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix("→ \(recipient) \(kindAndOccasion)") == true)
    }

    @Test func aVideoAddressOrASpeechStaysSpoken() {
        let found = messages("KYIV, 24 August 2023. In his video address to the nation, Volodymyr Zelensky spoke of the defenders. In her speech to parliament, Maia Sandu spoke of Ukraine.", title: "Independence Day", date: "2023-08-24")
        #expect(found.isEmpty)
    }

    @Test func anInvitationToVisitIsWhatTheMessageSays() {
        let found = messages("MINSK, 3 July 2019. Heads of state continue to send their congratulations to Alexander Lukashenko on Independence Day.\n\nPresident of Kazakhstan Kassym-Jomart Tokayev, who took office in March, wished the Belarusian people peace and invited the head of state to visit Nur-Sultan.",
                             title: "Lukashenko receives Independence Day congratulations", date: "2019-07-03")
        #expect(found == ["Kassym-Jomart Tokayev → Alexander Lukashenko congratulation Independence Day"])
    }

    @Test func wishesDuringAVisitAreSpoken() {
        let found = messages("MINSK, 3 July 2019. Heads of state continue to send their congratulations to Alexander Lukashenko on Independence Day.\n\nDuring his visit to Minsk, President of Kazakhstan Kassym-Jomart Tokayev wished Alexander Lukashenko success.",
                             title: "Lukashenko receives Independence Day congratulations", date: "2019-07-03")
        #expect(found.isEmpty)
    }

    // MARK: With no recipient, other senders write to the article's addressee

    @Test func otherSendersWriteToTheAnnouncedAddressee() {
        let found = messages("MINSK, 3 July 2019. Heads of state continue to send their congratulations to Alexander Lukashenko on Independence Day.\n\nPrime Minister of Armenia Nikol Pashinyan sent congratulations to Prime Minister of Belarus Sergei Rumas. President of Azerbaijan Ilham Aliyev and President of Tajikistan Emomali Rahmon sent telegrams as well.",
                             title: "Lukashenko receives Independence Day congratulations", date: "2019-07-03")
        #expect(found == ["Nikol Pashinyan → Sergei Rumas congratulation Independence Day", "Ilham Aliyev → Alexander Lukashenko congratulation Independence Day",
                          "Emomali Rahmon → Alexander Lukashenko congratulation Independence Day"])
    }

    @Test func withNoAddresseeAnnouncedTheLastRecipientStays() {
        let found = messages("MINSK, 7 February 2023. Ilham Aliyev sent condolences to Alexander Lukashenko. Shavkat Mirziyoyev also sent condolences.", date: "2023-02-07")
        #expect(found == ["Ilham Aliyev → Alexander Lukashenko condolence -", "Shavkat Mirziyoyev → Alexander Lukashenko condolence -"])
    }

    // MARK: ", as did A and B" repeats the message for them

    @Test(arguments: [
        "Kassym-Jomart Tokayev and Shavkat Mirziyoyev also exchanged congratulatory messages on the anniversary of diplomatic relations, as did Sadyr Japarov and Emomali Rahmon.",
        "Kassym-Jomart Tokayev and Shavkat Mirziyoyev exchanged congratulatory messages on the anniversary of diplomatic relations, and so did Sadyr Japarov and Emomali Rahmon.",
    ])
    func anExchangeRepeatedForASecondPair(sentence: String) {
        let found = messages("TASHKENT, 2 January 2022. " + sentence, date: "2022-01-02")
        #expect(found == ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation anniversary", "Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation anniversary",
                          "Sadyr Japarov → Emomali Rahmon congratulation anniversary", "Emomali Rahmon → Sadyr Japarov congratulation anniversary"])
    }

    @Test func anExchangeRepeatedByPairsNamedWithTheirOffices() {
        let found = messages("BEIJING, 2 January 2022. Chinese Premier Li Keqiang and Uzbek Prime Minister Abdulla Aripov exchanged congratulatory messages on the anniversary of diplomatic relations, as did Chinese Foreign Minister Wang Yi and Uzbek Foreign Minister Abdulaziz Kamilov.", date: "2022-01-02")
        #expect(found.contains("Wang Yi → Abdulaziz Kamilov congratulation anniversary"))
        #expect(found.contains("Abdulaziz Kamilov → Wang Yi congratulation anniversary"))
        #expect(found.count == 4)
    }

    @Test func aMessageRepeatedForAnotherSender() {
        let found = messages("ASTANA, 1 September 2022. Kassym-Jomart Tokayev sent a congratulatory telegram to Shavkat Mirziyoyev on Independence Day, as did Sadyr Japarov.", date: "2022-09-01")
        #expect(found == ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation Independence Day", "Sadyr Japarov → Shavkat Mirziyoyev congratulation Independence Day"])
    }

    @Test(arguments: [
        "Kassym-Jomart Tokayev sent a congratulatory telegram to Shavkat Mirziyoyev on Independence Day, as he did last year.",
        "Kassym-Jomart Tokayev and Shavkat Mirziyoyev exchanged congratulatory messages on Independence Day, as did their foreign ministers.",
    ])
    func aRepeatNamingNoOneAddsNoMessage(sentence: String) {
        let found = messages("ASTANA, 1 September 2022. " + sentence, date: "2022-09-01")
        #expect(found.allSatisfy { $0.hasPrefix("Kassym-Jomart Tokayev →") || $0.hasPrefix("Shavkat Mirziyoyev →") })
        #expect(!found.isEmpty)
    }

    // MARK: A message of no kind of its own, reported again

    @Test(arguments: [
        ("ASHGABAT, 1 September 2022. President of Turkmenistan Serdar Berdimuhamedov has sent congratulations to Sadyr Japarov and Shavkat Mirziyoyev on Independence Day.\n\nIn the message sent to Shavkat Mirziyoyev, the President of Turkmenistan emphasized the strategic partnership.\n\nOn this joyful day, President Serdar Berdimuhamedov wished his colleagues sound health and success.",
         "2022-09-01", ["Serdar Berdimuhamedov → Sadyr Japarov congratulation Independence Day", "Serdar Berdimuhamedov → Shavkat Mirziyoyev congratulation Independence Day"]),
        ("TASHKENT, 21 March 2023. Shavkat Mirziyoyev has sent congratulations to Kassym-Jomart Tokayev on Nowruz.\n\nShavkat Mirziyoyev also wished the Kazakh leader good health and success.",
         "2023-03-21", ["Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Nowruz"]),
    ])
    func aMessageOfNoKindBetweenAReportedPairIsThatMessage(body: String, date: String, expected: [String]) {
        let found = messages(body, title: "Greetings to the heads of brotherly states on the occasion of national holidays", date: date)
        #expect(found == Set(expected))
    }

    @Test func aMessageOfAnotherKindOrOccasionStaysItsOwn() {
        let found = messages("ASHGABAT, 1 September 2022. President of Turkmenistan Serdar Berdimuhamedov has sent congratulations to Shavkat Mirziyoyev on Independence Day.\n\nOn 6 September, Serdar Berdimuhamedov sent condolences to Shavkat Mirziyoyev over the floods.",
                             title: "Greetings to the heads of brotherly states", date: "2022-09-01")
        #expect(found == ["Serdar Berdimuhamedov → Shavkat Mirziyoyev congratulation Independence Day", "Serdar Berdimuhamedov → Shavkat Mirziyoyev condolence -"])
    }

    // MARK: "the head of our state" is the publisher's head of state

    @Test(arguments: [
        ("21.03.2024 | 10:00\nKabar\n\nPresident of the Kyrgyz Republic Sadyr Japarov sent congratulations to Kassym-Jomart Tokayev on Nowruz.\n\nThe head of our state also received Nowruz greetings from President of Tajikistan Emomali Rahmon.",
         "Emomali Rahmon → Sadyr Japarov greeting Nowruz"),
        ("ASTANA, 21 March 2024. Kassym-Jomart Tokayev sent Nowruz greetings to Sadyr Japarov.\n\nThe leader of our country also received a congratulatory telegram from Shavkat Mirziyoyev on Nowruz.",
         "Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Nowruz"),
    ])
    func theHeadOfOurStateIsThePublishersHeadOfState(body: String, expected: String) {
        let found = messages(body, title: "Nowruz messages", date: "2024-03-21")
        #expect(found.contains(expected))
        #expect(found.count == 2)
    }

    @Test func theDatelineNamesThePublisherBeforeTheFirstLeader() {
        let found = messages("MINSK, 21 March 2024. President of Russia Vladimir Putin sent greetings to Kassym-Jomart Tokayev on Nowruz. The head of our state also received Nowruz greetings from Emomali Rahmon.", date: "2024-03-21")
        #expect(found == ["Vladimir Putin → Kassym-Jomart Tokayev greeting Nowruz", "Emomali Rahmon → Alexander Lukashenko greeting Nowruz"])
    }

    // MARK: A state by its name as the object is spoken of

    @Test(arguments: [
        ("Serbian President Aleksandar Vučić thanked Belarus for its principled position on the territorial integrity of Serbia.", false),
        ("President of Kyrgyzstan Sooronbay Jeenbekov assured Belarus of his country's support within the Eurasian Economic Union.", false),
        ("President of Kyrgyzstan Sooronbay Jeenbekov praised Belarus's achievements in industry.", true),
        ("President of Kyrgyzstan Sooronbay Jeenbekov praised Kyrgyz-Belarusian cooperation within the Eurasian Economic Union.", true),
        ("President of Kyrgyzstan Sooronbay Jeenbekov thanked the Belarusian people for their hospitality.", true),
        ("President of Kyrgyzstan Sooronbay Jeenbekov wished Belarus peace and prosperity.", true),
    ])
    func aStateAsTheObjectIsNoAddressee(paragraph: String, isMessage: Bool) {
        let found = messages("MINSK, 3 July 2019. Heads of state continue to send their congratulations to Alexander Lukashenko on Independence Day.\n\n" + paragraph,
                             title: "Lukashenko receives Independence Day congratulations", date: "2019-07-03")
        #expect(found.contains { $0.hasSuffix("→ Alexander Lukashenko congratulation Independence Day") } == isMessage)
    }
}
