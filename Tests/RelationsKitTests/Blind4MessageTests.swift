import Testing
@testable import RelationsKit

/// Messages in the shapes of the fourth blind round: recipients listed with their countries by "respectively" (names
/// first or countries first), a relative clause inside a list of senders, passive agents joined by commas, a sentence
/// that opens with the quoted message, and the anniversary of the Victory as Victory Day. Invented sentences, several
/// phrasings, with negative cases.
@Suite("extraction: blind4 round, messages")
struct Blind4MessageTests: WireCopyProbe {

    // MARK: Recipients named with their countries, "respectively"

    @Test(arguments: [
        "Shavkat Mirziyoyev has sent festive greetings on the occasion of Nowruz to the heads of state of Kazakhstan, Kyrgyzstan and Tajikistan, Kassym-Jomart Tokayev, Sadyr Japarov and Emomali Rahmon, respectively.",
        "Shavkat Mirziyoyev sent Nowruz greetings to the presidents of Kazakhstan, Kyrgyzstan and Tajikistan, Kassym-Jomart Tokayev, Sadyr Japarov and Emomali Rahmon respectively.",
        "Shavkat Mirziyoyev sent Nowruz greetings to the presidents of Kazakhstan, Kyrgyzstan and Tajikistan, Kassym-Jomart Tokayev, Sadyr Japarov and Emomali Rahmon.",
        "Shavkat Mirziyoyev sent Nowruz greetings to Kassym-Jomart Tokayev, Sadyr Japarov and Emomali Rahmon, the presidents of Kazakhstan, Kyrgyzstan and Tajikistan respectively.",
    ])
    func recipientsPairedWithTheirCountriesAreThePersons(sentence: String) {
        #expect(messages(sentence, date: "2025-03-20") == [
            "Shavkat Mirziyoyev → Kassym-Jomart Tokayev greeting Nowruz", "Shavkat Mirziyoyev → Sadyr Japarov greeting Nowruz",
            "Shavkat Mirziyoyev → Emomali Rahmon greeting Nowruz",
        ])
    }

    @Test(arguments: [
        "Vladimir Putin congratulated the leaders of Armenia, Azerbaijan and Belarus, Armen Sarkissian, Ilham Aliyev and Alexander Lukashenko, on Victory Day.",
        "Vladimir Putin sent Victory Day congratulations to the heads of Armenia, Azerbaijan and Belarus, Armen Sarkissian, Ilham Aliyev and Alexander Lukashenko.",
    ])
    func namesAfterAListOfCountriesAreTheRecipients(sentence: String) {
        #expect(messages(sentence, date: "2020-05-09") == [
            "Vladimir Putin → Armen Sarkissian congratulation Victory Day", "Vladimir Putin → Ilham Aliyev congratulation Victory Day",
            "Vladimir Putin → Alexander Lukashenko congratulation Victory Day",
        ])
    }

    @Test func countriesFollowedByFewerNamesStayCountries() {
        // Two names for three countries: the list does not pair, and the countries stay the recipients.
        #expect(messages("Vladimir Putin congratulated the peoples of Armenia, Azerbaijan and Belarus, Armen Sarkissian and Ilham Aliyev said.", date: "2020-05-09")
            .allSatisfy { !$0.contains("→ Armen Sarkissian") && !$0.contains("→ Ilham Aliyev") })
    }

    @Test func countriesWithoutNamesStayTheirHolders() {
        // No names follow the countries: each country's holder on the date, as before.
        #expect(messages("Shavkat Mirziyoyev sent Nowruz greetings to the presidents of Kazakhstan and Kyrgyzstan.", date: "2025-03-20") == [
            "Shavkat Mirziyoyev → Kassym-Jomart Tokayev greeting Nowruz", "Shavkat Mirziyoyev → Sadyr Japarov greeting Nowruz",
        ])
    }

    @Test(arguments: [
        "Vladimir Putin has sent congratulations on the 75th anniversary of Victory in the Great Patriotic War to the leaders of the Commonwealth of Independent States.\n\nTelegrams went to Ilham Aliyev, Alexander Lukashenko and Kassym-Jomart Tokayev, the presidents of Azerbaijan, Belarus and Kazakhstan respectively.",
        "Vladimir Putin has sent congratulations on the 75th anniversary of the Great Victory to the leaders of the CIS states.\n\nCongratulatory telegrams were addressed to Ilham Aliyev, Alexander Lukashenko and Kassym-Jomart Tokayev, the heads of state of Azerbaijan, Belarus and Kazakhstan, respectively.",
    ])
    func aNamesFirstListIsFromTheSenderAnnouncedBefore(text: String) {
        // The names are listed twice (by name, then as holders of the offices): none of them is the sender.
        #expect(messages(text, date: "2020-05-09") == [
            "Vladimir Putin → Ilham Aliyev congratulation Victory Day", "Vladimir Putin → Alexander Lukashenko congratulation Victory Day",
            "Vladimir Putin → Kassym-Jomart Tokayev congratulation Victory Day",
        ])
    }

    @Test func theVictorysAnniversaryIsNotTheAnniversaryOfAnOrganisationNamedAfterIt() {
        let text = "Vladimir Putin has sent congratulations on the 75th anniversary of Victory in the Great Patriotic War to the leaders of the Commonwealth of Independent States."
        #expect(anniversaries(text, date: "2020-05-09").isEmpty)
        #expect(anniversaries("Vladimir Putin sent congratulations on the 30th anniversary of the independence of Kazakhstan to Kassym-Jomart Tokayev and the leaders of the CIS.", date: "2021-12-16")
            .allSatisfy { !$0.contains("CIS") })
        // The organisation heading the phrase is still the subject.
        #expect(anniversaries("Leaders marked the 30th anniversary of the Commonwealth of Independent States in Minsk.", date: "2021-10-15") == [" CIS 30 2021"])
    }

    // MARK: A relative clause inside a list of senders

    @Test(arguments: [
        "Shavkat Mirziyoyev received Nowruz greetings from Kassym-Jomart Tokayev, who wished the Uzbek people peace and abundance, and from Turkish President Recep Tayyip Erdoğan.",
        "Shavkat Mirziyoyev received Nowruz greetings from Kassym-Jomart Tokayev, who wished the Uzbek people well-being, and Turkish President Recep Tayyip Erdoğan.",
    ])
    func aRelativeClauseAboutOneSenderDoesNotEndTheList(sentence: String) {
        #expect(messages(sentence, date: "2025-03-20") == [
            "Kassym-Jomart Tokayev → Shavkat Mirziyoyev greeting Nowruz", "Recep Tayyip Erdoğan → Shavkat Mirziyoyev greeting Nowruz",
        ])
    }

    @Test func aRelativeClauseThatEndsTheSentenceAddsNoSender() {
        #expect(messages("Shavkat Mirziyoyev received Nowruz greetings from Kassym-Jomart Tokayev, who also wished success to Emomali Rahmon.", date: "2025-03-20") == [
            "Kassym-Jomart Tokayev → Shavkat Mirziyoyev greeting Nowruz",
        ])
    }

    @Test(arguments: [
        "Alexander Lukashenko congratulated Vladimir Putin, who thanked him for the support, and Kassym-Jomart Tokayev on Victory Day.",
        "Alexander Lukashenko sent Victory Day congratulations to Vladimir Putin, whose country bore the brunt of the war, and to Kassym-Jomart Tokayev.",
    ])
    func aRelativeClauseAboutOneRecipientDoesNotEndTheList(sentence: String) {
        #expect(messages(sentence, date: "2020-05-09") == [
            "Alexander Lukashenko → Vladimir Putin congratulation Victory Day", "Alexander Lukashenko → Kassym-Jomart Tokayev congratulation Victory Day",
        ])
    }

    @Test(arguments: [
        "Vladimir Putin has sent New Year greetings to the leaders of foreign states. Greetings went to the President of Azerbaijan, Ilham Aliyev, and the President of Armenia, Armen Sarkissian.",
        "Vladimir Putin sent New Year greetings to Ilham Aliyev, President of Azerbaijan, and Armen Sarkissian, President of Armenia.",
    ])
    func aCommaBeforeTheClosingAndKeepsTheList(text: String) {
        #expect(messages(text, date: "2019-12-30") == ["Vladimir Putin → Ilham Aliyev greeting New Year", "Vladimir Putin → Armen Sarkissian greeting New Year"])
    }

    @Test func aCommaAndBeforeANewClauseEndsTheList() {
        // ", and Armen Sarkissian said ..." opens another clause: Sarkissian is no recipient.
        #expect(messages("Vladimir Putin sent New Year greetings to Ilham Aliyev, and Armen Sarkissian said he would reply.", date: "2019-12-30") == [
            "Vladimir Putin → Ilham Aliyev greeting New Year",
        ])
    }

    @Test(arguments: [
        "Congratulations were sent to Beibut Atamkulov and Chingiz Aidarbekov, the foreign ministers of Kazakhstan and Kyrgyzstan, by Russian Foreign Minister Sergey Lavrov.",
        "Congratulatory messages were sent to Beibut Atamkulov and Chingiz Aidarbekov, foreign ministers of Kazakhstan and Kyrgyzstan respectively, by Russian Foreign Minister Sergey Lavrov.",
    ])
    func newNamesBeforeTheirOfficesAreRecipientsOfALongPassive(sentence: String) {
        // Names the reference does not know become persons through the office that follows them.
        #expect(messages(sentence, date: "2019-06-12") == [
            "Sergey Lavrov → Beibut Atamkulov congratulation -", "Sergey Lavrov → Chingiz Aidarbekov congratulation -",
        ])
    }

    @Test func anExchangeWithPersonsAfterTheirCountries() {
        #expect(messages("Alexander Lukashenko has exchanged New Year greetings with the presidents of Russia and Kazakhstan, Vladimir Putin and Kassym-Jomart Tokayev.", date: "2020-01-01") == [
            "Alexander Lukashenko → Vladimir Putin greeting New Year", "Vladimir Putin → Alexander Lukashenko greeting New Year",
            "Alexander Lukashenko → Kassym-Jomart Tokayev greeting New Year", "Kassym-Jomart Tokayev → Alexander Lukashenko greeting New Year",
        ])
    }

    // MARK: The kind of a message the sentence does not name

    @Test(arguments: [
        "Emomali Rahmon has received congratulatory messages on Independence Day.\n\nMessages came from Vladimir Putin and Alexander Lukashenko.",
        "Emomali Rahmon has received congratulations on Independence Day.\n\nMessages were also received from Vladimir Putin and Alexander Lukashenko.",
    ])
    func messagesAfterAReceivingSentenceTakeItsKind(text: String) {
        #expect(messages(text, date: "2021-09-09") == [
            "Vladimir Putin → Emomali Rahmon congratulation Independence Day", "Alexander Lukashenko → Emomali Rahmon congratulation Independence Day",
        ])
    }

    @Test func aLetterOnAMatterOfItsOwnKeepsItsKind() {
        #expect(messages("Emomali Rahmon has received congratulatory messages on Independence Day.\n\nSeparately, Vladimir Putin sent a letter to Emomali Rahmon concerning the draft agreement.", date: "2021-09-09")
            == ["Vladimir Putin → Emomali Rahmon letter -"])
    }

    @Test(arguments: [
        "Kassym-Jomart Tokayev expressed condolences to Vladimir Putin in a telegram. Similar messages were sent by Shavkat Mirziyoyev and Sadyr Japarov.",
        "Kassym-Jomart Tokayev sent a telegram of condolence to Vladimir Putin. Such telegrams were also sent by Shavkat Mirziyoyev and Sadyr Japarov.",
    ])
    func similarMessagesAreOfTheKindReportedBefore(text: String) {
        #expect(messages(text, date: "2024-03-23") == [
            "Kassym-Jomart Tokayev → Vladimir Putin condolence -", "Shavkat Mirziyoyev → Vladimir Putin condolence -", "Sadyr Japarov → Vladimir Putin condolence -",
        ])
    }

    // MARK: Passive agents joined by commas

    @Test(arguments: [
        "Messages of condolence were also sent to the Russian President by President of Uzbekistan Shavkat Mirziyoyev, Kyrgyzstan's President Sadyr Japarov and Tajik leader Emomali Rahmon.",
        "Condolences were sent to Vladimir Putin by Shavkat Mirziyoyev, Sadyr Japarov and Emomali Rahmon, whose press services published the texts.",
        "Telegrams of condolence were sent to Vladimir Putin by Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov, and Tajik President Emomali Rahmon.",
    ])
    func passiveAgentsJoinedByCommasAreEachASender(sentence: String) {
        #expect(messages(sentence, date: "2024-03-23") == [
            "Shavkat Mirziyoyev → Vladimir Putin condolence -", "Sadyr Japarov → Vladimir Putin condolence -",
            "Emomali Rahmon → Vladimir Putin condolence -",
        ])
    }

    @Test func aCommaWithoutAClosingAndEndsTheAgents() {
        #expect(messages("Condolences were sent to Vladimir Putin by Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov told reporters.", date: "2024-03-23") == [
            "Shavkat Mirziyoyev → Vladimir Putin condolence -",
        ])
    }

    // MARK: A sentence that opens with the quoted message

    @Test(arguments: [
        "\"On my own behalf, I sincerely congratulate you on the 28th anniversary of the restoration of the state independence of Azerbaijan,\" President of Belarus Alexander Lukashenko's message to Ilham Aliyev said.",
        "\"I congratulate you on Independence Day,\" Alexander Lukashenko wrote in his message to Ilham Aliyev.",
        "\"We wish you and the people of Azerbaijan peace,\" reads the congratulatory message of Alexander Lukashenko to Ilham Aliyev on Independence Day.",
    ])
    func theMessageAfterAQuotationIsReported(sentence: String) {
        #expect(messages(sentence, date: "2019-10-21") == ["Alexander Lukashenko → Ilham Aliyev congratulation Independence Day"])
    }

    @Test func aQuotationSpokenOnThePhoneIsNoMessage() {
        #expect(messages("\"I congratulate you on Independence Day,\" Vladimir Putin told Ilham Aliyev in a telephone conversation.", date: "2019-10-21").isEmpty)
        #expect(messages("\"We will not send congratulations to them,\" Alexander Lukashenko told reporters.", date: "2019-10-21").isEmpty)
    }

    @Test(arguments: [
        "Azerbaijan marked the 28th anniversary of the restoration of its state independence on Friday.",
        "Azerbaijan marked the 28th anniversary of the restoration of independence.",
    ])
    func theRestorationOfIndependenceIsIndependence(sentence: String) {
        #expect(anniversaries(sentence, date: "2019-10-21") == ["AZE independence 28 2019"])
    }
}
