import Testing
@testable import RelationsKit

/// Membership mechanisms of the sixth real-copy round (real4's remaining misses and extras, pool6 audit group 7): one
/// step worded as a suspension and a freeze is one fact; a choice not to extend a treaty is declining it, with "they" after
/// a fronted date; "depart" reads like "leave"; the admitting side's decision, documents or ceremony, enacted or held, is
/// the admission; a nominalised step that a modal predicate supposes is no plan. Invented sentences, each mechanism with a
/// negative case.
@Suite("extraction: memberships, real6")
struct Real6MembershipTests: WireCopyProbe {

    // MARK: One step worded as a suspension and a freeze is one fact

    @Test(arguments: [
        "Armenia suspends its participation in the CSTO. Armenia's participation in the CSTO is frozen, the prime minister said.",
        "Armenia has suspended and in effect frozen its participation in the CSTO.",
        "Uzbekistan suspended its membership in the Eurasian Economic Community in 2008, in effect freezing its participation.",
    ])
    func aSuspensionAndAFreezeOfOnePartAreOneFact(text: String) {
        let found = memberships(text, date: "2024-02-23")
        #expect(found.filter { $0.contains(" suspended ") || $0.contains(" froze ") }.count == 1, "\(found)")
        #expect(found.contains(where: { $0.contains(" froze ") }), "\(found)")
    }

    @Test func differentPartsKeepTheirOwnActions() {
        let found = memberships("Uzbekistan froze its participation in the Eurasian Economic Community in 2008. The CSTO suspended Uzbekistan's membership in 2012.",
                                date: "2013-01-10")
        #expect(found.contains("UZB froze EurAsEC"), "\(found)")
        #expect(found.contains("UZB suspended CSTO"), "\(found)")
    }

    // MARK: A choice not to extend a treaty declines it

    @Test(arguments: [
        ("Until 1999, Georgia, Uzbekistan and Azerbaijan also took part in the Collective Security Treaty, but they decided not to extend the partnership.", ["GEO", "UZB", "AZE"]),
        ("In 1999 Azerbaijan and Georgia chose not to renew their participation in the Collective Security Treaty.", ["AZE", "GEO"]),
        ("Uzbekistan opted not to prolong the Collective Security Treaty in 1999.", ["UZB"]),
        ("In 1999 Tashkent declined to extend the 1992 Collective Security Treaty.", ["UZB"]),
    ])
    func aChoiceNotToExtendATreatyLeavesIt(text: String, countries: [String]) {
        let found = memberships(text, date: "2010-05-14")
        for country in countries { #expect(found.contains("\(country) left CST"), "\(country) in \(found)") }
    }

    @Test(arguments: [
        "The Collective Security Treaty was discussed. In 1999 Uzbekistan decided not to extend the ceasefire with Tajikistan.",
        "Members of the Collective Security Treaty met in Moscow, and Kyrgyzstan declined to extend the lease of the airfield.",
    ])
    func aTermOfSomethingElseIsNoMembership(text: String) {
        #expect(memberships(text, date: "2010-05-14").isEmpty)
    }

    // MARK: "Depart" reads like "leave"

    @Test(arguments: [
        ("The Commonwealth of Independent States had lost its weight even before one-time member Georgia departed in 2008.", "GEO left CIS"),
        ("Georgia departed the Commonwealth of Independent States in August 2009.", "GEO left CIS"),
        ("Georgia departed from the CIS, Saakashvili said.", "GEO left CIS"),
        ("After Georgia's departure from the CIS in 2009, the organisation had eleven members.", "GEO left CIS"),
        ("Tbilisi completed its departure from the CIS in August 2009.", "GEO left CIS"),
        ("Georgia's departure from the CIS took effect in August 2009.", "GEO left CIS"),
        ("The CSTO has six members. Uzbekistan, which departed in 2012, is not among them.", "UZB left CSTO"),
    ])
    func departingAnOrganisationLeavesIt(text: String, expected: String) {
        let found = memberships(text, date: "2014-11-24")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }

    @Test(arguments: [
        "The Georgian president departed for Brussels on Monday after the CIS summit.",
        "Lukashenko departed from Minsk for the CSTO summit in Astana.",
        "Georgia departed from the CIS position on the issue in 2005.",
        "The delegation's departure from the CIS summit was delayed by fog.",
    ])
    func departingAPlaceOrAPositionIsNoMembership(text: String) {
        #expect(memberships(text, date: "2014-11-24").isEmpty)
    }

    // MARK: The admitting side's decision or ceremony is the admission

    @Test(arguments: [
        "The summit of the Shanghai Cooperation Organization opened with a signing ceremony to admit Belarus as a full member state.",
        "The leaders of the Shanghai Cooperation Organization adopted a decision to admit Belarus as a full member.",
        "The heads of state of the SCO signed a decision to admit Belarus to the organisation.",
        "The decision to admit Belarus to the SCO was taken at the Astana summit.",
    ])
    func anActOfAdmissionTakenIsTheAdmission(text: String) {
        let found = memberships(text, date: "2024-07-04")
        #expect(found.contains("BLR joined SCO"), "\(found)")
        #expect(!found.contains("BLR plans_to_join SCO"), "\(found)")
    }

    @Test(arguments: [
        "The SCO leaders will sign a decision to admit Belarus next year.",
        "The leaders are expected to adopt a decision to admit Belarus to the SCO.",
        "A ceremony to admit Belarus to the SCO is scheduled for Thursday.",
    ])
    func anActOfAdmissionStillAheadIsAPlan(text: String) {
        let found = memberships(text, date: "2024-07-01")
        #expect(found.contains("BLR plans_to_join SCO"), "\(found)")
        #expect(!found.contains("BLR joined SCO"), "\(found)")
    }

    @Test(arguments: [
        "\"Dear colleagues, a decision on the full membership of the Republic of Belarus in the SCO has been made,\" the chairman announced.",
        "The heads of state of the SCO signed the documents on Belarus's full membership in the organisation.",
        "The SCO leaders adopted a resolution on Belarus's membership in the organisation.",
    ])
    func aDecisionOnMembershipEnactedIsTheAdmission(text: String) {
        let found = memberships(text, date: "2024-07-04")
        #expect(found.contains("BLR joined SCO"), "\(found)")
    }

    @Test(arguments: [
        "A decision on Belarus's membership in the SCO will be made next year.",
        "The leaders discussed the documents on Belarus's membership in the SCO.",
        "The leaders are expected to sign the documents on Belarus's full membership in the SCO.",
        "The parliament adopted a decision on the membership of Ukraine in the CIS statutory bodies.",
    ])
    func aDecisionOnMembershipNotEnactedOrOnAPartIsNoJoining(text: String) {
        let found = memberships(text, date: "2024-07-01")
        #expect(!found.contains(where: { $0.contains(" joined ") }), "\(found)")
    }

    @Test func aResolutionOnCompletingTheJoiningIsTheJoining() {
        let done = memberships("The SCO leaders signed a resolution on completing the process of Belarus joining the organization.", date: "2024-07-04")
        #expect(done.contains("BLR joined SCO") && !done.contains("BLR plans_to_join SCO"), "\(done)")
        let ahead = memberships("The SCO leaders will sign a resolution on completing the process of Belarus joining the organization.", date: "2024-07-01")
        #expect(!ahead.contains("BLR joined SCO"), "\(ahead)")
        let inProgress = memberships("Officials said Georgia is completing the process of leaving the CIS.", date: "2009-06-01")
        #expect(!inProgress.contains("GEO left CIS"), "\(inProgress)")
    }

    // MARK: A step that a modal predicate supposes is no plan

    @Test(arguments: [
        "Analysts say that even Armenia's withdrawal from the CSTO would not trigger a crisis in the bloc.",
        "Georgia's exit from the CIS could set off a chain reaction.",
        "Moldova's withdrawal from the CIS might take years.",
        "Armenia's departure from the CSTO would be a blow to Moscow.",
    ])
    func aStepSupposedByItsPredicateIsNoPlan(text: String) {
        #expect(memberships(text, date: "2025-03-01").isEmpty)
    }

    @Test(arguments: [
        ("Moldova's withdrawal from the CIS would be completed within a year, he said.", "MDA plans_to_leave CIS"),
        ("Kyrgyzstan's accession to the EAEU would take place in May, the minister said.", "KGZ plans_to_join EAEU"),
        ("Armenia's accession to the EAEU will take effect on January 2.", "ARM plans_to_join EAEU"),
        ("Moldova has announced its withdrawal from the CIS.", "MDA plans_to_leave CIS"),
    ])
    func aReportedFutureOfTheStepStaysItsPlan(text: String, expected: String) {
        let found = memberships(text, date: "2014-10-10")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }
}
