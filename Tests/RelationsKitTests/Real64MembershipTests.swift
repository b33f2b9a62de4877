import Testing
@testable import RelationsKit

/// Membership wording of the real61–64 round, read as classes. Invented sentences only, with near-misses that must not
/// change.
///
/// "abandon" leaves an organisation or treaty it takes as its object, in every form: "their intention to abandon the
/// treaty" is a plan to leave, "abandoned the CSTO" the exit.
@Suite("extraction: memberships, real64")
struct Real64MembershipTests: WireCopyProbe {

    @Test(arguments: [
        ("Tbilisi and Baku had been signalling since February their intention to abandon the Collective Security Treaty.", ["GEO plans_to_leave CST", "AZE plans_to_leave CST"]),
        ("Georgia abandoned the CSTO in 1999.", ["GEO left CSTO"]),
        ("Moldova plans to abandon the CIS, the speaker said.", ["MDA plans_to_leave CIS"]),
    ])
    func abandoningLeaves(text: String, expected: [String]) {
        #expect(memberships(text, date: "1999-05-14") == Set(expected))
    }

    @Test(arguments: [
        // Abandoning a plan, a talk or a project is no exit.
        "The government decided to abandon plans to join the EAEU.",
        "Armenia abandoned the talks on the CSTO mission.",
    ])
    func abandoningSomethingElseIsNoExit(text: String) {
        #expect(!memberships(text, date: "2015-05-14").contains(where: { $0.contains(" left ") || $0.contains("plans_to_leave") }))
    }
}
