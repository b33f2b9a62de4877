import Testing
@testable import RelationsKit

/// Membership mechanisms of the real45–46 round, read as classes of wording rather than as the development sentences:
/// becoming a "participating State", the OSCE's (and the CSCE's) word for its member, in either number, with an article, an
/// ordinal or none ("became a participating State", "had become participating States", "became the 57th participating
/// State"); and an admission worded as a reception, passive or active, with a member's role after "as" ("were welcomed as
/// new members", "welcomed Mongolia as a participating State"). Invented sentences only, each class with near-misses that
/// must not fire (a guest's or a thing's welcome, a welcome to a meeting, a decision welcomed, participating states acting).
@Suite("extraction: memberships, real46")
struct Real46MembershipTests: WireCopyProbe {

    // MARK: A participating State is a member

    @Test(arguments: [
        ("Andorra became a participating State of the OSCE in 1996.", ["AND joined OSCE"]),
        ("Albania and Croatia had become participating States of the CSCE by then, officials recalled.", ["ALB joined OSCE", "HRV joined OSCE"]),
        ("In June 1991 Albania became the 35th participating State of the CSCE.", ["ALB joined OSCE"]),
        ("Mongolia has become a participating State of the OSCE, the chairmanship announced.", ["MNG joined OSCE"]),
    ])
    func becomingAParticipatingStateIsJoining(text: String, expected: [String]) {
        let found = memberships(text, date: "2013-06-04")
        for event in expected { #expect(found.contains(event)) }
        #expect(!found.contains { $0.contains("plans_to") })
    }

    @Test func toBecomeAParticipatingStateIsAPlan() {
        #expect(memberships("Mongolia hopes to become a participating State of the OSCE next year.", date: "2011-03-04") == ["MNG plans_to_join OSCE"])
    }

    @Test(arguments: [
        // Participating states acting, or meeting: no one joins.
        "The 57 participating States of the OSCE adopted a declaration on Thursday.",
        "Albania, a participating State of the OSCE, hosted the meeting.",
    ])
    func participatingStatesActingJoinNothing(text: String) {
        #expect(!memberships(text, date: "2013-06-04").contains { $0.contains(" joined ") })
    }

    // MARK: A reception with a member's role is an admission

    @Test(arguments: [
        ("Montenegro was welcomed as the 56th participating State of the OSCE in June 2006.", ["MNE joined OSCE"]),
        ("Albania and Croatia were welcomed as new members of NATO at the summit.", ["ALB joined NATO", "HRV joined NATO"]),
        ("The foreign ministers welcomed Andorra as a participating State of the CSCE.", ["AND joined OSCE"]),
        ("At the Bucharest meeting, the ministers welcomed Croatia and Albania as full members of the alliance, NATO said.", ["HRV joined NATO", "ALB joined NATO"]),
        ("The OSCE welcomed Mongolia into the organisation in November 2012.", ["MNG joined OSCE"]),
    ])
    func aReceptionAsAMemberIsAnAdmission(text: String, expected: [String]) {
        let found = memberships(text, date: "2013-06-04")
        for event in expected { #expect(found.contains(event)) }
        #expect(!found.contains { $0.contains("plans_to") })
    }

    @Test(arguments: [
        // A guest's, a partner's or a thing's welcome; a welcome to a meeting; a decision welcomed.
        "Mongolia's foreign minister was welcomed as a guest of the OSCE chairmanship.",
        "The decision of Montenegro was welcomed as a step forward by the OSCE.",
        "The OSCE welcomed Mongolia to the ministerial meeting in Vilnius.",
        "NATO welcomed Montenegro's decision to hold a referendum.",
        "The SCO welcomed Turkey as a dialogue partner.",
        "The NATO summit welcomed Sweden as a close friend of the alliance.",
    ])
    func aNearMissOfAReceptionAdmitsNone(text: String) {
        #expect(!memberships(text, date: "2013-06-04").contains { $0.contains(" joined ") })
    }
}

/// A capital closing a fronted phrase of place is a venue, not the subject of the admission after its comma.
@Suite("extraction: memberships, real46 venues")
struct Real46MembershipVenueTests: WireCopyProbe {
    @Test(arguments: [
        "At the third meeting of the council on 4 June 1995 in Budapest, four states were welcomed as participating States of the OSCE.",
        "During the ministerial session in Sofia, two republics were admitted as members of the OSCE.",
    ])
    func aFrontedVenueIsNoSubject(text: String) {
        #expect(!memberships(text, date: "1996-01-04").contains { $0.hasPrefix("HUN ") || $0.hasPrefix("BGR ") })
    }

    @Test func aNameAfterTheFrontedVenueStillActs() {
        #expect(memberships("At the meeting in Vienna, Mongolia was welcomed as a participating State of the OSCE.", date: "2013-01-04") == ["MNG joined OSCE"])
    }
}
