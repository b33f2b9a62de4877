import Testing
@testable import RelationsKit

/// Leaders of the real15/real16 round: a name the reference lists reads as an unlisted one does. A leader the title names
/// finds its body mention under any of the row's spellings; "on his appointment to the post of" before an office reads as
/// "as" for a listed name too; a listed holder coordinated after another name in a fronted phrase of "to" or "with" is no
/// subject, whatever the reference lists. Invented sentences, each with a negative case.
@Suite("extraction: real15/real16 round, leaders")
struct Real15LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2021-03-10") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    // MARK: A title's leader, named in the body under another of the row's spellings

    @Test(arguments: [
        ("Press conference with Foreign Minister of the Kyrgyz Republic Ruslan Kazakbayev following talks",
         "Ladies and gentlemen,\n\nMy colleague Ruslan Kazakbayev and I agreed on the agenda."),
        ("Talks with Foreign Minister of Kyrgyzstan Ruslan Kazakbayev",
         "Good afternoon,\n\nWe thank Mr Kazakbayev for a frank discussion."),
    ])
    func aTitlesLeaderIsFoundInTheBodyUnderAnAlias(title: String, body: String) {
        let found = Set(facts(body, title: title, date: "2021-03-10").leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
        #expect(found.contains("Ruslan Kazakbaev | Foreign Minister | KGZ"))
    }

    /// Negative case: a title's leader whom the body never names, under any spelling, has no evidence and no fact.
    @Test func aTitlesLeaderTheBodyNeverNamesGivesNone() {
        let found = facts("Ladies and gentlemen,\n\nWe agreed on the agenda.", title: "Talks with Foreign Minister of Kyrgyzstan Ruslan Kazakbayev", date: "2021-03-10").leaders
        #expect(found.isEmpty)
    }

    // MARK: "the post of" after a word of taking office, for a listed name

    @Test(arguments: [
        ("The President congratulated Jeyhun Bayramov on his appointment to the post of Minister of Foreign Affairs of Azerbaijan.",
         "2020-07-20", "Jeyhun Bayramov | Foreign Minister | AZE"),
        ("Sergei Lavrov congratulated Ruslan Kazakbaev on his appointment to the post of the Minister of Foreign Affairs of Kyrgyzstan.",
         "2020-10-16", "Ruslan Kazakbaev | Foreign Minister | KGZ"),
        ("The ambassador greeted Nicu Popescu upon his appointment to the position of Minister of Foreign Affairs of Moldova.",
         "2021-08-10", "Nicu Popescu | Foreign Minister | MDA"),
        ("Messages reached Jeyhun Bayramov after his appointment to the post of Foreign Minister of Azerbaijan.",
         "2020-07-25", "Jeyhun Bayramov | Foreign Minister | AZE"),
    ])
    func thePostOfAfterTakingOfficeReadsAsAs(sentence: String, date: String, expected: String) {
        #expect(leaders(sentence, date: date).contains(expected))
    }

    /// Negative case: "the post of" with no word of taking office before it gives the name no office ("a candidate for").
    @Test func thePostOfWithoutTakingOfficeGivesNone() {
        let found = leaders("Jeyhun Bayramov spoke of a candidate for the post of Minister of Foreign Affairs of Azerbaijan.", date: "2019-05-01")
        #expect(!found.contains("Jeyhun Bayramov | Foreign Minister | AZE"))
    }

    // MARK: A listed holder coordinated in a fronted phrase

    @Test(arguments: [
        ("In talks with Ararat Mirzoyan, and Nicu Popescu, the Minister of Foreign Affairs of Moldova noted progress.", "2022-10-30", "Nicu Popescu | Foreign Minister | MDA"),
        ("During the meeting with Jeenbek Kulubaev and Nicu Popescu, the Minister of Foreign Affairs of Moldova raised transit.", "2022-10-30", "Nicu Popescu | Foreign Minister | MDA"),
        ("In his letter to Ararat Mirzoyan, Mihai Popsoi and Jeyhun Bayramov, the Minister of Foreign Affairs of Azerbaijan stressed peace.", "2024-05-02", "Jeyhun Bayramov | Foreign Minister | AZE"),
    ])
    func aListedHolderCoordinatedInAFrontedPhraseIsNoSubject(sentence: String, date: String, holder: String) {
        let found = leaders(sentence, date: date)
        #expect(!found.contains { $0.hasPrefix(holder.components(separatedBy: " | ")[0]) })
    }

    /// The listed holder who opens the sentence, or follows a noun other than a fronted "to" or "with", is still tied.
    @Test(arguments: [
        ("Jeenbek Kulubaev, and Nicu Popescu, the Minister of Foreign Affairs of Moldova exchanged letters.", "2022-10-30", "Nicu Popescu | Foreign Minister | MDA"),
        ("The message of Jeyhun Bayramov, the Minister of Foreign Affairs of Azerbaijan stresses peace.", "2024-05-02", "Jeyhun Bayramov | Foreign Minister | AZE"),
    ])
    func aListedHolderOutsideAFrontedPhraseIsTied(sentence: String, date: String, expected: String) {
        #expect(leaders(sentence, date: date).contains(expected))
    }
}
