import Testing
@testable import RelationsKit

/// Messages in the shapes of the blind11/blind12 round: a passive that names no sender; congratulations delivered in
/// person; recipients each with "to", parted by a clause on what the message said; "writing to" and "wrote in similar
/// terms to". Invented sentences, with negative cases.
@Suite("extraction: blind11/blind12 round, messages")
struct Blind1112MessageTests: WireCopyProbe {
    // MARK: A passive without "by" names no sender after its verb

    @Test(arguments: [
        "Shavkat Mirziyoyev has sent Nowruz greetings to the leaders of the Turkic states. Messages were addressed to President of Azerbaijan Ilham Aliyev and President of Kazakhstan Kassym-Jomart Tokayev.",
        "Shavkat Mirziyoyev has sent Nowruz greetings to the leaders of the Turkic states. Greetings have also been sent to Ilham Aliyev and Kassym-Jomart Tokayev.",
        "Shavkat Mirziyoyev has sent Nowruz greetings to the leaders of the Turkic states. Letters were sent to Azerbaijani President Ilham Aliyev, and Kazakh President Kassym-Jomart Tokayev.",
    ])
    func aPassiveMessageKeepsTheAnnouncedSender(body: String) {
        let found = messages(body, date: "2023-03-20")
        #expect(found.contains { $0.hasPrefix("Shavkat Mirziyoyev → Ilham Aliyev") })
        #expect(found.contains { $0.hasPrefix("Shavkat Mirziyoyev → Kassym-Jomart Tokayev") })
        #expect(!found.contains { $0.hasPrefix("Ilham Aliyev →") || $0.hasPrefix("Kassym-Jomart Tokayev →") })
    }

    @Test func aPassiveWithItsAgentStillNamesIt() {
        #expect(messages("Greetings were sent to Ilham Aliyev by Kassym-Jomart Tokayev on Nowruz.", date: "2023-03-20")
            == ["Kassym-Jomart Tokayev → Ilham Aliyev greeting Nowruz"])
    }

    // MARK: Congratulations delivered face to face

    @Test(arguments: [
        "President of Armenia Serzh Sargsyan, who will attend the parade, is to be congratulated by Dmitry Medvedev in person.",
        "Alexander Lukashenko was congratulated by the Russian President Vladimir Putin in person at the reception.",
        "Ilham Aliyev congratulated Recep Tayyip Erdogan personally during the ceremony in Ankara.",
        "Kassym-Jomart Tokayev congratulated Shavkat Mirziyoyev face to face on the sidelines of the summit.",
    ])
    func congratulatedInPersonIsNoMessage(sentence: String) {
        #expect(messages("Leaders sent congratulations on Victory Day. " + sentence, title: "Congratulations on Victory Day", date: "2010-05-08").isEmpty)
    }

    @Test func aTelegramSignedPersonallyIsAMessage() {
        #expect(messages("Ilham Aliyev personally signed a congratulatory telegram to Turkish President Recep Tayyip Erdogan on Republic Day.", date: "2023-10-29")
            == ["Ilham Aliyev → Recep Tayyip Erdogan congratulation national holiday"])
    }

    // MARK: Recipients each with "to", parted by what the message said

    @Test(arguments: [
        "Vladimir Putin also sent greetings to Ilham Aliyev, wishing him good health, and to President of Moldova Vladimir Voronin, recalling the treaty.",
        "Vladimir Putin also congratulated Ilham Aliyev, expressing confidence that relations would grow, and President of Moldova Vladimir Voronin.",
        "Vladimir Putin sent greetings to Azerbaijani President Ilham Aliyev, calling him \"a reliable partner\", and to Moldova's Vladimir Voronin.",
    ])
    func recipientsPartedByAParticiple(sentence: String) {
        let found = messages(sentence, title: "New Year greetings", date: "2002-12-31")
        #expect(found.contains("Vladimir Putin → Ilham Aliyev greeting New Year") || found.contains("Vladimir Putin → Ilham Aliyev congratulation New Year"))
        #expect(found.contains("Vladimir Putin → Vladimir Voronin greeting New Year") || found.contains("Vladimir Putin → Vladimir Voronin congratulation New Year"))
    }

    @Test func aClauseAfterTheParticipleIsNoRecipient() {
        let found = messages("Vladimir Putin sent greetings to Ilham Aliyev, wishing him good health, and Vladimir Voronin said he would reply soon.", title: "New Year greetings", date: "2002-12-31")
        #expect(found == ["Vladimir Putin → Ilham Aliyev greeting New Year"])
    }

    // MARK: "Writing to", "wrote in similar terms to"

    @Test(arguments: [
        "Writing to President of Armenia Robert Kocharyan, Vladimir Putin said the allies had a good year.",
        "Vladimir Putin wrote separately to President of Armenia Robert Kocharyan about the allies' good year.",
    ])
    func writingToIsALetter(sentence: String) {
        #expect(messages(sentence, date: "2002-12-31").contains { $0.hasPrefix("Vladimir Putin → Robert Kocharyan") })
    }

    @Test func wroteInSimilarTermsGoesOnWithTheKind() {
        let body = "In the greeting to Belarusian President Alexander Lukashenko, Vladimir Putin praised the union. He wrote in similar terms to Kazakh President Nursultan Nazarbayev, calling the bloc \"a common achievement\", and to Armenia's Serzh Sargsyan."
        #expect(messages(body, title: "Putin's letters to allies", date: "2014-12-30") == [
            "Vladimir Putin → Alexander Lukashenko greeting -", "Vladimir Putin → Nursultan Nazarbayev greeting -", "Vladimir Putin → Serzh Sargsyan greeting -",
        ])
    }

    @Test(arguments: [
        "Vladimir Putin wrote that the union would open new horizons to Kazakh President Nursultan Nazarbayev's country.",
        "Vladimir Putin wrote an article, devoted to the union, to mark the anniversary.",
    ])
    func wroteWithoutAnAddresseeIsNoLetter(sentence: String) {
        #expect(messages(sentence, date: "2014-12-30").isEmpty)
    }

    // MARK: A people addressed besides its leader

    @Test(arguments: [
        "Vladimir Putin congratulated Alexander Lukashenko on Independence Day. The Russian President also sent congratulations to the people of Belarus.",
        "Vladimir Putin sent a congratulatory message to Alexander Lukashenko on Independence Day. Separately, Vladimir Putin addressed congratulations to the fraternal people of Belarus.",
    ])
    func aPeopleAddressedIsAMessageOfItsOwn(body: String) {
        let found = messages(body, title: "Putin congratulates Belarus on Independence Day", date: "2025-07-03")
        #expect(found.contains("Vladimir Putin → Alexander Lukashenko congratulation Independence Day"))
        #expect(found.contains("Vladimir Putin → BLR congratulation Independence Day"))
    }

    @Test func theLeadersOfACountryNamedAfterwardsAreNoPeople() {
        let body = "Vladimir Putin sent New Year greetings to the leaders of Belarus and Kazakhstan. In the greeting to Alexander Lukashenko, Putin praised the union. In the greeting to Kassym-Jomart Tokayev, he recalled the summit."
        let found = messages(body, date: "2021-12-31")
        #expect(!found.contains { $0.contains("→ BLR") || $0.contains("→ KAZ") })
    }

    // MARK: Senders named as some members of a group

    @Test(arguments: [
        "Vladimir Putin has received congratulations from foreign leaders, including Chinese President Xi Jinping and Serbian President Aleksandar Vucic.",
        "Vladimir Putin received greetings from heads of state, among them Chinese President Xi Jinping and Serbian President Aleksandar Vucic, the Kremlin said.",
        "Messages came to Vladimir Putin from several leaders, such as Chinese President Xi Jinping and Serbian President Aleksandar Vucic.",
    ])
    func sendersAmongAGroup(sentence: String) {
        let found = messages(sentence, date: "2026-05-09")
        #expect(found.contains { $0.hasPrefix("Xi Jinping → Vladimir Putin") })
        #expect(found.contains { $0.hasPrefix("Aleksandar Vucic → Vladimir Putin") })
    }

    @Test func aPersonAfterTheFromPhrasesCommaIsNoSender() {
        let found = messages("Vladimir Putin has received congratulations from foreign heads of state, Chinese President Xi Jinping told reporters in Beijing.", date: "2026-05-09")
        #expect(!found.contains { $0.hasPrefix("Xi Jinping →") })
    }

    // MARK: What a message recalls names no recipient

    @Test(arguments: [
        "Leaders of the Turkic states sent congratulatory messages to Turkish President Recep Tayyip Erdogan on Republic Day. Gurbanguly Berdimuhamedov sent a separate message in which he recalled his many visits to Ankara.",
        "Leaders of the Turkic states sent congratulatory messages to Turkish President Recep Tayyip Erdogan on Republic Day. Gurbanguly Berdimuhamedov sent a telegram recalling his trip to Istanbul and Ankara.",
    ])
    func aRecalledPlaceIsNoRecipient(body: String) {
        let found = messages(body, date: "2023-10-29")
        #expect(found.contains("Gurbanguly Berdimuhamedov → Recep Tayyip Erdogan congratulation national holiday"))
        #expect(!found.contains { $0.contains("→ TUR") })
    }

    // MARK: One addressee, and each paragraph's sender reporting what the message said

    @Test func eachSenderOfASummaryAddressee() {
        let body = """
        Leaders of the region on Sunday sent congratulatory messages to Turkish President Recep Tayyip Erdogan on Republic Day.

        Kazakh President Kassym-Jomart Tokayev praised the country's "rapid development," while Uzbekistan's President Shavkat Mirziyoyev wrote that the date was a milestone.

        Kyrgyz President Sadyr Japarov stressed the brotherhood of the two nations; Azerbaijani President Ilham Aliyev hoped the ties would grow stronger.
        """
        let found = messages(body, date: "2023-10-29")
        for sender in ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Sadyr Japarov", "Ilham Aliyev"] {
            #expect(found.contains("\(sender) → Recep Tayyip Erdogan congratulation national holiday"))
        }
    }

    @Test func aSummaryWithASenderNamesNoAddresseeForOthers() {
        let body = """
        Vladimir Putin sent congratulatory messages to Turkish President Recep Tayyip Erdogan on Republic Day.

        Kazakh President Kassym-Jomart Tokayev stressed at a briefing that the union was stable.
        """
        #expect(!messages(body, date: "2023-10-29").contains { $0.hasPrefix("Kassym-Jomart Tokayev") })
    }

    // MARK: "Notified B in a letter", "Congratulating B, A stressed"

    @Test(arguments: [
        "According to him, Georgian President Eduard Shevardnadze notified Ukrainian President Leonid Kuchma, the chairman of the group, of the decision in a letter dated 3 May.",
        "Eduard Shevardnadze notified Leonid Kuchma in a letter that Georgia would host the next meeting.",
    ])
    func notifiedInALetter(sentence: String) {
        #expect(messages(sentence, title: "Georgia to host the meeting", date: "2002-05-11") == ["Eduard Shevardnadze → Leonid Kuchma letter -"])
    }

    @Test func notifiedWithoutAWrittenMediumIsNoLetter() {
        #expect(messages("Eduard Shevardnadze notified Leonid Kuchma of the decision at their meeting in Yalta.", title: "Georgia to host the meeting", date: "2002-05-11").isEmpty)
    }

    @Test(arguments: [
        "Congratulating Alexander Lukashenko, Sadyr Japarov stressed the courage of the Belarusian people.",
        "Congratulating Belarusian President Alexander Lukashenko, the Kyrgyz leader Sadyr Japarov recalled the feat of the soldiers.",
    ])
    func anOpeningParticipleAddressesItsObject(sentence: String) {
        let body = "President of Kyrgyzstan Sadyr Japarov sent congratulatory telegrams to the heads of CIS states on Victory Day.\n\n" + sentence
        #expect(messages(body, title: "Japarov congratulates CIS leaders on Victory Day", date: "2021-05-08").contains("Sadyr Japarov → Alexander Lukashenko congratulation Victory Day"))
    }

    // MARK: Two messages in clauses parted by ", while"; "greeted" in an article about greetings

    @Test func aMessageInAWhileClause() {
        let sentence = "In the greeting to Emomali Rahmon, Vladimir Putin thanked him for the cooperation, while in a message to President Serzh Sargsyan of Armenia the Kremlin chief wished the Armenian people peace."
        let found = messages("Vladimir Putin has sent New Year greetings to the heads of state of the CIS.\n\n" + sentence, title: "Putin sends New Year greetings", date: "2012-12-31")
        #expect(found.contains("Vladimir Putin → Emomali Rahmon greeting New Year"))
        #expect(found.contains("Vladimir Putin → Serzh Sargsyan greeting New Year"))
    }

    @Test func greetedInAnArticleAboutGreetings() {
        let body = "Vladimir Putin has sent New Year greetings to Alexander Lukashenko, and he also greeted Ukraine's President Viktor Yanukovych, expressing hope for good relations."
        #expect(messages(body, title: "Putin sends New Year greetings", date: "2012-12-31") == [
            "Vladimir Putin → Alexander Lukashenko greeting New Year", "Vladimir Putin → Viktor Yanukovych greeting New Year",
        ])
    }

    @Test func greetedAtAnAirportIsAWelcome() {
        #expect(messages("Vladimir Putin greeted Ukraine's President Viktor Yanukovych at the airport on Tuesday.", title: "Yanukovych arrives in Moscow", date: "2012-12-18").isEmpty)
    }

    // MARK: Another member of a new person's family, named with a given name of their own

    @Test(arguments: [
        ("Turkish President Recep Tayyip Erdogan thanked the rescuers. First Vice-President of Azerbaijan Mehriban Aliyeva sent a message of condolence to Emine Erdogan, the wife of the Turkish President.", "Mehriban Aliyeva → Emine Erdogan condolence -"),
        ("US President Joe Biden arrived in Kyiv. Ilham Aliyev sent a letter of condolence to Jill Biden.", "Ilham Aliyev → Jill Biden condolence -"),
    ])
    func anotherGivenNameIsAnotherPerson(body: String, expected: String) {
        #expect(messages(body, date: "2023-02-06") == [expected])
    }

    @Test(arguments: [
        "Turkish President Recep Tayyip Erdogan thanked the rescuers. Ilham Aliyev sent a letter of condolence to President Erdogan.",
        "Turkish President Recep Tayyip Erdogan thanked the rescuers. Ilham Aliyev sent a letter of condolence to Mr Erdogan.",
        "Turkish President Recep Tayyip Erdogan thanked the rescuers. Ilham Aliyev sent a letter of condolence to Tayyip Erdogan.",
        "Turkish President Recep Tayyip Erdogan thanked the rescuers. Ilham Aliyev sent a letter of condolence to Erdogan. When Erdogan replied, he thanked Azerbaijan for the letter.",
    ])
    func theSameSurnameWithATitleIsTheSamePerson(body: String) {
        #expect(messages(body, date: "2023-02-06") == ["Ilham Aliyev → Recep Tayyip Erdogan condolence -"])
    }

    // MARK: A group in apposition with its own list

    @Test(arguments: [
        "Vladimir Putin sent messages to President of Azerbaijan Ilham Aliyev and to Turkmenistan's leaders, President Serdar Berdimuhamedov and the Chairman of the Halk Maslahaty, Gurbanguly Berdimuhamedov.",
        "Vladimir Putin sent messages to Ilham Aliyev, Emomali Rahmon and to Turkmenistan's leaders, Serdar Berdimuhamedov and the Chairman of the Halk Maslahaty, Gurbanguly Berdimuhamedov.",
    ])
    func aGroupInAppositionWithItsMembers(sentence: String) {
        let found = messages(sentence, title: "Putin congratulates leaders on Victory Day", date: "2026-05-09")
        for recipient in ["Ilham Aliyev", "Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov"] {
            #expect(found.contains("Vladimir Putin → \(recipient) congratulation Victory Day"))
        }
        #expect(!found.contains { $0.contains("→ TKM") || $0.contains("Halk") })
    }

    @Test func aGroupWithoutNamesIsTheCountry() {
        let found = messages("Vladimir Putin sent congratulatory messages to President of Azerbaijan Ilham Aliyev and to Turkmenistan's leaders.", date: "2026-05-09")
        #expect(found.contains("Vladimir Putin → TKM congratulation -"))
    }
}
