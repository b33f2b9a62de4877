import Testing
@testable import RelationsKit

/// Leaders in the mechanisms the real6 development set (and pool8's recall pass) found failing: a style of address between an
/// office and its holder ("His Excellency", "Honorable", "H.E."); an honorific after the apposition's comma and a title
/// stacked before the office that gives its country ("the National Leader of the Turkmen people, Chairman of ..."); a
/// deputy's title stacked before the person's own office; a known name broken by a hard-wrapped line; "the republic's"
/// before an office; "Federal President" and a monarch's name after a regnal numeral; a counterpart of another country than
/// the person nearest before "his"; an apposition opened by "as", and "on his appointment to the post of". Invented
/// sentences, each mechanism with a negative case.
@Suite("extraction: real6 round, leaders")
struct Real8LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2022-06-15") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    // MARK: A style of address between the office and the name

    @Test(arguments: [
        ("President of the Republic of Kazakhstan, His Excellency Kassym-Jomart Tokayev, received the envoys.", "Kassym-Jomart Tokayev | President | KAZ"),
        ("A letter went to the President of the Kyrgyz Republic, Honorable Sadyr Japarov, on Monday.", "Sadyr Japarov | President | KGZ"),
        ("The Prime Minister of Georgia, the Honourable Irakli Garibashvili, arrived in the capital.", "Irakli Garibashvili | Prime Minister | GEO"),
        ("The Ambassador of Peru, His Excellency Carlos Mendoza Ruiz, presented his credentials.", "Carlos Mendoza Ruiz | Ambassador | PER"),
        ("President of Armenia H.E. Armen Sarkissian opened the forum.", "Armen Sarkissian | President | ARM"),
    ])
    func aStyleOfAddressIsNoPartOfTheName(sentence: String, expected: String) {
        #expect(leaders(sentence, date: "2021-06-15") == [expected])
    }

    @Test func aStyleWithoutAnOfficeGivesNoLeader() {
        #expect(leaders("His Excellency Carlos Mendoza Ruiz presented his credentials in the capital.").isEmpty)
    }

    // MARK: An honorific after the comma, and a stacked title's country

    @Test(arguments: [
        "Shavkat Mirziyoyev greeted the National Leader of the Turkmen people, Chairman of the Halk Maslahaty, Hero-Arkadag Gurbanguly Berdimuhamedov, on the holiday.",
        "Vladimir Putin sent a telegram to the National Leader of the Turkmen people, Chairman of the Halk Maslahaty Gurbanguly Berdimuhamedov on the holiday.",
    ])
    func aTitleStackedBeforeTheOfficeGivesItsCountry(sentence: String) {
        #expect(leaders(sentence, date: "2024-03-21").contains("Gurbanguly Berdimuhamedov | Chairman | TKM"))
    }

    @Test(arguments: [
        "The letter was signed by Chairman of the Halk Maslahaty, Hero-Arkadag Gurbanguly Berdimuhamedov.",
        "In Turkmenistan, Chairman of the Halk Maslahaty Gurbanguly Berdimuhamedov opened the session.",
    ])
    func noStackedTitleNoCountry(sentence: String) {
        // A body's name alone gives no country (blind20/blind22), nor does a fronted place.
        #expect(!leaders(sentence, date: "2024-03-21").contains("Gurbanguly Berdimuhamedov | Chairman | TKM"))
    }

    // MARK: A deputy's title stacked before the person's own office

    @Test(arguments: [
        "Levan Tsiklauri, Vice Prime Minister, Minister of Foreign Affairs of Georgia, met the press.",
        "Levan Tsiklauri, First Deputy Prime Minister and Minister of Foreign Affairs of Georgia, met the press.",
        "Levan Tsiklauri, Deputy Prime Minister, Foreign Minister of Georgia, met the press.",
    ])
    func aDeputysTitleStackedBeforeTheOffice(sentence: String) {
        #expect(leaders(sentence) == ["Levan Tsiklauri | Foreign Minister | GEO"])
    }

    @Test func aDeputyAloneIsNoLeader() {
        #expect(leaders("Levan Tsiklauri, Deputy Prime Minister of Georgia, met the press.").isEmpty)
    }

    // MARK: A known name broken by a hard-wrapped line

    @Test(arguments: [
        ("The note reached Moldova's president Vladimir\nVoronin on May 3, the ministry said.", "Vladimir Voronin | President | MDA"),
        ("At the summit, Georgian president Mikhail\nSaakashvili called for reforms.", "Mikheil Saakashvili | President | GEO"),
    ])
    func aGivenNameEndingTheLineBeforeAKnownSurname(sentence: String, expected: String) {
        #expect(leaders(sentence, date: "2005-05-11") == [expected])
    }

    @Test func anotherGivenNameBeforeTheLineBreakIsNoOne() {
        #expect(leaders("The note reached Moldova's president Sergei\nVoronin on May 3, the ministry said.", date: "2005-05-11").isEmpty)
    }

    // MARK: "the republic's" before the office

    @Test(arguments: [
        ("Kyrgyzstan is ready to help, the republic's Ambassador to Moscow Aidar Sultanov said.", "Aidar Sultanov | Ambassador | KGZ"),
        ("Armenia will host the talks, the country's Foreign Minister Aram Petrosyan told reporters.", "Aram Petrosyan | Foreign Minister | ARM"),
    ])
    func anAnaphoricPossessiveTakesTheSentencesCountry(sentence: String, expected: String) {
        #expect(leaders(sentence) == [expected])
    }

    @Test func twoCountriesLeaveTheAnaphorUnresolved() {
        #expect(leaders("Armenia and Georgia will host the talks, the country's Foreign Minister Aram Petrosyan said.").isEmpty)
    }

    // MARK: "Federal President", and a name after a regnal numeral

    @Test(arguments: [
        ("Greetings went to Austrian Federal President Alexander Van der Bellen.", "Alexander Van der Bellen | President | AUT"),
        ("Greetings went to King Carl XVI Gustaf of Sweden.", "Carl XVI Gustaf | King | SWE"),
        ("Greetings went to King Abdullah II of Jordan.", "Abdullah II | King | JOR"),
    ])
    func federalTitlesAndRegnalNames(sentence: String, expected: String) {
        #expect(leaders(sentence) == [expected])
    }

    // MARK: A counterpart is of another country

    @Test(arguments: [
        "Mr Lavrov was received by President of Belarus Alexander Lukashenko and held talks with his Belarusian counterpart, Vladimir Makei.",
        "Sergey Lavrov met Alexander Lukashenko and then his Belarusian counterpart Vladimir Makei.",
    ])
    func theCounterpartIsNotOfTheNearestCompatriot(sentence: String) {
        let found = leaders(sentence, date: "2020-11-26")
        #expect(found.contains("Vladimir Makei | Foreign Minister | BLR"))
        #expect(!found.contains("Vladimir Makei | President | BLR"))
    }

    @Test func theNearestPersonOfAnotherCountryStays() {
        #expect(leaders("Russian President Vladimir Putin and his Uzbek counterpart Shavkat Mirziyoyev met.").contains("Shavkat Mirziyoyev | President | UZB"))
    }

    // MARK: "as" and "the post of"

    @Test(arguments: [
        ("We hope that Sadyr Japarov, as the newly elected President of the Kyrgyz Republic, will succeed.", "Sadyr Japarov | President | KGZ"),
        ("Sergey Lavrov congratulated Bakyt Osmonov on his appointment to the post of the Minister of Foreign Affairs of Kyrgyzstan.", "Bakyt Osmonov | Foreign Minister | KGZ"),
        ("The minister congratulated Bakyt Osmonov on his election to the post of President of Kyrgyzstan.", "Bakyt Osmonov | President | KGZ"),
    ])
    func anAppositionByAsOrAPostTaken(sentence: String, expected: String) {
        #expect(leaders(sentence, date: "2021-10-20").contains(expected))
    }

    @Test(arguments: [
        "Sergey Lavrov spoke about Bakyt Osmonov and his bid for the post of Minister of Foreign Affairs of Kyrgyzstan.",
        "Bakyt Osmonov is running for the post of President of Kyrgyzstan.",
    ])
    func aPostNotTakenGivesNoOffice(sentence: String) {
        #expect(!leaders(sentence, date: "2021-10-20").contains { $0.hasPrefix("Bakyt Osmonov") })
    }
}
