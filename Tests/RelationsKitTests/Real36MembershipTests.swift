import Testing
@testable import RelationsKit

/// Membership mechanisms found by sorting the misses and extras of real33–real36 (real wire copy from sites no rule was
/// shaped to) into classes of wording: the present of a step with a time still to come on either side of the verb is a plan,
/// however the time is said; a status named by its noun ("the status of an observer") held since a date is the event of that
/// date, as "observer status" is; a date fronted in a coordinated clause dates the status of that clause's subject;
/// approving of a step, as backing it, is for a step still to come. Invented sentences, with near misses that must not fire.
@Suite("extraction: memberships, real33–real36")
struct Real36MembershipTests: WireCopyProbe {

    // MARK: The present of a step with a time still to come is a plan, before or after the verb

    @Test(arguments: [
        ("Mongolia joins the Shanghai Cooperation Organisation within a year, its foreign minister said.", "MNG plans_to_join SCO"),
        ("Tajikistan in two years becomes a full member of the Eurasian Economic Union.", "TJK plans_to_join EAEU"),
        ("Within eighteen months Uzbekistan becomes a member of the EAEU, the deputy prime minister told reporters.", "UZB plans_to_join EAEU"),
        ("Azerbaijan becomes a member of the CSTO by the end of the year.", "AZE plans_to_join CSTO"),
        ("Serbia accedes to the EAEU towards the end of the decade, officials in Belgrade believe.", "SRB plans_to_join EAEU"),
        ("Iran becomes the ninth member of the SCO in the coming months.", "IRN plans_to_join SCO"),
        ("Turkmenistan joins the CIS as a full member later this year.", "TKM plans_to_join CIS"),
        ("Moldova leaves the CIS in 2017, the speaker of parliament said.", "MDA plans_to_leave CIS"),
        ("The minister said that Mongolia in a few months joins the SCO as a full member.", "MNG plans_to_join SCO"),
    ])
    func aScheduledPresentIsAPlan(text: String, expected: String) {
        let found = memberships(text, date: "2015-06-05")
        #expect(found.contains(expected), "\(found)")
        #expect(!found.contains(expected.replacingOccurrences(of: "plans_to_join", with: "joined").replacingOccurrences(of: "plans_to_leave", with: "left")), "\(found)")
    }

    @Test(arguments: [
        // The past with a span: the event done.
        ("Tajikistan became a member of the EAEU within a year.", "TJK joined EAEU"),
        // A span that describes, not one still to come.
        ("In a year of crises, Uzbekistan joins the EAEU.", "UZB joined EAEU"),
        ("Uzbekistan joins the EAEU, a year after it applied.", "UZB joined EAEU"),
        // A deadline already past in the article's year, told in the historical present.
        ("Georgia leaves the CIS by the end of 2009, and the war is the reason.", "GEO left CIS"),
        ("In 2009, Georgia leaves the CIS.", "GEO left CIS"),
    ])
    func aSpanThatIsNotAheadKeepsTheEvent(text: String, expected: String) {
        let found = memberships(text, date: "2015-06-05")
        #expect(found.contains(expected), "\(found)")
        #expect(!found.contains(where: { $0.contains("plans_to") }), "\(found)")
    }

    // MARK: A status named by its noun, held since a date, is the event of that date

    @Test(arguments: [
        ("Mongolia has held the status of an observer state in the SCO since 2004.", "MNG observer SCO"),
        ("Afghanistan has had the status of an official SCO observer since 2012.", "AFG observer SCO"),
        ("Since 2012 Afghanistan has enjoyed the status of an observer in the Shanghai Cooperation Organisation.", "AFG observer SCO"),
        ("Since 2003, Serbia has had the status of an official CSTO observer.", "SRB observer CSTO"),
        ("Kyrgyzstan has held the status of a full member of the EAEU since 2015.", "KGZ joined EAEU"),
        ("Uzbekistan, which has had the status of an EAEU observer since 2020, sent a delegation.", "UZB observer EAEU"),
    ])
    func aStatusNamedByItsNounSinceADateIsTheEvent(text: String, expected: String) {
        #expect(memberships(text, date: "2022-06-05").contains(expected))
    }

    @Test(arguments: [
        // No date: a status held, no event.
        "Mongolia has the status of an SCO observer.",
        // Another status.
        "Sri Lanka has had the status of a dialogue partner of the SCO since 2009.",
        // Sought, not held.
        "Mongolia seeks the status of an observer in the CSTO.",
        "Since 2010, Sri Lanka has sought the status of an observer in the SCO.",
    ])
    func aStatusNotHeldSinceADateIsNoEvent(text: String) {
        let found = memberships(text, date: "2022-06-05")
        #expect(!found.contains(where: { $0.contains("observer") || $0.contains("joined") }), "\(found)")
    }

    // MARK: A date fronted in a coordinated clause dates its subject's status

    @Test(arguments: [
        ("Since 2009, Sri Lanka has been a dialogue partner, and since 2016 it has had the status of an official SCO observer.", "LKA observer SCO"),
        ("Cambodia has been an SCO dialogue partner since 2015; since 2021 it has also held observer status.", "KHM observer SCO"),
        ("Nepal signed a memorandum with the SCO in 2015, and from 2019 it has been an observer of the organisation.", "NPL observer SCO"),
        ("Since 2005, Iran has been an observer of the SCO, while since 2023 Iran has been a full member.", "IRN joined SCO"),
    ])
    func aFrontedDateInACoordinatedClauseDatesTheStatus(text: String, expected: String) {
        #expect(memberships(text, date: "2024-06-05").contains(expected))
    }

    @Test(arguments: [
        // "It" that takes up the organisation the sentence opens on.
        "Since 2001, the SCO has grown steadily, and since 2017 it has had eight members.",
        // A status sought in the coordinated clause.
        "Since 2009, Sri Lanka has been a dialogue partner, and since 2016 it has sought observer status in the SCO.",
    ])
    func aCoordinatedClauseWithoutAHeldStatusGivesNothing(text: String) {
        let found = memberships(text, date: "2024-06-05")
        #expect(!found.contains(where: { $0.contains("observer") || $0.contains("joined") }), "\(found)")
    }

    // MARK: Approving of a step is for a step still to come

    @Test(arguments: [
        ("A poll shows 58 percent of Maltese approving of Malta joining the European Union.", "MLT plans_to_join EU"),
        ("Most Slovenians approved of Slovenia joining NATO, the survey found.", "SVN plans_to_join NATO"),
        ("Two thirds of voters approve of Montenegro's accession to NATO.", "MNE plans_to_join NATO"),
    ])
    func approvingOfAStepIsNoEventDone(text: String, expected: String) {
        let found = memberships(text, date: "2003-03-10")
        #expect(found.contains(expected), "\(found)")
        #expect(!found.contains(where: { $0.contains("joined") }), "\(found)")
    }

    @Test func aStepDoneThatVotersApprovedOfStaysDone() {
        #expect(memberships("Slovenia joined NATO in 2004, a step most voters approved of.", date: "2005-03-10").contains("SVN joined NATO"))
    }
}
