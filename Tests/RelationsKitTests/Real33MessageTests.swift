import Testing
@testable import RelationsKit

/// Messages in wordings of the sixteenth real-copy round: classes of wording seen on real copy, each in several phrasings other outlets use,
/// with near-misses that must not fire. Invented sentences only (other countries, people and years than the copy read).
@Suite("extraction: real33 round, messages to a people and passive reports")
struct Real33MessageTests: WireCopyProbe {
    // MARK: A report that names no recipient, whose message's own words address a people (`peopleAddressedInText`)

    @Test(arguments: [
        // The salutation of the quoted message, over paragraphs, names the people with its country.
        "Chairman of Parliament of Georgia Irakli Kobakhidze addressed a congratulatory message on Independence Day.\n\nThe message reads:\n\n\"Dear citizens of Georgia,\n\nI congratulate all of us on this day.\"",
        // The writer's own people, named without a country.
        "Chairman of Parliament of Georgia Irakli Kobakhidze addressed a congratulatory message on Independence Day.\n\nThe message reads:\n\n\"Dear compatriots,\n\nI congratulate all of us on this day.\"",
        // The quotation before its attribution, a salutation of "fellow citizens".
        "\"Dear fellow citizens! I sincerely congratulate you on Independence Day,\" Chairman of Parliament of Georgia Irakli Kobakhidze said in his congratulatory message.",
        // "to the people of X" in the message's own words, a paragraph after the report.
        "Chairman of Parliament of Georgia Irakli Kobakhidze sent greetings on the occasion of Independence Day.\n\nThe greetings read: \"I extend my warmest wishes to the people of Georgia on this holiday.\"",
        // A people named by its adjective after a verb of the message's words.
        "Chairman of Parliament of Georgia Irakli Kobakhidze issued a congratulatory message on Independence Day. \"I congratulate the Georgian people on this great holiday,\" the message says.",
    ])
    func aMessageToAPeopleNamedOnlyInItsOwnWords(body: String) {
        #expect(messages(body, date: "2016-05-26") == ["Irakli Kobakhidze → GEO congratulation Independence Day"]
            || messages(body, date: "2016-05-26") == ["Irakli Kobakhidze → GEO greeting Independence Day"])
    }

    @Test func aForeignPeopleAddressedInTheWords() {
        let body = "Canadian Foreign Minister Stephane Dion sent greetings on the occasion of Nowruz.\n\nThe greetings on the ministry's website read: \"On behalf of Canada, I extend my best wishes to the people of Tajikistan. I wish the people of Tajikistan a happy Nowruz.\""
        #expect(messages(body, date: "2016-03-20") == ["Stephane Dion → TJK greeting Nowruz"])
    }

    @Test func aPrintedLetterSalutingCompatriots() {
        let body = "Dear compatriots,\n\nI congratulate you on the main national holiday, Independence Day.\n\nI wish you health and happiness.\n\nIlham Aliyev"
        #expect(messages(body, title: "Ilham Aliyev sends Independence Day greetings", date: "2017-10-18") == ["Ilham Aliyev → AZE congratulation Independence Day"])
    }

    @Test func aPrintedAddressToCompatriotsThatOffersNoGreetingIsNoMessage() {
        let body = "Dear compatriots,\n\nToday we open a new page in the history of our state.\n\nIlham Aliyev"
        #expect(messages(body, title: "Ilham Aliyev addresses the nation", date: "2017-10-18").isEmpty)
    }

    @Test(arguments: [
        // A people the message speaks of, not one it addresses.
        "Chairman of Parliament of Georgia Irakli Kobakhidze addressed a congratulatory message on Independence Day.\n\nThe message reads:\n\n\"The friendship of the Georgian and Armenian peoples is our wealth.\"",
        // Words spoken at a rally, with no written message.
        "Chairman of Parliament of Georgia Irakli Kobakhidze spoke at a rally on Independence Day.\n\n\"Dear compatriots, I congratulate you,\" he said.",
        // A televised address is spoken.
        "Chairman of Parliament of Georgia Irakli Kobakhidze delivered a televised address on Independence Day.\n\n\"Dear compatriots, I congratulate you.\"",
        // A message weighed, not sent.
        "Chairman of Parliament of Georgia Irakli Kobakhidze did not send a congratulatory message on Independence Day.\n\n\"Dear compatriots\" was the phrase his critics expected.",
    ])
    func noMessageToAPeopleTheWordsDoNotAddress(body: String) {
        #expect(!messages(body, date: "2016-05-26").contains { $0.contains("→ GEO") || $0.contains("→ ARM") })
    }

    @Test func aMessageWithItsOwnRecipientIsNotRedirectedToAPeople() {
        let body = "Chairman of Parliament of Georgia Irakli Kobakhidze sent a congratulatory message to Armenian President Serzh Sargsyan on Independence Day.\n\n\"Dear Mr President, I wish the Armenian people peace.\""
        #expect(messages(body, date: "2016-09-21") == ["Irakli Kobakhidze → Serzh Sargsyan congratulation Independence Day"])
    }

    // MARK: A passive verb of sending whose subject is the recipient, its sender after "by" (`isPassiveDative`)

    @Test(arguments: [
        ("Kyrgyz President Sadyr Japarov was sent birthday greetings by Uzbek President Shavkat Mirziyoyev.", "greeting birthday"),
        ("Sadyr Japarov has been sent a congratulatory telegram by Shavkat Mirziyoyev on his birthday.", "congratulation birthday"),
        ("Sadyr Japarov was also handed a letter of condolence by Shavkat Mirziyoyev.", "condolence -"),
        ("On the New Year, Sadyr Japarov was sent warm New Year greetings by President Shavkat Mirziyoyev.", "greeting New Year"),
    ])
    func theSubjectOfAPassiveOfSendingReceives(body: String, kindAndOccasion: String) {
        #expect(messages(body, date: "2022-12-06") == ["Shavkat Mirziyoyev → Sadyr Japarov \(kindAndOccasion)"])
    }

    @Test func twoAgentsOfAPassiveOfSendingEachSend() {
        #expect(messages("Sadyr Japarov was sent birthday greetings by Shavkat Mirziyoyev and Emomali Rahmon.", date: "2022-12-06")
            == ["Shavkat Mirziyoyev → Sadyr Japarov greeting birthday", "Emomali Rahmon → Sadyr Japarov greeting birthday"])
    }

    @Test func aMessageThatIsTheSubjectOfThePassiveStillGoesToItsTo() {
        #expect(messages("Birthday greetings were sent to Sadyr Japarov by Shavkat Mirziyoyev.", date: "2022-12-06")
            == ["Shavkat Mirziyoyev → Sadyr Japarov greeting birthday"])
    }

    @Test(arguments: [
        // Negated.
        "Sadyr Japarov was not sent birthday greetings by Shavkat Mirziyoyev this year.",
        // By telephone.
        "Sadyr Japarov was given birthday greetings by Shavkat Mirziyoyev by telephone.",
        // Face to face.
        "Sadyr Japarov was handed birthday greetings by Shavkat Mirziyoyev in person during the summit.",
    ])
    func noMessageFromAPassiveThatIsNoWrittenMessage(body: String) {
        #expect(messages(body, date: "2022-12-06").isEmpty)
    }

    // MARK: Public figures named by a profession in small letters, listed after a group and "for example" (`professionTitles`)

    @Test(arguments: [
        "Birthday greetings also came from figures of culture and sport, athletes and public figures of Kyrgyzstan and Kazakhstan, for example, Olympic champion Aisuluu Tynybekova and famous singer Gulnur Satylganova.",
        "Greetings also came from public figures, including Olympic champion Aisuluu Tynybekova and famous singer Gulnur Satylganova.",
        "Among those who sent greetings were the Olympic champion Aisuluu Tynybekova and the famous singer Gulnur Satylganova.",
    ])
    func everyFigureOfTheListSends(sentence: String) {
        let body = "BISHKEK, December 6, 2022. President Sadyr Japarov has received birthday greetings from foreign leaders.\n\n" + sentence
        #expect(messages(body, date: "2022-12-06") == ["Aisuluu Tynybekova → Sadyr Japarov greeting birthday", "Gulnur Satylganova → Sadyr Japarov greeting birthday"])
    }

    @Test func aFigureAsTheSubjectSends() {
        #expect(messages("Famous singer Gulnur Satylganova sent a congratulatory letter to Sadyr Japarov on his birthday.", date: "2022-12-06")
            == ["Gulnur Satylganova → Sadyr Japarov congratulation birthday"])
    }

    @Test(arguments: [
        // A figure in another clause, who did something else.
        "Sadyr Japarov received birthday greetings from foreign leaders; famous singer Gulnur Satylganova performed at the celebration.",
        // Congratulations spoken at a ceremony.
        "Sadyr Japarov congratulated the winners at an awards ceremony, for example, Olympic champion Aisuluu Tynybekova.",
        // Negated.
        "Famous singer Gulnur Satylganova said she had not sent greetings to Sadyr Japarov.",
    ])
    func noMessageFromOrToAFigureOutsideAWrittenMessage(body: String) {
        #expect(messages(body, date: "2022-12-06").isEmpty)
    }

    // MARK: A message's own words that congratulate "you" on the sender's own state's holiday (`congratulatesYou`)

    @Test(arguments: [
        "\"I cordially congratulate you on the national holiday of Kazakhstan - Independence Day! We have come a long way,\" says President Kassym-Jomart Tokayev in his congratulatory message.",
        "\"I cordially congratulate you on the national holiday of Kazakhstan - Independence Day,\" President Kassym-Jomart Tokayev wrote in his congratulatory message.",
        "\"Dear friends, I congratulate all of you on the Independence Day of Kazakhstan,\" President Kassym-Jomart Tokayev said in his congratulatory message.",
    ])
    func theSendersOwnPeopleCongratulatedOnTheirHoliday(body: String) {
        // The occasion of an attribution split from its quotation at "!" comes from the title.
        #expect(messages(body, title: "President congratulates compatriots on Independence Day", date: "2021-12-16")
            == ["Kassym-Jomart Tokayev → KAZ congratulation Independence Day"])
    }

    @Test(arguments: [
        // Spoken at a ceremony: no written message.
        "\"I congratulate you on the national holiday of Kazakhstan - Independence Day,\" President Kassym-Jomart Tokayev said at the ceremony.",
        // Another state's holiday: no people of the sender's own.
        "\"I congratulate you on the national holiday of Kyrgyzstan - Independence Day,\" President Kassym-Jomart Tokayev wrote in his congratulatory message.",
    ])
    func noMessageToTheSendersPeopleOtherwise(body: String) {
        #expect(!messages(body, date: "2021-08-31").contains { $0.contains("→ KAZ") })
    }
}
