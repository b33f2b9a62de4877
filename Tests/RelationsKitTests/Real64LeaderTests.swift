import Testing
@testable import RelationsKit

/// Leader wording of the real61–64 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A body's capitalized name may hold a possessive ("Chairman of the People's Council of Turkmenistan A", "A, chairman of the
/// People's Council of Turkmenistan,"), and a legislature's possessive may name its chamber ("A, the speaker of the Russian
/// parliament's upper chamber,").
///
/// Capitalized words after an office in a headline in Title Case that runs on after them ("Turkmen President Announces Amnesty
/// for Prisoners", a digest's next story inside the body) are no new person's name.
@Suite("extraction: leaders, real64")
struct Real64LeaderTests: WireCopyProbe {

    @Test(arguments: [
        ("Xi met Gurbanguly Berdimuhamedov, chairman of the People's Council of Turkmenistan, in Beijing.", "Gurbanguly Berdimuhamedov Chairman TKM"),
        ("Xi met Chairman of the People's Council of Turkmenistan Gurbanguly Berdimuhamedov in Beijing.", "Gurbanguly Berdimuhamedov Chairman TKM"),
        ("Valentina Matviyenko, the speaker of the Russian parliament's upper chamber, praised the vote.", "Valentina Matviyenko Speaker RUS"),
        ("Vyacheslav Volodin, the speaker of the Russian parliament's lower house, praised the vote.", "Vyacheslav Volodin Speaker RUS"),
    ])
    func aBodysPossessiveKeepsTheOfficesCountry(text: String, expected: String) {
        #expect(leaderFacts(text, date: "2023-10-19").contains(expected))
    }

    @Test(arguments: [
        // A possessive that opens no capitalized name, and a chamber of no legislature, tie no one.
        "Xi met Gurbanguly Berdimuhamedov, chairman of the people's council, in Beijing.",
        "Valentina Matviyenko, the speaker of the meeting's upper chamber, praised the vote.",
    ])
    func noBodyNoTie(text: String) {
        #expect(leaderFacts(text, date: "2023-10-19").allSatisfy { !$0.hasPrefix("Gurbanguly Berdimuhamedov Chairman") && !$0.hasPrefix("Valentina Matviyenko") })
    }

    @Test func aHeadlineInTitleCaseNamesNoNewPerson() {
        let text = "The tenth volume has been published.\nTurkmen President Announces Amnesty for Prisoners\nThe amnesty covers 500 prisoners."
        #expect(leaderFacts(text, date: "2023-10-19") == [])
    }

    @Test(arguments: [
        // A name that closes its line, or a sentence's name before a small word, stays a name.
        ("Letters were signed by\nPresident of Mongolia Ukhnaagiin Khurelsukh", "Ukhnaagiin Khurelsukh President MNG"),
        ("Mongolian President Ukhnaagiin Khurelsukh for his part thanked the hosts.", "Ukhnaagiin Khurelsukh President MNG"),
    ])
    func aNameOutsideAHeadlineStays(text: String, expected: String) {
        #expect(leaderFacts(text, date: "2023-10-19").contains(expected))
    }
}
