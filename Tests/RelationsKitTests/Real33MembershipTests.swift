import Testing
@testable import RelationsKit

/// Membership mechanisms found by sorting the misses and extras of the real21 to real32 development sets into causes
/// (the sixteenth real-copy round), each read as a class of wording: a step announced in the future for the article's own day ("will join from
/// today"), an organisation taken up by a demonstrative ("joined this format", "joined this, adding ..."), and spellings of
/// organisations the tables lacked. Invented sentences only, other countries and years than the development items, with
/// near-misses that must not fire.
@Suite("extraction: real33 round, memberships")
struct Real33MembershipTests: WireCopyProbe {

    // MARK: A step in the future placed on the article's own day

    @Test(arguments: [
        ("Argentina will join BRICS from today, the chair announced.", "ARG joined BRICS"),
        ("Nigeria and Algeria will officially join BRICS as of today.", "NGA joined BRICS"),
        ("Nigeria and Algeria will officially join BRICS as of today.", "DZA joined BRICS"),
        ("Bolivia will become a full member of BRICS starting today.", "BOL joined BRICS"),
        ("Cuba will be admitted to BRICS effective today, diplomats said.", "CUB joined BRICS"),
        ("Under the decision, Malaysia will join BRICS from 1 March 2027.", "MYS joined BRICS"),
        ("BRICS leaders met on Monday. The chair said that Thailand and Vietnam will join the bloc from this day.", "THA joined BRICS"),
        ("Mongolia will leave the SCO from today, its foreign ministry said.", "MNG left SCO"),
    ])
    func aFutureStepOnTheArticlesDayIsTaken(text: String, expected: String) {
        let found = memberships(text, date: "2027-03-01")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }

    @Test(arguments: [
        // A day still ahead: a plan.
        ("Argentina will join BRICS from tomorrow.", "ARG plans_to_join BRICS"),
        ("Argentina will join BRICS from 1 January 2028.", "ARG plans_to_join BRICS"),
        ("Argentina will join BRICS from next year.", "ARG plans_to_join BRICS"),
        // An intent or a wish for the day is no step taken.
        ("Argentina intends to join BRICS from today.", "ARG plans_to_join BRICS"),
        ("Argentina wants to join BRICS as of today, its president said.", "ARG plans_to_join BRICS"),
    ])
    func aDayAheadOrAnIntentStaysAPlan(text: String, expected: String) {
        let found = memberships(text, date: "2027-03-01")
        #expect(found.contains(expected), "\(expected) in \(found)")
        #expect(!found.contains { $0.hasSuffix("joined BRICS") }, "\(found)")
    }

    @Test(arguments: [
        "Argentina will not join BRICS from today, the minister said.",
        "Argentina could join BRICS from today if the summit agrees.",
        "Argentina might join BRICS as of today.",
        "\"Will Argentina join BRICS from today?\" a reporter asked.",
    ])
    func aDeniedOrPossibleStepOnTheDayIsNoJoining(text: String) {
        let found = memberships(text, date: "2027-03-01")
        #expect(!found.contains { $0.contains(" joined ") }, "\(found)")
    }

    // MARK: An organisation taken up by a demonstrative

    @Test(arguments: [
        ("The GUAM format was launched in 1997. Moldova joined this format in 2001 but left it three years later.", "MDA joined GUAM"),
        ("The GUAM format was launched in 1997. Moldova joined this format in 2001 but left it three years later.", "MDA left GUAM"),
        ("Kyrgyzstan turned to the CSTO, a defence alliance of six states. In 2004 Kyrgyzstan joined this, adding a seventh flag.", "KGZ joined CSTO"),
        ("Tajikistan has done the same with the CSTO. In 2003 Tajikistan quit this, only to return later.", "TJK left CSTO"),
        ("The EAEU was created in 2014. Armenia entered this on 2 January 2015.", "ARM joined EAEU"),
        ("The GUAM format grew in 1999. Azerbaijan withdrew from that format in 2004.", "AZE left GUAM"),
        ("The CSTO was founded in 2002. Uzbekistan left this in 2012, its second exit.", "UZB left CSTO"),
    ])
    func aDemonstrativeTakesUpTheOrganisationNamedLast(text: String, expected: String) {
        let found = memberships(text, date: "2015-06-05")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }

    @Test(arguments: [
        // "this" before a noun that is no organisation, or with no organisation named near it.
        "Moldova joined this effort in 2001, the minister said.",
        "Georgia joined this campaign against corruption in 2004.",
        "The minister recalled the talks. Tajikistan quit this in 2003.",
        // A name that only modifies a noun is no antecedent.
        "The CSTO summit was held in Minsk. Afterwards Kyrgyzstan left this, its minister said.",
    ])
    func aDemonstrativeWithNoOrganisationBeforeIsNoEvent(text: String) {
        let found = memberships(text, date: "2015-06-05")
        #expect(!found.contains { $0.contains(" joined ") || $0.contains(" left ") }, "\(found)")
    }

    // MARK: Membership in other words, held since a stated date

    @Test(arguments: [
        ("Since March 3, 2010, Armenia, Kyrgyzstan and Tajikistan have been part of the Customs Union, which removed tariffs.", "ARM joined CU"),
        ("Since March 3, 2010, Armenia, Kyrgyzstan and Tajikistan have been part of the Customs Union, which removed tariffs.", "TJK joined CU"),
        ("Since 2016 Mongolia has been part of a Eurasian Economic Union that keeps growing.", "MNG joined EAEU"),
        ("Tajikistan has been part of the CSTO since 2003, the minister recalled.", "TJK joined CSTO"),
        ("Tajikistan has belonged to the EAEU since 2016.", "TJK joined EAEU"),
        ("Since 2016, Tajikistan has belonged to the EAEU.", "TJK joined EAEU"),
    ])
    func partOfOrBelongingSinceADateIsJoining(text: String, expected: String) {
        let found = memberships(text, date: "2020-06-05")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }

    @Test(arguments: [
        // No date: a status held, no event.
        "Tajikistan is part of the CSTO.",
        "Tajikistan has long belonged to the EAEU.",
        // Part of something the organisation's name only modifies.
        "Tajikistan has been part of the CSTO talks since 2003.",
        "Since 2003, Tajikistan has been part of the CSTO exercises.",
        // Denied.
        "Tajikistan has never belonged to the EAEU since 2016.",
    ])
    func partOfWithNoDateOrNoOrganisationIsNoJoining(text: String) {
        let found = memberships(text, date: "2020-06-05")
        #expect(!found.contains { $0.contains(" joined ") }, "\(found)")
    }

    // MARK: Observer status taken up by a demonstrative, or a status raised to observer

    @Test(arguments: [
        ("The summit approved rules on an observer state status in the Eurasian Economic Union. \"Such status has been granted to Mongolia,\" the premier said.", "MNG observer EAEU"),
        ("Cuba was granted observer status in the SCO in 2012. Laos received this status too.", "LAO observer SCO"),
        ("Cuba was granted observer status in the SCO in 2012. That status was given to Laos a year later.", "LAO observer SCO"),
        ("At the CSTO summit, Serbia got its status upgraded to that of an observer.", "SRB observer CSTO"),
        ("Mongolia's status in the SCO was raised to observer in 2004.", "MNG observer SCO"),
        ("The EAEU upgraded Cuba's status to that of an observer state.", "CUB observer EAEU"),
        ("The SCO grew in Ufa. Papers were signed on the accession of two states, and Nepal got its status upgraded to that of the observer.", "NPL observer SCO"),
    ])
    func aStatusTakenUpOrRaisedIsObserverStatus(text: String, expected: String) {
        let found = memberships(text, date: "2016-06-05")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }

    @Test(arguments: [
        // The status taken up is a partner's.
        "The SCO introduced dialogue partner status in 2008. This status was granted to Nepal.",
        // Only wanted or asked for.
        "Cuba was granted observer status in the SCO in 2012. Laos wants such status too.",
        "Cuba was granted observer status in the SCO in 2012. Laos has requested this status.",
        // A raising still ahead or supposed.
        "The SCO may upgrade Nepal's status to observer.",
        "Nepal hopes to have its SCO status upgraded to observer.",
        "Nepal's status in the SCO will be raised to observer next year.",
        // Raised from observer to another role.
        "Nepal was upgraded from observer to dialogue partner of the SCO.",
    ])
    func aStatusNotGrantedIsNoObserverStatus(text: String) {
        let found = memberships(text, date: "2016-06-05")
        #expect(!found.contains { $0.hasPrefix("NPL observer") || $0.hasPrefix("LAO observer") }, "\(found)")
    }

    // MARK: A history told in passing: a result infinitive, membership restored as "it"

    @Test(arguments: [
        ("Tajikistan left the CSTO in 2003, only to rejoin it in 2006.", "TJK joined CSTO"),
        ("The EAEU grew. Armenia quit the union in 2016 - only to rejoin it two years later.", "ARM joined EAEU"),
        ("Tajikistan left the CSTO in 2003, only to restore it in 2006.", "TJK joined CSTO"),
        ("Tajikistan left the CSTO in 2003 but restored it in 2006.", "TJK joined CSTO"),
        ("Tajikistan suspended its CSTO membership in 2003 and resumed it in 2006.", "TJK joined CSTO"),
        ("Kyrgyzstan withdrew from the CSTO in 2004; it reinstated it in 2007.", "KGZ joined CSTO"),
    ])
    func aStepTakenAfterAnExitIsJoining(text: String, expected: String) {
        let found = memberships(text, date: "2016-06-05")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }

    @Test(arguments: [
        // Restored, but not after an exit: "it" is something else.
        "Tajikistan praised the CSTO in 2003 and restored it to health.",
        "The CSTO building was damaged in 2003; Tajikistan restored it in 2006.",
        // Not restored, or only wanted.
        "Tajikistan left the CSTO in 2003 and never restored it.",
        "Tajikistan left the CSTO in 2003 and has not resumed it since.",
        // "only" qualifying an intent, not a result.
        "Tajikistan left the CSTO in 2003 and now wants only to rejoin it.",
    ])
    func noRestorationOrAWishIsNoJoining(text: String) {
        let found = memberships(text, date: "2016-06-05")
        #expect(!found.contains { $0.hasPrefix("TJK joined") }, "\(found)")
    }

    // MARK: Coordinated objects after "both"

    @Test(arguments: [
        ("Moldova left both the CIS and the CSTO in 2026.", "MDA left CSTO"),
        ("Georgia left both CIS and GUAM in 2009.", "GEO left GUAM"),
        ("Serbia entered both the EAEU and the CSTO in 2015.", "SRB joined CSTO"),
    ])
    func bothBeforeCoordinatedObjects(text: String, expected: String) {
        let found = memberships(text, date: "2026-06-05")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }

    @Test(arguments: [
        "Moldova left both delegations at the CIS summit.",
        "Moldova left both of them behind at the CSTO meeting.",
    ])
    func bothBeforeOtherObjectsIsNoExit(text: String) {
        let found = memberships(text, date: "2026-06-05")
        #expect(!found.contains { $0.contains(" left ") }, "\(found)")
    }

    // MARK: Spellings of organisations

    @Test(arguments: [
        ("Kazakhstan joined Evrases in 2001.", "KAZ joined EurAsEC"),
        ("Belarus suspended its participation in EVRASES in 2009.", "BLR suspended EurAsEC"),
    ])
    func aTransliteratedNameIsTheOrganisation(text: String, expected: String) {
        let found = memberships(text, date: "2015-06-05")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }
}
