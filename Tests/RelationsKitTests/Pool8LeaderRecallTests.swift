import Testing
@testable import RelationsKit

/// Leader shapes missed on pool8: a middle initial between a known person's given name and surname, and the hyphenated
/// "Prime-Minister". Invented articles, each mechanism with a negative case.
@Suite("extraction: pool8 round, leaders")
struct Pool8LeaderRecallTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "1997-04-02") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    // MARK: A middle initial before a known surname

    @Test(arguments: [
        "Russian President Boris N. Yeltsin opened the talks in the Kremlin.",
        "The talks were opened by Boris N. Yeltsin, the President of Russia.",
        "President of Russia Boris N. Yeltsin opened the talks in the Kremlin.",
    ])
    func aMiddleInitialKeepsTheReferencePerson(body: String) {
        #expect(leaders(body) == ["Boris Yeltsin | President | RUS"])
    }

    @Test func aMiddleInitialInAnotherTermStillNamesThePerson() {
        #expect(leaders("Ukrainian President Viktor A. Yushchenko arrived in Tbilisi.", date: "2006-05-23")
            == ["Viktor Yushchenko | President | UKR"])
    }

    @Test func aNamesakesInitialBeforeAKnownSurnameIsNoOne() {
        // Another given name before the initial: not the reference person, and no new person either.
        #expect(leaders("Russian President Gleb N. Yeltsin opened the talks in the Kremlin.").isEmpty)
    }

    // MARK: The hyphenated Prime-Minister

    @Test(arguments: [
        "Prime-minister of the Republic of Armenia Nikol Pashinyan received the delegation.",
        "Armenian Prime-Minister Nikol Pashinyan received the delegation.",
        "The delegation met Nikol Pashinyan, the prime-minister of Armenia.",
    ])
    func theHyphenatedPrimeMinisterIsThePrimeMinister(body: String) {
        #expect(leaders(body, date: "2018-09-21") == ["Nikol Pashinyan | Prime Minister | ARM"])
    }

    @Test func aHyphenatedWordAfterPrimeIsNoOffice() {
        #expect(leaders("The prime-time address of Nikol Pashinyan was watched widely.", date: "2018-09-21").isEmpty)
    }
}
