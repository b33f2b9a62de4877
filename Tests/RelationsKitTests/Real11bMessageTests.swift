import Testing
@testable import RelationsKit

/// Messages in the mechanisms the real11 development set found failing: senders listed one a line after a sentence that
/// announces them ("... sent by:"), a page that prints several whole letters to one leader, each under its own address block
/// and closed by its own signer, and the addressee's message a printed letter thanks them for. Invented articles, with
/// negative cases.
@Suite("extraction: real11 round b, messages")
struct Real11bMessageTests: WireCopyProbe {
    // MARK: Senders listed one a line

    static let senders = "President of the Russian Federation Vladimir Putin,\n\nPresident of the Republic of Kazakhstan Kassym-Jomart Tokayev,\n\nPresident of the Republic of Azerbaijan Ilham Aliyev.\n\nThe leaders wished the people well."

    @Test(arguments: [
        "Congratulatory messages on Independence Day have been sent to the President of Uzbekistan from foreign leaders.\n\nCongratulatory messages have been sent by:\n\n",
        "The President of Uzbekistan has received congratulations on Independence Day from abroad.\n\nCongratulations were sent by the following heads of state:\n\n",
        "Congratulations on Independence Day keep arriving to the President of Uzbekistan.\n\nAmong those who sent congratulations were:\n\n",
        "On Independence Day, congratulations came to the President of Uzbekistan from many capitals.\n\nCongratulations came from:\n\n",
    ])
    /// "the President of Uzbekistan" alone is its holder on the date (the real9 ruling).
    func sendersListedOneALineEachSendAMessage(lead: String) {
        let found = messages("TASHKENT, September 1, 2023. " + lead + Self.senders, date: "2023-09-01")
        for sender in ["Vladimir Putin", "Kassym-Jomart Tokayev", "Ilham Aliyev"] {
            #expect(found.contains("\(sender) → Shavkat Mirziyoyev congratulation Independence Day"))
        }
    }

    @Test func aListAfterANamedRecipientGoesToThatPerson() {
        let body = "TASHKENT, September 1, 2023. The following heads of state sent congratulations to President Shavkat Mirziyoyev on Independence Day:\n\n" + Self.senders
        let found = messages(body, date: "2023-09-01")
        #expect(found.contains("Vladimir Putin → Shavkat Mirziyoyev congratulation Independence Day"))
        #expect(found.contains("Ilham Aliyev → Shavkat Mirziyoyev congratulation Independence Day"))
    }

    @Test func aListOfRecipientsIsNoListOfSenders() {
        let body = "DUSHANBE, September 9, 2023. President Emomali Rahmon sent greetings on Independence Day. Greetings were sent to:\n\n" + Self.senders
        let found = messages(body, date: "2023-09-09")
        #expect(!found.contains { $0.hasSuffix("→ Emomali Rahmon greeting Independence Day") })
    }

    @Test func aListAnnouncedWithoutAMessageSendsNothing() {
        let body = "TASHKENT, September 1, 2023. The ceremony was attended by:\n\n" + Self.senders
        #expect(messages(body, date: "2023-09-01").isEmpty)
    }

    // MARK: Several letters printed whole on one page

    static let address = "His Excellency\nMr. Shavkat Mirziyoyev,\nPresident of the Republic of Uzbekistan\n"

    @Test(arguments: [
        ("Distinguished Mr. President!\n", "Kassym-Jomart Tokayev,\nPresident of the Republic of Kazakhstan\n"),
        ("Respected Shavkat Miromonovich!\n", "Best regards,\nKassym-Jomart Tokayev,\nPresident of the Republic of Kazakhstan\n"),
        ("Dear Mr. President!\n", "With best wishes,\nKassym-Jomart Tokayev\nPresident of the Republic of Kazakhstan\n"),
    ])
    func eachPrintedLetterIsItsSignersMessage(salutation: String, signature: String) {
        let body = "March 21, 2023\nForeign leaders sent greetings.\n"
            + Self.address + salutation + "Please accept my warm congratulations on the holiday of Nowruz.\n" + signature
            + Self.address + "Dear Mr. President!\nI sincerely congratulate you on the spring holiday of Nowruz.\nIlham Aliyev,\nPresident of the Republic of Azerbaijan\n"
        let found = messages(body, title: "Letters", date: "2023-03-21")
        #expect(found.contains("Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation Nowruz"))
        #expect(found.contains("Ilham Aliyev → Shavkat Mirziyoyev congratulation Nowruz"))
        #expect(!found.contains { $0.hasPrefix("Kassym-Jomart Tokayev → Ilham Aliyev") || $0.hasPrefix("Ilham Aliyev → Kassym-Jomart Tokayev") })
    }

    @Test(arguments: [
        "I thank you for your congratulations on the Chinese spring festival.",
        "I express my heartfelt gratitude to You for the congratulatory letter on the occasion of the spring festival.",
        "I am grateful to you for the kind congratulations you sent me.",
    ])
    func thanksForTheAddresseesMessageIsTheirMessage(thanks: String) {
        let body = "March 21, 2023\n" + Self.address + "Dear Mr. President!\n" + thanks + " Allow me to convey sincere congratulations on the holiday of Navruz.\nXi Jinping,\nPresident of the People's Republic of China\n"
        let found = messages(body, title: "Letters", date: "2023-03-21")
        #expect(found.contains("Xi Jinping → Shavkat Mirziyoyev congratulation Nowruz"))
        #expect(found.contains("Shavkat Mirziyoyev → Xi Jinping congratulation -"))
    }

    @Test func thanksForSomethingElseIsNoMessage() {
        let body = "March 21, 2023\n" + Self.address + "Dear Mr. President!\nI thank you for your hospitality in Samarkand. Please accept my congratulations on the holiday of Navruz.\nXi Jinping,\nPresident of the People's Republic of China\n"
        let found = messages(body, title: "Letters", date: "2023-03-21")
        #expect(found == ["Xi Jinping → Shavkat Mirziyoyev congratulation Nowruz"])
    }

    // MARK: A recipient named with words of tenure

    @Test(arguments: [
        "President Viktor Yushchenko and Prime Minister Yulia Tymoshenko sent congratulatory messages on Thursday to former Russian President Vladimir Putin on his election.",
        "President Viktor Yushchenko and Prime Minister Yulia Tymoshenko sent congratulatory messages to outgoing President Vladimir Putin on his election.",
        "President Viktor Yushchenko and Prime Minister Yulia Tymoshenko addressed congratulatory telegrams to former President Vladimir Putin on his election.",
    ])
    func aRecipientMayBeFormerOrOutgoing(body: String) {
        let found = messages("KIEV, May 8, 2008. " + body, date: "2008-05-08")
        #expect(found.contains("Viktor Yushchenko → Vladimir Putin congratulation election victory"))
        #expect(found.contains("Yulia Tymoshenko → Vladimir Putin congratulation election victory"))
    }

    @Test func wordsOfTenureBeforeNoOfficeNameNoRecipient() {
        let found = messages("KIEV, May 8, 2008. President Viktor Yushchenko sent a congratulatory message to former colleagues on the election.", date: "2008-05-08")
        #expect(found.isEmpty)
    }
}
