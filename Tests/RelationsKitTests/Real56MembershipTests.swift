import Testing
@testable import RelationsKit

/// Membership wording of the real53–56 round, read as classes. Invented sentences only, with near-misses that must not
/// change.
///
/// Completing a step is still ahead under any modal, and through the process that completes it: "must complete its
/// withdrawal by May", "should finalise", "can complete", "will allow us to complete the legal formalization of X's
/// accession"; completing reported in the past is the step done. "accession into" and "admission into" name the
/// organisation as "accession to" does.
@Suite("extraction: memberships, real56")
struct Real56MembershipTests: WireCopyProbe {

    @Test(arguments: [
        ("Moldova must complete its withdrawal from the CIS by the end of the year.", "MDA plans_to_leave CIS"),
        ("Mongolia should finalise its accession to the SCO before the Astana summit.", "MNG plans_to_join SCO"),
        ("Azerbaijan can complete its accession to the EAEU within a year, the minister said.", "AZE plans_to_join EAEU"),
        ("The two protocols will allow the council to complete the legal formalization of Mongolia's accession to the SCO.", "MNG plans_to_join SCO"),
        ("Ministers hope to finalise the procedures for Moldova's withdrawal from the CIS in June.", "MDA plans_to_leave CIS"),
        ("Under the plan, Georgia is to complete the formalities of its accession to the CSTO in the spring.", "GEO plans_to_join CSTO"),
    ])
    func aCompletionUnderAModalIsStillAhead(text: String, expected: String) {
        let found = memberships(text, date: "2019-05-14")
        #expect(found.contains(expected))
        #expect(!found.contains(where: { $0.hasSuffix(" joined " + expected.split(separator: " ").last!) || $0.hasSuffix(" left " + expected.split(separator: " ").last!) }))
    }

    @Test(arguments: [
        // Completing reported in the past is the step done.
        ("Moldova completed the procedures for its withdrawal from the CIS in June.", "MDA left CIS"),
        ("The council has completed the legal formalization of Mongolia's accession to the SCO.", "MNG joined SCO"),
        ("Georgia finalised its accession to the CSTO on Thursday.", "GEO joined CSTO"),
    ])
    func aCompletionReportedIsTheStep(text: String, expected: String) {
        #expect(memberships(text, date: "2019-05-14").contains(expected))
    }

    @Test(arguments: [
        // Weighing or denying a completion still gives nothing.
        "Moldova is considering whether it must complete its withdrawal from the CIS.",
        "Mongolia did not complete its accession to the SCO.",
    ])
    func aCompletionWeighedOrDeniedIsNoStep(text: String) {
        #expect(!memberships(text, date: "2019-05-14").contains(where: { $0.contains(" joined ") || $0.contains(" left ") }))
    }

    @Test(arguments: [
        ("President Elbegdorj signed a declaration on Mongolia's accession into the SCO in Beijing.", "MNG plans_to_join SCO"),
        ("Mongolia's admission into the SCO took effect on 1 July.", "MNG joined SCO"),
        ("Mongolia completed its accession into the SCO in July.", "MNG joined SCO"),
    ])
    func anAccessionIntoAnOrganisationNamesIt(text: String, expected: String) {
        #expect(memberships(text, date: "2019-05-14").contains(expected))
    }

    @Test func anAccessionIntoTalksNamesNoOrganisation() {
        #expect(memberships("Mongolia's accession into the talks on trade was welcomed.", date: "2019-05-14") == [])
    }
}
