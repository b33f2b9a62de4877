import Testing
@testable import RelationsKit

/// Membership wording of the real71–78 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A pair of states that opens the sentence may open with "both", and the second may be named as the first one's neighbour
/// ("Both Finland and neighbouring Sweden applied for membership"): both act.
@Suite("extraction: memberships, real75")
struct Real75MembershipTests: WireCopyProbe {

    @Test(arguments: [
        "Both Finland and neighbouring Sweden applied for membership in NATO in May.",
        "Finland and neighbor Sweden applied for membership in NATO in May.",
        "Both Finland and Sweden, long neutral, were moved to apply for membership in NATO in May.",
    ])
    func aNeighbourNamedSecondActsWithTheFirst(sentence: String) {
        #expect(memberships(sentence, date: "2022-05-18") == ["FIN plans_to_join NATO", "SWE plans_to_join NATO"])
    }

    @Test func aNeighbourInAnAppositionDoesNotAct() {
        // Sweden is what Finland is a neighbour of, not a subject.
        #expect(memberships("Finland, a neighbour of Sweden, applied for membership in NATO in May.", date: "2022-05-18") == ["FIN plans_to_join NATO"])
    }
}
