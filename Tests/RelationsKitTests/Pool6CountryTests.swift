import Testing
@testable import RelationsKit

/// Countries in shapes the precision audit of fresh real copy found: a country's name right after a personal honorific
/// is a surname ("Monsieur Jordan", "Mr Michael Jordan"), while the same name elsewhere in the sentence, or after an office, still names the
/// country. Invented sentences, with negative cases.
@Suite("extraction: real-copy audit, countries")
struct Pool6CountryTests: WireCopyProbe {
    func countries(_ body: String) -> Set<String> { Set(facts(body).countries) }

    @Test(arguments: [
        "The Kazakh ambassador thanked Monsieur Jordan, the festival's director, for the invitation.",
        "The Kazakh ambassador thanked Mr. Jordan, the festival's director, for the invitation.",
        "The Kazakh ambassador thanked Mr Chad Jordan and Mrs Georgia for the invitation.",
        "The Kazakh ambassador met Mme Chad, who runs the museum.",
    ])
    func aNameAfterAnHonorificIsASurname(sentence: String) {
        #expect(countries(sentence) == ["KAZ"])
    }

    @Test(arguments: [
        ("The Kazakh ambassador thanked Mr. Smith and travelled on to Jordan.", ["KAZ", "JOR"]),
        ("Mr. Tokayev met the King of Jordan in Kazakhstan's capital.", ["KAZ", "JOR"]),
        ("Mr Smith, Georgia's ambassador, met Mr. Tokayev in Kazakhstan.", ["GEO", "KAZ"]),
        ("The minister said: \"Georgia is our partner, Mr. Chairman.\"", ["GEO"]),
    ])
    func theNameElsewhereStillCounts(sentence: String, expected: [String]) {
        #expect(countries(sentence) == Set(expected))
    }
}
