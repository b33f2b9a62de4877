import Testing
@testable import RelationsKit

/// Messages, the real45–46 round: wording classes of written messages read on copy from sites no rule was shaped to. Invented
/// sentences (other countries, people and years than the development items), with near-misses that must not fire.
@Suite("extraction: real45–46 round, messages")
struct Real46MessageTests: WireCopyProbe {
    // MARK: A group of leaders congratulated, the medium named elsewhere

    /// "X congratulated the leaders of A, B and C" with no medium in its sentence, in an article whose title names no message: the
    /// medium named in another sentence ("In his letters ...", "The telegrams were published ...", or before it) makes each state a
    /// member of the group written to. The group by any noun ("leaders", "heads of state", "counterparts from", "prime ministers"),
    /// a people joined to the list ("and citizens of D and E"), the medium before or after. With no date the tables give no holder,
    /// and the state stands for its leader.
    @Test(arguments: [
        ("Tokayev: the spring unites the Turkic world",
         "President of Kazakhstan Kassym-Jomart Tokayev congratulated the leaders of Uzbekistan, Kyrgyzstan and Tajikistan on Nowruz. In his letters he wished the peoples peace.",
         ["Kassym-Jomart Tokayev → UZB congratulation Nowruz", "Kassym-Jomart Tokayev → KGZ congratulation Nowruz", "Kassym-Jomart Tokayev → TJK congratulation Nowruz"]),
        ("Aliyev and the memory of the war",
         "Ilham Aliyev sent telegrams on Monday.\n\nThe President congratulated his counterparts from Moldova and Armenia on Victory Day.",
         ["Ilham Aliyev → MDA congratulation Victory Day", "Ilham Aliyev → ARM congratulation Victory Day"]),
        ("Lukashenko on friendship",
         "Alexander Lukashenko congratulated the heads of state of Uzbekistan and Turkmenistan on New Year, wishing them success. The letters were published on Friday.",
         ["Alexander Lukashenko → UZB congratulation New Year", "Alexander Lukashenko → TKM congratulation New Year"]),
        ("Aliyev on the war",
         "Ilham Aliyev congratulated the prime ministers of Moldova and Armenia on Victory Day. The telegrams were published on Friday.",
         ["Ilham Aliyev → MDA congratulation Victory Day", "Ilham Aliyev → ARM congratulation Victory Day"]),
        ("Mirziyoyev on history",
         "In his messages Shavkat Mirziyoyev recalled the common past.\n\nMirziyoyev congratulated the leaders of Kazakhstan, Tajikistan, Armenia and citizens of Azerbaijan and Georgia on Victory Day.",
         ["Shavkat Mirziyoyev → KAZ congratulation Victory Day", "Shavkat Mirziyoyev → TJK congratulation Victory Day", "Shavkat Mirziyoyev → ARM congratulation Victory Day",
          "Shavkat Mirziyoyev → AZE congratulation Victory Day", "Shavkat Mirziyoyev → GEO congratulation Victory Day"]),
    ])
    func aGroupOfLeadersIsWrittenToWhenTheArticleNamesAMedium(title: String, body: String, expected: [String]) {
        #expect(messages(body, title: title, date: nil) == Set(expected))
    }

    /// Near-misses: a group congratulated in an article that names no written medium (perhaps at talks); a group at a summit,
    /// though "letters" stand elsewhere; others than leaders ("the athletes of A and B"); a negation; a quoted plan; states
    /// congratulated bare, with no group (a statement, as before).
    @Test(arguments: [
        ("Tokayev on the border deal", "Kassym-Jomart Tokayev congratulated the leaders of Uzbekistan and Kyrgyzstan on the border deal."),
        ("Tokayev in Astana", "At the summit in Astana, Kassym-Jomart Tokayev congratulated the leaders of Uzbekistan and Kyrgyzstan on the agreement. The letters of intent were signed later."),
        ("Tokayev on sport", "Kassym-Jomart Tokayev congratulated the athletes of Uzbekistan and Kyrgyzstan on their medals. He wrote a letter to the committee."),
        ("Tokayev on the holiday", "Kassym-Jomart Tokayev sent letters to the ministers on Monday. He has not congratulated the leaders of Armenia and Georgia."),
        ("Tokayev on the holiday", "\"We will congratulate the leaders of Armenia and Georgia on Nowruz,\" Kassym-Jomart Tokayev said. He wrote about it in a letter to parliament."),
        ("Tokayev on the holiday", "Kassym-Jomart Tokayev congratulated Armenia and Georgia on the anniversary. He wrote about it in a letter to parliament."),
    ])
    func noGroupWrittenToWithoutAMediumOrALeader(title: String, body: String) {
        #expect(messages(body, title: title, date: nil).isEmpty)
    }

    // MARK: A title in small letters before a name the tables do not list

    /// "Polish Sejm marshal A"-like recipients: the country's adjective, a title written wholly or partly in small letters, then
    /// a full name the reference does not know. The person is the recipient, not the country.
    @Test(arguments: [
        ("President of Georgia Salome Zourabichvili has sent a telegram of condolence to Czech senate speaker Milos Vystrcil, the press service reported.",
         "Salome Zourabichvili → Milos Vystrcil condolence -"),
        ("Ilham Aliyev sent a letter of condolence to Hungarian parliament speaker Laszlo Kover on Monday.",
         "Ilham Aliyev → Laszlo Kover condolence -"),
        ("Ilham Aliyev sent a letter of condolence to Lithuanian Seimas chairwoman Viktorija Cmilyte on Monday.",
         "Ilham Aliyev → Viktorija Cmilyte condolence -"),
    ])
    func aTitleInSmallLettersBeforeAnUnlistedNameIsThePerson(body: String, expected: String) {
        #expect(messages(body, title: "Condolences", date: nil) == [expected])
    }

    /// Near-miss: a people addressed, with no name after the adjective, stays the country.
    @Test func aPeopleAddressedStaysTheCountry() {
        #expect(messages("Ilham Aliyev sent a letter of condolence to the Hungarian people on Monday.", title: "Condolences", date: nil) == ["Ilham Aliyev → HUN condolence -"])
    }
}
