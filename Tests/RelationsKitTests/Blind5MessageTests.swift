import Testing
@testable import RelationsKit

/// Messages in the shapes of the fifth blind round. Invented sentences, with negative cases.
@Suite("extraction: blind5 round, messages")
struct Blind5MessageTests: WireCopyProbe {

    // MARK: The spring holiday in its local spellings

    @Test(arguments: ["Nauryz", "Nooruz", "Nawruz", "Navruz", "Novruz", "Nowruz"])
    func theSpringHolidayInAnySpellingIsNowruz(name: String) {
        #expect(messages("President of Kazakhstan Kassym-Jomart Tokayev has sent greetings on the occasion of \(name) to President of Kyrgyzstan Sadyr Japarov.", date: "2024-03-21")
            == ["Kassym-Jomart Tokayev → Sadyr Japarov greeting Nowruz"])
    }

    @Test func theHolidayInTheTitleIsTheOccasion() {
        #expect(messages("Tokayev sent greetings to the Uzbek leader Shavkat Mirziyoyev, wishing the people of Uzbekistan peace.",
                         title: "Tokayev sends Nauryz greetings to heads of state", date: "2024-03-21")
            == ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev greeting Nowruz"])
    }
}
