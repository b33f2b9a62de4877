import Testing
@testable import RelationsKit

/// Membership mechanisms of the real9 round: a status kept ("retained", "kept", "maintained") is held, not granted, so no
/// observer event; a step placed at an occasion still to come ("at the upcoming summit", "during its next session") is a
/// plan. Invented sentences, each mechanism with a negative case.
@Suite("extraction: memberships, real9")
struct Real9MembershipTests: WireCopyProbe {

    // MARK: A status kept is held, not granted

    @Test(arguments: [
        "Ulaanbaatar declined to apply for membership. Nevertheless, Mongolia retained observer status in the SCO.",
        "Mongolia kept its observer status in the SCO after the vote.",
        "Mongolia has maintained observer status in the SCO throughout the dispute.",
        "The deputies voted no, but Mongolia preserved its observer status within the SCO.",
    ])
    func aStatusKeptIsNoEvent(text: String) {
        #expect(!memberships(text, date: "2010-04-01").contains { $0.contains("observer") })
    }

    @Test(arguments: [
        "Mongolia was granted observer status in the SCO in 2004.",
        "In 2004 Mongolia received observer status in the SCO.",
    ])
    func aStatusGrantedStaysAnEvent(text: String) {
        #expect(memberships(text, date: "2010-04-01").contains("MNG observer SCO"))
    }

    // MARK: A step placed at an occasion still to come is a plan

    @Test(arguments: [
        ("Tbilisi hinted that it would follow Azerbaijan in quitting the Collective Security Treaty at the upcoming CIS summit.", "AZE plans_to_leave CST", "1999-02-10"),
        ("Officials expect Iran's accession to the SCO at the forthcoming session of the council.", "IRN plans_to_join SCO", "2023-03-01"),
        ("Belarus joins the SCO during the next summit, diplomats said.", "BLR plans_to_join SCO", "2024-03-01"),
    ])
    func aStepAtAComingOccasionIsAPlan(text: String, expected: String, date: String) {
        let found = memberships(text, date: date)
        #expect(found.contains(expected))
        #expect(!found.contains { $0.contains(" joined ") || $0.contains(" left ") })
    }

    @Test(arguments: [
        ("Uzbekistan quit the Collective Security Treaty at the CIS summit in April 1999.", "UZB left CST", "1999-06-10"),
        ("Belarus joined the SCO at the summit in Astana in July 2024, and the next summit was held in Tianjin.", "BLR joined SCO", "2025-10-01"),
    ])
    func aStepAtAPastOccasionStaysDone(text: String, expected: String, date: String) {
        #expect(memberships(text, date: date).contains(expected))
    }
}
