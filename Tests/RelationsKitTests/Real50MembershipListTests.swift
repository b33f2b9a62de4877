import Testing
@testable import RelationsKit

/// Membership mechanisms of round r26, second half: an organisation the reference does not know, named again by the
/// acronym the text gave it in brackets, is still that organisation, not the text's own; and taking part in an
/// organisation as an observer from a start fronted before the subject is observer status from then, as a status held
/// from a fronted date already is. Invented sentences only, with near-misses that must not fire.
@Suite("extraction: memberships, r26 round, second half")
struct Real50MembershipListTests: WireCopyProbe {

    // MARK: An unknown organisation named again by its acronym

    @Test(arguments: [
        "The EAEU summit closed in Minsk. Mongolia joined the World Trade Organization (WTO) in 1997, and Laos joined the WTO in 2013.",
        "The EAEU summit closed in Minsk. Mongolia was the first state to join the World Trade Organization (WTO) and has since grown after Laos joined the WTO in 2013.",
        "The EAEU summit closed in Minsk. Nepal, a member of the World Trade Organization (WTO) since 2004, welcomed Laos, which joined the WTO in 2013.",
        "The EAEU summit closed in Minsk. Laos joined the Energy Charter Treaty (ECT) in 2010 and Nepal acceded to the ECT in 2012.",
        "The EAEU summit closed in Minsk. Nepal became a member of the World Trade Organization (WTO) in 2004. Laos became a member of the WTO in 2013.",
        "The EAEU summit closed in Minsk. Laos left the International Energy Forum (IEF) in 2010, and Nepal quit the IEF in 2012.",
    ])
    func anUnknownOrganisationsAcronymIsNotTheTextsOrganisation(text: String) {
        let found = memberships(text, date: "2024-09-10")
        #expect(!found.contains { $0.hasSuffix(" EAEU") }, "\(found)")
    }

    @Test(arguments: [
        // A known organisation by its own acronym, with its name in brackets after it or none at all.
        ("The EAEU summit closed in Minsk. Laos joined the EAEU (Eurasian Economic Union) in 2013.", "LAO joined EAEU"),
        ("The EAEU summit closed in Minsk. Mongolia joined the EAEU in 2019.", "MNG joined EAEU"),
    ])
    func aKnownOrganisationsAcronymStillNamesIt(text: String, expected: String) {
        let found = memberships(text, date: "2024-09-10")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }

    // MARK: Taking part as an observer from a fronted start

    @Test(arguments: [
        ("Since 2016, Mongolia has been participating in the Eurasian Economic Union as an observer.", "MNG observer EAEU"),
        ("From 2018 Laos took part in the work of the Eurasian Economic Union as an observer.", "LAO observer EAEU"),
        ("Since March 2012, Nepal has attended the SCO summits as an observer.", "NPL observer SCO"),
        ("The SCO summit closed in Astana. Since 2012, Nepal has been a dialogue partner, and since 2016 Mongolia has taken part in its work as an observer.",
         "MNG observer SCO"),
    ])
    func observerParticipationFromAFrontedStart(text: String, expected: String) {
        let found = memberships(text, date: "2024-09-10")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }

    @Test(arguments: [
        // No start: a status held, no event.
        "Mongolia regularly takes part in the Eurasian Economic Union as an observer.",
        // Negated.
        "Since 2016, Mongolia has not been participating in the Eurasian Economic Union as an observer.",
        // The fronted date belongs to another clause's subject.
        "Since 2016, the Eurasian Economic Union has grown, and Mongolia attends its meetings as an observer.",
        // A remark: the fronted date governs the speaker's saying, another country before the participant.
        "Since 2016, Russia has said that Mongolia participates in the Eurasian Economic Union as an observer.",
    ])
    func noFrontedStartNoObserver(text: String) {
        #expect(!memberships(text, date: "2024-09-10").contains { $0.contains("observer") })
    }
}
