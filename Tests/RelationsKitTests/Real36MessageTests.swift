import Testing
@testable import RelationsKit

/// Messages in the classes of wording the real33–real36 round found failing on unseen copy. Invented sentences (other
/// countries, people and years than the development items), with near-misses that must not fire.
@Suite("extraction: real36 round, messages")
struct Real36MessageTests: WireCopyProbe {
    // MARK: An international body's officer under a title the conventions do not list

    /// Roundups name the heads of international bodies among the senders, each with the body and a title of its own, in
    /// either case, with or without a hyphen, with the body's acronym in brackets; every one is a sender.
    @Test(arguments: [
        ("TASHKENT, 1 September 2019. Shavkat Mirziyoyev has received congratulations on Independence Day. Congratulations also came from "
            + "OSCE Secretary General Aldo Ferreri, Interpol secretary general Jonas Lindqvist and UNESCO Director-General Amara Okonkwo.",
         ["Aldo Ferreri", "Jonas Lindqvist", "Amara Okonkwo"]),
        ("TASHKENT, 1 September 2019. Greetings on Independence Day were also sent to Shavkat Mirziyoyev by SCO secretary general Li Wenhao, "
            + "ECO deputy secretary general Farid Rustamov and the Turksoy Secretary-General Ayten Karaca.",
         ["Li Wenhao", "Farid Rustamov", "Ayten Karaca"]),
        ("TASHKENT, 1 September 2019. Among those who congratulated Shavkat Mirziyoyev on Independence Day in writing were UNESCO "
            + "Director-General Amara Okonkwo and the Organization of Turkic States Secretary General Kemal Aydin.",
         ["Amara Okonkwo", "Kemal Aydin"]),
        ("TASHKENT, 1 September 2019. Shavkat Mirziyoyev received congratulations on Independence Day from CIS Executive Secretary Pavel Orlov.",
         ["Pavel Orlov"]),
    ])
    func everyOfficerOfABodyInARoundupSends(body: String, senders: [String]) {
        let found = messages(body, date: "2019-09-01")
        #expect(Set(found.map { String($0.split(separator: "→")[0]).trimmingCharacters(in: .whitespaces) }) == Set(senders))
        #expect(found.allSatisfy { $0.contains("→ Shavkat Mirziyoyev") })
    }

    @Test func aBodysOfficerWithItsAcronymInBracketsSends() {
        let body = "TASHKENT, 1 September 2019. Shavkat Mirziyoyev received letters of congratulations from the International Organization for Migration "
            + "(IOM) Director General Elena Marsh and the CIS Executive Secretary Pavel Orlov."
        #expect(messages(body, date: "2019-09-01") == ["Elena Marsh → Shavkat Mirziyoyev congratulation -", "Pavel Orlov → Shavkat Mirziyoyev congratulation -"])
    }

    @Test func aBodysOfficerReceivesToo() {
        #expect(messages("TASHKENT, 1 September 2019. Shavkat Mirziyoyev sent a letter of condolence to OSCE Secretary General Aldo Ferreri.", date: "2019-09-01")
                == ["Shavkat Mirziyoyev → Aldo Ferreri condolence -"])
    }

    @Test(arguments: [
        // Met in person: no message.
        "TASHKENT, 1 September 2019. Shavkat Mirziyoyev met UNESCO Director-General Amara Okonkwo, who congratulated him on Independence Day.",
        // Told reporters: a remark.
        "TASHKENT, 1 September 2019. CIS Executive Secretary Pavel Orlov told reporters that the Commonwealth would send a delegation to the celebrations.",
        // Said at a forum.
        "TASHKENT, 1 September 2019. Speaking at the forum, ECO secretary general Farid Rustamov congratulated Shavkat Mirziyoyev on Independence Day.",
        // Congratulated by telephone.
        "TASHKENT, 1 September 2019. Interpol secretary general Jonas Lindqvist congratulated Shavkat Mirziyoyev on Independence Day by telephone.",
    ])
    func anOfficerSpeakingSendsNothing(body: String) {
        #expect(messages(body, date: "2019-09-01").isEmpty)
    }

    // MARK: An undated page that names its sender in the title and only by office in the body

    /// With no date to look the holder up on, the office of a country (after "the", as a possessive, as an adjective, as a
    /// passive's agent) is the person the title names whom the reference lists in that office.
    @Test(arguments: [
        ("Japarov offers condolences to Turkey over the earthquake",
         "The President of Kyrgyzstan sent a telegram of condolences to Turkish President Recep Tayyip Erdogan on Tuesday.",
         "Sadyr Japarov → Recep Tayyip Erdogan condolence -"),
        ("Sadyr Japarov sends condolences to Ankara",
         "Kyrgyzstan's President has expressed condolences to President of Turkey Recep Tayyip Erdogan over the earthquake in a telegram.",
         "Sadyr Japarov → Recep Tayyip Erdogan condolence -"),
        ("Japarov congratulates Mirziyoyev",
         "The Kyrgyz President sent a congratulatory letter to President of Uzbekistan Shavkat Mirziyoyev on Independence Day.",
         "Sadyr Japarov → Shavkat Mirziyoyev congratulation Independence Day"),
        ("Japarov congratulates Mirziyoyev",
         "A congratulatory telegram was sent by the President of Kyrgyzstan to President of Uzbekistan Shavkat Mirziyoyev on Independence Day.",
         "Sadyr Japarov → Shavkat Mirziyoyev congratulation Independence Day"),
    ])
    func anUndatedOfficeIsTheHolderTheTitleNames(title: String, body: String, expected: String) {
        #expect(messages(body, title: title, date: nil) == [expected])
    }

    @Test func aTitleNamingAnotherCountrysLeaderLeavesTheCountry() {
        let found = messages("The President of Kyrgyzstan sent a congratulatory letter to President of Uzbekistan Shavkat Mirziyoyev on Independence Day.",
                             title: "Tokayev congratulates Mirziyoyev", date: nil)
        #expect(found == ["KGZ → Shavkat Mirziyoyev congratulation Independence Day"])
    }
}
