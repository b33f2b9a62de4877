import Testing
@testable import RelationsKit

/// Organisations in the shapes of the blind17/blind18 round: under a heading of links ("Read more:"), another story's
/// headline may be a question ("What is the Eurasian Economic Union?"), page furniture like the others. Invented
/// articles, with negative cases.
@Suite("extraction: blind17/blind18 round, organisations")
struct Blind1718OrganisationTests: WireCopyProbe {
    func organisations(_ body: String) -> Set<String> { Set(facts(body).organisations) }

    @Test(arguments: [
        "Read more:\nUzbekistan: Tashkent walks away from the bloc again\nWhat is the Eurasian Economic Union?",
        "Related news:\nWhy did Armenia freeze its ties with the Eurasian Economic Union?\nGeorgia: the long road to the West",
    ])
    func aQuestionUnderLinksIsAHeadline(links: String) {
        #expect(organisations("Armenia has frozen its participation in the CSTO.\n\n" + links) == ["CSTO"])
    }

    @Test func aQuestionInTheBodyStillCounts() {
        #expect(organisations("Armenia has frozen its participation in the CSTO.\n\nWhat is the Eurasian Economic Union? It is a bloc of five states.")
            == ["CSTO", "EAEU"])
        // A paragraph after the heading's list, which a blank line closes, is the body's again.
        #expect(organisations("Armenia has frozen its participation in the CSTO.\n\nRead more:\nGeorgia: the long road to the West\n\nWill the Eurasian Economic Union grow?")
            == ["CSTO", "EAEU"])
    }
}
