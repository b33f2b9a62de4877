import Testing
@testable import RelationsKit

/// Anniversary wording of the real61–64 round, read as classes. Invented sentences only, with near-misses that must not
/// change.
///
/// An organisation's name may modify the anniversary without a possessive, after "the": "the CIS 20th anniversary", "the
/// SCO 20th anniversary summit", as wire copy writes it.
///
/// "The country's independence" after a verb of congratulating is the independence of the country congratulated, not of one
/// the sentence names after it ("congratulate Uzbekistan, ... the Uzbek people fraternal to Russians, on the 20th anniversary
/// of the Republic's independence").
@Suite("extraction: anniversaries, real64")
struct Real64AnniversaryTests: WireCopyProbe {

    @Test(arguments: [
        ("The host congratulated the colleagues on the CIS 20th anniversary.", " CIS 20 2011"),
        ("Leaders gathered in Dushanbe for the SCO 20th anniversary summit.", " SCO 20 2021"),
        ("Minsk hosted a concert for the CSTO 20th anniversary.", " CSTO 20 2022"),
    ])
    func anOrganisationBeforeTheOrdinalNamesWhatIsMarked(text: String, expected: String) {
        #expect(anniversaries(text, date: nil) == [expected])
    }

    @Test(arguments: [
        // An ordinal summit stays no anniversary, and a name that no "the" opens is another phrase's word.
        "Dushanbe hosted the 20th CIS summit.",
        "The summit of Russia and CIS 20th anniversary plans were not discussed.",
    ])
    func noOwnerNoAnniversary(text: String) {
        #expect(!anniversaries(text, date: nil).contains(where: { $0.contains(" CIS ") }))
    }

    @Test(arguments: [
        ("I would like to congratulate Uzbekistan, its leadership and the Uzbek people, fraternal to Russians, on the 20th anniversary of the Republic's independence.", "UZB independence 20 2011"),
        ("Moscow congratulated Kyrgyzstan, a close partner of Russians, on the 30th anniversary of the country's independence.", "KGZ independence 30 2021"),
    ])
    func theCountryCongratulatedOwnsItsIndependence(text: String, expected: String) {
        #expect(anniversaries(text, date: nil) == [expected])
    }
}
