import Testing
@testable import RelationsKit

/// The ruling of the blind19/blind20 round: a step towards joining and the joining are two events when the text states
/// both, as an announced exit and the exit are; a debate of the step, or a statement of what joining means, is neither.
@Suite("extraction: a step towards joining beside the joining")
struct StepAndJoiningTests: WireCopyProbe {

    @Test(arguments: [
        ("Tehran applied for full membership of the SCO in 2008. Iran became a full member of the Shanghai Cooperation Organisation on Tuesday.", "2023-07-05",
         ["IRN plans_to_join SCO", "IRN joined SCO"]),
        ("Belarus joined the SCO on Thursday. Minsk had been an observer since 2015, and the accession procedure was launched in Samarkand in 2022.",
         "2024-07-05", ["BLR observer SCO", "BLR plans_to_join SCO", "BLR joined SCO"]),
        ("The treaty on Kyrgyzstan's accession to the Eurasian Economic Union was signed by the heads of the member states in December. Kyrgyzstan became a full member of the union in August.",
         "2015-08-13", ["KGZ plans_to_join EAEU", "KGZ joined EAEU"]),
    ])
    func theStepAndTheJoiningAreTwoEvents(text: String, date: String, expected: [String]) {
        #expect(memberships(text, date: date) == Set(expected))
    }

    // A question or issue of the step is a debate of it; a negated statement of what joining means does not say it is to come.
    @Test(arguments: [
        "Belarus acceded to the Collective Security Treaty in December 1993. The question of joining the treaty divided the Belarusian leadership for months.",
        "Armenia joined the Eurasian Economic Union in 2015. The issue of Armenia's accession split the parliament.",
        "Armenia joined the EAEU in 2015. President of Armenia Serzh Sargsyan has repeatedly stated that joining the union does not mean abandoning cooperation with the European Union.",
        "Kazakhstan joined the Eurasian Economic Union in 2015. Prime Minister of Kazakhstan Karim Massimov said joining the union does not imply giving up trade with China.",
    ])
    func aDebateOrAMeaningOfTheStepIsNoPlan(text: String) {
        let found = memberships(text, date: "2016-01-05")
        #expect(found.count == 1)
        #expect(!found.contains { $0.contains("plans_to_join") })
    }

    @Test func aTreatyNotYetInForceStaysAPlan() {
        #expect(memberships("The treaty on Kyrgyzstan's accession to the Eurasian Economic Union has not yet entered into force.", date: "2015-06-05")
                == ["KGZ plans_to_join EAEU"])
    }
}
