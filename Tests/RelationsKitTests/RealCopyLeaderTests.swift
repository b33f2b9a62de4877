import Testing
@testable import RelationsKit

/// Leaders in the shapes of real wire copy: a second post stacked on the office, a known office of a body no state is named in
/// ("Prime Minister of X, Chairman of the Council of Ministers of the Union State Y"). Invented sentences, with negative cases.
@Suite("extraction: real copy, leaders")
struct RealCopyLeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2019-05-28") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    // MARK: A second post stacked on the office

    @Test(arguments: [
        ("Prime Minister of Armenia, Chairman of the Intergovernmental Council of the Eurasian Economic Union Nikol Pashinyan arrived in Minsk.", "Nikol Pashinyan | Prime Minister | ARM"),
        ("The talks were attended by Speaker of the National Assembly of Armenia, Chairman of the Council of the Interparliamentary Assembly of the CIS Ararat Mirzoyan.", "Ararat Mirzoyan | Speaker | ARM"),
        ("Foreign Minister of Armenia, Chairman of the CSTO Council of Foreign Ministers Zohrab Mnatsakanyan, opened the session.", "Zohrab Mnatsakanyan | Foreign Minister | ARM"),
        ("Greetings went to Prime Minister of Belarus, Chairman of the Council of Ministers of the Union State Sergei Rumas.", "Sergei Rumas | Prime Minister | BLR"),
    ])
    func theFirstTitleIsTheOffice(sentence: String, expected: String) {
        #expect(leaders(sentence).contains(expected))
    }

    @Test func aSecondPostWithAStateIsNoBodyOfTheFirst() {
        // The second office names a state of its own: two persons' titles, not one person's stacked posts.
        let found = leaders("Prime Minister of Armenia, President of Belarus Alexander Lukashenko and others met.")
        #expect(!found.contains { $0.hasPrefix("Alexander Lukashenko | Prime Minister") })
    }

    @Test func aBodyWithoutANameAfterItPlacesNoOne() {
        let found = leaders("Prime Minister of Armenia, Chairman of the Intergovernmental Council of the Eurasian Economic Union, said the talks went well.")
        #expect(found.isEmpty)
    }

    // MARK: A monarch's one name, and "colleague" for counterpart

    @Test(arguments: [
        ("King of the Netherlands Willem-Alexander and King of Sweden Carl XVI Gustaf sent congratulations.", "Willem-Alexander | King | NLD"),
        ("Messages came from King of Spain Felipe, who recalled his visit.", "Felipe | King | ESP"),
        ("The greetings of King of Belgium Philippe were conveyed by the ambassador.", "Philippe | King | BEL"),
    ])
    func aKingOfOneName(sentence: String, expected: String) {
        #expect(leaders(sentence).contains(expected))
    }

    @Test func aKingWithNoNameAfterTheCountryIsNoOne() {
        #expect(leaders("The letter of the King of Spain, dated 3 May, arrived.").isEmpty)
        #expect(leaders("A message from the King of Spain December was read out.").isEmpty)
    }

    @Test(arguments: [
        "Vladimir Putin sent a congratulatory message to his Kazakh colleague Kassym-Jomart Tokayev.",
        "Kassym-Jomart Tokayev, his Kazakh colleague, received a congratulatory message from President Vladimir Putin.",
    ])
    func aColleagueIsACounterpart(sentence: String) {
        #expect(leaders(sentence, date: "2022-10-22").contains("Kassym-Jomart Tokayev | President | KAZ"))
    }
}
