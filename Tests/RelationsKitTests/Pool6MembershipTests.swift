import Testing
@testable import RelationsKit

/// Membership mechanisms found by the precision audit of pool6 (fresh real copy): interest shown in joining is no plan
/// (a plan is a stated intention, decision, application or request), and joining as a partner (a partner state, a
/// dialogue partner, partnership status) is no membership. Invented sentences, with real plans that must stay extracted.
@Suite("extraction: memberships, pool6")
struct Pool6MembershipTests: WireCopyProbe {

    // MARK: Interest in joining is no plan

    @Test(arguments: [
        "Other states expressing interest in joining the SCO include Nepal, Laos and Mongolia.",
        "Armenia has expressed interest in joining the Shanghai Cooperation Organisation.",
        "Mongolia is interested in joining the Eurasian Economic Union, the minister said.",
        "Countries that have shown an interest in joining BRICS include Algeria, Bolivia and Cuba.",
        "Tajikistan has shown interest in its accession to the Eurasian Economic Union.",
    ])
    func interestIsNoPlan(text: String) {
        #expect(memberships(text, date: "2024-10-20").isEmpty)
    }

    // MARK: Joining as a partner is no membership

    @Test(arguments: [
        "From January 1, 2025, Bolivia, Cuba and Malaysia will join BRICS as partner states.",
        "Kazakhstan and Uzbekistan are to join BRICS as partner countries next year.",
        "Turkey joined the SCO as a dialogue partner in 2013.",
        "Belarus will join BRICS as a new partner country on January 1.",
        "Thailand will join the BRICS group with partner status in January.",
        "Indonesia plans to join BRICS in the status of a partner country.",
    ])
    func joiningAsAPartnerIsNoMembership(text: String) {
        #expect(memberships(text, date: "2024-10-20").isEmpty)
    }

    // MARK: Real plans and joinings stay

    @Test(arguments: [
        ("Armenia intends to join the EAEU.", "ARM plans_to_join EAEU"),
        ("Azerbaijan applied to join BRICS as a full member.", "AZE plans_to_join BRICS"),
        ("Azerbaijan has submitted its application to join BRICS.", "AZE plans_to_join BRICS"),
        ("Uzbekistan announced its intention to join the Eurasian Economic Union.", "UZB plans_to_join EAEU"),
        ("Iran will join BRICS as a full member on January 1.", "IRN plans_to_join BRICS"),
        ("Egypt joined BRICS in January 2024.", "EGY joined BRICS"),
    ])
    func realPlansStay(text: String, expected: String) {
        #expect(memberships(text, date: "2024-10-20").contains(expected))
    }
}
