import Testing
@testable import RelationsKit

/// Countries in the shapes of the seventh blind round: in an article that uses a name for a US state ("Atlanta, Georgia"),
/// the name as a modifier ("the Georgia Department of Economic Development") or in a compound of manner ("Georgian-style")
/// is the state's; the possessive, "of Georgia" and the demonym alone still name the country. Invented sentences, with
/// negative cases.
@Suite("extraction: blind7 round, countries")
struct Blind7CountryTests: WireCopyProbe {
    func countries(_ body: String) -> Set<String> { Set(facts(body, date: "2019-10-15").countries) }

    @Test(arguments: [
        "The Uzbek ambassador visited Atlanta, Georgia, and met the leadership of the Georgia Department of Economic Development.",
        "The Uzbek ambassador visited Atlanta, Georgia. The event took place in a Georgian-style red-brick building.",
    ])
    func theStatesNameAsAModifier(body: String) {
        #expect(countries(body) == ["UZB"])
    }

    @Test(arguments: [
        "The Uzbek wines were shown in Savannah, Georgia. Wine makers from Georgia's Kakheti region also took part.",
        "The Uzbek wines were shown in Savannah, Georgia. Ambassador of Georgia to the United States David Bakradze spoke.",
        "The Uzbek wines were shown in Savannah, Georgia. Georgian and Armenian producers took part.",
    ])
    func theCountryNamedInItsOwnSenseStillCounts(body: String) {
        #expect(countries(body).contains("GEO"))
    }

    @Test func withoutTheStatesSenseTheModifierIsTheCountry() {
        #expect(countries("The Georgia Foreign Ministry welcomed the Uzbek delegation.").contains("GEO"))
    }
}
