import Testing
@testable import RelationsKit

/// Membership wording of the real51–52 round, read as a class: a step named only as what a motive is of ("Belarus's
/// reasons for pulling out of the CIS", "the motives behind Georgia's withdrawal", "the rationale for quitting the bloc")
/// refers to a step the article reports elsewhere, in that report's own mood; the motive phrase states neither the step
/// done nor a plan. Invented sentences only, with near-misses that must still fire.
@Suite("extraction: memberships, real52")
struct Real52MembershipTests: WireCopyProbe {

    @Test(arguments: [
        "Belarus's reasons for pulling out of the CIS were set out by its foreign ministry.",
        "The motives behind Georgia's withdrawal from the CIS remain unclear.",
        "Moldovan officials explained the rationale for quitting GUAM.",
        "Kazakhstan has published its grounds for leaving the EAEU.",
        "Analysts disagree on the explanation for Armenia's exit from the CSTO.",
    ])
    func aMotiveOfAStepStatesNoStep(text: String) {
        #expect(memberships(text, date: "2019-05-14") == [])
    }

    @Test func aMotiveTakesUpAnAnnouncedStepWithoutCompletingIt() {
        let text = "Belarus announced that it will not extend its membership in the CIS when it expires next spring. "
            + "Belarus's reasons for dropping out of the CIS were listed by a ministry spokesman."
        #expect(!memberships(text, date: "2019-05-14").contains("BLR left CIS"))
    }

    @Test(arguments: [
        // The motive after the step, or a motive clause before a finite verb: the step is reported.
        ("Georgia left the CIS in 2009 for reasons of its own.", "GEO left CIS"),
        ("For these reasons, Azerbaijan withdrew from the CST in 1999.", "AZE left CST"),
        ("Citing economic reasons, Uzbekistan quit GUAM in 2005.", "UZB left GUAM"),
        ("The reason was simple: Uzbekistan dropped out of the CSTO in 2012.", "UZB left CSTO"),
    ])
    func aStepReportedBesideAMotiveStillCounts(text: String, expected: String) {
        #expect(memberships(text, date: "2019-05-14").contains(expected))
    }
}
