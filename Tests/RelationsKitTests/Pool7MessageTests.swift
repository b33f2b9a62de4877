import Testing
@testable import RelationsKit

/// Messages in the mechanisms the pool7 audit found failing: a congratulation reported after a paragraph about a telephone
/// call, in an article that names no written medium, was said in the call; a people addressed beside its own leader in one
/// recipient list ("to President A and the people of X") is a co-addressee of that message, not a message of its own; a
/// plain "message" of no kind and no occasion is described by the later sentence that states them for the same pair, not
/// counted again. Invented sentences, with negative cases.
@Suite("extraction: pool7, messages")
struct Pool7MessageTests: WireCopyProbe {
    // MARK: A congratulation after a reported call is part of the call

    @Test(arguments: [
        ("ASTANA, 12 March 2024. Kassym-Jomart Tokayev had a telephone conversation with President of Kyrgyzstan Sadyr Japarov.\n\nKassym-Jomart Tokayev congratulated Sadyr Japarov on Nowruz and wished the Kyrgyz people prosperity.",
         "Tokayev congratulates Japarov on Nowruz"),
        ("BISHKEK, 5 October 2023. Sadyr Japarov phoned Emomali Rahmon, the presidential press office said.\n\nSadyr Japarov warmly congratulated Emomali Rahmon on his birthday, wishing him good health.",
         "Japarov congratulates Rahmon on his birthday"),
        ("TASHKENT, 24 December 2022. On Saturday, the President of Uzbekistan Shavkat Mirziyoyev held a phone conversation with the President of Azerbaijan Ilham Aliyev.\n\nThe President of Uzbekistan cordially congratulated the President of Azerbaijan on his birthday.\n\nThe leaders also discussed the agenda of upcoming visits.",
         "Mirziyoyev congratulates Aliyev"),
    ])
    func aCongratulationAfterAReportedCallWasSaidInIt(body: String, title: String) {
        #expect(messages(body, title: title, date: nil).isEmpty)
    }

    @Test func aCongratulationBeforeTheCallIsStillAMessage() {
        let body = "ASTANA, 12 March 2024. Kassym-Jomart Tokayev congratulated Sadyr Japarov on Nowruz.\n\nLater that day, Kassym-Jomart Tokayev had a telephone conversation with Shavkat Mirziyoyev on water issues."
        #expect(messages(body, date: "2024-03-12").contains("Kassym-Jomart Tokayev → Sadyr Japarov congratulation Nowruz"))
    }

    @Test func aWrittenMediumInTheArticleKeepsTheMessage() {
        let body = "ASTANA, 12 March 2024. Kassym-Jomart Tokayev had a telephone conversation with Shavkat Mirziyoyev on water issues.\n\nKassym-Jomart Tokayev congratulated Sadyr Japarov on Nowruz. The congratulatory letter wishes the Kyrgyz people prosperity."
        #expect(messages(body, date: "2024-03-12").contains("Kassym-Jomart Tokayev → Sadyr Japarov congratulation Nowruz"))
    }

    // MARK: A people beside its own leader in one recipient list

    @Test(arguments: [
        ("ASTANA, 31 August 2021. Kazakh President Kassym-Jomart Tokayev has sent his warm congratulations to President Sadyr Japarov and the people of Kyrgyzstan on Independence Day.",
         "Kassym-Jomart Tokayev → Sadyr Japarov congratulation Independence Day"),
        ("TASHKENT, 9 September 2022. Shavkat Mirziyoyev congratulated Emomali Rahmon and the people of Tajikistan on Independence Day.",
         "Shavkat Mirziyoyev → Emomali Rahmon congratulation Independence Day"),
        ("MINSK, 28 May 2019. Alexander Lukashenko sent a congratulatory message to Ilham Aliyev and the people of Azerbaijan on Independence Day.",
         "Alexander Lukashenko → Ilham Aliyev congratulation Independence Day"),
    ])
    func aPeopleBesideItsLeaderIsNoMessageOfItsOwn(body: String, expected: String) {
        #expect(messages(body, date: nil) == [expected])
    }

    @Test func aPeopleOfAnotherCountryIsStillAddressed() {
        let found = messages("ASTANA, 31 August 2021. Kassym-Jomart Tokayev congratulated Sadyr Japarov and the people of Tajikistan on their holidays.", date: "2021-08-31")
        #expect(found.contains { $0.hasPrefix("Kassym-Jomart Tokayev → TJK") })
    }

    @Test func aPeopleInASentenceOfItsOwnIsStillAMessage() {
        let found = messages("MINSK, 3 July 2021. Vladimir Putin sent congratulations to Alexander Lukashenko on Independence Day. In a separate message, Vladimir Putin also congratulated the people of Belarus on the holiday.", date: "2021-07-03")
        #expect(found.contains("Vladimir Putin → Alexander Lukashenko congratulation Independence Day"))
        #expect(found.contains { $0.hasPrefix("Vladimir Putin → BLR") })
    }

    // MARK: A plain "message" described later is one message

    @Test(arguments: [
        "MOSCOW, 7 October 2022. Vladimir Putin intends to deepen the partnership with Kazakhstan. This was stated in the message of the Russian President addressed to Kassym-Jomart Tokayev.\n\nVladimir Putin congratulated Kassym-Jomart Tokayev on his birthday.",
        "MOSCOW, 7 October 2022. Vladimir Putin sent a message to Kassym-Jomart Tokayev, the Kremlin press service reported.\n\nIn it, the two countries' ties were praised. Vladimir Putin congratulated Kassym-Jomart Tokayev on his birthday and wished him success.",
        "MOSCOW, 7 October 2022. A message from Vladimir Putin to Kassym-Jomart Tokayev was read out on national television.\n\nVladimir Putin congratulated Kassym-Jomart Tokayev on his birthday.",
    ])
    func aPlainMessageDescribedLaterIsOneMessage(body: String) {
        #expect(messages(body, date: "2022-10-07") == ["Vladimir Putin → Kassym-Jomart Tokayev congratulation birthday"])
    }

    @Test(arguments: [
        "MOSCOW, 7 October 2022. Vladimir Putin sent a letter to Kassym-Jomart Tokayev.\n\nVladimir Putin congratulated Kassym-Jomart Tokayev on his birthday.",
        "MOSCOW, 7 October 2022. Vladimir Putin sent a message to Kassym-Jomart Tokayev.\n\nVladimir Putin also congratulated Kassym-Jomart Tokayev on his birthday.",
    ])
    func aLetterOrAnotherMessageStaysTwo(body: String) {
        let found = messages(body, date: "2022-10-07")
        #expect(found.contains("Vladimir Putin → Kassym-Jomart Tokayev congratulation birthday"))
        #expect(found.contains("Vladimir Putin → Kassym-Jomart Tokayev letter -"))
    }
}
