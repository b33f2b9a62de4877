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
}
