import Testing
@testable import RelationsKit

/// Names in the shapes of the blind9/blind10 round: a capital after "in" is its government, not a venue, when a view is
/// voiced there ("concerns voiced in Washington", "fears in Kiev"); the demonym spelt "Belarussian". Invented sentences.
@Suite("extraction: blind9/blind10 round, countries")
struct Blind910CountryTests: WireCopyProbe {
    @Test(arguments: [
        ("The minister said the bloc was directed against no one, an allusion to concerns voiced in Washington.", "USA"),
        ("The decision has raised fears in Kiev about the fate of the fleet.", "UKR"),
        ("Criticism was also expressed in Minsk after the vote.", "BLR"),
    ])
    func aViewVoicedInACapital(sentence: String, code: String) {
        #expect(facts(sentence, date: "2001-06-15").countries.contains(code))
    }

    @Test(arguments: ["The Charter was signed in Minsk in January.", "The talks were held in Washington on Friday."])
    func aVenueAloneIsNoCountry(sentence: String) {
        #expect(facts(sentence, date: "2001-06-15").countries.isEmpty)
    }

    @Test(arguments: ["In the Belarussian capital, the talks went on.", "Belarussian officials welcomed the decision.", "Two Belarussians were among the observers."])
    func belarussian(sentence: String) {
        #expect(facts(sentence, date: "1992-02-14").countries == ["BLR"])
    }
}
