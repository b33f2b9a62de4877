import Testing
@testable import RelationsKit

/// Membership precision mechanisms found on the extras of blind17 and blind18, each pinned by invented sentences in several
/// phrasings with cases that must still be read.
@Suite("extraction: memberships, blind17 and blind18 precision")
struct Blind1718MembershipPrecisionTests: WireCopyProbe {

    // MARK: A country becoming a member, weighed, is no event

    @Test(arguments: [
        "The deputy ministers discussed the possibility of Kazakhstan becoming a full member of BRICS.",
        "Experts in Baku are studying the prospect of Azerbaijan becoming a full member of the Shanghai Cooperation Organisation.",
        "The two presidents debated the option of Mongolia becoming a full member of the SCO at the next summit.",
    ])
    func aCountryBecomingAMemberWeighed(text: String) {
        #expect(memberships(text, date: "2024-05-05").isEmpty)
    }

    @Test(arguments: [
        ("Kazakhstan became a full member of BRICS on January 1.", "KAZ joined BRICS"),
        ("The summit welcomed Mongolia becoming a full member of the SCO.", "MNG joined SCO"),
    ])
    func becomingAMemberStillReads(text: String, expected: String) {
        #expect(memberships(text, date: "2024-05-05").contains(expected))
    }

    // MARK: An invitation or a call by others is not the country's plan

    @Test(arguments: [
        "Turkmenistan is also being invited to join the Eurasian Economic Union.",
        "Mongolia has repeatedly been invited to join the Collective Security Treaty Organization.",
        "Moscow urged Uzbekistan to join the Eurasian Economic Union before the end of the year.",
        "The summit encouraged Azerbaijan to rejoin the Collective Security Treaty Organization.",
    ])
    func anInvitationIsNoPlan(text: String) {
        #expect(memberships(text, date: "2016-05-05").isEmpty)
    }

    @Test(arguments: [
        ("Uzbekistan asked to join the Eurasian Economic Union as an observer first.", "UZB plans_to_join EAEU"),
        ("Turkmenistan intends to join the Eurasian Economic Union.", "TKM plans_to_join EAEU"),
        ("Invited by Moscow, Tajikistan decided to join the Eurasian Economic Union.", "TJK plans_to_join EAEU"),
    ])
    func theCountrysOwnPlanStays(text: String, expected: String) {
        #expect(memberships(text, date: "2016-05-05").contains(expected))
    }

    // MARK: A nominalised exit or accession supposed as a consequence, or appraised by a speaker, is no event

    @Test(arguments: [
        "The Kremlin warned that the vote would be the start of Georgia's withdrawal from the CIS.",
        "Analysts said the referendum could mean Moldova's exit from the Commonwealth of Independent States.",
        "Minsk regarded the decree as \"the first step towards Kyrgyzstan's withdrawal from the Eurasian Economic Union\".",
        "Moscow views the new law as the start of the process of Azerbaijan's accession to the European Union.",
    ])
    func aSupposedOrAppraisedStepIsNoEvent(text: String) {
        #expect(memberships(text, date: "2024-05-05").isEmpty)
    }

    @Test(arguments: [
        ("Parliament launched the process of Georgia's withdrawal from the CIS on Friday.", "GEO plans_to_leave CIS"),
        ("The government said Moldova's exit from the Commonwealth of Independent States took effect on Monday.", "MDA left CIS"),
    ])
    func aStatedStepStays(text: String, expected: String) {
        #expect(memberships(text, date: "2024-05-05").contains(expected))
    }

    // MARK: "the organization" after a country's possessive refers back like "its"

    @Test(arguments: [
        ("Uzbekistan rejoined the Collective Security Treaty Organization in 2006. In 2012 the leaders suspended Uzbekistan's membership in the organization.",
         "UZB suspended CSTO"),
        ("Belarus joined the Eurasian Economic Community in 2000. In 2008 Minsk froze Belarus's participation in the organisation.", "BLR froze EurAsEC"),
        ("Moldova joined the Commonwealth of Independent States in 1994. The parliament has suspended Moldova's participation in the organization's bodies.",
         "MDA suspended CIS"),
    ])
    func aPossessiveOwnerBeforeTheOrganizationRefersBack(text: String, expected: String) {
        #expect(memberships(text, date: "2016-05-05").contains(expected))
    }

    @Test func anotherOrganisationNamedAfterTheOwnerStaysItsOwn() {
        let text = "Uzbekistan rejoined the Collective Security Treaty Organization in 2006. In 2008 Tashkent suspended Uzbekistan's membership in the Eurasian Economic Community."
        let found = memberships(text, date: "2016-05-05")
        #expect(found.contains("UZB suspended EurAsEC"))
        #expect(!found.contains("UZB suspended CSTO"))
    }

    // MARK: Observer status is held with an organisation too, and "the country" before it takes up the country named before

    @Test(arguments: [
        ("Since 2020 Uzbekistan has held observer status with the Eurasian Economic Union.", "UZB observer EAEU"),
        ("Cuba has had observer status with the Eurasian Economic Union since December 2020.", "CUB observer EAEU"),
        ("Iran joined the Shanghai Cooperation Organisation in 2023. Since 2005 the country had held observer status with the SCO.", "IRN observer SCO"),
        ("Moldova ratified the CIS agreements in 1994. Since 2018 the republic has also held observer status with the Eurasian Economic Union.", "MDA observer EAEU"),
    ])
    func observerStatusHeldWith(text: String, expected: String) {
        #expect(memberships(text, date: "2024-05-05").contains(expected))
    }

    @Test(arguments: [
        "Since 2018 Moldova has held talks with the Eurasian Economic Union.",
        "Since 2018 the country has held consultations with the Eurasian Economic Union.",
        "Uzbekistan has cooperated with the Eurasian Economic Union as an observer.",
    ])
    func otherDealingsWithAnOrganisationAreNoStatus(text: String) {
        #expect(!memberships(text, date: "2024-05-05").contains { $0.contains("observer") })
    }

    // MARK: The members' signature or a ratification of an accession the article reports is a plan beside the joining (the
    // step-and-joining ruling of the blind19/blind20 round reversed what this round pinned: the step is no longer dropped)

    @Test(arguments: [
        ("Armenia became a full member of the Eurasian Economic Union on January 2. The treaty on Armenia's accession to the union was signed in Minsk in October.",
         "ARM", "EAEU"),
        ("Kyrgyzstan joined the Eurasian Economic Union today. The leaders of the member states signed the treaty on Kyrgyzstan's accession in December.",
         "KGZ", "EAEU"),
        ("Tajikistan joined the Customs Union this week, after parliament ratified the agreement on Tajikistan's accession to the union in May.", "TJK", "CU"),
    ])
    func aStepOfAReportedAccession(text: String, country: String, org: String) {
        let found = memberships(text, date: "2015-05-05")
        #expect(found == ["\(country) joined \(org)", "\(country) plans_to_join \(org)"])
    }

    @Test(arguments: [
        ("The treaty on Armenia's accession to the Eurasian Economic Union was signed in Minsk on Friday.", "ARM plans_to_join EAEU"),
        ("The leaders signed the treaty on Kyrgyzstan's accession to the Eurasian Economic Union in December.", "KGZ plans_to_join EAEU"),
    ])
    func aSignatureAloneStaysAPlan(text: String, expected: String) {
        #expect(memberships(text, date: "2015-05-05") == [expected])
    }

    // MARK: "The republic, a member of X since Y," takes up the country named before, like a name before the apposition

    @Test(arguments: [
        ("Tajikistan hosted the summit in September. The republic, a member of the Collective Security Treaty Organization since 2002, hosts a Russian base.",
         "TJK joined CSTO"),
        ("Moldova signed the association agreement in June. The country, an observer of the Eurasian Economic Union since 2018, has not applied.",
         "MDA observer EAEU"),
    ])
    func aCountryNounBeforeAStatusSince(text: String, expected: String) {
        #expect(memberships(text, date: "2019-05-05").contains(expected))
    }

    @Test func anUndatedStatusAfterACountryNounStaysNoEvent() {
        let text = "Armenia hosted the summit in 2015. The country, a long-standing member of the Collective Security Treaty Organization, hosts a Russian base."
        #expect(memberships(text, date: "2019-05-05").isEmpty)
    }
}
