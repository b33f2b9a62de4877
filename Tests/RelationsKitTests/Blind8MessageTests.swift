import Testing
@testable import RelationsKit

/// Messages in the shapes of the eighth blind round: an exchange in the passive with its parties after the verb
/// ("messages were also exchanged by A and B"); a summary sentence that states the kind and occasion of the messages its
/// paragraph then reports one sender at a time; the occasion of a congratulation stated by its cause ("on his victory in
/// Sunday's presidential election", "on winning the vote"). Invented sentences, with negative cases.
@Suite("extraction: blind8 round, messages")
struct Blind8MessageTests: WireCopyProbe {
    // MARK: A passive exchange names its parties after the verb

    @Test(arguments: [
        "Congratulatory messages were also exchanged by Minister of Foreign Affairs of Kazakhstan Mukhtar Tileuberdi and Minister of Foreign Affairs of Russia Sergey Lavrov.",
        "Greetings were exchanged between Foreign Minister of Kazakhstan Mukhtar Tileuberdi and Foreign Minister of Russia Sergey Lavrov.",
        "Messages of congratulation were likewise exchanged by the foreign ministers, Mukhtar Tileuberdi of Kazakhstan and Sergey Lavrov of Russia.",
    ])
    func aPassiveExchangeGoesBothWays(sentence: String) {
        let found = messages("President of Kazakhstan Kassym-Jomart Tokayev and President of Russia Vladimir Putin exchanged congratulatory telegrams on the 30th anniversary of diplomatic relations.\n\n" + sentence, date: "2022-10-22")
        #expect(found.contains { $0.hasPrefix("Mukhtar Tileuberdi → Sergey Lavrov ") })
        #expect(found.contains { $0.hasPrefix("Sergey Lavrov → Mukhtar Tileuberdi ") })
        #expect(!found.contains { $0.hasPrefix("Sergey Lavrov → Kassym-Jomart Tokayev") || $0.hasPrefix("Mukhtar Tileuberdi → Kassym-Jomart Tokayev") })
    }

    @Test func aPassiveExchangeWithoutPersonsNamesNoOne() {
        let found = messages("Messages were also exchanged by the two foreign ministries.", date: "2022-10-22")
        #expect(found.isEmpty)
    }

    // MARK: A summary sentence's kind and occasion

    static let digest = "Central Asia news digest, 16 October 2017"

    @Test(arguments: [
        "Congratulations to Sooronbay Jeenbekov on his victory in Sunday's presidential election came on Monday from the leaders of Russia, Uzbekistan and Tajikistan.",
        "Sooronbay Jeenbekov received congratulations on his election as president from the leaders of Russia, Uzbekistan and Tajikistan.",
        "Messages congratulating Sooronbay Jeenbekov on winning the presidential vote poured in from neighbouring capitals.",
    ])
    func aSummaryGivesTheKindAndOccasion(summary: String) {
        let body = summary + "\n\nRussian President Vladimir Putin sent a telegram in which he wished Jeenbekov success.\n\nUzbek President Shavkat Mirziyoyev wrote to Jeenbekov in a message and invited him to visit Tashkent."
        let found = messages(body, title: Self.digest, date: "2017-10-16")
        #expect(found.contains("Vladimir Putin → Sooronbay Jeenbekov congratulation election victory"))
        #expect(found.contains("Shavkat Mirziyoyev → Sooronbay Jeenbekov congratulation election victory"))
    }

    @Test func anotherSectionDoesNotInherit() {
        // A heading opens another item of the digest: its message is of its own kind.
        let body = "Congratulations to Sooronbay Jeenbekov on his victory in Sunday's presidential election came from the leaders of Russia and Uzbekistan.\n\nKAZAKHSTAN-RUSSIA: Trade talks\n\nRussian President Vladimir Putin sent a message to Nursultan Nazarbayev about the trade talks."
        let found = messages(body, title: Self.digest, date: "2017-10-16")
        #expect(!found.contains { $0.contains("election victory") && $0.hasPrefix("Vladimir Putin → Nursultan Nazarbayev") })
    }

    // MARK: The occasion stated by its cause

    @Test(arguments: [
        "President of Russia Dmitry Medvedev has congratulated Almazbek Atambayev in a telegram on his convincing and well-deserved victory in Sunday's presidential election.",
        "President of Russia Dmitry Medvedev sent a telegram congratulating Almazbek Atambayev on winning the presidential vote.",
        "President of Russia Dmitry Medvedev sent a telegram congratulating Almazbek Atambayev on his victory at the polls.",
        "President of Russia Dmitry Medvedev sent a telegram congratulating Almazbek Atambayev on his win in the presidential race.",
    ])
    func aVictoryInAVoteIsAnElectionVictory(sentence: String) {
        #expect(messages(sentence, date: "2011-11-01").contains("Dmitry Medvedev → Almazbek Atambayev congratulation election victory"))
    }

    @Test(arguments: [
        "President of Russia Dmitry Medvedev sent a telegram congratulating Almazbek Atambayev on the victory of the Kyrgyz national team in the final.",
        "President of Russia Dmitry Medvedev sent a telegram congratulating Almazbek Atambayev on winning the Asian wrestling championship.",
    ])
    func aVictoryInSportIsNot(sentence: String) {
        #expect(!messages(sentence, date: "2011-11-01").contains { $0.hasSuffix("election victory") })
    }
}

/// A medium modified by a participle whose object is the addressee: "sent a telegram congratulating A", "a message wishing
/// A success", "a letter thanking A". Invented sentences, with a negative case.
@Suite("extraction: blind8 round, a medium's participle")
struct Blind8ParticipleTests: WireCopyProbe {
    @Test(arguments: [
        ("President of Russia Dmitry Medvedev sent a telegram congratulating Almazbek Atambayev on his 55th birthday.", "congratulation"),
        ("President of Russia Dmitry Medvedev sent a message wishing Almazbek Atambayev success on his birthday.", "letter"),
        ("President of Russia Dmitry Medvedev sent a letter thanking Almazbek Atambayev for the support, on his birthday.", "letter"),
    ])
    func theParticiplesObjectIsTheAddressee(sentence: String, kind: String) {
        #expect(messages(sentence, date: "2011-09-17").contains("Dmitry Medvedev → Almazbek Atambayev \(kind) birthday"))
    }

    @Test func aParticipleFarFromTheMediumIsNot() {
        // "inviting" modifies the organisers, not the telegram.
        #expect(!messages("President of Russia Dmitry Medvedev read out a telegram of the forum's organisers inviting Almazbek Atambayev to the forum.", date: "2011-09-17").contains { $0.hasPrefix("Dmitry Medvedev → Almazbek Atambayev") })
    }
}

/// A closing attribution to the news source ("..., the press service told 24.kg", "..., a spokesman told reporters") is how
/// the news reached the agency, not a spoken message. Invented sentences, with a negative case.
@Suite("extraction: blind8 round, an attribution to the source")
struct Blind8AttributionTests: WireCopyProbe {
    @Test(arguments: [
        "President of Russia Dmitry Medvedev has congratulated Almazbek Atambayev on his victory in the presidential election, the press service of the Kyrgyz government told 24.kg.",
        "President of Russia Dmitry Medvedev has congratulated Almazbek Atambayev on his victory in the presidential election, a Kremlin spokesman told reporters.",
        "President of Russia Dmitry Medvedev has congratulated Almazbek Atambayev on his victory in the presidential election, the Kyrgyz foreign ministry told Interfax on Tuesday.",
    ])
    func anAttributionIsNotSpoken(sentence: String) {
        #expect(messages(sentence, title: "Medvedev congratulates Atambayev", date: "2011-11-01").contains("Dmitry Medvedev → Almazbek Atambayev congratulation election victory"))
    }

    @Test func aSenderWhoToldTheRecipientSpoke() {
        #expect(messages("President of Russia Dmitry Medvedev has congratulated Almazbek Atambayev on his victory in the presidential election and told him the two countries were allies.", title: "Medvedev congratulates Atambayev", date: "2011-11-01").isEmpty)
    }
}

/// A definite medium that is the subject of its own clause ("A confirmed that the letter had been received") is a message
/// already reported, spoken of: the person before it is not its sender. Invented sentences, with negative cases.
@Suite("extraction: blind8 round, a message spoken of")
struct Blind8MessageSpokenOfTests: WireCopyProbe {
    static let letter = "The decision was set out in a letter from President of Uzbekistan Islam Karimov to President of Moldova Vladimir Voronin.\n\n"

    @Test(arguments: [
        "Moldovan Foreign Minister Andrei Stratan confirmed in Chisinau that the letter had been received.",
        "Moldovan Foreign Minister Andrei Stratan said the letter arrived in Chisinau on Monday.",
        "Moldovan Foreign Minister Andrei Stratan acknowledged that this letter was delivered to the president.",
    ])
    func aDefiniteMediumSpokenOfIsNoNewMessage(sentence: String) {
        let found = messages(Self.letter + sentence, date: "2005-05-06")
        #expect(found == ["Islam Karimov → Vladimir Voronin letter -"])
    }

    @Test(arguments: [
        "Moldovan Foreign Minister Andrei Stratan sent a letter to Vladimir Voronin.",
        "Moldovan Foreign Minister Andrei Stratan sent the letter to Vladimir Voronin on Monday.",
    ])
    func aMediumTheSubjectSendsIsANewMessage(sentence: String) {
        #expect(messages(Self.letter + sentence, date: "2005-05-06").contains("Andrei Stratan → Vladimir Voronin letter -"))
    }
}
