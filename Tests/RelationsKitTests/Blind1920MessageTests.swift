import Testing
@testable import RelationsKit

/// Messages in the shapes of the blind19/blind20 round: a message the sentence says was sent, reported as what someone is
/// thanked for; content quoted before its medium ("..., reads the message"); the occasion of a state's founding day and of a
/// day named "the Day of ..."; a country's leader named by the country's adjective alone; what is delivered in person (at a
/// reception, in a book of condolences). Invented sentences, with negative cases.
@Suite("extraction: blind19/20 round, messages")
struct Blind1920MessageTests: WireCopyProbe {
    // MARK: Content quoted before the medium that says it

    @Test(arguments: [
        "\"For Russia, Belarus is a reliable ally,\" reads the congratulatory message.",
        "\"Our peoples are bound by centuries of friendship,\" says the telegram.",
        "\"Russia will always stand by its allies,\" the letter says.",
    ])
    func contentQuotedBeforeItsMediumIsNoNewMessage(content: String) {
        let found = messages("MINSK, 12 June 2022. Alexander Lukashenko has congratulated Vladimir Putin on Russia Day. " + content, date: "2022-06-12")
        #expect(found == ["Alexander Lukashenko → Vladimir Putin congratulation national holiday"])
    }

    @Test func aQuotationAttributedToItsWriterStillReportsTheMessage() {
        let found = messages("TASHKENT, 1 September 2022. \"Uzbekistan values its friendship with Kazakhstan,\" Kassym-Jomart Tokayev wrote in a message to Shavkat Mirziyoyev.", date: "2022-09-01")
        #expect(found == ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev letter -"])
    }

    // MARK: Thanks for a message the sentence says was sent

    @Test(arguments: [
        ("Kassym-Jomart Tokayev thanked Shavkat Mirziyoyev for the congratulatory telegram he had sent on Independence Day.", "Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Independence Day"),
        ("Speaking to reporters after the talks, Ilham Aliyev thanked his Turkish counterpart for the condolences that President of Turkey Recep Tayyip Erdogan had sent after the floods.", "Recep Tayyip Erdogan → Ilham Aliyev condolence -"),
        ("Vladimir Putin also thanked Alexander Lukashenko for the birthday greetings sent to him on 7 October.", "Alexander Lukashenko → Vladimir Putin greeting birthday"),
    ])
    func thanksForAMessageSentReportThatMessage(sentence: String, expected: String) {
        let found = messages("MOSCOW, 12 October 2022. " + sentence, date: "2022-10-12")
        #expect(found == [expected])
    }

    @Test(arguments: [
        "Sadyr Japarov thanked Vladimir Putin for the congratulations.",
        "Sadyr Japarov thanked Vladimir Putin for the congratulations he had conveyed by phone.",
        "Sadyr Japarov thanked Vladimir Putin for the support he had sent to the flood victims.",
    ])
    func thanksForCongratulationsNotSaidToBeSentAreNoMessage(sentence: String) {
        #expect(messages("BISHKEK, 12 October 2022. " + sentence, date: "2022-10-12").isEmpty)
    }

    // MARK: The anniversary of a state's founding is its national day

    @Test(arguments: [
        "Emomali Rahmon sent a congratulatory message to President of China Xi Jinping on the 70th anniversary of the founding of the People's Republic of China.",
        "Ilham Aliyev congratulated President of Turkey Recep Tayyip Erdogan in a letter on the 96th anniversary of the proclamation of the Republic of Turkey.",
        "Kassym-Jomart Tokayev sent greetings to Chinese President Xi Jinping on the 70th anniversary of the formation of the PRC.",
    ])
    func aStatesFoundingAnniversaryIsANationalHoliday(sentence: String) {
        let found = messages("BEIJING, 1 October 2019. " + sentence, date: "2019-10-01")
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix(" national holiday") == true)
    }

    @Test func aStatesFoundingAnniversaryIsTheHolidayTheArticleNames() {
        let found = messages("Baku, May 27, AZERTAC\n\nPresident of Azerbaijan Ilham Aliyev continues to receive letters of congratulations on the occasion of Independence Day.\n\n\"On the 105th anniversary of the proclamation of the Azerbaijan Democratic Republic, I extend my congratulations to you,\" President of Kazakhstan Kassym-Jomart Tokayev wrote in his letter.",
                             title: "Ilham Aliyev receives congratulatory letters on Independence Day", date: "2023-05-27")
        #expect(found == ["Kassym-Jomart Tokayev → Ilham Aliyev congratulation Independence Day"])
    }

    @Test(arguments: [
        ("Emomali Rahmon sent a congratulatory message to Kassym-Jomart Tokayev on the 30th anniversary of the founding of the CIS.", "anniversary"),
        ("Emomali Rahmon sent a congratulatory message to Kassym-Jomart Tokayev on the 30th anniversary of the establishment of diplomatic relations.", "anniversary"),
    ])
    func anOrganisationsOrRelationsFoundingStaysAnAnniversary(sentence: String, occasion: String) {
        let found = messages("DUSHANBE, 8 December 2021. " + sentence, date: "2021-12-08")
        #expect(found == ["Emomali Rahmon → Kassym-Jomart Tokayev congratulation \(occasion)"])
    }

    // MARK: A day named "the Day of ..." is a holiday

    @Test(arguments: [
        "Alexander Lukashenko and Vladimir Putin exchanged greetings on the Day of Unity of the Peoples of Belarus and Russia, marking 25 years since the Treaty on the Formation of the Community of Belarus and Russia was signed.",
        "Alexander Lukashenko and Vladimir Putin exchanged greetings on the occasion of the Day of National Unity.",
        "Alexander Lukashenko and Vladimir Putin exchanged greetings on the Day of the Republic.",
    ])
    func aDayOfSomethingIsANationalHoliday(sentence: String) {
        let found = messages("MINSK, 2 April 2021. " + sentence, date: "2021-04-02")
        #expect(found == ["Alexander Lukashenko → Vladimir Putin greeting national holiday", "Vladimir Putin → Alexander Lukashenko greeting national holiday"])
    }

    @Test func aDayOfSomethingInTheTitleIsTheArticlesOccasion() {
        let found = messages("MINSK, 2 April 2021. Prime Minister of Belarus Roman Golovchenko sent a congratulatory telegram to Prime Minister of Russia Mikhail Mishustin.",
                             title: "Belarus and Russia mark Day of Unity", date: "2021-04-02")
        #expect(found == ["Roman Golovchenko → Mikhail Mishustin congratulation national holiday"])
    }

    @Test func aDayOfVictoryIsVictoryDayAndAnInternationalDayIsNoNationalHoliday() {
        let found = messages("MINSK, 9 May 2021. Alexander Lukashenko sent greetings to Vladimir Putin on the Day of Victory. Alexander Lukashenko sent a message to Kassym-Jomart Tokayev on the International Day of Peace.", date: "2021-05-09")
        #expect(found.contains("Alexander Lukashenko → Vladimir Putin greeting Victory Day"))
        #expect(!found.contains { $0.hasSuffix("Kassym-Jomart Tokayev letter national holiday") })
    }

    // MARK: A country's leader named by its adjective alone

    @Test(arguments: [
        ("MINSK, 8 May 2020. Belarusian leader Alexander Lukashenko has sent greetings to Vladimir Putin on Victory Day. The Belarusian leader also sent greetings to the people of Kyrgyzstan.", "Alexander Lukashenko → KGZ greeting Victory Day"),
        ("ASTANA, 8 May 2020. Kazakh head of state Kassym-Jomart Tokayev has sent greetings to Vladimir Putin on Victory Day. The Kazakh leader also sent greetings to the people of Tajikistan.", "Kassym-Jomart Tokayev → TJK greeting Victory Day"),
    ])
    func theLeaderOfACountryIsThePersonTheArticleNamesSo(body: String, expected: String) {
        let found = messages(body, date: "2020-05-08")
        #expect(found.contains(expected))
        #expect(!found.contains { $0.hasPrefix("BLR →") || $0.hasPrefix("KAZ →") })
    }

    @Test func aLeaderWhoseMessageWasReportedSaysMoreOfIt() {
        let found = messages("Tashkent, March 20, 2022\n\nShavkat Mirziyoyev and Vladimir Putin exchanged congratulatory messages on the 30th anniversary of diplomatic relations.\n\nAlso on Sunday, Shavkat Mirziyoyev received Navruz greetings from President of Turkmenistan Serdar Berdimuhamedov. The Turkmen leader wished the fraternal Uzbek people peace and prosperity.",
                             title: "Presidents exchange congratulations on anniversary of relations", date: "2022-03-20")
        #expect(found.filter { $0.hasPrefix("Serdar Berdimuhamedov") } == ["Serdar Berdimuhamedov → Shavkat Mirziyoyev greeting Nowruz"])
    }

    // MARK: Wishes in an article about messages, from the sender the article announced, to every person listed

    @Test(arguments: ["The head of state also wished", "He also wished"])
    func wishesWhoseSubjectNamesNoOneGoOnWithTheSender(subject: String) {
        let found = messages("MOSCOW, December 30, 2019. The President of Russia has sent New Year greetings to the leaders of the CIS. In his message to President of Azerbaijan Ilham Aliyev, Vladimir Putin noted the growth of trade. " + subject + " a happy New Year to Chinese President Xi Jinping and to Indian Prime Minister Narendra Modi.",
                             title: "Vladimir Putin sends New Year greetings", date: "2019-12-30")
        #expect(found == ["Vladimir Putin → Ilham Aliyev greeting New Year", "Vladimir Putin → Xi Jinping greeting New Year", "Vladimir Putin → Narendra Modi greeting New Year"])
    }

    @Test func wishesInAnArticleAboutATalkAreNoMessage() {
        let found = messages("MOSCOW, December 30, 2019. Vladimir Putin held talks with Chinese President Xi Jinping. He also wished a happy New Year to Indian Prime Minister Narendra Modi.",
                             title: "Putin holds talks with Xi", date: "2019-12-30")
        #expect(found.isEmpty)
    }

    // MARK: Messages to the person an article reports receiving them

    @Test(arguments: [
        "President of Kazakhstan Nursultan Nazarbayev and Azerbaijan's President Ilham Aliyev sent messages wishing the Tajik people peace and prosperity in the new year.",
        "President of Kazakhstan Nursultan Nazarbayev and Azerbaijan's President Ilham Aliyev sent telegrams wishing the fraternal people of Tajikistan peace.",
        "President of Kazakhstan Nursultan Nazarbayev and Azerbaijan's President Ilham Aliyev sent messages.",
    ])
    func messagesOfNoKindToTheReceiverAreOfTheKindReceived(sentence: String) {
        let found = messages("DUSHANBE, March 21, 2013 - Asia-Plus. Tajik President Emomali Rahmon has received congratulations on the occasion of Navruz from a number of heads of state.\n\n" + sentence,
                             title: "Rahmon receives Navruz greetings from foreign leaders", date: "2013-03-21")
        #expect(found == ["Nursultan Nazarbayev → Emomali Rahmon congratulation Nowruz", "Ilham Aliyev → Emomali Rahmon congratulation Nowruz"])
    }

    @Test func aMessageOfItsOwnKindToTheReceiverKeepsIt() {
        let found = messages("DUSHANBE, March 21, 2013 - Asia-Plus. Tajik President Emomali Rahmon has received congratulations on the occasion of Navruz from a number of heads of state.\n\nPresident of Kazakhstan Nursultan Nazarbayev sent greetings to Emomali Rahmon.",
                             title: "Rahmon receives Navruz messages", date: "2013-03-21")
        #expect(found == ["Nursultan Nazarbayev → Emomali Rahmon greeting Nowruz"])
    }

    // MARK: A passive's sender after "from", past the recipient phrase

    @Test(arguments: [
        ("Greetings were sent to Gurbanguly Berdimuhamedov from President of Uzbekistan Shavkat Mirziyoyev.", "Shavkat Mirziyoyev → Gurbanguly Berdimuhamedov greeting -"),
        ("Congratulations were also addressed to the National Leader of the Turkmen people, Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov, from President of Uzbekistan Shavkat Mirziyoyev.", "Shavkat Mirziyoyev → Gurbanguly Berdimuhamedov congratulation -"),
        ("A telegram was sent to Gurbanguly Berdimuhamedov, the National Leader of the Turkmen people, from Kazakh President Kassym-Jomart Tokayev.", "Kassym-Jomart Tokayev → Gurbanguly Berdimuhamedov letter -"),
    ])
    func aPassivesSenderMayFollowFrom(sentence: String, expected: String) {
        #expect(messages("Ashgabat, 27 September 2023 (TDH). " + sentence, date: "2023-09-27") == [expected])
    }

    @Test func aPlaceAfterFromSendsNothing() {
        let found = messages("Ashgabat, 27 September 2023 (TDH). Greetings were sent to Gurbanguly Berdimuhamedov from Moscow.", date: "2023-09-27")
        #expect(!found.contains { $0.hasPrefix("RUS") })
    }

    // MARK: Full names the reference does not know, after an office's body or a title of no listed office

    @Test(arguments: [
        ("MINSK, 2 April 2006 (BelTA) - Gennady Novitsky sent a congratulatory telegram to the Chairman of the Federation Council, Sergei Mironov.", "Gennady Novitsky → Sergei Mironov congratulation -"),
        ("CHISINAU, 21 March 2026 - Infotag. Maia Sandu sent a letter to President of the European Commission Ursula von der Leyen about the decision.", "Maia Sandu → Ursula von der Leyen letter -"),
        ("BISHKEK, 17 May 2023. Chairman of the Cabinet of Ministers Akylbek Japarov also sent congratulations to Kassym-Jomart Tokayev.", "Akylbek Japarov → Kassym-Jomart Tokayev congratulation -"),
        ("TBILISI, 30 September 2024. Irakli Kobakhidze sent a letter of condolence to Georgia Governor Brian Kemp over the loss of life.", "Irakli Kobakhidze → Brian Kemp condolence -"),
        ("ASTANA, 5 May 2024. Mayor Zhenis Kassymbek sent greetings to Mayor Anne Hidalgo.", "Zhenis Kassymbek → Anne Hidalgo greeting -"),
    ])
    func aNewNameAfterABodyOrATitleSendsAndReceives(body: String, expected: String) {
        #expect(messages(body, date: nil) == [expected])
    }

    @Test func aRoyalStyleMakesNoSenderOfTheDeceased() {
        let found = messages("MOSCOW, 9 September 2022. Vladimir Putin sent a message of condolences to King Charles III on the death of Queen Elizabeth II.\n\nPlease accept my deepest condolences on the passing of your mother, Her Majesty Queen Elizabeth II.", date: "2022-09-09")
        #expect(found == ["Vladimir Putin → Charles III condolence -"])
    }

    // MARK: A country named in a message to its person leaves the next message with that person

    @Test(arguments: [
        "In a congratulatory telegram the Russian leader expressed confidence that the vote would strengthen Kyrgyz society.",
        "In his telegram the Russian leader wished success to the people of Kyrgyzstan.",
    ])
    func aCountryWhosePersonWasWrittenToStandsForThatPerson(middle: String) {
        let found = messages("Bishkek, November 1, 2011 - 24.kg. President of Russia Dmitry Medvedev has congratulated Almazbek Atambayev on his victory in the presidential election. " + middle + " President of Kazakhstan Nursultan Nazarbayev also sent a telegram.", date: "2011-11-01")
        #expect(found.contains { $0.hasPrefix("Nursultan Nazarbayev → Almazbek Atambayev ") })
        #expect(!found.contains { $0.hasPrefix("Nursultan Nazarbayev → KGZ") })
    }

    // MARK: What is delivered in person

    @Test(arguments: [
        "Turkish Vice President Fuat Oktay conveyed his congratulations at a reception held in Ankara.",
        "Deputy Prime Minister Edil Baisalov visited the Turkish Embassy in Bishkek and made an entry in the book of condolences.",
        "The ambassador signed the condolence book at the embassy.",
    ])
    func whatIsDeliveredInPersonIsNoMessage(sentence: String) {
        let found = messages("Baku, May 27, AZERTAC\n\nPresident of Azerbaijan Ilham Aliyev continues to receive letters of congratulations on the occasion of Independence Day.\n\nPresident of Uzbekistan Shavkat Mirziyoyev noted in his letter that relations are developing.\n\n" + sentence,
                             title: "Ilham Aliyev receives congratulatory letters", date: "2023-05-27")
        #expect(found == ["Shavkat Mirziyoyev → Ilham Aliyev congratulation Independence Day"])
    }

    // MARK: A letter in an article about the congratulatory letters one person received

    @Test(arguments: [
        "President of Uzbekistan Shavkat Mirziyoyev noted in his letter that relations are developing.",
        "President of Uzbekistan Shavkat Mirziyoyev also sent a letter, recalling that the two countries will mark 31 years of diplomatic relations.",
    ])
    func aLetterToTheReceiverIsOfTheKindReceived(sentence: String) {
        let found = messages("Baku, May 27, AZERTAC\n\nPresident of Azerbaijan Ilham Aliyev continues to receive letters of congratulations on the occasion of Independence Day.\n\n" + sentence,
                             title: "Ilham Aliyev receives letters", date: "2023-05-27")
        #expect(found == ["Shavkat Mirziyoyev → Ilham Aliyev congratulation Independence Day"])
    }

    @Test func aLetterOfItsOwnToAnotherPersonKeepsItsKind() {
        let found = messages("Baku, May 27, AZERTAC\n\nPresident of Azerbaijan Ilham Aliyev continues to receive letters of congratulations on the occasion of Independence Day.\n\nSeparately, Ilham Aliyev addressed a letter to Shavkat Mirziyoyev concerning the draft agreement on transit.",
                             title: "Ilham Aliyev receives letters", date: "2023-05-27")
        #expect(found == ["Ilham Aliyev → Shavkat Mirziyoyev letter -"])
    }
}
