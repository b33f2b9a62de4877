import Foundation
import Testing
@testable import RelationsKit

/// Classes of wording from the real51/real52 round in the areas of leaders, anniversaries and countries: an office with the
/// qualifier "National" ("National Defence Minister", "Minister of National Defense"); a legislature whose name holds a
/// possessive ("People's Council Speaker"); the abbreviation "Pres"; an anniversary whose subject is written as its modifier
/// ("26th Independence Anniversary", "70th founding anniversary of the ... ties"), as "an independent state", or as a
/// founding with no complement ("of the establishment took place"); an ordinal glued to its noun ("60thanniversary"); a
/// currency's prefix ("US$"), a copyright line and another spelling of Transnistria. Invented sentences, with near-misses.
@Suite("extraction: real51/real52 round, leaders, anniversaries and countries")
struct Real52MiscTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    func countries(_ body: String) -> Set<String> { Set(facts(body).countries) }

    // MARK: Offices with "National"

    @Test(arguments: [
        ("Greek National Defence Minister Nikos Dragoumis arrived in Baku on Monday.", "Nikos Dragoumis | Defence Minister | GRC"),
        ("The Minister of National Defense of Lithuania Arvydas Karosas met his hosts.", "Arvydas Karosas | Defence Minister | LTU"),
        ("Talks were held with Mongolia's National Defense Minister Gursed Batbayar.", "Gursed Batbayar | Defence Minister | MNG"),
        ("A letter came from the Minister for National Defence of Poland, Tomasz Walczak.", "Tomasz Walczak | Defence Minister | POL"),
    ])
    func anOfficeWithNationalIsTheOffice(body: String, expected: String) {
        #expect(leaders(body).contains(expected))
    }

    @Test(arguments: [
        "Greek National Security Adviser Nikos Dragoumis arrived in Baku on Monday.",
        "Deputy Minister of National Defence of Lithuania Arvydas Karosas met his hosts.",
    ])
    func anotherOfficeWithNationalIsNoDefenceMinister(body: String) {
        #expect(!leaders(body).contains { $0.contains("Defence Minister") })
    }

    // MARK: A legislature whose name holds a possessive

    @Test(arguments: [
        ("Kyrgyz People's Assembly Speaker Bakyt Osmonaliev received the delegation.", "Bakyt Osmonaliev | Speaker | KGZ"),
        ("The talks were attended by Chinese National People's Congress Chairman Wu Dezhang.", "Wu Dezhang | Chairman | CHN"),
        ("Mongolian People's Khural Speaker Gombo Enkhbold opened the session.", "Gombo Enkhbold | Speaker | MNG"),
    ])
    func aLegislatureWithAPossessiveNameGivesItsOfficer(body: String, expected: String) {
        #expect(leaders(body).contains(expected))
    }

    @Test func aBankWithAPossessiveNameGivesNoOfficer() {
        #expect(leaders("Turkmen People's Bank Chairman Dovlet Orazov attended the forum.").isEmpty)
    }

    // MARK: "Pres"

    @Test func theAbbreviationPresIsPresident() {
        let found = leaders("Moldova Pres Voronin congratulated Kazakhstan Pres Nazarbayev on the holiday.", date: "2005-03-10")
        #expect(found.contains("Vladimir Voronin | President | MDA"))
        #expect(found.contains("Nursultan Nazarbayev | President | KAZ"))
    }

    // MARK: Anniversaries written as a compound

    @Test(arguments: [
        ("The President congratulated Tajikistan on its 25th Independence Anniversary.", "TJK independence 25 2016"),
        ("Messages came for Kyrgyzstan's 25th independence anniversary.", "KGZ independence 25 2016"),
        ("Uzbekistan celebrates its 25th State Independence anniversary this week.", "UZB independence 25 2016"),
        ("Leaders exchanged messages on the 25th founding anniversary of the Kazakhstan-Armenia diplomatic ties.", "ARM-KAZ diplomatic relations 25 2017"),
        ("Officials marked the 25th establishment anniversary of diplomatic relations between Belarus and Kazakhstan.", "BLR-KAZ diplomatic relations 25 2017"),
    ])
    func aSubjectWrittenAsTheModifierIsMarked(body: String, expected: String) {
        let date = expected.hasSuffix("2016") ? "2016-09-01" : "2017-05-01"
        #expect(anniversaries(body, date: date).contains(expected))
    }

    @Test(arguments: [
        "The party celebrated its 25th founding anniversary with a rally.",
        "He celebrated his 60th birthday anniversary in Minsk.",
        "The bank marked its 25th establishment anniversary with a reception.",
    ])
    func aCompoundOfAnotherFoundingIsNoAnniversaryOfRelations(body: String) {
        #expect(anniversaries(body, date: "2017-05-01").isEmpty)
    }

    // MARK: "as an independent state"

    @Test(arguments: [
        ("Kyrgyzstan marks 25 years as an independent and sovereign state.", "KGZ independence 25 2016"),
        ("The President congratulated Armenia on the 25th anniversary as an independent state.", "ARM independence 25 2016"),
        ("Moldova celebrated 25 years as a sovereign nation.", "MDA independence 25 2016"),
        ("Tajikistan is marking 25 years as a free and independent country.", "TJK independence 25 2016"),
    ])
    func theYearsAsAnIndependentStateAreIndependence(body: String, expected: String) {
        #expect(anniversaries(body, date: "2016-09-01").contains(expected))
    }

    @Test(arguments: [
        "Georgia marked 20 years as a member state of the Council of Europe.",
        "He served 20 years as an independent deputy from Armenia.",
    ])
    func theYearsAsAnotherThingAreNoIndependence(body: String) {
        #expect(!anniversaries(body, date: "2019-09-01").contains { $0.contains("independence") })
    }

    // MARK: A region before the country noun

    @Test(arguments: [
        ("Kazakhstan's envoy attended Turkey's reception, while Ankara congratulated him on the 25th anniversary of the Central Asian country's independence.", "KAZ independence 25 2016"),
        ("Georgia's minister visited Moldova and Ukraine, and Kyiv hailed the 25th anniversary of the South Caucasus republic's independence.", "GEO independence 25 2016"),
        ("Latvia's consul thanked Poland and Germany on the 25th anniversary of the Baltic state's independence.", "LVA independence 25 2016"),
    ])
    func aRegionBeforeTheNounPicksItsCountry(body: String, expected: String) {
        #expect(anniversaries(body, date: "2016-09-01").contains(expected))
    }

    /// The regions and their states come from `countries.tsv`'s `region_words`, not from the code.
    @Test func theRegionsComeFromTheCountriesTable() {
        let index = ReferenceIndex(ReferenceData.bundled)
        #expect(index.countriesByRegionWords["central asian"] == ["KAZ", "KGZ", "TJK", "TKM", "UZB"])
        #expect(index.countriesByRegionWords["caucasian"] == ["ARM", "AZE", "GEO"])
        #expect(index.countriesByRegionWords["baltic"] == ["EST", "LTU", "LVA"])
        #expect(index.countriesByRegionWords["east european"] == nil)
    }

    @Test func theCountryNounWithoutARegionTakesTheLastNamed() {
        #expect(anniversaries("Ankara congratulated Turkmenistan on the 25th anniversary of the country's independence.", date: "2016-09-01").contains("TKM independence 25 2016"))
    }

    // MARK: A founding with no complement

    @Test(arguments: [
        "The summit of the CSTO dedicated to the 20th anniversary of the establishment opened in Moscow.",
        "Leaders of the CSTO gathered for the 20th anniversary of the founding, held in Moscow.",
        "The CSTO marked the 20th anniversary of the creation.",
    ])
    func aFoundingWithNoComplementIsOfTheOrganisationNamedBefore(body: String) {
        #expect(anniversaries(body, date: "2022-05-16").contains(" CSTO 20 2022"))
    }

    @Test func aFoundingWithItsComplementIsThatComplements() {
        let found = anniversaries("At the CSTO meeting, Armenia and Russia marked the 30th anniversary of the establishment of diplomatic relations.", date: "2022-04-03")
        #expect(found.contains("ARM-RUS diplomatic relations 30 2022"))
        #expect(!found.contains { $0.contains("CSTO") })
    }

    // MARK: An ordinal glued to its noun

    @Test(arguments: [
        ("This year marks the 25thanniversary of our relations.", "25th anniversary"),
        ("It is the 31stYear of independence.", "31st Year"),
        ("They met for the 22ndround of talks.", "22nd round"),
        ("The 13thsession opened.", "13th session"),
    ])
    func aGluedOrdinalIsParted(line: String, expected: String) {
        #expect(TextCleaner.clean(line).contains(expected))
    }

    @Test(arguments: ["The model 3thunder was shown.", "Flight SU21stand by.", "The A320neo landed.", "Gate 4th."])
    func aNumberGluedToAnotherWordIsKept(line: String) {
        #expect(TextCleaner.clean(line) == line)
    }

    // MARK: Countries

    @Test(arguments: [
        "Trade reached US$314 million last year.",
        "The loan of US$50 million was signed in Bishkek.",
    ])
    func aCurrencyPrefixNamesNoCountry(body: String) {
        #expect(!countries(body).contains("USA"))
    }

    @Test(arguments: ["The US criticised the loan of $50 million.", "Talks with the U.S. on a US$2 billion deal were held."])
    func theCountryNextToACurrencyStillCounts(body: String) {
        #expect(countries(body).contains("USA"))
    }

    @Test(arguments: [
        "(c) Copyright Japan Broadcasting Corporation 2009",
        "Copyright © 2012 Korea Times. All rights reserved.",
        "(c) 2014 Canada Newswire",
        "All rights reserved by France Media Group.",
    ])
    func aCopyrightLineIsFurniture(line: String) {
        let body = "Kazakhstan and Uzbekistan signed a treaty.\n\n\(line)"
        #expect(countries(body) == ["KAZ", "UZB"])
    }

    @Test func aCopyrightDisputeInTheStoryCounts() {
        #expect(countries("The copyright dispute between Japan and Canada was settled.").isSuperset(of: ["CAN", "JPN"]))
    }

    @Test(arguments: ["Moldova's breakaway Transdnestria region held a vote.", "Troops remain in Trans-Dnestr.", "Pridnestrovye held elections."])
    func transnistriaSpelledOtherwiseIsTransnistria(body: String) {
        #expect(countries(body).contains("XTR"))
    }
}
