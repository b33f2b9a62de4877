import Testing
@testable import RelationsKit

/// Membership mechanisms of the eighth real-copy round (real6's extras and misses, then pool8's): an organisation whose
/// anniversary dates another event is no referent of "the organization"; countries listing an organisation's members (after
/// its "of" or in brackets) neither act nor are what "the republic" refers to; invitations of counted or plural objects and
/// "encouraging"/"pressing" are another's wish; a decision called possible, and a step that is a subject or topic, are no
/// event; a generic plural before a gerund is its own subject; "would like to" is an intention; "the club" refers back; the
/// countries coordinated after "of" or as possessives all act; a step of leaving approved, or a statement on a step, is its
/// plan, and an organisation's founding documents as a whole stand for it; "discontinued its membership" leaves; translated
/// copy's "became full member of". Invented sentences, each mechanism with a negative case.
@Suite("extraction: memberships, real8")
struct Real8MembershipTests: WireCopyProbe {

    // MARK: An organisation whose anniversary dates the event is no referent

    @Test(arguments: [
        "Moldova chairs GUAM this year. In April 1999, during the celebration of the 50th anniversary of NATO, Uzbekistan was admitted into the organization.",
        "GUAM was founded in 1997. Amid the celebrations of the 50th anniversary of NATO, Uzbekistan joined the organization.",
        "GUAM leaders met in Kyiv. During festivities on the 60th anniversary of the NATO organization, Uzbekistan announced it would quit the organization.",
    ])
    func anAnniversarysOwnerInATimeAdjunctIsNoReferent(text: String) {
        let found = memberships(text, date: "2005-05-11")
        #expect(found.contains(where: { $0.hasSuffix(" GUAM") }) && !found.contains(where: { $0.hasSuffix(" NATO") }), "\(found)")
    }

    @Test func anAnniversaryTheSentenceIsAboutStaysAReferent() {
        let found = memberships("NATO leaders met in Washington. The summit was dedicated to the 50th anniversary of the North Atlantic Treaty Organization, and Poland joined the organization in March.",
                                date: "1999-05-11")
        #expect(found == ["POL joined NATO"])
    }

    // MARK: Countries listing an organisation's members neither act nor are referred to

    @Test(arguments: [
        ("Bishkek decided to join the Customs Union of Russia, Belarus and Kazakhstan in 2011. A treaty on the republic's accession to the Customs Union was signed in December.",
         Set(["KGZ plans_to_join CU"])),
        ("Uzbekistan wrote to GUAM (Georgia, Ukraine, Azerbaijan and Moldova). The republic has left the organization.", Set(["UZB left GUAM"])),
        ("The statement announced quitting the GUUAM Group (Georgia, Ukraine, Uzbekistan, Azerbaijan and Moldova).", Set<String>()),
        ("After filing a note about its withdrawal from GUAM (Georgia, Ukraine, Azerbaijan and Moldova), Uzbekistan stopped attending.", Set(["UZB left GUAM"])),
    ])
    func membersListedWithTheNameDoNotAct(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2005-05-11") == expected)
    }

    @Test func aCountryNamedOutsideTheNameStillActs() {
        #expect(memberships("Bishkek talked to Kazakhstan. The republic later left the Customs Union.", date: "2012-05-11") == ["KAZ left CU"])
    }

    // MARK: Invitations of counted or plural objects, and encouragement, are another's wish

    @Test(arguments: [
        "The decision to invite six more countries to join BRICS, including Argentina, was made in August.",
        "BRICS agreed to invite several new states to join the group, among them Egypt and Iran.",
        "Moscow has been encouraging Dushanbe to join the EAEU.",
        "Russia is pressing Tajikistan to join the Eurasian Economic Union.",
    ])
    func anInvitationOrEncouragementIsNoPlan(text: String) {
        #expect(memberships(text, date: "2023-12-20").isEmpty)
    }

    @Test func anInvitationAcceptedIsAPlanOfTheCountry() {
        #expect(memberships("Argentina has decided to join BRICS.", date: "2023-12-20") == ["ARG plans_to_join BRICS"])
    }

    // MARK: A possible decision, and a step that is a subject or topic, are no event

    @Test(arguments: [
        "\"A possible decision on Kyrgyzstan's accession to the EAEU is considered only in the light of the economy,\" he added.",
        "A potential decision on Uzbekistan's accession to the EAEU is a matter for the government.",
        "I think Tajikistan should approach the subject of joining the EAEU soon.",
        "Dushanbe raised the topic of joining the EAEU.",
    ])
    func aPossibleDecisionOrATopicIsNoEvent(text: String) {
        #expect(memberships(text, date: "2016-05-11").isEmpty)
    }

    @Test func aDecisionTakenOnAccessionIsTheAccession() {
        #expect(memberships("The leaders signed a decision on Kyrgyzstan's accession to the EAEU.", date: "2015-05-11").contains("KGZ joined EAEU"))
    }

    // MARK: A generic plural before a gerund is its own subject

    @Test(arguments: [
        "Yeltsin reiterated Moscow's opposition to former Soviet republics joining NATO.",
        "Lukashenko criticised new members joining the bloc at the CSTO summit.",
        "The Kremlin warned against neighbouring states leaving the CIS.",
    ])
    func aGenericGerundSubjectNamesNoCountry(text: String) {
        #expect(memberships(text, date: "1997-05-30").isEmpty)
    }

    @Test func aCountedGerundSubjectKeepsItsCountries() {
        #expect(memberships("Russia welcomed the two countries joining the EAEU: Armenia and Kyrgyzstan.", date: "2015-05-30") == ["ARM joined EAEU", "KGZ joined EAEU"])
    }

    // MARK: "would like to" is an intention

    @Test(arguments: [
        ("Azerbaijan would like to join BRICS, the ambassador said.", "AZE plans_to_join BRICS"),
        ("Serbia would also like to join the EAEU.", "SRB plans_to_join EAEU"),
    ])
    func wouldLikeToIsAPlan(text: String, expected: String) {
        #expect(memberships(text, date: "2024-08-18") == [expected])
    }

    @Test(arguments: [
        "Moscow would like Tajikistan to join the EAEU.",
        "Moscow would welcome Tajikistan joining the EAEU.",
    ])
    func anotherPartysWishIsNoPlan(text: String) {
        #expect(memberships(text, date: "2024-08-18").isEmpty)
    }

    // MARK: "the club" refers back to an organisation

    @Test(arguments: [
        ("The SCO was set up in 2001. Pakistan and India joined the club in 2017.", Set(["IND joined SCO", "PAK joined SCO"])),
        ("BRICS keeps growing. Egypt joined the club in January.", Set(["EGY joined BRICS"])),
    ])
    func theClubRefersBack(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2024-05-11") == expected)
    }

    @Test func aClubOfOtherThingsIsNoOrganisation() {
        #expect(memberships("BRICS met in Kazan. Turkey wants to join the club of nuclear powers.", date: "2024-05-11").isEmpty)
    }

    // MARK: Countries coordinated after "of" or as possessives all act

    @Test(arguments: [
        ("Putin welcomed the accession of Armenia, Belarus and Kyrgyzstan to the SCO.", Set(["ARM joined SCO", "BLR joined SCO", "KGZ joined SCO"])),
        ("The withdrawal of Georgia and Ukraine from the CIS took place in 2009 and 2018.", Set(["GEO left CIS", "UKR left CIS"])),
        ("Treaties on Armenia's and Kyrgyzstan's accession to the Eurasian Economic Union were signed in October.", Set(["ARM plans_to_join EAEU", "KGZ plans_to_join EAEU"])),
    ])
    func coordinatedOwnersAllAct(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2019-05-11") == expected)
    }

    @Test(arguments: [
        "The withdrawal of Georgia and Ukraine from the CIS was discussed.",
        "The withdrawal of Russian and Belarusian troops from the region was completed.",
    ])
    func coordinatedOwnersOfAWeighedStepOrOfTroopsGiveNothing(text: String) {
        #expect(memberships(text, date: "2019-05-11").isEmpty)
    }

    // MARK: A step of leaving approved, or a statement on a step, is its plan; founding documents stand for the organisation

    @Test(arguments: [
        ("The Moldovan government has approved the withdrawal from the CIS.", "MDA plans_to_leave CIS"),
        ("The Moldovan government has approved the withdrawal from the CIS's founding treaties.", "MDA plans_to_leave CIS"),
        ("Uzbekistan sent a statement about its withdrawal from GUAM.", "UZB plans_to_leave GUAM"),
        ("Georgia issued a statement on its exit from the CIS.", "GEO plans_to_leave CIS"),
    ])
    func anApprovedOrAnnouncedExitIsAPlan(text: String, expected: String) {
        #expect(memberships(text, date: "2023-03-11") == [expected])
    }

    @Test(arguments: [
        "Moldova has withdrawn from 70 CIS agreements.",
        "Moldova approved the withdrawal from the CIS agreement on visa-free travel.",
    ])
    func someOfItsAgreementsAreNotTheOrganisation(text: String) {
        #expect(memberships(text, date: "2023-03-11").isEmpty)
    }

    @Test func aMembershipDiscontinuedIsLeaving() {
        #expect(memberships("Uzbekistan has discontinued its membership in GUAM.", date: "2005-05-11") == ["UZB left GUAM"])
    }

    // MARK: Translated copy's "became full member of"

    @Test(arguments: [
        "Uzbekistan, having become full member of the EurAsEC, cannot stop halfway.",
        "In 2006 Uzbekistan became full member of the EurAsEC.",
    ])
    func fullMemberWithoutItsArticleJoins(text: String) {
        #expect(memberships(text, date: "2006-06-24") == ["UZB joined EurAsEC"])
    }

    @Test func fullMemberAsAStatusIsNoEvent() {
        #expect(memberships("Uzbekistan is full member of the EurAsEC.", date: "2006-06-24").isEmpty)
    }

    // MARK: A time counted from an event told before stands for no object

    @Test(arguments: [
        "Uzbekistan co-founded the CSTO, but suspended its membership seven years later.",
        "Uzbekistan co-founded the CSTO in 2002 and suspended its membership a decade later.",
    ])
    func aSpanOfTimeAfterTheMembershipIsNoObject(text: String) {
        #expect(memberships(text, date: "2016-05-11") == ["UZB suspended CSTO"])
    }

    @Test func aParticipationInTalksSuspendedLaterIsNoMembership() {
        #expect(memberships("Georgia suspended its participation in the talks two years later.", date: "2016-05-11").isEmpty)
    }

    // MARK: A base form of restoring, governed, is a plan

    @Test(arguments: [
        ("Uzbekistan moved to restore its membership in the CSTO.", "UZB plans_to_join CSTO"),
        ("Tashkent decided to resume its membership in the CSTO.", "UZB plans_to_join CSTO"),
    ])
    func restoringAMembershipIntendedIsAPlan(text: String, expected: String) {
        #expect(memberships(text, date: "2006-05-11") == [expected])
    }

    @Test func aMotiveToRestoreIsNoPlan() {
        #expect(memberships("Karimov explained the urge to restore membership in the CSTO by the economy.", date: "2006-05-11").isEmpty)
    }

    // MARK: Joining an organisation's founders joins the organisation

    @Test(arguments: [
        ("The BRICS group first expanded in 2011, when South Africa joined the four founding nations of Brazil, Russia, India and China.", "ZAF joined BRICS"),
        ("The Union expanded when Armenia joined the original members: Russia, Belarus and Kazakhstan.", "ARM joined EAEU"),
    ])
    func joiningTheFoundersJoinsTheOrganisation(text: String, expected: String) {
        #expect(memberships(text, date: "2016-05-11") == [expected])
    }

    @Test func joiningTheFoundersInAnActIsNoMembership() {
        #expect(memberships("BRICS met in Kazan, where South Africa joined the four founding nations in calling for reform.", date: "2016-05-11").isEmpty)
    }

    // MARK: Cooperation with an organisation suspended, by one of its members

    @Test(arguments: [
        "Turkmenistan suspended cooperation with the CIS in 1995.",
        "In 1995 Ashgabat suspended its cooperation with the Commonwealth of Independent States.",
    ])
    func aMembersCooperationSuspendedIsASuspension(text: String) {
        #expect(memberships(text, date: "2007-06-06") == ["TKM suspended CIS"])
    }

    @Test(arguments: [
        "Russia suspended cooperation with NATO in 2014.",
        "Georgia suspended cooperation with the CSTO.",
    ])
    func aNonMembersCooperationSuspendedIsNone(text: String) {
        #expect(memberships(text, date: "2016-06-06").isEmpty)
    }

    // MARK: A member's status granted in the passive

    @Test(arguments: [
        ("The SCO met in Astana. At the meeting, the status of a full member of the Organization was granted to India and the Islamic Republic of Pakistan.",
         Set(["IND joined SCO", "PAK joined SCO"])),
        ("The status of a full member of the SCO was granted to Iran in July.", Set(["IRN joined SCO"])),
    ])
    func aMembersStatusGrantedIsJoining(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2023-07-20") == expected)
    }

    @Test(arguments: [
        "Iran asked for the status of a full member of the SCO.",
        "The status of a full member of the SCO gives Iran a vote.",
    ])
    func aMembersStatusAskedForOrDescribedIsNoJoining(text: String) {
        #expect(memberships(text, date: "2023-07-20").isEmpty)
    }

    // MARK: A membership held over a span of years

    @Test(arguments: [
        ("Uzbekistan was a participant of the Association of GUUAM in 1999-2005.", "UZB", "GUAM"),
        ("Georgia was a member of the CIS from 1993 to 2009.", "GEO", "CIS"),
        ("Uzbekistan had been a member of GUAM between 1999 and 2005.", "UZB", "GUAM"),
    ])
    func aMembershipHeldOverASpanJoinsAndLeaves(text: String, country: String, org: String) {
        #expect(memberships(text, date: "2017-06-20") == ["\(country) joined \(org)", "\(country) left \(org)"])
    }

    @Test(arguments: [
        "Azerbaijan was a member of the UN Security Council in 2012-2013.",
        "Georgia was not a member of the CSTO from 1999 to 2005.",
        "Uzbekistan was a member of the delegation in 1999-2005.",
    ])
    func aBodyANegationOrAnotherGroupGivesNoSpan(text: String) {
        #expect(memberships(text, date: "2017-06-20").isEmpty)
    }

    // MARK: An event at an occasion the sentence before dates anchors no publication year

    @Test func anEventAtAnOccasionDatedBeforeAnchorsNoYear() {
        let text = "Iran was admitted to the SCO on Friday. The SCO leaders met in Astana on 8-9 June 2017. At the meeting, the status of a full member of the Organization was granted to India and Pakistan."
        #expect(facts(text, date: nil).published_on == nil)
    }

    @Test func anEventAtAnOccasionDatedByMonthOnlyStillAnchors() {
        let text = "The SCO leaders met in Astana in June. At the meeting, the status of a full member of the Organization was granted to India and Pakistan."
        #expect(facts(text, date: nil).published_on == "2017")
    }
}
