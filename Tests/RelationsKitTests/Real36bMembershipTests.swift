import Testing
@testable import RelationsKit

/// A step named in an elaboration after a comma ("..., including with respect to X joining", "..., in particular on X's
/// accession", "..., especially as regards", "..., notably regarding") takes the mood of the clause it elaborates, however
/// long that clause's object runs before the comma: an intended or future predicate makes it a plan. Invented sentences,
/// with near misses that must not fire (a step weighed or talked about, a negated predicate, a past one, a partner's
/// role, an elaboration with a verb of its own).
@Suite("extraction: memberships, a step in an elaboration of an intent")
struct Real36bMembershipTests: WireCopyProbe {

    @Test(arguments: [
        ("Kazakhstan will broaden cooperation within a number of regional bodies, including with regard to Uzbekistan joining the EAEU.", "UZB plans_to_join EAEU"),
        ("Astana hopes to deepen cooperation in many regional formats, in particular on Uzbekistan's accession to the Eurasian Economic Union.", "UZB plans_to_join EAEU"),
        ("The ministers will expand cooperation in several regional groups, notably regarding Tajikistan joining the EAEU.", "TJK plans_to_join EAEU"),
        ("The sides intend to strengthen their work in various international structures, especially as regards Serbia's accession to the CSTO.", "SRB plans_to_join CSTO"),
        ("The leader said he was sure that the two nations would keep building ties in every sphere and widen their partnership in various multilateral bodies as well, including with respect to Tajikistan joining the Eurasian Economic Union.", "TJK plans_to_join EAEU"),
        ("Chisinau intends to revise its place in several post-Soviet structures, including as regards Moldova's withdrawal from the CIS.", "MDA plans_to_leave CIS"),
    ])
    func aStepInAnElaborationOfAnIntentIsAPlan(text: String, expected: String) {
        let found = memberships(text, date: "2012-04-10")
        #expect(found.contains(expected), "\(found)")
        #expect(!found.contains(expected.replacingOccurrences(of: "plans_to_join", with: "joined").replacingOccurrences(of: "plans_to_leave", with: "left")), "\(found)")
    }

    @Test(arguments: [
        // Weighed or talked about: no plan.
        "The ministers will discuss a wide range of regional issues, including Tajikistan joining the EAEU.",
        "The ministers will talk about many regional matters, including Tajikistan joining the EAEU.",
        // The elaborated predicate negated.
        "The sides will not expand cooperation in multilateral groups, including with respect to Tajikistan joining the EAEU.",
        // Reported in the past: cooperation on a step is not the step.
        "The two countries worked together in various multilateral groups, including on Tajikistan joining the EAEU.",
        // A partner's role is no membership.
        "The sides will expand cooperation in many formats, including on Mongolia joining the SCO as a dialogue partner.",
    ])
    func noPlanWithoutAnIntentOrWithAnotherRole(text: String) {
        let found = memberships(text, date: "2012-04-10")
        #expect(!found.contains(where: { $0.contains("plans_to") }), "\(found)")
    }

    @Test func anElaborationWithAVerbOfItsOwnKeepsItsOwnMood() {
        let found = memberships("Kazakhstan will broaden cooperation within a number of regional bodies, including those that Uzbekistan joined in 2020.", date: "2022-04-10")
        #expect(!found.contains("UZB plans_to_join EAEU"), "\(found)")
    }
}
