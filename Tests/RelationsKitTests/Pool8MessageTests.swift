import Testing
@testable import RelationsKit

/// Messages and names in the mechanisms the pool8 audit found failing: the occasion a letter's own words give the
/// congratulation they offer is the message's; a people that shares its "of X" with its leader's office ("to the President and
/// people of X") stands beside that leader, so a message to the leader by name covers it; condolences or congratulations
/// reported after a meeting with the same person, or given next as words said aloud, are no message; a name cut at a letter the
/// page lost is no one's. Invented sentences, with negative cases.
@Suite("extraction: pool8, messages and names")
struct Pool8MessageTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    // MARK: The occasion stated in the letter's own words

    @Test(arguments: [
        ("BAKU, 10 May 2022. President Ilham Aliyev sent a congratulatory letter to Kassym-Jomart Tokayev.\n\n\"Dear Kassym-Jomart Kemelevich,\n\nPlease accept my heartfelt congratulations on the occasion of your birthday.\n\nI wish you good health and new successes,\" the head of state wrote.",
         "Ilham Aliyev → Kassym-Jomart Tokayev congratulation birthday"),
        // The letter's quotation is never closed (a page cut short).
        ("DUSHANBE, 1 September 2021. Emomali Rahmon has sent a congratulatory message to Shavkat Mirziyoyev.\n\nThe message reads:\n\n\"Dear Shavkat Miromonovich,\n\nI warmly congratulate you on Independence Day.\n\nI am sure that our friendship will grow stronger",
         "Emomali Rahmon → Shavkat Mirziyoyev congratulation Independence Day"),
        ("ASHGABAT, 20 March 2023. Serdar Berdimuhamedov sent greetings to Shavkat Mirziyoyev.\n\n\"Esteemed Shavkat Miromonovich! We send you our warmest greetings on Nowruz, the holiday of spring,\" the message says.",
         "Serdar Berdimuhamedov → Shavkat Mirziyoyev greeting Nowruz"),
    ])
    func theLetterGivesItsOwnOccasion(body: String, expected: String) {
        #expect(messages(body, title: "A letter to the President") == [expected])
    }

    @Test func wordsWithoutAnOccasionLeaveItUnknown() {
        let body = "BAKU, 10 May 2022. President Ilham Aliyev sent a congratulatory letter to Kassym-Jomart Tokayev.\n\n\"Dear Kassym-Jomart Kemelevich,\n\nI wish you good health and new successes,\" the head of state wrote."
        #expect(messages(body, title: "A letter to the President") == ["Ilham Aliyev → Kassym-Jomart Tokayev congratulation -"])
    }

    @Test func theReportsOwnOccasionStays() {
        let body = "BAKU, 28 December 2021. Ilham Aliyev sent a congratulatory letter to Kassym-Jomart Tokayev on Independence Day.\n\n\"Let me also congratulate you on the coming New Year,\" the letter says."
        #expect(messages(body, title: "A letter to the President") == ["Ilham Aliyev → Kassym-Jomart Tokayev congratulation Independence Day"])
    }

    @Test func aCondolenceTakesNoOccasion() {
        let body = "BAKU, 10 May 2022. Ilham Aliyev sent a letter of condolence to Kassym-Jomart Tokayev.\n\n\"I congratulate you on your courage in these days of grief,\" the letter says."
        #expect(messages(body, title: "A letter to the President").allSatisfy { $0.hasSuffix(" -") })
    }

    // MARK: The President and people of X

    @Test(arguments: [
        "The President of Uzbekistan Shavkat Mirziyoyev sent congratulations to the President and people of Kazakhstan on the occasion of Nauryz.\n\nTaking this opportunity, Shavkat Mirziyoyev wished Kassym-Jomart Tokayev good health and success.",
        "The President of Uzbekistan Shavkat Mirziyoyev sent congratulations to the head of state and the people of Kazakhstan on the occasion of Nauryz.\n\nShavkat Mirziyoyev also wished Kassym-Jomart Tokayev good health and success.",
    ])
    func thePeopleBesideAnUnnamedLeaderIsCoveredByTheLeader(body: String) {
        let found = messages(body, title: "Mirziyoyev congratulates Kazakhstan on Nauryz", date: nil)
        #expect(found.contains("Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Nowruz"))
        #expect(!found.contains { $0.hasPrefix("Shavkat Mirziyoyev → KAZ") })
    }

    @Test func withNoLeaderNamedTheCountryStays() {
        let body = "The President of Uzbekistan Shavkat Mirziyoyev sent congratulations to the President and people of Kazakhstan on the occasion of Nauryz."
        #expect(messages(body, title: "Mirziyoyev congratulates Kazakhstan on Nauryz", date: nil).contains { $0.hasPrefix("Shavkat Mirziyoyev → KAZ congratulation") })
    }

    // MARK: Said at a meeting reported before

    @Test(arguments: [
        "MOSCOW, 28 March 2018. Foreign Minister of Kyrgyzstan Erlan Abdyldayev met with his Russian counterpart Sergey Lavrov, the ministry said in a message.\n\nThe sides discussed regional security.\n\nErlan Abdyldayev also expressed his condolences to Sergey Lavrov over the fire in Kemerovo.",
        "MOSCOW, 7 October 2019. Nikol Pashinyan held talks with Vladimir Putin in the Kremlin.\n\nThe leaders discussed trade and energy.\n\nNikol Pashinyan congratulated Vladimir Putin on his birthday.",
        "YEREVAN, 7 October 2019. The meeting of Nikol Pashinyan and Vladimir Putin lasted three hours.\n\nAt the end, Nikol Pashinyan extended his congratulations to Vladimir Putin on his birthday.",
    ])
    func aMessageAfterAMeetingWithTheSamePersonWasSaidThere(body: String) {
        #expect(messages(body, title: "The leaders discussed cooperation", date: nil).isEmpty)
    }

    @Test func aMeetingWithSomeoneElseKeepsTheMessage() {
        let body = "MOSCOW, 7 October 2019. Nikol Pashinyan met Ilham Aliyev in Brussels.\n\nNikol Pashinyan congratulated Vladimir Putin on his birthday."
        #expect(messages(body, title: "Pashinyan congratulates Putin", date: nil).contains("Nikol Pashinyan → Vladimir Putin congratulation birthday"))
    }

    @Test func aWrittenMediumKeepsTheMessage() {
        let body = "MOSCOW, 7 October 2019. Nikol Pashinyan held talks with Vladimir Putin in the Kremlin.\n\nLater, Nikol Pashinyan congratulated Vladimir Putin on his birthday. The telegram wishes him good health."
        #expect(messages(body, title: "Pashinyan congratulates Putin", date: nil).contains("Nikol Pashinyan → Vladimir Putin congratulation birthday"))
    }

    // MARK: Words given next as said aloud

    @Test(arguments: [
        "ASTANA, 4 July 2024. Kassym-Jomart Tokayev congratulated Shavkat Mirziyoyev on his re-election.\n\n\"I extend my sincere congratulations to my friend Shavkat Mirziyoyev. We are ready to work together,\" he said.",
        "ASTANA, 4 July 2024. Kassym-Jomart Tokayev warmly congratulated Shavkat Mirziyoyev and the people of Uzbekistan on the victory.\n\n\"Our congratulations go to the fraternal Uzbek people,\" Tokayev told reporters.",
    ])
    func wordsGivenAsSaidAreNoMessage(body: String) {
        #expect(messages(body, title: "The summit opens", date: nil).isEmpty)
    }

    @Test(arguments: ["the telegram reads", "he wrote"])
    func wordsGivenAsWrittenKeepTheMessage(attribution: String) {
        let body = "ASTANA, 4 July 2024. Kassym-Jomart Tokayev congratulated Shavkat Mirziyoyev on his re-election.\n\n\"I extend my sincere congratulations to you,\" \(attribution)."
        #expect(messages(body, title: "The summit opens", date: nil).contains("Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation election victory"))
    }

    @Test func aQuotationAboutAMessageSentKeepsIt() {
        let body = "MOSCOW, 4 July. Vladimir Putin has congratulated Kassym-Jomart Tokayev on his birthday, a Kremlin aide said.\n\n\"We always send a congratulatory message on behalf of the president,\" the aide said."
        #expect(messages(body, title: "Putin congratulates Tokayev", date: nil).contains("Vladimir Putin → Kassym-Jomart Tokayev congratulation birthday"))
    }

    // MARK: A name cut at a lost letter

    @Test(arguments: ["Lech Kaczy?ski", "Bronis?aw Komorowski", "Lech Kaczy\u{FFFD}ski"])
    func aNameCutAtALostLetterIsNoName(name: String) {
        let found = leaders("The presidents of Lithuania and Poland will attend. President of Poland \(name) arrived in Baku on Monday.", date: "2007-06-18")
        #expect(!found.contains { $0.hasSuffix("| President | POL") })
    }

    @Test func aQuestionMarkAfterANameKeepsIt() {
        let found = leaders("Will President of Poland Andrzej Duda come? Nobody knows.", date: "2016-06-18")
        #expect(found.contains("Andrzej Duda | President | POL"))
    }
}
