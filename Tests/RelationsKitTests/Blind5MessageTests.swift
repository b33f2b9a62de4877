import Testing
@testable import RelationsKit

/// Messages in the shapes of the fifth blind round. Invented sentences, with negative cases.
@Suite("extraction: blind5 round, messages")
struct Blind5MessageTests: WireCopyProbe {

    // MARK: The spring holiday in its local spellings

    @Test(arguments: ["Nauryz", "Nooruz", "Nawruz", "Navruz", "Novruz", "Nowruz"])
    func theSpringHolidayInAnySpellingIsNowruz(name: String) {
        #expect(messages("President of Kazakhstan Kassym-Jomart Tokayev has sent greetings on the occasion of \(name) to President of Kyrgyzstan Sadyr Japarov.", date: "2024-03-21")
            == ["Kassym-Jomart Tokayev → Sadyr Japarov greeting Nowruz"])
    }

    @Test func theHolidayInTheTitleIsTheOccasion() {
        #expect(messages("Tokayev sent greetings to the Uzbek leader Shavkat Mirziyoyev, wishing the people of Uzbekistan peace.",
                         title: "Tokayev sends Nauryz greetings to heads of state", date: "2024-03-21")
            == ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev greeting Nowruz"])
    }

    // MARK: The article's recipient, with a verb of receiving in any form

    @Test(arguments: [
        "President of Tajikistan Emomali Rahmon continues to receive congratulatory telegrams on the occasion of Independence Day.",
        "President of Tajikistan Emomali Rahmon keeps receiving congratulatory telegrams on the occasion of Independence Day.",
        "President of Tajikistan Emomali Rahmon has received congratulatory telegrams on the occasion of Independence Day.",
    ])
    func sendersListedLaterWriteToTheOneWhoReceives(opening: String) {
        let body = opening + "\n\nCongratulations came from President of the Republic of Kazakhstan Nursultan Nazarbayev and President of Turkmenistan Gurbanguly Berdimuhamedov.\n\nPresident of the Republic of Belarus Alexander Lukashenko also sent a telegram."
        #expect(messages(body, date: "2016-09-09") == [
            "Nursultan Nazarbayev → Emomali Rahmon congratulation Independence Day",
            "Gurbanguly Berdimuhamedov → Emomali Rahmon congratulation Independence Day",
            "Alexander Lukashenko → Emomali Rahmon congratulation Independence Day",
        ])
    }

    @Test func receivingAVisitorNamesNoRecipientOfMessages() {
        #expect(messages("President of Tajikistan Emomali Rahmon continues to receive foreign delegations in Dushanbe.\n\nThe talks covered trade.", date: "2016-09-09").isEmpty)
    }

    // MARK: An office named without its holder is the holder the article names

    @Test(arguments: [
        "The President of the People's Republic of China noted in his telegram that the partnership is developing steadily.",
        "The Chinese President noted in his telegram that the partnership is developing steadily.",
    ])
    func anUnnamedOfficeIsTheHolderTheArticleNamed(sentence: String) {
        let body = "President of Tajikistan Emomali Rahmon has received congratulatory telegrams on Independence Day.\n\nCongratulations came from President of the People's Republic of China Xi Jinping and President of Turkmenistan Gurbanguly Berdimuhamedov.\n\n" + sentence
        let found = messages(body, date: "2016-09-09")
        #expect(found.contains("Xi Jinping → Emomali Rahmon congratulation Independence Day"))
        #expect(!found.contains { $0.hasPrefix("CHN") })
    }

    // MARK: A later mention of a new person by the full name; "the head of the Russian state"

    @Test(arguments: [
        "In the messages to Raul Khajimba and Leonid Tibilov, the Russian president reaffirmed that Moscow would help the two republics.",
        "In the messages to Raul Khajimba and Leonid Tibilov, Putin reaffirmed that Moscow would help the two republics.",
    ])
    func aNewPersonNamedAgainInFullIsARecipient(sentence: String) {
        let body = "Russian President Vladimir Putin sent New Year greetings to President of Abkhazia Raul Khajimba and President of South Ossetia Leonid Tibilov.\n\n" + sentence
        #expect(messages(body, date: "2015-12-30") == ["Vladimir Putin → Raul Khajimba greeting New Year", "Vladimir Putin → Leonid Tibilov greeting New Year"])
    }

    @Test(arguments: [
        "The head of the Russian state also sent New Year greetings to President of Abkhazia Raul Khajimba.",
        "The head of the Russian state sent New Year greetings to President of Abkhazia Raul Khajimba as well.",
    ])
    func theHeadOfTheStateIsItsPresident(sentence: String) {
        let body = "Russian President Vladimir Putin sent New Year greetings to President of Belarus Alexander Lukashenko.\n\n" + sentence
        #expect(messages(body, date: "2015-12-30").contains("Vladimir Putin → Raul Khajimba greeting New Year"))
        #expect(!messages(body, date: "2015-12-30").contains { $0.hasPrefix("RUS") })
    }

    // MARK: The article's principal: an agentless exchange, "the Minister" of a chronicle

    static let chronicle = "Ministry of Foreign Affairs of the Russian Federation\n\nMain events in the work of Foreign Minister of the Russian Federation Sergey Lavrov in April\n\n"

    @Test(arguments: [
        "4 April - Messages of congratulation on the 25th anniversary of diplomatic relations were exchanged with Minister of Foreign Affairs of Azerbaijan Elmar Mammadyarov.",
        "4 April - Congratulatory messages on the 25th anniversary of diplomatic relations were exchanged with Foreign Minister of Azerbaijan Elmar Mammadyarov.",
    ])
    func anAgentlessExchangeIsThePrincipals(line: String) {
        #expect(messages(Self.chronicle + line, date: "2017-04") == [
            "Sergey Lavrov → Elmar Mammadyarov congratulation anniversary", "Elmar Mammadyarov → Sergey Lavrov congratulation anniversary",
        ])
    }

    @Test func theMinisterOfAChronicleIsItsPrincipal() {
        let body = Self.chronicle + "3 April - Sergey Lavrov and Foreign Minister of Armenia Edward Nalbandian exchanged congratulatory messages on the 25th anniversary of diplomatic relations.\n\n6 April - The Minister sent a congratulatory message to Foreign Minister of Moldova Andrei Galbur on the 25th anniversary of diplomatic relations."
        let found = messages(body, date: "2017-04")
        #expect(found.contains("Sergey Lavrov → Andrei Galbur congratulation anniversary"))
        #expect(!found.contains { $0.hasPrefix("Edward Nalbandian → Andrei Galbur") })
    }

    @Test func anExchangeWithNoOneNamedIsNone() {
        #expect(messages(Self.chronicle + "4 April - Views were exchanged on regional issues.", date: "2017-04").isEmpty)
    }

    // MARK: Senders of plural telegrams to the article's recipient; calls; messages referred back to

    @Test(arguments: [
        "President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat Mirziyoyev also sent congratulatory telegrams, stressing the ties of friendship.",
        "President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat Mirziyoyev also sent congratulatory messages.",
        "President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat Mirziyoyev sent letters of congratulation as well.",
    ])
    func pluralMediaGoToTheArticlesRecipient(sentence: String) {
        let body = "Kyrgyz President Sadyr Japarov has received congratulations from foreign leaders on Independence Day.\n\n" + sentence
        #expect(messages(body, date: "2021-08-31") == [
            "Kassym-Jomart Tokayev → Sadyr Japarov congratulation Independence Day", "Shavkat Mirziyoyev → Sadyr Japarov congratulation Independence Day",
        ])
    }

    @Test(arguments: [
        "Turkmen President Gurbanguly Berdimuhamedov phoned Japarov on Tuesday to convey his congratulations.",
        "Turkmen President Gurbanguly Berdimuhamedov telephoned Japarov to convey his congratulations.",
        "Turkmen President Gurbanguly Berdimuhamedov rang Japarov with congratulations.",
    ])
    func congratulationsByPhoneAreNoMessage(sentence: String) {
        let body = "Kyrgyz President Sadyr Japarov has received congratulations from foreign leaders on Independence Day.\n\n" + sentence
        #expect(messages(body, date: "2021-08-31").isEmpty)
    }

    @Test func aDefiniteMessageWithNoRecipientIsOneAlreadyReported() {
        let body = "Russian President Vladimir Putin sent New Year greetings to President of Belarus Alexander Lukashenko.\n\nThe coming year, Vladimir Putin noted in several of the messages, will be marked by the 80th anniversary of Victory."
        #expect(messages(body, date: "2024-12-30") == ["Vladimir Putin → Alexander Lukashenko greeting New Year"])
    }

    // MARK: A people congratulated is the addressee; "the national holiday" is the holiday the article is about

    @Test(arguments: [
        "In his message, Belarusian leader Alexander Lukashenko congratulated the people of Kyrgyzstan on the national holiday and wished them peace.",
        "In his message, Belarusian leader Alexander Lukashenko congratulated the brotherly people of Kyrgyzstan on the national holiday.",
    ])
    func aPeopleCongratulatedOnTheHolidayOfTheArticle(sentence: String) {
        let body = "Kyrgyz President Sadyr Japarov has received congratulations from foreign leaders on the 30th anniversary of the independence of Kyrgyzstan.\n\n" + sentence
        #expect(messages(body, title: "World leaders congratulate Japarov on 30th anniversary of independence", date: "2021-08-31")
            == ["Alexander Lukashenko → KGZ congratulation Independence Day"])
    }

    @Test func aNamedNationalHolidayStaysOne() {
        let body = "Azerbaijani President Ilham Aliyev has sent a congratulatory letter to Russian President Vladimir Putin on the national holiday, Russia Day."
        #expect(messages(body, title: "Aliyev congratulates Putin on Russia Day", date: "2023-06-12") == ["Ilham Aliyev → Vladimir Putin congratulation national holiday"])
    }

    @Test func wishingAPeopleWellInAMessageToTheirLeaderIsToTheLeader() {
        let body = "Russian President Vladimir Putin sent a congratulatory message to President of Azerbaijan Ilham Aliyev on Independence Day.\n\nIn his message, Putin wished the brotherly people of Azerbaijan peace and prosperity."
        #expect(messages(body, date: "2020-10-18") == ["Vladimir Putin → Ilham Aliyev congratulation Independence Day"])
    }
}
