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
}
