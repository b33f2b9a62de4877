import Testing
@testable import RelationsKit

/// Messages in the shapes of the blind15/blind16 round, where digests and roundups list several leaders' messages in one
/// piece: how a list of senders or recipients attaches to its verb, how a pronoun carries a sender or recipient across
/// clauses, and how a definite generic occasion refers back. Invented sentences, with negative cases.
@Suite("extraction: blind15/16 round, messages")
struct Blind1516MessageTests: WireCopyProbe {
    // MARK: Subjects joined by commas, closed by "and", each send

    @Test(arguments: [
        "Presidents Ilham Aliyev of Azerbaijan, Emomali Rahmon of Tajikistan and Sadyr Japarov of Kyrgyzstan were among the first to send telegrams congratulating Shavkat Mirziyoyev on Independence Day.",
        "Ilham Aliyev, Emomali Rahmon and Sadyr Japarov sent congratulatory messages to Shavkat Mirziyoyev on Independence Day.",
        "President of Azerbaijan Ilham Aliyev, Tajik President Emomali Rahmon and Kyrgyzstan's President Sadyr Japarov congratulated Shavkat Mirziyoyev in telegrams on Independence Day.",
    ])
    func aListOfSubjectsSendsOneMessageEach(sentence: String) {
        let found = messages("TASHKENT, 2 September 2023. " + sentence, date: "2023-09-02")
        for sender in ["Ilham Aliyev", "Emomali Rahmon", "Sadyr Japarov"] {
            #expect(found.contains("\(sender) → Shavkat Mirziyoyev congratulation Independence Day"))
        }
    }

    @Test func aPluralOfficeOverAListOfCountriesSendsForEach() {
        let found = messages("ASTANA, 21 March 2023. The presidents of Armenia, Belarus and Kyrgyzstan have sent messages of greetings to Kassym-Jomart Tokayev on the occasion of Nauryz.", date: "2023-03-21")
        #expect(found.contains("Alexander Lukashenko → Kassym-Jomart Tokayev greeting Nowruz"))
        #expect(found.contains("Sadyr Japarov → Kassym-Jomart Tokayev greeting Nowruz"))
    }

    @Test func aPersonInARelativeClauseDoesNotSend() {
        let found = messages("TASHKENT, 2 September 2023. Ilham Aliyev, who met Emomali Rahmon last week, sent a congratulatory telegram to Shavkat Mirziyoyev on Independence Day.", date: "2023-09-02")
        #expect(found == ["Ilham Aliyev → Shavkat Mirziyoyev congratulation Independence Day"])
    }

    // MARK: A recipient list with titles the gazetteer does not know, and "as well as to"

    @Test func aListItemMayCarryAnUnknownTitleAndADash() {
        let found = messages("MOSCOW, May 9, 2020. Vladimir Putin sent greetings to President of Armenia Armen Sarkissian, First President of Kazakhstan – Leader of the Nation Nursultan Nazarbayev and President of Tajikistan Emomali Rahmon on Victory Day.", date: "2020-05-09")
        #expect(found == ["Vladimir Putin → Armen Sarkissian greeting Victory Day", "Vladimir Putin → Nursultan Nazarbayev greeting Victory Day", "Vladimir Putin → Emomali Rahmon greeting Victory Day"])
    }

    @Test(arguments: [
        ("Vladimir Putin sent New Year greetings to the heads of state of the CIS countries, as well as to the peoples of Georgia and Ukraine.", ["GEO", "UKR"]),
        ("Vladimir Putin sent New Year greetings to Ilham Aliyev and Shavkat Mirziyoyev, as well as to the people of Georgia.", ["Ilham Aliyev", "Shavkat Mirziyoyev", "GEO"]),
    ])
    func asWellAsToAddsRecipients(sentence: String, recipients: [String]) {
        let found = messages("MOSCOW, December 31, 2019. " + sentence, date: "2019-12-31")
        #expect(found == Set(recipients.map { "Vladimir Putin → \($0) greeting New Year" }))
    }

    @Test func asWellAsWithoutToAddsNoRecipient() {
        let found = messages("ANKARA, March 21, 2023. Turkish President Recep Tayyip Erdogan sent greetings to Kassym-Jomart Tokayev, as well as flowers to the embassy of Turkmenistan, on Nowruz.", date: "2023-03-21")
        #expect(found == ["Recep Tayyip Erdogan → Kassym-Jomart Tokayev greeting Nowruz"])
    }

    // MARK: "Congratulations to A ... came from B"

    @Test(arguments: [
        "Congratulations to Sadyr Japarov on Independence Day came from President of Russia Vladimir Putin and President of Uzbekistan Shavkat Mirziyoyev.",
        "Congratulations to Sadyr Japarov on Independence Day also arrived from Russian President Vladimir Putin and Uzbek President Shavkat Mirziyoyev.",
    ])
    func toBeforeFromNamesTheRecipient(sentence: String) {
        let found = messages("BISHKEK, 1 September 2023. " + sentence, date: "2023-09-01")
        #expect(found == ["Vladimir Putin → Sadyr Japarov congratulation Independence Day", "Shavkat Mirziyoyev → Sadyr Japarov congratulation Independence Day"])
    }

    // MARK: Pronouns carry the sender and the recipient

    @Test func aPronounObjectIsThePersonNamedBefore() {
        let found = messages("KYIV, June 8, 2014. Alexander Lukashenko attended the inauguration of President of Ukraine Petro Poroshenko, having earlier sent him a message congratulating him on his election victory.", date: "2014-06-08")
        #expect(found == ["Alexander Lukashenko → Petro Poroshenko congratulation election victory"])
    }

    @Test(arguments: [
        "On 12 June Alexander Lukashenko sent a congratulatory message to Vladimir Putin on Russia Day, and on 7 October he sent him birthday greetings.",
        "Alexander Lukashenko sent a congratulatory message to Vladimir Putin on Russia Day. In October he also sent him birthday greetings.",
    ])
    func pronounsGoOnWithTheMessageBefore(text: String) {
        let found = messages("MINSK, 30 December 2014. " + text, date: "2014-12-30")
        #expect(found.contains("Alexander Lukashenko → Vladimir Putin greeting birthday"))
        #expect(found.contains("Alexander Lukashenko → Vladimir Putin congratulation national holiday"))
    }

    @Test func aPronounWithNothingBeforeNamesNoOne() {
        #expect(messages("MINSK, 30 December 2014. Alexander Lukashenko sent him a telegram.", date: "2014-12-30").isEmpty)
    }

    // MARK: A definite generic occasion refers back

    @Test func theNationalHolidayIsTheOneTheParagraphNames() {
        let found = messages("MINSK, 4 July 2024. On 3 July Belarus celebrated Independence Day. Congratulations to Alexander Lukashenko on the national holiday came from President of Russia Vladimir Putin.", date: "2024-07-04")
        #expect(found == ["Vladimir Putin → Alexander Lukashenko congratulation Independence Day"])
    }

    @Test func theJubileeIsTheOneTheTitleNames() {
        let found = messages("ANKARA, 16 December 2021. Azerbaijani President Ilham Aliyev congratulated Kassym-Jomart Tokayev in a letter on the jubilee.",
                             title: "Leaders congratulate Kazakhstan on 30th anniversary of independence", date: "2021-12-16")
        #expect(found == ["Ilham Aliyev → Kassym-Jomart Tokayev congratulation Independence Day"])
    }

    @Test func anAnniversaryThatSaysWhoseStaysAnAnniversary() {
        let found = messages("ANKARA, 16 December 2021. Azerbaijani President Ilham Aliyev congratulated Kassym-Jomart Tokayev in a letter on the anniversary of diplomatic relations.",
                             title: "Leaders congratulate Kazakhstan on 30th anniversary of independence", date: "2021-12-16")
        #expect(found == ["Ilham Aliyev → Kassym-Jomart Tokayev congratulation anniversary"])
    }

    // MARK: A summary that names its one addressee twice

    @Test func aSummaryMayNameItsAddresseeTwice() {
        let body = "BISHKEK, 31 August 2023 (Kabar) – Heads of foreign states have sent their congratulations to President of Kyrgyzstan Sadyr Japarov on Independence Day, Kabar learned from the press service of the Kyrgyz leader.\n\nRussian President Vladimir Putin wrote that the alliance between the two countries is growing stronger.\n\nUzbek President Shavkat Mirziyoyev praised the progress made on the border."
        let found = messages(body, title: "Foreign leaders congratulate Sadyr Japarov on Independence Day", date: "2023-08-31")
        #expect(found == ["Vladimir Putin → Sadyr Japarov congratulation Independence Day", "Shavkat Mirziyoyev → Sadyr Japarov congratulation Independence Day"])
    }

    // MARK: Where the recipient phrase ends

    @Test(arguments: [
        "Uzbek President Shavkat Mirziyoyev also sent warm greetings, recalling the agreements reached during his state visit to Bishkek.",
        "Uzbek President Shavkat Mirziyoyev also sent greetings, expressing confidence that the trip to Tashkent would bring new agreements.",
    ])
    func aPlaceOfTravelOrAParticipleClauseNamesNoRecipient(sentence: String) {
        let body = "BISHKEK, 31 August 2023. Kazakh President Kassym-Jomart Tokayev congratulated Sadyr Japarov and the Kyrgyz people on Independence Day in a telegram.\n\n" + sentence
        let found = messages(body, date: "2023-08-31")
        #expect(found.contains("Shavkat Mirziyoyev → Sadyr Japarov greeting Independence Day"))
        #expect(!found.contains { $0.hasPrefix("Shavkat Mirziyoyev → KGZ") || $0.hasPrefix("Shavkat Mirziyoyev → UZB") })
    }

    @Test func aSourceAfterAccordingToIsNoRecipient() {
        let body = "ANKARA, 16 December 2021. Turkish President Recep Tayyip Erdogan sent a message to Kassym-Jomart Tokayev on Independence Day.\n\n\"Kazakhstan is a brother,\" Erdogan said in the message, according to the Turkish Communications Directorate."
        #expect(messages(body, date: "2021-12-16") == ["Recep Tayyip Erdogan → Kassym-Jomart Tokayev letter Independence Day"])
    }

    // MARK: A message with no recipient named goes on from the one before

    @Test func condolencesAlsoSentGoToTheSameRecipient() {
        let found = messages("MOSCOW, 20 August 2009. After the accident, Uzbek President Islam Karimov sent a message of condolence to Dmitry Medvedev. Kazakh President Nursultan Nazarbayev also sent condolences, his press service said.", date: "2009-08-20")
        #expect(found == ["Islam Karimov → Dmitry Medvedev condolence -", "Nursultan Nazarbayev → Dmitry Medvedev condolence -"])
    }

    @Test(arguments: [
        "Yushchenko replied two days later with a letter of his own.",
        "In response, Yushchenko sent a message rejecting the accusations.",
    ])
    func aReplyGoesToTheSenderBefore(sentence: String) {
        let found = messages("MOSCOW, 20 August 2009. Russian President Dmitry Medvedev sent a letter to Ukrainian President Viktor Yushchenko on 11 August. " + sentence, date: "2009-08-20")
        #expect(found == ["Dmitry Medvedev → Viktor Yushchenko letter -", "Viktor Yushchenko → Dmitry Medvedev letter -"])
    }

    @Test func aReplyToSomeoneNamedGoesToThem() {
        let found = messages("MOSCOW, 20 August 2009. Russian President Dmitry Medvedev sent a letter to Ukrainian President Viktor Yushchenko on 11 August. Yushchenko answered in a letter to Kazakh President Nursultan Nazarbayev.", date: "2009-08-20")
        #expect(found.contains("Viktor Yushchenko → Nursultan Nazarbayev letter -"))
        #expect(!found.contains("Viktor Yushchenko → Dmitry Medvedev letter -"))
    }

    // MARK: A monarch's name with a regnal number

    @Test func aRegnalNumberClosesANewName() {
        let found = messages("September 8, 2022. Vladimir Putin sent a message of condolences to King of the United Kingdom of Great Britain and Northern Ireland Charles III on the death of Queen Elizabeth II.", date: "2022-09-08")
        #expect(found == ["Vladimir Putin → Charles III condolence -"])
        let leaders = facts("ASTANA, July 6, 2010. Congratulations came from President of Belarus Alexander Lukashenko and King Abdullah II of Jordan.", date: "2010-07-06").leaders
        #expect(leaders.contains { $0.name == "Abdullah II" && $0.office == "King" && $0.country == "JOR" })
    }

    // MARK: The lead past a dateline line; a digest item's heading

    @Test func theLeadPastADatelineLineGivesTheOccasion() {
        let body = "Kabar news agency, Bishkek, October 12, 2021\n\nKyrgyz President Sadyr Japarov, who won Sunday's presidential election with 79 per cent of the vote, continues to receive congratulations from abroad.\n\nKazakh President Kassym-Jomart Tokayev was the first to send a congratulatory telegram."
        let found = messages(body, title: "Who congratulated Japarov first: telegrams and calls", date: "2021-10-12")
        #expect(found == ["Kassym-Jomart Tokayev → Sadyr Japarov congratulation election victory"])
    }

    @Test func aDigestsFirstItemIsNoLead() {
        let body = "Kabar, October 12, 2021\n\nKAZAKHSTAN. Kassym-Jomart Tokayev won the presidential election.\n\nUZBEKISTAN. Uzbek President Shavkat Mirziyoyev sent a letter to Sadyr Japarov proposing talks on water."
        #expect(messages(body, title: "CIS news digest", date: "2021-10-12") == ["Shavkat Mirziyoyev → Sadyr Japarov letter -"])
    }

    @Test func anItemHeadingLeavesTheMessageToItsItem() {
        let body = "Digest | Telegrams\n\nMay 9, 2010 | Greetings on Victory Day\nDmitry Medvedev sent greetings on Victory Day to President of Uzbekistan Islam Karimov.\n\nMay 21, 2010 | Letter to Nursultan Nazarbayev\nDmitry Medvedev sent a letter to Nursultan Nazarbayev on the delivery of humanitarian aid.\n\nMay 28, 2010 | Congratulations to President of Azerbaijan Ilham Aliyev\nDmitry Medvedev congratulated President of Azerbaijan Ilham Aliyev on Republic Day in a message."
        let found = messages(body, title: "Messages of the President: May 2010", date: "2010-05-31")
        #expect(found == ["Dmitry Medvedev → Islam Karimov greeting Victory Day", "Dmitry Medvedev → Nursultan Nazarbayev letter -", "Dmitry Medvedev → Ilham Aliyev congratulation national holiday"])
    }

    // MARK: "to his neighbour"; an address that is a speech

    @Test func aPossessiveNounAddressesThePersonBefore() {
        let body = "ASTANA. 06.07.1998. Messages of congratulation continue to arrive addressed to President of Kazakhstan Nursultan Nazarbayev on the occasion of his birthday.\n\nPresident of Russia Boris Yeltsin sent a congratulatory telegram to Nazarbayev.\n\nPresident of Kyrgyzstan Askar Akayev sent warm birthday greetings to his neighbour and praised his contribution to the integration of the region."
        let found = messages(body, title: "Heads of state congratulate Nursultan Nazarbayev", date: "1998-07-06")
        #expect(found.contains("Askar Akayev → Nursultan Nazarbayev greeting birthday"))
    }

    @Test func aPluralPossessiveNounNamesNoOne() {
        let body = "ASTANA. 06.07.1998. President of Russia Boris Yeltsin sent a congratulatory telegram to Nursultan Nazarbayev on his birthday.\n\nPresident of Kyrgyzstan Askar Akayev sent greetings to his colleagues in the region."
        #expect(!messages(body, date: "1998-07-06").contains { $0.hasPrefix("Askar Akayev") })
    }

    @Test func aVideoAddressIsSpoken() {
        let body = "Kyiv, 24.08.2023\n\nPresident of Moldova Maia Sandu sent a congratulatory message to President of Ukraine Volodymyr Zelensky.\n\nIn his video address to the nation, Zelensky thanked the defenders."
        let found = messages(body, title: "World leaders congratulate Ukrainians on Independence Day", date: "2023-08-24")
        #expect(found == ["Maia Sandu → Volodymyr Zelensky congratulation Independence Day"])
    }

    // MARK: Names the reference does not know, in apposition with what they are

    @Test(arguments: [
        ("Separately, Vladimir Putin sent greetings to Raul Khajimba and Leonid Tibilov, the leaders of Abkhazia and South Ossetia, on Victory Day.", ["Raul Khajimba", "Leonid Tibilov"]),
        ("Vladimir Putin sent greetings to Hakainde Hichilema, the head of state of Zambia, on Victory Day.", ["Hakainde Hichilema"]),
    ])
    func unknownNamesInAppositionReceive(sentence: String, recipients: [String]) {
        let found = messages("MOSCOW, 8 May 2015. " + sentence, date: "2015-05-08")
        #expect(found == Set(recipients.map { "Vladimir Putin → \($0) greeting Victory Day" }))
    }

    @Test func capitalizedWordsWithoutAnOfficeAreNoRecipients() {
        #expect(messages("MOSCOW, 8 May 2015. Vladimir Putin sent greetings to Red Square Parade participants, the veterans.", date: "2015-05-08").isEmpty)
    }

    // MARK: An office after "as" goes with the nearest name

    @Test func anOfficeAfterAsGoesWithTheNearestName() {
        let leaders = facts("29 December 2017. President Serzh Sargsyan congratulated Emmanuel Macron on his election as President of the French Republic.", date: "2017-12-29").leaders
        #expect(!leaders.contains { $0.name == "Serzh Sargsyan" && $0.country == "FRA" })
        #expect(leaders.contains { $0.name == "Serzh Sargsyan" && $0.country == "ARM" })
    }
}
