import Testing
@testable import RelationsKit

/// Leaders in the shapes of the fifth blind round: an office phrase after a fronted phrase is the clause's subject, not
/// an apposition to the name that ends the fronted phrase. Invented sentences, with negative cases.
@Suite("extraction: blind5 round, leaders")
struct Blind5LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String = "2015-12-30") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    @Test(arguments: [
        "Putin sent greetings to President of South Ossetia Leonid Tibilov. In the messages to Raul Khajimba and Leonid Tibilov, the Russian president reaffirmed that Moscow would help.",
        "Putin sent greetings to President of South Ossetia Leonid Tibilov. In his message to Leonid Tibilov, the President of Russia noted that ties were strong.",
        "Putin sent greetings to President of South Ossetia Leonid Tibilov. After talks with Leonid Tibilov, the Russian President said that ties were strong.",
    ])
    func anOfficeBeforeAVerbIsTheSubjectNotAnApposition(body: String) {
        let found = leaders(body)
        #expect(found.contains("Leonid Tibilov | President | XSO"))
        #expect(!found.contains("Leonid Tibilov | President | RUS"))
    }

    @Test(arguments: [
        "The talks were attended by Kaja Kallas, the Estonian Prime Minister, and other guests.",
        "The talks were attended by Kaja Kallas, the Estonian Prime Minister since 2021.",
        "The talks were attended by Kaja Kallas, the Estonian Prime Minister.",
    ])
    func aRealAppositionStillNamesTheOffice(sentence: String) {
        #expect(leaders(sentence, date: "2022-05-05").contains("Kaja Kallas | Prime Minister | EST"))
    }

    // MARK: A second post coordinated in the apposition gives the country

    @Test(arguments: [
        "Eduard Shevardnadze, Chairman of Parliament and head of the Georgian state, told Interfax that Georgia would apply.",
        "Eduard Shevardnadze, Chairman of Parliament and head of state of Georgia, attended the summit as an observer.",
    ])
    func aSecondPostGivesTheCountry(sentence: String) {
        #expect(leaders(sentence, date: "1993-09-24").contains("Eduard Shevardnadze | Chairman | GEO"))
    }

    @Test(arguments: [
        "Eduard Shevardnadze, Chairman of Parliament, said that Georgia would apply.",
        "Eduard Shevardnadze, Chairman of the commission and a friend of Georgia and Russia alike said nothing.",
    ])
    func noCountryInTheAppositionNamesNoLeader(sentence: String) {
        #expect(!leaders(sentence, date: "1993-09-24").contains("Eduard Shevardnadze | Chairman | GEO"))
    }
}
