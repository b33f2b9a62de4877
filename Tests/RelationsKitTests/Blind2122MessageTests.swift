import Testing
@testable import RelationsKit

/// Messages in the mechanisms the blind21/blind22 round found failing: the passive of a verb whose object is the recipient
/// ("B was congratulated by A"); an officer after an organisation's name in a list of agents; a relative clause that calls
/// something by a name (no phone call); the heads of the countries named before as a group of recipients; words spoken at an
/// event or in remarks; a definite medium that a state's officials speak of; a letter's topic after "on", which takes no
/// occasion from the paragraph; a regional office's holder. Invented sentences, with negative cases.
@Suite("extraction: blind21/22 round, messages")
struct Blind2122MessageTests: WireCopyProbe {
    // MARK: The passive of a verb whose object is the recipient

    @Test(arguments: [
        ("BAKU, 20 March 2023. On the eve of the holiday, Ilham Aliyev was warmly congratulated on Novruz by President of Turkey Recep Tayyip Erdogan, President of Iran Ebrahim Raisi and Turkmen leader Serdar Berdimuhamedov.", "2023-03-20",
         ["Recep Tayyip Erdogan → Ilham Aliyev congratulation Nowruz", "Ebrahim Raisi → Ilham Aliyev congratulation Nowruz", "Serdar Berdimuhamedov → Ilham Aliyev congratulation Nowruz"]),
        ("MINSK, 7 October 2022. Vladimir Putin was congratulated on his birthday by Alexander Lukashenko and by UN Secretary-General António Guterres.", "2022-10-07",
         ["Alexander Lukashenko → Vladimir Putin congratulation birthday", "António Guterres → Vladimir Putin congratulation birthday"]),
        ("TASHKENT, 1 September 2022. The Uzbek leader has also been congratulated by Kassym-Jomart Tokayev, President of Kazakhstan, and by Sadyr Japarov, President of Kyrgyzstan.", "2022-09-01",
         ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation -", "Sadyr Japarov → Shavkat Mirziyoyev congratulation -"]),
    ])
    func thePassivesSubjectReceivesAndItsAgentSends(body: String, date: String, expected: [String]) {
        #expect(messages(body, date: date) == Set(expected))
    }

    @Test func aPassiveCongratulationByTelephoneIsNoMessage() {
        #expect(messages("TASHKENT, 1 September 2022. Shavkat Mirziyoyev was congratulated by Kassym-Jomart Tokayev in a telephone conversation.", date: "2022-09-01").isEmpty)
    }

    @Test func theActiveVoiceStillSendsFromItsSubject() {
        let found = messages("ASTANA, 16 December 2021. Shavkat Mirziyoyev congratulated Kassym-Jomart Tokayev on Independence Day.", date: "2021-12-16")
        #expect(found == ["Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Independence Day"])
    }

    // MARK: "called" with no person as its object is no phone call

    @Test func aSenderWhoCalledTheCountrySomethingStillWrote() {
        let body = "ASTANA, 16 December 2021. Kassym-Jomart Tokayev has received congratulations on Independence Day. Congratulations also came from "
            + "Shavkat Mirziyoyev, who called Kazakhstan \"a reliable partner\", and from Ilham Aliyev, President of Azerbaijan."
        #expect(messages(body, date: "2021-12-16") == ["Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Independence Day",
                                                       "Ilham Aliyev → Kassym-Jomart Tokayev congratulation Independence Day"])
    }

    @Test func aCallToAPersonIsStillSpoken() {
        #expect(messages("ASTANA, 16 December 2021. Ilham Aliyev called Kassym-Jomart Tokayev and congratulated him on Independence Day.", date: "2021-12-16").isEmpty)
        #expect(messages("ASTANA, 16 December 2021. Ilham Aliyev called the Kazakh leader and congratulated Kassym-Jomart Tokayev on Independence Day.", date: "2021-12-16").isEmpty)
    }

    // MARK: The heads of the countries named before

    @Test(arguments: [
        "Emomali Rahmon in turn sent congratulatory messages to the heads of the above-mentioned countries as well as to Ilham Aliyev.",
        "In reply, Emomali Rahmon sent congratulations to the leaders of these states as well as to Ilham Aliyev.",
        "Emomali Rahmon in turn addressed letters to the heads of state of these countries, as well as to Ilham Aliyev.",
    ])
    func theHeadsOfTheCountriesNamedBeforeAreTheirLeaders(reply: String) {
        let body = "DUSHANBE, 21 March 2024. Emomali Rahmon received Navruz greetings from President of Uzbekistan Shavkat Mirziyoyev and President of Kyrgyzstan Sadyr Japarov. " + reply
        let found = messages(body, date: "2024-03-21").filter { $0.hasPrefix("Emomali Rahmon → ") }
        #expect(found.map { String($0.split(separator: " ")[3...4].joined(separator: " ")) }.sorted() == ["Ilham Aliyev", "Sadyr Japarov", "Shavkat Mirziyoyev"])
    }

    @Test func aLetterOfThanksToTheLeadersOfTheseStates() {
        let body = "ASHGABAT, 27 September 2023. Serdar Berdimuhamedov was congratulated on Independence Day by Vladimir Putin and Kassym-Jomart Tokayev. "
            + "The Turkmen leader sent letters of thanks to the leaders of these states."
        let found = messages(body, date: "2023-09-27").filter { $0.hasPrefix("Serdar Berdimuhamedov → ") }
        #expect(found.count == 2)
        #expect(found.contains { $0.hasPrefix("Serdar Berdimuhamedov → Vladimir Putin letter") })
        #expect(found.contains { $0.hasPrefix("Serdar Berdimuhamedov → Kassym-Jomart Tokayev letter") })
    }

    @Test func theLeadersOfTheseStatesWithNoLeaderNamedBeforeAreNoOne() {
        #expect(messages("ASHGABAT, 27 September 2023. Serdar Berdimuhamedov sent greetings to the leaders of these states.", date: "2023-09-27").isEmpty)
    }

    // MARK: Words spoken at an event or in remarks

    @Test(arguments: [
        "ANKARA, 25 December 2024. Vladimir Putin expressed his condolences to President of Azerbaijan Ilham Aliyev at the start of the summit.",
        "NEW DELHI, 4 July 2023. Narendra Modi opened the meeting with short remarks, congratulating Iranian President Ebrahim Raisi.",
        "ASTANA, 4 July 2024. At the opening of the forum, Kassym-Jomart Tokayev congratulated Shavkat Mirziyoyev on his birthday.",
        "MINSK, 4 July 2024. Alexander Lukashenko congratulated Vladimir Putin on Russia Day on the sidelines of the session.",
    ])
    func wordsSpokenAtAnEventAreNoMessage(body: String) {
        #expect(messages(body, date: "2024-07-04").isEmpty)
    }

    @Test func anEventInWhatTheMessageSaysIsItsContent() {
        let body = "DUSHANBE, 21 March 2024. Emomali Rahmon has received congratulations on Navruz from the heads of foreign states.\n\n"
            + "Shavkat Mirziyoyev wrote that the agreements reached at the summit in Samarkand had opened a new page."
        #expect(messages(body, date: "2024-03-21") == ["Shavkat Mirziyoyev → Emomali Rahmon congratulation Nowruz"])
    }

    @Test func aTelegramBesideAnEventIsStillAMessage() {
        let found = messages("ASTANA, 4 July 2024. Kassym-Jomart Tokayev sent a message to the participants of the summit, and congratulated Shavkat Mirziyoyev in a telegram on his birthday.", date: "2024-07-04")
        #expect(found == ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation birthday"])
    }

    @Test(arguments: [
        "Vladimir Putin congratulated Chinese President Xi Jinping on his re-election at the party congress.",
        "Vladimir Putin congratulated Chinese President Xi Jinping on his election as General Secretary at the 20th Congress of the Communist Party.",
    ])
    func anElectionAtAnEventIsTheOccasionNotTheWayTheMessageWasSent(sentence: String) {
        let found = messages("MOSCOW, 23 October 2022. " + sentence, date: "2022-10-23")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("Vladimir Putin → Xi Jinping congratulation") == true)
    }

    // MARK: A definite medium that a state's officials speak of

    @Test(arguments: ["Moldovan officials confirmed that the letter had been received.", "Chisinau said the message had arrived on Tuesday."])
    func aStatesOfficialsSpeakingOfTheLetterSendNothing(sequel: String) {
        let body = "CHISINAU, 5 May 2005. In a letter to Moldovan President Vladimir Voronin, Uzbek President Islam Karimov announced the withdrawal. " + sequel
        #expect(messages(body, date: "2005-05-05") == ["Islam Karimov → Vladimir Voronin letter -"])
    }

    // MARK: A letter's topic takes no occasion from the paragraph

    @Test(arguments: [
        "Robert Kocharyan sent a letter to Vladimir Putin on the progress of the gas talks.",
        "Robert Kocharyan also addressed a message to Vladimir Putin on the results of the debt settlement.",
    ])
    func aLetterOnATopicOfItsOwnHasNoOccasion(sentence: String) {
        let body = "YEREVAN, 30 April 2003. On April 3 the anniversary of diplomatic relations between Armenia and Russia was marked with a reception. " + sentence
        #expect(messages(body, date: "2003-04-30") == ["Robert Kocharyan → Vladimir Putin letter -"])
    }

    @Test func aLetterOnTheOccasionKeepsTheParagraphsAnniversary() {
        let body = "YEREVAN, 30 April 2003. On April 3 the anniversary of diplomatic relations between Armenia and Russia was marked with a reception. "
            + "Robert Kocharyan sent a letter to Vladimir Putin on the occasion."
        #expect(messages(body, date: "2003-04-30") == ["Robert Kocharyan → Vladimir Putin letter anniversary"])
    }

    // MARK: The holder of a region's office

    @Test(arguments: [
        ("On the occasion of the thousandth anniversary of Kazan, Saparmurat Niyazov sent a congratulatory message to the President of the Republic of Tatarstan Mintimer Shaimiev.", "Mintimer Shaimiev"),
        ("Saparmurat Niyazov congratulated President of the Republic of Bashkortostan Murtaza Rakhimov on the anniversary in a telegram.", "Murtaza Rakhimov"),
    ])
    func aRegionsOfficeHolderReceives(sentence: String, recipient: String) {
        let found = messages("KAZAN, 26 August 2005. " + sentence, date: "2005-08-26")
        #expect(found == ["Saparmurat Niyazov → \(recipient) congratulation anniversary"])
    }

    @Test func aStatesOwnRepublicIsNoRegion() {
        let found = messages("SEOUL, 1 March 2019. Vladimir Putin sent a congratulatory message to the President of the Republic of Korea Moon Jae-in.", date: "2019-03-01")
        #expect(found == ["Vladimir Putin → Moon Jae-in congratulation -"])
    }
}
