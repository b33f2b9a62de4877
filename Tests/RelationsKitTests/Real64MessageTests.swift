import Testing
@testable import RelationsKit

/// Message wording of the real61–64 round, read as classes. Invented sentences only, with near-misses that must not
/// change.
///
/// A phrase that sets a thing aside ("In addition to the phone call,", "Besides the telephone conversation,", "Apart from the
/// talks,") tells the message its clause reports apart from that call or meeting: the message is not spoken for it, neither
/// in its own sentence nor after a call the article reported before.
///
/// An aside between commas may open the list of addressees ("sent to, among others, A and B", "to, in particular, A").
///
/// A sender the reference does not know, named in full with an office in apposition, may follow the bracket or dash that
/// closes a dateline ("MOSCOW (Sputnik - 13th October, 2020) A, the speaker of ..., congratulated B").
@Suite("extraction: messages, real64")
struct Real64MessageTests: WireCopyProbe {

    @Test(arguments: [
        "In addition to the phone call, Russian President Vladimir Putin also sent birthday greetings to Armenian Prime Minister Nikol Pashinyan.",
        "Besides the telephone conversation, Russian President Vladimir Putin sent birthday greetings to Armenian Prime Minister Nikol Pashinyan.",
        "Apart from the talks, Russian President Vladimir Putin sent birthday greetings to Armenian Prime Minister Nikol Pashinyan.",
    ])
    func aCallSetAsideLeavesTheMessageWritten(text: String) {
        #expect(messages(text, date: "2025-06-01") == ["Vladimir Putin → Nikol Pashinyan greeting birthday"])
    }

    @Test func aCallReportedBeforeAndSetAsideLeavesTheMessageWritten() {
        let text = """
        On Sunday, Russian President Vladimir Putin held a phone call with Armenian Prime Minister Nikol Pashinyan, congratulating him on his birthday.

        In addition to the phone call, Putin also sent birthday greetings to Pashinyan.
        """
        #expect(messages(text, date: "2025-06-01") == ["Vladimir Putin → Nikol Pashinyan greeting birthday"])
    }

    @Test(arguments: [
        // The call itself stays spoken, and so do greetings the sentence says went by phone.
        "On Sunday, Russian President Vladimir Putin held a phone call with Armenian Prime Minister Nikol Pashinyan, congratulating him on his birthday.",
        "In a phone call, Russian President Vladimir Putin conveyed birthday greetings to Armenian Prime Minister Nikol Pashinyan.",
    ])
    func aCallNotSetAsideStaysSpoken(text: String) {
        #expect(messages(text, date: "2025-06-01") == [])
    }

    @Test(arguments: [
        "Greetings from Alexander Lukashenko have also been sent to, among others, Russian President Dmitry Medvedev and Russian Prime Minister Vladimir Putin.",
        "Alexander Lukashenko sent greetings to, in particular, Russian President Dmitry Medvedev and Russian Prime Minister Vladimir Putin.",
    ])
    func anAsideOpensTheListOfAddressees(text: String) {
        #expect(messages(text, date: "2010-04-02") == ["Alexander Lukashenko → Dmitry Medvedev greeting -", "Alexander Lukashenko → Vladimir Putin greeting -"])
    }

    @Test(arguments: [
        "MOSCOW (Sputnik - 13th October, 2020) Valentina Matviyenko, the speaker of the Russian parliament's upper chamber, congratulated Tajik President Emomali Rahmon on his re-election.",
        "MOSCOW, October 13 – Valentina Matviyenko, the speaker of the Russian parliament's upper chamber, congratulated Tajik President Emomali Rahmon on his re-election.",
    ])
    func aNamedSenderAfterADatelineIsThePerson(text: String) {
        #expect(messages(text, date: "2020-10-13") == ["Valentina Matviyenko → Emomali Rahmon congratulation election victory"])
    }

    @Test func capitalizedWordsAfterADatelineWithNoOfficeNameNoOne() {
        // Words in capitals after the dateline, with no office in apposition, are no person.
        let found = messages("MOSCOW (Sputnik - 13th October, 2020) Russian Senators, the upper chamber's members, congratulated Tajik President Emomali Rahmon on his re-election.", date: "2020-10-13")
        #expect(!found.contains(where: { $0.hasPrefix("Russian Senators") }))
    }
}
