import Testing
@testable import RelationsKit

/// Messages in the shapes of the blind9/blind10 round: recipients named after a group and "including"; a generic holiday in
/// apposition with the day it is; greetings someone is only asked to pass on; two messages in coordinated clauses of one
/// sentence. Invented sentences, with negative cases.
@Suite("extraction: blind9/blind10 round, messages")
struct Blind910MessageTests: WireCopyProbe {
    // MARK: Recipients after a group and a word that introduces some of its members

    @Test(arguments: [
        "President Kassym-Jomart Tokayev sent New Year greetings to the heads of state of the CIS countries, including Vladimir Putin, Ilham Aliyev and Shavkat Mirziyoyev.",
        "President Kassym-Jomart Tokayev sent New Year greetings to the leaders of the SCO member states, among them Vladimir Putin, Ilham Aliyev and Shavkat Mirziyoyev.",
        "President Kassym-Jomart Tokayev addressed New Year greetings to the heads of the CIS states, namely Vladimir Putin, Ilham Aliyev and Shavkat Mirziyoyev.",
        "President Kassym-Jomart Tokayev sent New Year greetings to the leaders of the Commonwealth countries, in particular Vladimir Putin, Ilham Aliyev and Shavkat Mirziyoyev.",
    ])
    func recipientsAfterIncluding(sentence: String) {
        let found = messages(sentence, date: "2021-12-31")
        for recipient in ["Vladimir Putin", "Ilham Aliyev", "Shavkat Mirziyoyev"] {
            #expect(found.contains("Kassym-Jomart Tokayev → \(recipient) greeting New Year"))
        }
    }

    @Test func aGroupWithoutItsMembersNamesNoOne() {
        let found = messages("President Kassym-Jomart Tokayev sent New Year greetings to the leaders of the CIS countries, the Akorda said. Vladimir Putin held a meeting on the budget.", date: "2021-12-31")
        #expect(!found.contains { $0.contains("→ Vladimir Putin") })
    }

    // MARK: A generic holiday in apposition with the day it is

    @Test(arguments: [
        "On the eve of the main national holiday, the 30th anniversary of the Independence of Kazakhstan, Shavkat Mirziyoyev sent a congratulatory message to Kassym-Jomart Tokayev.",
        "Shavkat Mirziyoyev sent a congratulatory message to Kassym-Jomart Tokayev on the national holiday - the Day of Independence of Kazakhstan.",
        "Shavkat Mirziyoyev congratulated Kassym-Jomart Tokayev in a telegram on the main state holiday, Independence Day.",
    ])
    func theSpecificDayOfAGenericHoliday(sentence: String) {
        #expect(messages(sentence, date: "2021-12-15") == ["Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Independence Day"])
    }

    @Test(arguments: [
        "Shavkat Mirziyoyev sent a congratulatory message to Kassym-Jomart Tokayev on the national holiday, the press service said.",
        "On the national holiday, Shavkat Mirziyoyev sent a congratulatory message to Kassym-Jomart Tokayev.",
    ])
    func aGenericHolidayAloneStays(sentence: String) {
        #expect(messages(sentence, date: "2021-12-15") == ["Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation national holiday"])
    }

    // MARK: Greetings someone is asked to pass on

    @Test(arguments: [
        "Emomali Rahmon asked the guests to convey his greetings to President of Russia Vladimir Putin.",
        "Ilham Aliyev requested the delegation to pass on his warm greetings and best wishes to Vladimir Putin.",
        "At the end of the meeting, Shavkat Mirziyoyev asked the minister to convey greetings to President Vladimir Putin.",
    ])
    func greetingsToBePassedOnAreNoMessage(sentence: String) {
        #expect(messages("The president received a delegation of the Russian regions in the capital.\n\n" + sentence, title: "Russian regions' delegation in the capital", date: "2019-06-05").isEmpty)
    }

    @Test func greetingsSentAreAMessage() {
        #expect(messages("Emomali Rahmon sent greetings to President of Russia Vladimir Putin on Victory Day.", date: "2019-05-09")
            == ["Emomali Rahmon → Vladimir Putin greeting Victory Day"])
    }

    // MARK: Two messages in coordinated clauses

    @Test func twoMessagesJoinedByAnd() {
        let found = messages("Earlier this year the Tajik leader Emomali Rahmon sent Vladimir Putin a congratulatory telegram on Victory Day, and in March he sent Nowruz greetings to the leadership of Iran.", title: "Talks in Dushanbe", date: "2019-06-05")
        #expect(found == ["Emomali Rahmon → Vladimir Putin congratulation Victory Day", "Emomali Rahmon → IRN greeting Nowruz"])
    }

    @Test func twoMessagesJoinedBySemicolon() {
        let found = messages("Kassym-Jomart Tokayev sent a congratulatory telegram to Ilham Aliyev on his birthday; he also sent a message of condolence to Emomali Rahmon after the earthquake.", title: "Chronicle", date: "2023-12-24")
        #expect(found.contains("Kassym-Jomart Tokayev → Ilham Aliyev congratulation birthday"))
        #expect(found.contains("Kassym-Jomart Tokayev → Emomali Rahmon condolence -"))
    }

    @Test func aSecondClauseWithoutAMessageAddsNone() {
        let found = messages("Kassym-Jomart Tokayev sent a congratulatory telegram to Ilham Aliyev on his birthday, and Aliyev invited him to visit Baku.", date: "2023-12-24")
        #expect(found == ["Kassym-Jomart Tokayev → Ilham Aliyev congratulation birthday"])
    }

    // MARK: Passive agents each with their own "by"

    @Test(arguments: [
        "Messages of condolence were also sent to the Kremlin by President of Uzbekistan Shavkat Mirziyoyev and by the Kyrgyz head of state Sooronbay Jeenbekov, who declared that Kyrgyzstan shares the grief of the Russian people.",
        "Condolences were sent to Moscow by Shavkat Mirziyoyev, by Sooronbay Jeenbekov and by Emomali Rahmon.",
        "Telegrams of condolence were addressed to the Kremlin by Uzbek President Shavkat Mirziyoyev and by Kyrgyz President Sooronbay Jeenbekov.",
    ])
    func eachAgentWithItsOwnBy(sentence: String) {
        let found = messages(sentence, title: "Condolences over the fire", date: "2018-03-26")
        #expect(found.contains("Shavkat Mirziyoyev → RUS condolence -"))
        #expect(found.contains("Sooronbay Jeenbekov → RUS condolence -"))
    }

    @Test func aByPhraseOfAnotherClauseIsNoAgent() {
        let found = messages("Condolences were sent to Moscow by Shavkat Mirziyoyev, and the fire was put out by the rescuers by the morning.", title: "Condolences over the fire", date: "2018-03-26")
        #expect(found == ["Shavkat Mirziyoyev → RUS condolence -"])
    }

    // MARK: A quotation's attribution to a message already reported

    @Test(arguments: [
        "\"Two decades ago our peoples made a historic choice,\" the message of the head of state reads.",
        "\"Our union has stood the test of time,\" the telegram of the President of Belarus says.",
        "\"We value our alliance,\" the message of Alexander Lukashenko reads.",
    ])
    func anAttributionIsNoNewMessage(quote: String) {
        let body = "MINSK, 8 December (BelTA) - Belarusian President Alexander Lukashenko and Russian President Vladimir Putin have exchanged congratulatory messages on the 20th anniversary of the Union State.\n\n" + quote
        let found = messages(body, title: "Lukashenko, Putin exchange congratulations", date: "2019-12-08")
        #expect(found == ["Alexander Lukashenko → Vladimir Putin congratulation anniversary", "Vladimir Putin → Alexander Lukashenko congratulation anniversary"])
    }

    // MARK: Senders and recipients known by an organisation's office or a style and one name

    @Test(arguments: [
        "United Nations Secretary-General Ban Ki-moon sent warm greetings to President Emomali Rahmon on Independence Day.",
        "UN Secretary-General Antonio Guterres sent warm greetings to President Emomali Rahmon on Independence Day.",
        "OSCE Secretary General Helga Schmid sent warm greetings to President Emomali Rahmon on Independence Day.",
    ])
    func anOrganisationsOfficerSends(sentence: String) {
        let found = messages(sentence, date: "2021-09-09")
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.hasSuffix("→ Emomali Rahmon greeting Independence Day") && !$0.hasPrefix("Emomali Rahmon") })
        #expect(facts(sentence, date: "2021-09-09").leaders.allSatisfy { $0.name == "Emomali Rahmon" })
    }

    @Test(arguments: [
        ("A week earlier the Armenian President had sent Christmas greetings to Pope Francis.", "Serzh Sargsyan → Pope Francis greeting Christmas"),
        ("Patriarch Kirill sent Christmas greetings to Serzh Sargsyan.", "Patriarch Kirill → Serzh Sargsyan greeting Christmas"),
        ("Serzh Sargsyan sent a letter of condolence to Emir Tamim.", "Serzh Sargsyan → Emir Tamim condolence -"),
    ])
    func aPersonKnownByAStyle(sentence: String, expected: String) {
        let found = messages("Armenian President Serzh Sargsyan spoke of the union. " + sentence, title: "Armenia joins the union", date: "2015-01-02")
        #expect(found.contains(expected))
    }

    // MARK: The occasion of another message in the paragraph

    @Test(arguments: [
        "Earlier this month, on the eve of Victory Day, the Russian President had sent Emomali Rahmon a message of greetings.",
        "On New Year's Eve Vladimir Putin had sent greetings to Emomali Rahmon.",
    ])
    func anotherMessagesOccasionIsItsOwn(other: String) {
        let body = "DUSHANBE, May 25, 2013 - The Treaty of Friendship between Tajikistan and Russia turned 20 today.\n\nPresident Emomali Rahmon has sent a message of congratulations to Russian President Vladimir Putin on the occasion, the press service reports. " + other
        let found = messages(body, title: "Tajikistan, Russia mark 20 years of friendship treaty", date: "2013-05-25")
        #expect(found.contains("Emomali Rahmon → Vladimir Putin congratulation anniversary"))
    }

    @Test func aHolidayNamedWithoutAMessageIsTheParagraphs() {
        let found = messages("Tajikistan celebrates Independence Day today. President Emomali Rahmon received a congratulatory telegram from Vladimir Putin.", title: "Holiday in Dushanbe", date: "2013-09-09")
        #expect(found == ["Vladimir Putin → Emomali Rahmon congratulation Independence Day"])
    }

    // MARK: A letter of thanks is about a matter of its own

    @Test(arguments: [
        "The minister recalled the humanitarian aid, for which Roza Otunbayeva thanked Russian President Dmitry Medvedev in a letter.",
        "Roza Otunbayeva sent a letter to Dmitry Medvedev thanking him for the humanitarian aid.",
        "In a letter to Dmitry Medvedev, Roza Otunbayeva expressed gratitude for the humanitarian aid.",
    ])
    func aLetterOfThanksHasNoOccasion(sentence: String) {
        let found = messages("Kyrgyzstan and Russia mark today the tenth anniversary of the Declaration on Eternal Friendship. " + sentence, title: "Ten years since Declaration on Eternal Friendship", date: "2010-07-27")
        #expect(found == ["Roza Otunbayeva → Dmitry Medvedev letter -"])
    }
}
