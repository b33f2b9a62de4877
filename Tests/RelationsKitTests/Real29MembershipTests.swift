import Testing
@testable import RelationsKit

/// Membership mechanisms found by sorting the misses and extras of the real21 to real28 and r16a development sets into
/// causes (round r17), each read as a class of wording: a step named as what it would take or bring ("no obstacles to
/// joining", "the criteria for accession"), and observer status a country is only ready or willing to receive, and a process of the step reported completed
/// ("the procedure of its withdrawal was completed"), and organisations coordinated with their abbreviations in brackets.
/// Invented sentences only, other countries and years than the development items, with near-misses that must not fire.
@Suite("extraction: memberships, r17 round")
struct Real29MembershipTests: WireCopyProbe {

    // MARK: A step named as what it would take, meet or bring

    @Test(arguments: [
        "Analysts say Serbia and Montenegro have no problems for joining the CSTO.",
        "Experts in Belgrade see no obstacles to Serbia's accession to the EAEU.",
        "Mongolia meets all the criteria for joining the SCO, the minister said.",
        "The barriers to Nepal joining the SCO remain high.",
        "Officials in Dhaka listed the requirements for Bangladesh's accession to the SCO.",
        "A report weighed the costs of Moldova leaving the CIS.",
        "The paper described the benefits of Tajikistan's accession to the EAEU.",
        "There were no objections to Laos joining the organisation; the SCO will decide in June.",
    ])
    func aStepNamedAsItsTermsIsNoEvent(text: String) {
        let found = memberships(text, date: "2014-05-10")
        #expect(!found.contains { $0.contains(" joined ") || $0.contains(" left ") }, "\(found)")
    }

    @Test(arguments: [
        // The step itself, stated, beside a noun of terms elsewhere in the sentence.
        ("Despite the obstacles, Montenegro joined the CSTO in 2013.", "MNE joined CSTO"),
        ("Having met the conditions, Serbia acceded to the EAEU in 2012.", "SRB joined EAEU"),
        // A plan, stated beside a condition.
        ("Nepal has applied to join the SCO, with no preconditions.", "NPL plans_to_join SCO"),
        ("Mongolia has stated its intention to join the SCO.", "MNG plans_to_join SCO"),
    ])
    func theStepStatedBesideItsTermsStillCounts(text: String, expected: String) {
        let found = memberships(text, date: "2014-05-10")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }

    // MARK: Observer status only wanted

    @Test(arguments: [
        "Nepal is willing to get an observer status in the Shanghai Cooperation Organisation, a newspaper reports.",
        "Laos is eager to obtain observer status in the SCO.",
        "Cambodia is keen to gain observer status in the EAEU.",
        "Sri Lanka said it was ready to receive observer status in the SCO.",
        "Myanmar is determined to secure observer status in the SCO.",
    ])
    func observerStatusWantedIsNotGranted(text: String) {
        let found = memberships(text, date: "2014-05-10")
        #expect(!found.contains { $0.contains(" observer ") }, "\(found)")
    }

    @Test(arguments: [
        ("Nepal has been granted observer status in the SCO.", "NPL observer SCO"),
        ("Laos received observer status in the SCO in 2012.", "LAO observer SCO"),
        ("The EAEU granted observer status to Cambodia.", "KHM observer EAEU"),
    ])
    func observerStatusGrantedStillCounts(text: String, expected: String) {
        let found = memberships(text, date: "2014-05-10")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }

    // MARK: A process of the step reported completed

    @Test(arguments: [
        ("The formal procedure of Moldova's withdrawal from the CIS was completed on 12 March.", "MDA left CIS"),
        ("The process of Uzbekistan's exit from GUAM has been finalised, the ministry said.", "UZB left GUAM"),
        ("The procedure for Kyrgyzstan's accession to the EAEU was formally concluded in August 2015.", "KGZ joined EAEU"),
        ("Officials said the process of Armenia's accession to the EAEU was completed last week.", "ARM joined EAEU"),
    ])
    func aProcessReportedCompletedIsTheStep(text: String, expected: String) {
        let found = memberships(text, date: "2015-09-10")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }

    @Test(arguments: [
        ("The procedure of Moldova's withdrawal from the CIS will be completed next year.", "MDA left CIS"),
        ("The process of Uzbekistan's exit from GUAM is expected to be completed in May.", "UZB left GUAM"),
        ("The procedure for Kyrgyzstan's accession to the EAEU has not been completed.", "KGZ joined EAEU"),
        ("The process of Tajikistan's accession to the EAEU is being finalised.", "TJK joined EAEU"),
        ("The procedure of Moldova's withdrawal from the CIS is yet to be concluded.", "MDA left CIS"),
    ])
    func aProcessStillToBeCompletedIsNoStepTaken(text: String, unexpected: String) {
        let found = memberships(text, date: "2015-09-10")
        #expect(!found.contains(unexpected), "\(unexpected) in \(found)")
    }

    // MARK: Organisations coordinated with their abbreviations in brackets

    @Test(arguments: [
        ("Transnistria's leader signalled its intention to join the Commonwealth of Independent States (CIS) and the Collective Security Treaty Organization (CSTO).",
         ["XTR plans_to_join CIS", "XTR plans_to_join CSTO"]),
        ("Serbia has applied to join the Eurasian Economic Union (EAEU), the Collective Security Treaty Organization (CSTO) and the CIS.",
         ["SRB plans_to_join EAEU", "SRB plans_to_join CSTO", "SRB plans_to_join CIS"]),
        ("Uzbekistan left the Collective Security Treaty Organization (CSTO) in 1999 and GUAM in 2005.", ["UZB left CSTO", "UZB left GUAM"]),
    ])
    func organisationsCoordinatedWithTheirAbbreviations(text: String, expected: [String]) {
        let found = memberships(text, date: "2010-04-02")
        for fact in expected { #expect(found.contains(fact), "\(fact) in \(found)") }
    }

    @Test(arguments: [
        // A bracketed remark, not a name, ends the list; the organisation after it is another clause's.
        "Serbia intends to join the CSTO (as the minister said) and the EU will watch closely.",
        // The partner of a treaty is no second object.
        "Serbia intends to join the Eurasian Economic Union (EAEU) and the treaty with China is next.",
    ])
    func aBracketedRemarkEndsTheList(text: String) {
        let found = memberships(text, date: "2010-04-02")
        #expect(!found.contains { $0.hasSuffix(" EU") || $0.contains("CHN") }, "\(found)")
    }
}
