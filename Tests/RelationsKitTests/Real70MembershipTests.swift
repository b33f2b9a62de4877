import Testing
@testable import RelationsKit

/// Membership wording of the real65–70 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// The SCO's accession step is named in the singular as often as in the plural ("the Memorandum of Obligation for the SCO
/// membership of Belarus"). "Joined" in apposition, without its auxiliary, is a passive whose agent joins ("the union, formed
/// by A and B in 1996, and joined by C the following year"), and a participle's clause in apposition to a passive's subject
/// is passed over to the organisation it describes ("The Customs Union, formed by A and B in 1996, was joined by C"). The
/// founders a "formed by" names do not join. A speaker's "we" inside a quotation is the country of the speaker its
/// attribution names ("\"We have frozen our participation in the CSTO,\" Armenian Prime Minister A said").
@Suite("extraction: memberships, real70")
struct Real70MembershipTests: WireCopyProbe {

    @Test(arguments: [
        ("The summit welcomed the signing of the Memorandum of Obligation for the SCO membership of Belarus.", "BLR plans_to_join SCO"),
        ("Belarus signed the memorandum on obligation for membership in the SCO.", "BLR plans_to_join SCO"),
        ("Iran signed a memorandum of obligations on SCO membership.", "IRN plans_to_join SCO"),
    ])
    func aMemorandumOfObligationIsAPlan(text: String, expected: String) {
        #expect(memberships(text) == [expected])
    }

    @Test func aMemorandumOnAnotherSubjectIsNoPlan() {
        #expect(memberships("Belarus and the SCO signed a memorandum of understanding on customs cooperation.").isEmpty)
    }

    @Test(arguments: [
        "The expansion of the CIS Customs Union, formed by Kazakhstan, Russia and Belarus in March 1996, and joined by Kyrgyzstan the following year, comes at a hard time.",
        "The CIS Customs Union, formed by Kazakhstan, Russia and Belarus in 1996, was joined by Kyrgyzstan in 1997.",
        "The Customs Union, joined by Kyrgyzstan in 1997, met in Minsk.",
    ])
    func aPassiveJoinedInAppositionJoinsItsAgent(text: String) {
        #expect(memberships(text) == ["KGZ joined CU"])
    }

    @Test(arguments: [
        // "joined by" a person at a meeting, or a clause that is no participle's apposition.
        "The CSTO summit, chaired by Putin, and joined by Lukashenko in the evening, ended in Minsk.",
        "Kazakhstan and Russia met in the CIS Customs Union, and joined by phone, the leaders of Kyrgyzstan spoke.",
    ])
    func otherJoinedByPhrasesJoinNoOne(text: String) {
        #expect(!memberships(text).contains { $0.hasSuffix("joined CU") || $0.hasSuffix("joined CSTO") })
    }

    @Test(arguments: [
        ("\"We have frozen our participation in the CSTO,\" Armenian Prime Minister Nikol Pashinyan said.", "ARM froze CSTO"),
        ("\"We will leave the CIS,\" Georgian President Mikheil Saakashvili said at a rally.", "GEO plans_to_leave CIS"),
    ])
    func aQuotedWeIsTheSpeakersCountry(text: String, expected: String) {
        #expect(memberships(text) == [expected])
    }

    @Test(arguments: [
        // No attribution that names a speaker's country: "we" stays no one's.
        "We have frozen our participation in the CSTO, the newspaper wrote.",
        "\"We have frozen our participation in the CSTO,\" the spokesman said.",
    ])
    func aWeWithoutAPlacedSpeakerNamesNoCountry(text: String) {
        #expect(memberships(text).isEmpty)
    }
}
