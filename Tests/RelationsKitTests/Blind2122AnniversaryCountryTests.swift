import Testing
@testable import RelationsKit

/// Anniversaries and countries in the shapes of the blind21/blind22 round, by mechanism: the year of a "when" clause is not
/// that of a relative clause nested in it, which holds the trigger and has its own time; a treaty reached through a
/// referring noun ("the treaty concluded ten years ago") must have been signed when the count starts; and a capital before
/// lower-case modifiers and a document's noun names the document ("the Tashkent collective security treaty"). Invented
/// sentences, with negative cases.
@Suite("extraction: blind21/blind22 round, anniversaries and countries")
struct Blind2122AnniversaryCountryTests: WireCopyProbe {
    func countries(_ body: String) -> Set<String> { Set(facts(body).countries) }

    // MARK: A relative clause inside a "when" clause

    @Test(arguments: [
        ("Uzbekistan joined the group in June 2001, when it was transformed into the Shanghai Cooperation Organisation, which will mark a quarter of a century next June.",
         "2025-06-20", " SCO 25 2026"),
        ("Armenia entered the bloc in January 2015, when it was renamed the Eurasian Economic Union, which will mark its tenth anniversary next year.",
         "2024-05-10", " EAEU 10 2025"),
    ])
    func aRelativeClauseInAWhenClauseKeepsItsOwnYear(text: String, date: String, expected: String) {
        #expect(anniversaries(text, date: date) == [expected])
    }

    @Test func theWhenClausesYearStillDatesItsOwnTrigger() {
        #expect(anniversaries("The two sides are preparing for 2021, when Russia and Mongolia will celebrate the centenary of diplomatic relations.", date: "2019-04-02")
            .contains("MNG-RUS diplomatic relations 100 2021"))
    }

    // MARK: A treaty reached through a referring noun

    @Test(arguments: [
        ("On Monday the presidents signed the Charter of the Collective Security Treaty Organization in Chisinau. The document transforms the treaty concluded ten years ago into an organisation.", "2002-10-07"),
        ("Russia and Uzbekistan signed the Treaty on Allied Relations in Moscow on Monday. The document completes the work begun ten years ago.", "2005-11-14"),
    ])
    func aReferredTreatySignedLaterIsNotWhatTheCountIsOf(text: String, date: String) {
        #expect(anniversaries(text, date: date).isEmpty)
    }

    @Test func aReferredTreatySignedWhenTheCountStartsStays() {
        #expect(anniversaries("Russia and Uzbekistan signed the Treaty on Strategic Partnership in Tashkent in 2004. This year the two countries mark the tenth anniversary of the treaty.", date: "2014-06-16")
            .contains("RUS-UZB Treaty on Strategic Partnership 10 2014"))
    }

    // MARK: A capital inside a document's name

    @Test(arguments: [
        "Georgia also intends to join the Tashkent collective security treaty, an aide said.",
        "Kiev and Moscow argued over the Minsk peace agreements.",
        "Armenia recalled the Alma-Ata founding declaration in its note.",
    ])
    func aCapitalBeforeModifiersAndADocumentNoun(sentence: String) {
        let found = countries(sentence)
        #expect(!found.contains("UZB") && !found.contains("BLR") && !found.contains("KAZ"))
    }

    @Test(arguments: [
        ("Officials in Tashkent said the treaty was still valid.", "UZB"),
        ("Georgia and Uzbekistan discussed the Tashkent government's security concerns.", "UZB"),
        ("Minsk signed the new trade treaty with Moscow.", "BLR"),
    ])
    func aCapitalThatIsTheGovernmentStays(sentence: String, code: String) {
        #expect(countries(sentence).contains(code))
    }
}
