import Testing
@testable import RelationsKit

/// Countries beyond the post-Soviet space and Russia's main partners: every UN member state, the two observer states,
/// Kosovo and Taiwan, named by name, demonym, pair adjective or a capital standing for the government; and the traps of
/// names that are also first names, US places, regions or parts of longer names. Invented sentences.
@Suite("extraction: countries of the world")
struct WorldCountryTests: WireCopyProbe {
    func countries(_ body: String) -> Set<String> { Set(facts(body, date: "2023-03-14").countries) }

    func leaders(_ body: String) -> Set<String> {
        Set(facts(body, date: "2023-03-14").leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    @Test func theReferenceHoldsEveryUNMemberAndTheObserversKosovoAndTaiwan() {
        let countries = ReferenceData.bundled.countries
        #expect(countries.filter(\.unMember).count == 193)
        for code in ["VAT", "PSE", "XKX", "TWN", "JPN", "AFG", "CHE", "KOR", "PRK", "SSD", "GNB"] {
            #expect(countries.contains { $0.iso3 == code }, "\(code)")
        }
        #expect(Set(countries.map(\.iso3)).count == countries.count)
    }

    @Test(arguments: [
        ("Russia and Japan discussed a peace treaty.", "JPN"),
        ("Lavrov met his counterpart from Afghanistan in Moscow.", "AFG"),
        ("The talks between Russia and Switzerland were held in Geneva.", "CHE"),
        ("Russia and South Korea signed a memorandum.", "KOR"),
        ("Russia and the DPRK marked the anniversary of the treaty.", "PRK"),
        ("Russia and the Holy See exchanged ambassadors.", "VAT"),
        ("Russia welcomed the statement of the State of Palestine.", "PSE"),
        ("Serbia does not recognise Kosovo.", "XKX"),
        ("Beijing warned Washington about arms sales to Taiwan.", "TWN"),
        ("Russia and Guinea-Bissau signed an agreement.", "GNB"),
        ("Russia and the Democratic Republic of the Congo signed an agreement.", "COD"),
        ("Russia and the Republic of the Congo signed an agreement.", "COG"),
        ("Russia and Equatorial Guinea signed an agreement.", "GNQ"),
        ("Russia and Papua New Guinea signed an agreement.", "PNG"),
        ("Russia and the Dominican Republic signed an agreement.", "DOM"),
        ("Russia and South Sudan signed an agreement.", "SSD"),
        ("Russia and Côte d'Ivoire signed an agreement.", "CIV"),
        ("Russia and Jordan signed an agreement.", "JOR"),
        ("Russia and Chad signed an agreement.", "TCD"),
        ("Russia and Niger signed an agreement.", "NER"),
    ])
    func aCountryIsFoundByName(sentence: String, code: String) {
        #expect(countries(sentence).contains(code))
    }

    @Test(arguments: [
        ("The Japanese side proposed new talks.", "JPN"),
        ("Swiss banks froze the assets.", "CHE"),
        ("An Afghan delegation arrived on Monday.", "AFG"),
        ("The Polish foreign ministry summoned the ambassador.", "POL"),
        ("The Russian-Japanese talks ended on Friday.", "JPN"),
        ("The Italian-Russian forum opened in Verona.", "ITA"),
        ("The Bissau-Guinean delegation arrived.", "GNB"),
        ("Greek Cypriot and Turkish Cypriot leaders met.", "CYP"),
    ])
    func aCountryIsFoundByDemonym(sentence: String, code: String) {
        #expect(countries(sentence).contains(code))
    }

    @Test(arguments: [
        ("Tokyo protested against the exercises, the Russian foreign ministry said.", "JPN"),
        ("Moscow and Islamabad agreed to expand trade.", "PAK"),
        ("Officials in Warsaw said Russia had violated the airspace.", "POL"),
        ("Kabul said Russia would send aid.", "AFG"),
    ])
    func aCapitalThatStandsForTheGovernmentCounts(sentence: String, code: String) {
        #expect(countries(sentence).contains(code))
    }

    @Test(arguments: [
        "Russia and Kazakhstan met in Tokyo on Friday.",
    ])
    func aCapitalOnlyAsAVenueIsNoCountry(sentence: String) {
        #expect(countries(sentence) == ["KAZ", "RUS"])
    }

    @Test(arguments: [
        ("Michael Jordan visited Moscow in Russia.", "JOR"),
        ("Jordan Bardella criticised the sanctions on Russia.", "JOR"),
        ("Chad Smith, a US analyst, commented on Russia.", "TCD"),
        ("Sofia Rotaru sang in Moscow, Russia.", "BGR"),
        ("Israel Katz did not comment, Russia said.", "ISR"),
        ("Russia and Guinea-Bissau signed an agreement.", "GIN"),
        ("Russia and Equatorial Guinea signed an agreement.", "GIN"),
        ("Russia and Papua New Guinea signed an agreement.", "GIN"),
        ("Piracy in the Gulf of Guinea worries Russia.", "GIN"),
        ("Russia and South Sudan signed an agreement.", "SDN"),
        ("South Sudanese officials visited Russia.", "SDN"),
        ("Russia and the Dominican Republic signed an agreement.", "DMA"),
        ("Russia and American Samoa have no ties.", "WSM"),
        ("The Northern Ireland assembly met, Russia said.", "IRL"),
        ("Greek Cypriot leaders met Russia's envoy.", "GRC"),
        ("Turkish Cypriot leaders met Russia's envoy.", "TUR"),
        ("Oil output in the Niger Delta fell, Russia noted.", "NER"),
        ("A storm hit New Mexico, Russia noted.", "MEX"),
        ("He grew up in Kingston and moved to Russia.", "JAM"),
        ("Victoria Nuland visited Kyiv, Ukraine.", "SYC"),
        ("He studied at Georgetown before serving in Russia.", "GUY"),
        ("The EU summit in Brussels discussed Russia.", "BEL"),
        ("Santiago Pena, the president, spoke about Russia.", "CHL"),
        ("Russia is not a party to the Rome Statute.", "ITA"),
        ("Russia proposed to update the Vienna Document.", "AUT"),
        ("Please polish the draft on Russia.", "POL"),
        ("The conference in Athens, Georgia, discussed Russia.", "GRC"),
        ("The Korean Peninsula was discussed in Russia.", "KOR"),
        ("The Korean Peninsula was discussed in Russia.", "PRK"),
        ("Troops in Congo were discussed in Russia.", "COD"),
        ("Troops in Congo were discussed in Russia.", "COG"),
        ("The Order of Malta sent aid to Russia.", "MLT"),
        ("Emirates flights to Russia resumed.", "ARE"),
    ])
    func aTrapIsNoMention(sentence: String, code: String) {
        #expect(!countries(sentence).contains(code))
    }

    @Test(arguments: [
        "The conference in Athens, Georgia, discussed Russia.",
        "The Georgia Governor spoke at a conference in Rome, Georgia.",
    ])
    func aUSTownBeforeGeorgiaIsNotTheCountryGeorgia(sentence: String) {
        #expect(!countries(sentence).contains("GEO"))
    }

    @Test(arguments: [
        ("Jordan Foreign Minister Ayman Safadi met Lavrov.", "JOR"),
        ("Putin met the King of Jordan Abdullah II.", "JOR"),
        ("Lavrov visited Chad Monday.", "TCD"),
        ("Israel and Russia agreed on a hotline.", "ISR"),
    ])
    func aFirstNameCountryBeforeAKnownWordIsStillTheCountry(sentence: String, code: String) {
        #expect(countries(sentence).contains(code))
    }

    @Test(arguments: [
        "PRAGUE -- Russia and Armenia signed an agreement on Friday.",
        "Prague, 26 April 1999 (RFE/RL) -- Russia and Armenia signed an agreement.",
        "TOKYO, March 14 -- Russia and Armenia signed an agreement.",
    ])
    func aDatelineCapitalAloneIsNoCountry(body: String) {
        #expect(countries(body) == ["ARM", "RUS"])
    }

    @Test func aMessageToANewCountrysLeaderIsFound() {
        let found = messages("Putin sent condolences to the Prime Minister of Japan Fumio Kishida over the earthquake.", date: "2024-01-02")
        #expect(found.contains { $0.hasPrefix("Vladimir Putin → Fumio Kishida condolence") })
    }

    @Test func aLeaderOfANewCountryIsTiedToIt() {
        let found = leaders("Putin held talks with Japanese Prime Minister Fumio Kishida on Friday.")
        #expect(found.contains { $0.hasSuffix("| JPN") })
    }
}
