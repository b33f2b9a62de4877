import Testing
@testable import RelationsKit

/// Names in the shapes of the eighth blind round: in an article that also uses "Georgia" for the US state ("Atlanta,
/// Georgia"), the name as the complement of a state office ("Minister of Foreign Affairs of Georgia Eka Tkeshelashvili",
/// "President of Georgia Mikheil Saakashvili") is the country, and the capitalized word after it begins the holder's name;
/// the name as a modifier ("the Georgia Department of Economic Development") is still the state. Invented sentences.
@Suite("extraction: blind8 round, countries")
struct Blind8CountryTests: WireCopyProbe {
    static let state = "\n\nThe ministry thanked the citizens who rallied in Atlanta, Georgia, for their support."

    @Test(arguments: [
        ("Minister of Foreign Affairs of Georgia Eka Tkeshelashvili has informed the Russian side.", "Eka Tkeshelashvili Foreign Minister GEO"),
        ("Foreign Minister of Georgia Grigol Vashadze said the decision was final.", "Grigol Vashadze Foreign Minister GEO"),
        ("Prime Minister of Georgia Nika Gilauri said the decision was final.", "Nika Gilauri Prime Minister GEO"),
    ])
    func anOfficesCountryBeforeAName(sentence: String, leader: String) {
        let found = facts(sentence + Self.state, date: "2008-08-29")
        #expect(Set(found.leaders.map { "\($0.name) \($0.office) \($0.country)" }).contains(leader))
        #expect(found.countries.contains("GEO"))
    }

    /// In a list of leaders, a surname the reference does not know, a comma and "Georgia President" is the country's
    /// leader, not a US town: a state's office after the name keeps the country (real-copy round eight).
    @Test(arguments: [
        "The summit was attended by Ilham Aliyev, Gurbanguly Berdymukhamedoff, Georgia President Salome Zourabichvili and others.",
        "Guests included Nikol Pashinyan, Zhaparov, Georgia Prime Minister Irakli Garibashvili and Ilham Aliyev.",
    ])
    func aStatesOfficeAfterTheNameKeepsTheCountry(sentence: String) {
        #expect(facts(sentence + Self.state, date: "2023-08-29").countries.contains("GEO"))
    }

    @Test func aModifierIsStillTheState() {
        let found = facts("Officials of the Georgia Department of Economic Development met the delegation." + Self.state, date: "2008-08-29")
        #expect(!found.countries.contains("GEO"))
    }
}

/// A country's name next to a capitalized venue noun names the venue ("the Ukraina Hotel", "Hotel Rossiya", "the Kazakhstan
/// Arena"), not the country. Invented sentences, with negative cases.
@Suite("extraction: blind8 round, venues")
struct Blind8VenueTests: WireCopyProbe {
    @Test(arguments: [
        ("The Armenian delegation, which is staying at the Ukraina Hotel, held talks in Moscow.", "UKR"),
        ("The Armenian delegation stayed at Hotel Rossiya near Red Square.", "RUS"),
        ("The Armenian delegation watched the match at the Kazakhstan Arena in Astana.", "KAZ"),
    ])
    func aVenueIsNotTheCountry(sentence: String, code: String) {
        #expect(!facts(sentence, date: "1997-08-29").countries.contains(code))
    }

    @Test(arguments: [
        "The Armenian delegation flew to Ukraine; the hotel was full.",
        "The Armenian delegation met hotel owners from Kazakhstan.",
    ])
    func theCountryNamedOtherwiseCounts(sentence: String) {
        #expect(!facts(sentence, date: "1997-08-29").countries.isEmpty)
    }
}
