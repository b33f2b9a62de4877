import Testing
@testable import RelationsKit

/// Anniversaries and organisations of the real75–82 round. Invented sentences only, with near-misses.
///
/// "The 19th anniversary of Uzbekistan as an independent and sovereign state" counts the years the named state has been
/// one, as "its 20th anniversary as an independent state" does. The reference gives the names copy used and the table
/// lacked: "Treaty of Collective Security" (the CST), "Eurasia Economic Union" (the EAEU) and "Eurasec" (EurAsEC).
@Suite("extraction: anniversaries and organisations, real79")
struct Real79MiscTests: WireCopyProbe {

    @Test(arguments: ["We welcome the 19th anniversary of Uzbekistan as an independent and sovereign state.",
                      "The 25th anniversary of Kazakhstan as an independent country was marked."])
    func theYearsANamedStateHasBeenIndependent(sentence: String) {
        let found = anniversaries(sentence, date: nil)
        #expect(found.count == 1)
        #expect(found.first?.contains("independence") == true)
    }

    @Test func anotherStatusIsNoIndependence() {
        #expect(anniversaries("They marked the 20th anniversary of Armenia as a member state of the CSTO.", date: nil).isEmpty)
    }

    @Test(arguments: [("GUUAM unites the CIS states not included in the Treaty of Collective Security.", "CST"),
                      ("Kyrgyzstan signed an agreement to join the Russian-led Eurasia Economic Union (EEU).", "EAEU"),
                      ("A diplomatic source in Kazakhstan, also part of Eurasec, spoke to Reuters.", "EurAsEC")])
    func namesCopyGivesTheOrganisations(sentence: String, code: String) {
        #expect(facts(sentence, date: nil).organisations.contains(code))
    }

    @Test func anAccessionToTheMisspelledUnion() {
        #expect(memberships("Kyrgyzstan has signed an accession agreement to join the Russian-led Eurasia Economic Union (EEU).", date: nil)
                == ["KGZ plans_to_join EAEU"])
    }
}
