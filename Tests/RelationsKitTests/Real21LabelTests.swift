import Testing
@testable import RelationsKit

/// Anniversaries and relationship labels in the shapes of the real21 round: an anniversary named by the adjective of
/// relations ("the 100th diplomatic anniversary between Mongolia and Russia"), and a label some outlets write in capitals
/// ("develop the Mongolia-China Comprehensive Strategic Partnership"). Invented sentences, with negative cases.
@Suite("extraction: real21 round, anniversaries and labels")
struct Real21LabelTests: WireCopyProbe {
    func anniversaries(_ body: String) -> [String] {
        facts(body, date: "2020-07-10").anniversaries.map { "\($0.parties.joined(separator: "-")) \($0.subject) \($0.ordinal) \($0.year.map(String.init) ?? "?")" }
    }

    func labels(_ body: String) -> [String] {
        facts(body).relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" }
    }

    @Test(arguments: [
        ("The speaker stressed the importance of marking the 100th diplomatic anniversary between Mongolia and Russia next year.", "MNG-RUS diplomatic relations 100 2021"),
        ("Kazakhstan and Russia celebrate their 28th diplomatic anniversary this year.", "KAZ-RUS diplomatic relations 28 2020"),
    ])
    func anAnniversaryNamedByTheAdjectiveOfRelations(body: String, expected: String) {
        #expect(anniversaries(body) == [expected])
    }

    @Test func aDiplomaticOrdinalWithoutTheAnniversaryIsNone() {
        // An ordinal round of talks, not an anniversary.
        #expect(anniversaries("Mongolia and Russia held the 100th diplomatic round of consultations in Moscow.").isEmpty)
    }

    @Test(arguments: [
        ("Putin said that strengthening the Comprehensive Strategic Partnership between Russia and Mongolia serves both peoples.", "MNG-RUS comprehensive strategic partnership"),
        ("The leaders pledged to develop the Mongolia-China Comprehensive Strategic Partnership further.", "CHN-MNG comprehensive strategic partnership"),
        ("Romania and Moldova praised the Strategic Partnership, which underpins their cooperation.", "MDA-ROU strategic partnership"),
    ])
    func aLabelWrittenInCapitalsIsTheLabel(body: String, expected: String) {
        #expect(labels(body) == [expected])
    }

    @Test(arguments: [
        // A document's name that holds the words.
        "Russia and Mongolia signed the Treaty on Comprehensive Strategic Partnership in Ulaanbaatar.",
        "Russia and Mongolia adopted the Strategic Partnership Charter at the summit.",
        // A body's name.
        "Officials of Russia and Mongolia met at the Eurasian Strategic Partnership Forum.",
    ])
    func aNameThatHoldsTheLabelIsNoLabel(body: String) {
        #expect(labels(body).isEmpty)
    }
}
