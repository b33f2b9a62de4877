import Testing
@testable import RelationsKit

/// Countries in the shapes of the sixth blind round: a capital before a treaty's common noun names the document ("the
/// Tashkent treaty"), and a country's name with a small number names a broadcaster ("the France 24 television
/// channel"). Invented sentences, with negative cases.
@Suite("extraction: blind6 round, countries")
struct Blind6CountryTests: WireCopyProbe {
    func countries(_ body: String) -> Set<String> { Set(facts(body, date: "2022-05-16").countries) }

    @Test(arguments: [
        "Armenia said the Tashkent treaty had become an instrument of security.",
        "Armenia and Russia recalled the Minsk agreements and the Alma-Ata declaration.",
        "Armenia referred to the Bishkek memorandum of 2019.",
    ])
    func aCapitalBeforeADocumentsNounNamesTheDocument(sentence: String) {
        #expect(countries(sentence) == ["ARM"] || countries(sentence) == ["ARM", "RUS"])
    }

    @Test func aCapitalStandingForItsGovernmentStillCounts() {
        #expect(countries("Armenia said Tashkent had signed the treaty.").contains("UZB"))
    }

    @Test(arguments: [
        "Armenian Prime Minister Nikol Pashinyan said so in an interview with the France 24 television channel.",
        "Nikol Pashinyan of Armenia told Russia 24 TV that the question was open.",
        "Armenia's minister gave an interview to France 24 on Thursday, France 24 reported.",
        "Armenia has frozen its part, Pashinyan said in an interview with France 24 released on Thursday.",
        "The Armenian minister told Russia 24 on Monday that the talks would go on.",
    ])
    func aCountrysNameWithANumberIsABroadcaster(sentence: String) {
        #expect(countries(sentence) == ["ARM"])
    }

    @Test(arguments: [
        "Armenia exported 12 times more to France 12 times a year.",
        "President of France Emmanuel Macron wrote to Armenia.",
        "Trade between Armenia and France 24 years ago was small.",
        "Armenia sold wine to France 24 times last year, the minister told reporters.",
    ])
    func aCountrysNameWithACountStillCounts(sentence: String) {
        #expect(countries(sentence).contains("FRA"))
    }
}
