import Testing
@testable import RelationsKit

/// Membership events in the shapes of real wire copy: "the association" standing for an organisation named before, an
/// "observer member" since a date, a coordinated "but left N years later" with its subject and object elided, and a
/// phrasal verb with "the country" as its object ("to pull the country out of"). Invented sentences, with negative cases.
@Suite("extraction: real-copy round, memberships")
struct RealCopyMembershipTests: WireCopyProbe {

    // MARK: "the association" refers back to the organisation

    @Test(arguments: [
        "The SCO was founded in 2001. In 2017, India and Pakistan joined the association, and Iran followed in 2023.",
        "The Shanghai Cooperation Organisation held its summit. On June 9 2017, India and Pakistan joined the association on equal terms.",
        "The SCO was founded in 2001. India and Pakistan were admitted to the association in 2017.",
    ])
    func theAssociationIsTheOrganisationNamedBefore(body: String) {
        #expect(memberships(body, date: "2024-07-05").isSuperset(of: ["IND joined SCO", "PAK joined SCO"]))
    }

    @Test func aNamedAssociationIsNoReferringNoun() {
        #expect(memberships("The SCO met in Astana. Pakistan joined the Association of Southeast Asian Nations Regional Forum in 2004.", date: "2024-07-05")
            .allSatisfy { !$0.hasSuffix("SCO") })
    }

    // MARK: An observer member since a date

    @Test(arguments: [
        ("Iran has been an observer member of the Shanghai Cooperation Organization since 2005.", "IRN observer SCO"),
        ("Mongolia has been an observer member of the SCO since 2004, the ministry recalled.", "MNG observer SCO"),
        ("Moldova has been an observer member of the Eurasian Economic Union since May 2018.", "MDA observer EAEU"),
    ])
    func anObserverMemberSinceADateIsTheObserverEvent(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2023-07-04") == [expected])
    }

    @Test func anObserverMemberWithNoDateIsNoEvent() {
        #expect(memberships("Iran, an observer member of the SCO, attended the summit.", date: "2019-06-14").isEmpty)
    }

    // MARK: "but left N years later"

    @Test(arguments: [
        ("In 1999, Uzbekistan joined the organization but left four years later.", ["UZB joined GUAM", "UZB left GUAM"]),
        ("Uzbekistan joined the group in 1999 and left three years later.", ["UZB joined GUAM", "UZB left GUAM"]),
        ("Azerbaijan joined the bloc in 1999 but left a year later, officials recalled.", ["AZE joined GUAM", "AZE left GUAM"]),
    ])
    func aCoordinatedExitDatedLaterIsRead(sentence: String, expected: [String]) {
        #expect(memberships("GUAM was founded in 1997 by four states. " + sentence, date: "2008-03-13") == Set(expected))
    }

    @Test func leavingAPlaceLaterIsNoExit() {
        #expect(memberships("GUAM was founded in 1997. Uzbekistan's president arrived in Kiev but left two hours later.", date: "2008-03-13").isEmpty)
    }

    // MARK: "to pull the country out of"

    @Test(arguments: [
        ("The Georgian parliament agreed on Thursday to pull the country out of the Commonwealth of Independent States.", "GEO plans_to_leave CIS"),
        ("Ukraine's parliament voted to pull the country out of the CIS.", "UKR plans_to_leave CIS"),
        ("Tashkent said it would pull the country out of GUAM.", "UZB plans_to_leave GUAM"),
    ])
    func pullingTheCountryOutIsLeaving(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2008-08-14") == [expected])
    }

    @Test func pullingTroopsOutIsNoExit() {
        #expect(memberships("Georgia agreed to pull its troops out of the CIS peacekeeping zone.", date: "2008-08-14").isEmpty)
    }
}

/// Tense and modality of membership nouns in real wire copy: an accession qualified as still ahead ("early accession") is a
/// plan, procedures for a withdrawal that are finalised complete it, and an accession "as an observer state" is observer
/// status. Invented sentences, with negative cases.
@Suite("extraction: real-copy round, membership tense")
struct RealCopyMembershipTenseTests: WireCopyProbe {
    @Test(arguments: [
        ("The Russian side is ready to assist Tajikistan's early accession to the Eurasian Economic Union.", "TJK plans_to_join EAEU"),
        ("Minsk welcomed Uzbekistan's speedy accession to the EAEU, the ministry said.", "UZB plans_to_join EAEU"),
    ])
    func aQualifiedAccessionIsAPlan(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2014-12-01") == [expected])
    }

    @Test func anAccessionInEarlyYearIsStillDone() {
        #expect(memberships("In early 2015, Armenia's accession to the Eurasian Economic Union took effect.", date: "2015-06-01") == ["ARM joined EAEU"])
    }

    @Test(arguments: [
        "Moldova has officially finalized all legal procedures necessary for its withdrawal from the Commonwealth of Independent States.",
        "Moldova completed the long procedures required for its withdrawal from the CIS.",
    ])
    func finalisedProceduresForAWithdrawalAreTheExit(sentence: String) {
        #expect(memberships(sentence, date: "2024-08-18") == ["MDA left CIS"])
    }

    @Test func proceduresOnlyLaunchedRemainAPlan() {
        #expect(memberships("Moldova launched the procedures necessary for its withdrawal from the CIS.", date: "2024-08-18") == ["MDA plans_to_leave CIS"])
    }

    @Test(arguments: [
        "In May, the parliament approved the proposal on Turkmenistan's accession to the Eurasian Economic Union as an observer state.",
        "Mongolia's accession to the SCO as an observer was confirmed in 2004.",
    ])
    func anAccessionAsAnObserverIsObserverStatus(sentence: String) {
        #expect(memberships(sentence, date: "2020-12-11").allSatisfy { $0.contains(" observer ") })
        #expect(!memberships(sentence, date: "2020-12-11").isEmpty)
    }
}

/// A body of an organisation is not the organisation: joining or leaving its parliamentary assembly ("the IPA CIS", "the CIS
/// Interparliamentary Assembly") is no membership event of the CIS. Invented sentences, with negative cases.
@Suite("extraction: real-copy round, an organisation's bodies")
struct RealCopyMembershipBodyTests: WireCopyProbe {
    @Test(arguments: [
        "Tajikistan became a full-fledged member of the IPA CIS on March 4, 1997.",
        "The decision on Azerbaijan's withdrawal from the IPA CIS was made by the parliament's bureau.",
        "Armenia became a member of the CIS Interparliamentary Assembly in 1995.",
        "Belarus joined the PA CSTO in 2006.",
    ])
    func aBodyIsNotTheOrganisation(sentence: String) {
        #expect(memberships(sentence, date: "2023-06-01").isEmpty)
    }

    @Test(arguments: [
        ("Tajikistan became a full-fledged member of the CIS on December 21, 1991.", "TJK joined CIS"),
        ("Georgia left the CIS in 2009, and its deputies left the assembly hall.", "GEO left CIS"),
        ("Armenia became a member of the CSTO in 2002, the Council said.", "ARM joined CSTO"),
    ])
    func theOrganisationItselfStillCounts(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2023-06-01").contains(expected))
    }
}
