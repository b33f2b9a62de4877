import Testing
@testable import RelationsKit

/// Membership mechanisms of the real37–40 round, read as classes of wording rather than as the development sentences:
/// an application handed in by its own country ("filed formal applications for full membership", "lodged a request for
/// accession to", "handed in its bid for SCO membership") is that country's plan to join, whatever the verb of handing in,
/// the number of applicants or the qualifiers of the noun; a generic plural noun that a relative clause, full or reduced
/// to a participle or an adjective of readiness, makes the subject ("non-member countries aspiring to join", "states that
/// have applied to join") is any country, so no name near it acts. Invented sentences only, each class with near-misses that
/// must not fire (weighing, negation, possibility, another's call, a document that is no application, another status).
@Suite("extraction: memberships, real40")
struct Real40MembershipTests: WireCopyProbe {

    // MARK: An application handed in is its country's plan

    @Test(arguments: [
        ("Mongolia and Turkmenistan filed formal applications for full membership in the SCO.", ["MNG plans_to_join SCO", "TKM plans_to_join SCO"]),
        ("Serbia has lodged a request for accession to the EAEU, the ministry said.", ["SRB plans_to_join EAEU"]),
        ("Last week Laos handed in its application for BRICS membership.", ["LAO plans_to_join BRICS"]),
        ("Venezuela officially submitted a bid for membership of BRICS in 2018.", ["VEN plans_to_join BRICS"]),
        ("Officials said Mongolia would put in a request for full membership of the SCO next year.", ["MNG plans_to_join SCO"]),
        ("According to the envoy, Cuba has sent its official application for full-fledged membership in BRICS.", ["CUB plans_to_join BRICS"]),
    ])
    func anApplicationHandedInIsAPlan(text: String, expected: [String]) {
        let found = memberships(text, date: "2019-03-04")
        for event in expected { #expect(found.contains(event)) }
        #expect(!found.contains { $0.contains(" joined ") })
    }

    @Test(arguments: [
        // Weighed, denied, only possible, or asked for by another: no plan of the country.
        "Uzbekistan is considering submitting an application for membership in the EAEU.",
        "Mongolia has not filed an application for membership in the SCO.",
        "Tajikistan may submit an application for membership in the EAEU.",
        "Moscow urged Serbia to submit an application for membership in the EAEU.",
        // A document that is no application, and an application for another status.
        "The committee filed a report on applications for membership in the SCO.",
        "Azerbaijan sent a request for observer status in the SCO.",
    ])
    func aNearMissOfAnApplicationGivesNoPlan(text: String) {
        #expect(!memberships(text, date: "2019-03-04").contains { $0.contains("plans_to_join") })
    }

    // MARK: A generic noun's relative clause, full or reduced, is no named country's step

    @Test(arguments: [
        "The bloc had invited non-member countries aspiring to join to take part in the summit in Brazil.",
        "States wishing to leave the CSTO must notify Armenia in writing.",
        "Nations keen to join the SCO sent envoys to Kazakhstan.",
        "Several countries that have applied to join BRICS met in Egypt.",
        "Diplomats from Chile said that governments seeking to enter the EAEU would face long talks.",
    ])
    func aGenericNounsClauseNamesNoCountry(text: String) {
        #expect(memberships(text, date: "2019-03-04").isEmpty)
    }

    @Test(arguments: [
        // A counted noun refers back to the names; a name with the same participle acts.
        ("The two countries hoping to join the SCO, Iran and Belarus, sent envoys.", "IRN plans_to_join SCO"),
        ("Belarus, hoping to join the SCO, sent envoys.", "BLR plans_to_join SCO"),
        ("Iran, seeking to join the SCO, applied in 2021.", "IRN plans_to_join SCO"),
    ])
    func aNamedOrCountedSubjectStillActs(text: String, expected: String) {
        #expect(memberships(text, date: "2019-03-04").contains(expected))
    }
}
