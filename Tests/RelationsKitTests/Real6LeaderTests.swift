import Testing
@testable import RelationsKit

/// Names in the shapes of the sixth real-copy round: letters English copy borrows from Turkish and Azerbaijani spelling,
/// and the Russian forms of Ukrainian names. Invented articles, each mechanism with a negative case.
@Suite("extraction: real6 round, leaders and names")
struct Real6LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    // MARK: The Turkish İ and ı and the Azerbaijani Ə

    @Test(arguments: [
        "President of Azerbaijan İlham Aliyev received the delegation in Baku.",
        "Azerbaijani President İlham Əliyev received the delegation in Baku.",
        "The delegation was received by İlham Aliyev, the President of Azerbaijan.",
    ])
    func aBorrowedLetterStillNamesTheReferencePerson(body: String) {
        #expect(leaders(body) == ["Ilham Aliyev | President | AZE"])
    }

    @Test func theEvidenceKeepsTheLettersAsWritten() throws {
        let body = "President of Azerbaijan İlham Aliyev received the delegation in Baku."
        let leader = try #require(facts(body).leaders.first)
        let scalars = Array(body.unicodeScalars)
        let evidence = String(String.UnicodeScalarView(scalars[leader.start..<leader.end]))
        #expect(evidence.contains("İlham Aliyev"))
    }

    @Test func aPersonTheTablesLackIsNamedInTheReadSpelling() {
        // Not a reference person: a new person, named as written (the annotation guide's rule for anyone else), like the other
        // letters of Turkish and Azerbaijani names ("Mevlüt Çavuşoğlu"); the borrowed letters are read only to match.
        #expect(leaders("Azerbaijani Foreign Minister Əlibəy Qasımlı met the envoy.")
            == ["Əlibəy Qasımlı | Foreign Minister | AZE"])
    }

    // MARK: Ukrainian leaders under their Russian names

    @Test(arguments: [
        ("Ukraine's acting president Alexander Turchinov signed the decree on Monday.", "2014-03-10", "Oleksandr Turchynov | President | UKR"),
        ("Ukrainian Prime Minister Arseny Yatsenyuk arrived in Brussels.", "2015-06-05", "Arseniy Yatsenyuk | Prime Minister | UKR"),
        ("Prime Minister of Ukraine Denis Shmygal held talks in Warsaw.", "2021-04-02", "Denys Shmyhal | Prime Minister | UKR"),
        ("President of Ukraine Viktor Yanukovich met the delegation.", "2012-06-05", "Viktor Yanukovych | President | UKR"),
    ])
    func aRussianFormNamesTheUkrainianLeader(body: String, date: String, expected: String) {
        #expect(leaders(body, date: date) == [expected])
    }

    @Test func belarusSPrimeMinisterIsNotTakenForUkrainesActingPresident() {
        #expect(leaders("Belarusian Prime Minister Alexander Turchin visited Moscow.", date: "2025-06-05")
            == ["Alexander Turchin | Prime Minister | BLR"])
    }

    // MARK: A given name spelt one consonant away, the family name and the office agreeing

    @Test(arguments: [
        "President of Kazakhstan Gasim-Jomart Tokayev sent a letter to the summit.",
        "Kazakh President Kassym-Zhomart Tokayev sent a letter to the summit.",
    ])
    func theOfficeHolderUnderAnotherGivenName(body: String) {
        #expect(leaders(body, date: "2023-05-10") == ["Kassym-Jomart Tokayev | President | KAZ"])
    }

    @Test func bothNamesOffIsAnotherPerson() {
        // Two consonants away in all (one in each name): not taken for the office-holder.
        #expect(leaders("President of Kazakhstan Gasim-Jomart Tokaber sent a letter to the summit.", date: "2023-05-10")
            .allSatisfy { !$0.hasPrefix("Kassym-Jomart Tokayev") })
    }

    // MARK: A chairwoman, or a chair, of a chamber

    @Test(arguments: [
        "The letter went to Chairwoman of the Federation Council of the Russian Federal Assembly Valentina Matviyenko.",
        "The letter went to Chair of the Federation Council of the Federal Assembly of Russia Valentina Matviyenko.",
    ])
    func aChairwomanOrAChairIsTheChamberSChairman(body: String) {
        #expect(leaders(body, date: "2019-05-09") == ["Valentina Matviyenko | Chairman | RUS"])
    }

    @Test func aChairOfNoCountryIsNoLeader() {
        #expect(leaders("The chair of the meeting, Anna Petrova, opened the session in Minsk.", date: "2019-05-09").isEmpty)
    }

    // MARK: Names of five words and more

    @Test(arguments: [
        ("The letter came from King of Saudi Arabia Salman bin Abdulaziz Al Saud on Monday.", "Salman bin Abdulaziz Al Saud | King | SAU"),
        ("President of Nicaragua Jose Daniel Ortega Saavedra sent greetings.", "Jose Daniel Ortega Saavedra | President | NIC"),
        ("President of Brazil Luiz Inacio Lula da Silva met the delegation.", "Luiz Inacio Lula da Silva | President | BRA"),
    ])
    func aLongNameIsReadToItsEnd(body: String, expected: String) {
        #expect(leaders(body, date: "2023-05-10") == [expected])
    }

    @Test func aLongNameStopsAtTheLineEnd() {
        #expect(leaders("President of Brazil Luiz Inacio Lula\nDa Silva Street was closed.", date: "2023-05-10")
            == ["Luiz Inacio Lula | President | BRA"])
    }
}
