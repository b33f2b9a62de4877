import Testing
@testable import RelationsKit

/// Leaders in the shapes of the real3 round (real wire copy), by mechanism: a name spelt otherwise than the reference is
/// the office-holder the reference gives for that office, country and date; a listed person is not the holder of another
/// country's office the reference gives them no term of; a state's name
/// before a body's noun, a lower-case office with its country's "of", and more title fillers; a subject's apposition left
/// unclosed before its verb; a list of name-and-office pairs; a negated "recognized A as"; "the country's former president";
/// an editor's bracketed title. Invented sentences, with negative cases.
@Suite("extraction: real3 round, leaders")
struct Real3LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2014-10-10") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    // MARK: A name spelt otherwise is the office-holder on the date

    @Test(arguments: [
        ("Armenian President Serzh Sarkisian signed the accession treaty in Minsk.", "Serzh Sargsyan | President | ARM"),
        ("The accession treaty was signed by President Serzh Sarkissian last week.", "Serzh Sargsyan | President | ARM"),
        ("Vladimir Putin received his Armenian counterpart Serzh Sarkisian in Sochi.", "Serzh Sargsyan | President | ARM"),
        ("\"Kazakhstan's President Nursultan Nazarvayev has already signed the law,\" the minister said.", "Nursultan Nazarbayev | President | KAZ"),
    ])
    func aVariantSpellingIsTheHolder(sentence: String, expected: String) {
        #expect(leaders(sentence).contains(expected))
    }

    @Test func anotherGivenNameIsNotTheHolder() {
        #expect(leaders("Armenian President Hovik Sarkisian signed the treaty.") == ["Hovik Sarkisian | President | ARM"])
    }

    @Test func aSurnameFarFromTheHoldersIsNotTheHolder() {
        #expect(leaders("Armenian President Serzh Markosian signed the treaty.") == ["Serzh Markosian | President | ARM"])
    }

    // MARK: A listed person is not the holder of another country's office

    @Test(arguments: [
        "President of Kazakhstan Shavkat Mirziyoyev opened the forum.",
        "Kazakh President Shavkat Mirziyoyev opened the forum.",
    ])
    func aListedPersonInAnotherCountrysOffice(sentence: String) {
        #expect(leaders(sentence, date: "2019-07-06").isEmpty)
    }

    @Test func theListedPersonsOwnCountryStays() {
        #expect(leaders("President of Uzbekistan Shavkat Mirziyoyev opened the forum.", date: "2019-07-06") == ["Shavkat Mirziyoyev | President | UZB"])
    }

    @Test func anOfficeWhoseHoldersTheReferenceDoesNotListKeepsANewName() {
        #expect(leaders("President of Peru Raul Andrade opened the forum.").contains("Raul Andrade | President | PER"))
    }

    // MARK: Bodies, lower-case offices and fillers

    @Test(arguments: [
        ("Speaker of the Russian Federation Council Valentina Petrova said the issue was under review.", "Valentina Petrova | Speaker | RUS"),
        ("Condolences went to Chairperson of the Russian Federation Council Valentina Petrova.", "Valentina Petrova | Chairman | RUS"),
        ("On May 15, the speaker of the Moldovan parliament, Ion Ceban, announced the step.", "Ion Ceban | Speaker | MDA"),
        ("He spoke at a meeting with Russia's parliamentary upper house Speaker Valentina Petrova.", "Valentina Petrova | Speaker | RUS"),
        ("Head of the Government of Russia Dmitry Medvedev praised the city.", "Dmitry Medvedev | Prime Minister | RUS"),
    ])
    func bodiesAndFillers(sentence: String, expected: String) {
        #expect(leaders(sentence, date: "2019-07-06").contains(expected))
    }

    @Test func aBodyWithoutACountryPlacesNoNewName() {
        #expect(leaders("Chairman of the State Duma Ivan Sidorov sent condolences.", date: "2019-07-06").isEmpty)
    }

    // MARK: An unclosed apposition of the subject, and lists of pairs

    @Test(arguments: [
        ("Gurbanguly Berdimuhamedov, President of Turkmenistan sent a letter to Ilham Aliyev.", "2020-12-24", "Gurbanguly Berdimuhamedov | President | TKM"),
        ("Egils Levits, President of the Republic of Latvia also sent a congratulatory letter.", "2022-06-02", "Egils Levits | President | LVA"),
        ("Jose Daniel Ortega Saavedra, President of the Republic of Nicaragua, Rosario Murillo, Vice-president of the Republic of Nicaragua also congratulated him.",
         "2022-06-02", "Jose Daniel Ortega Saavedra | President | NIC"),
        ("Jose Daniel Ortega Saavedra, President of the Republic of Nicaragua, Rosario Murillo, Vice-president of the Republic of Nicaragua also congratulated him.",
         "2022-06-02", "Rosario Murillo | Vice President | NIC"),
    ])
    func theSubjectsApposition(sentence: String, date: String, expected: String) {
        #expect(leaders(sentence, date: date).contains(expected))
    }

    @Test func aPairsOfficeIsNotTheNextNames() {
        let found = leaders("Jose Daniel Ortega Saavedra, President of the Republic of Nicaragua, Rosario Murillo, Vice-president of the Republic of Nicaragua also congratulated him.", date: "2022-06-02")
        #expect(!found.contains("Rosario Murillo | President | NIC"))
    }

    @Test func aFrontedPhrasesNameIsNoSubject() {
        #expect(!leaders("In his message to Ilham Aliyev, President of Turkmenistan stressed the ties.", date: "2020-12-24").contains("Ilham Aliyev | President | TKM"))
    }

    // MARK: Negated predicates, the country referred back to, brackets

    @Test func aNegatedRecognitionGivesNoOffice() {
        #expect(leaders("Several states have not recognized Alexander Lukashenko as Belarus's president.", date: "2021-09-10").isEmpty)
        #expect(leaders("The Union has refused to recognize Alexander Lukashenko as the president of Belarus.", date: "2021-09-10").isEmpty)
    }

    @Test func aRecognitionGivesTheOffice() {
        #expect(leaders("The parliament recognized Alexander Lukashenko as Belarus's president.", date: "2021-09-10").contains("Alexander Lukashenko | President | BLR"))
    }

    @Test func aNegatedPlanBeforeTheObjectsOwnPredicateKeepsIt() {
        #expect(leaders("Putin does not plan to congratulate Volodymyr Zelenskyy on taking office as President of Ukraine.", date: "2019-05-20")
            .contains("Volodymyr Zelensky | President | UKR"))
    }

    @Test(arguments: [
        "Igor Dodon, the country's former president and leader of the Socialists, disagreed.",
        "Igor Dodon, the nation's former president, disagreed.",
    ])
    func theCountrysFormerPresident(sentence: String) {
        #expect(leaders(sentence, date: "2023-05-20").contains("Igor Dodon | President | MDA"))
    }

    @Test func theCountrysOfficeDoesNotPlaceAnUnlistedName() {
        #expect(leaders("Ion Popa, the country's former president and a party leader, disagreed.", date: "2023-05-20").isEmpty)
    }

    @Test func anEditorsBracketedTitle() {
        #expect(leaders("\"[Kazakh President] Nursultan Nazarbayev has signed the law,\" he said.", date: "2015-05-01").contains("Nursultan Nazarbayev | President | KAZ"))
    }
}
