import Testing
@testable import RelationsKit

/// Countries in the shapes of the fifth blind round: a capital that is only a venue names no country, unless the text
/// names that country otherwise or the capital stands for its government. Invented sentences, with negative cases.
@Suite("extraction: blind5 round, countries")
struct Blind5CountryTests: WireCopyProbe {
    func countries(_ body: String) -> Set<String> { Set(facts(body, date: "2022-10-07").countries) }

    @Test(arguments: [
        "The CSTO Charter was signed in Chisinau in October 2002 by Russia and Armenia.",
        "Russia and Armenia discussed the agenda at the CIS Executive Committee in Minsk.",
        "Ministers of Russia and Armenia met in Tashkent on Friday.",
    ])
    func aCapitalOnlyAsAVenueIsNoCountry(sentence: String) {
        #expect(countries(sentence) == ["ARM", "RUS"])
    }

    @Test(arguments: [
        ("Russia and Armenia met in Minsk, and Belarus offered to host the next round.", "BLR"),
        ("Officials in Tashkent said Russia and Armenia had agreed.", "UZB"),
        ("Russia and Armenia discussed the agenda in Minsk's presidential palace.", "BLR"),
        ("Minsk said Russia and Armenia had agreed.", "BLR"),
        ("Russia and Armenia met in Minsk with President of Belarus Alexander Lukashenko.", "BLR"),
    ])
    func aCapitalThatStandsForItsCountryOrAVenueOfANamedCountryCounts(sentence: String, code: String) {
        #expect(countries(sentence).contains(code))
    }
}
