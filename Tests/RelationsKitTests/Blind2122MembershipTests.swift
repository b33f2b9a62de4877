import Testing
@testable import RelationsKit

/// Membership mechanisms found by classifying the misses and extras of blind21 and blind22: a status held since a date
/// (the date fronted before a list of holders or after a dateline, a founding clause after "since", a plural apposition);
/// a modal of possibility; a negation that stops at a colon; an adverb after a verb's object; a treaty taken up after its
/// organisation was built on it; an apposition between a subject and its verb; a generic noun named by a clause after it;
/// the role an admission gives after "as"; an exit's term counted in the present; a call on countries coordinated with
/// others; a step named as a speaker sees it. Invented sentences, with cases that must stay unextracted.
@Suite("extraction: memberships, blind21 and blind22")
struct Blind2122MembershipTests: WireCopyProbe {

    // MARK: A status held since a date, whatever shape gives the date and the holders

    @Test(arguments: [
        ("Since 1 March 2012, Armenia, Kyrgyzstan and Tajikistan have been members of the Eurasian Economic Community.", ["ARM joined EurAsEC", "KGZ joined EurAsEC", "TJK joined EurAsEC"]),
        ("ASTANA, 4 May 2016 (Kazinform) - Since January 2015 Armenia and Kyrgyzstan have been full members of the EAEU.", ["ARM joined EAEU", "KGZ joined EAEU"]),
        ("From 2005, India, Iran and Pakistan have held observer status in the SCO.", ["IND observer SCO", "IRN observer SCO", "PAK observer SCO"]),
        ("Tajikistan has been a member of the CSTO since the organisation was founded in 2002.", ["TJK joined CSTO"]),
        ("The Collective Security Treaty turns 30. Kyrgyzstan has been a party to the treaty since it was signed in May 1992.", ["KGZ joined CST"]),
        ("Mongolia and Iran, observers since 2005, attended the SCO summit.", ["MNG observer SCO", "IRN observer SCO"]),
        ("Pakistan, another observer since 2005, applied to join the SCO.", ["PAK observer SCO"]),
        ("Iran joined the SCO in 2023: it had been a dialogue partner from 2004 and an observer from 2005.", ["IRN observer SCO"]),
    ])
    func aStatusHeldSinceADateIsTheEventOfThatDate(text: String, expected: [String]) {
        let found = memberships(text, date: "2016-05-04")
        for fact in expected { #expect(found.contains(fact), "\(fact) in \(found)") }
    }

    @Test(arguments: [
        "Since 2015, Armenia and Kyrgyzstan have been debating the costs of membership of the EAEU.",
        "Armenia and Kyrgyzstan, long-standing members, attended the EAEU summit.",
        "Since 2005 India and Pakistan have been dialogue partners of the SCO.",
        "Mongolia has been a member of the CSTO delegation since the talks began in 2002.",
    ])
    func noStartNoStatusNoEvent(text: String) {
        #expect(memberships(text, date: "2016-05-04").isEmpty)
    }

    // MARK: A modal of possibility supposes the step: no plan

    @Test(arguments: [
        "Analysts in Almaty say Kazakhstan might eventually leave the Eurasian Economic Union.",
        "The Prime Minister said Tajikistan could quit the CSTO when the time comes.",
        "Other members of the Customs Union may join it when they are ready, Lukashenko said.",
        "Observers believe Moldova can leave the CIS within a year.",
    ])
    func aPossibilityIsNoPlan(text: String) {
        #expect(memberships(text, date: "2016-05-04").isEmpty)
    }

    @Test(arguments: [
        ("The Prime Minister said Tajikistan would quit the CSTO next year.", "TJK plans_to_leave CSTO"),
        ("Kazakhstan will leave the Eurasian Economic Union, the president announced.", "KAZ plans_to_leave EAEU"),
        ("Moldova intends to join the European Union.", "MDA plans_to_join EU"),
    ])
    func anIntentionOrAFutureStillReads(text: String, expected: String) {
        #expect(memberships(text, date: "2016-05-04").contains(expected))
    }

    // MARK: A negation does not reach over a colon; an adverb after the object leaves the verb without another

    @Test(arguments: [
        ("Georgia is not represented at the CIS summit: it left the Commonwealth in 2009.", "GEO left CIS"),
        ("Tashkent did not send a delegation to the CSTO session: it suspended its membership in 2012.", "UZB suspended CSTO"),
        ("The CSTO met in Yerevan. Uzbekistan had rejoined in 2006; in 2012 Tashkent suspended its membership again.", "UZB suspended CSTO"),
        ("The CSTO met in Moscow. Armenia froze its participation temporarily in 2024.", "ARM froze CSTO"),
    ])
    func aClauseAfterAColonOrAnAdverbStillReads(text: String, expected: String) {
        #expect(memberships(text, date: "2025-05-04").contains(expected))
    }

    @Test(arguments: [
        "Kazakhstan did not leave the Eurasian Economic Union: it stayed, despite the pressure.",
        "Georgia has no plans to join the CSTO: officials said so on Monday.",
    ])
    func aNegatedVerbBeforeTheColonStaysNegated(text: String) {
        #expect(memberships(text, date: "2025-05-04").isEmpty)
    }

    // MARK: The Collective Security Treaty taken up after 2002 is the CSTO; named, it stays the treaty

    @Test(arguments: [
        ("The Collective Security Treaty was signed in Tashkent in 1992. Tajikistan, a signatory of the treaty, is absent: it suspended its membership in 2014.", "TJK suspended CSTO"),
        ("The Collective Security Treaty was prolonged in 1999. Kyrgyzstan left in 2005 and returned two years later.", "KGZ left CSTO"),
        ("The Collective Security Treaty was signed in 1992. Azerbaijan acceded in 1993. In 2003 the treaty's members built an organisation; Georgia rejoined in 2007.", "GEO joined CSTO"),
    ])
    func aTreatyTakenUpAfterItsOrganisationIsTheOrganisation(text: String, expected: String) {
        #expect(memberships(text, date: nil).contains(expected))
    }

    @Test(arguments: [
        ("The Collective Security Treaty was signed in 1992. Azerbaijan acceded in 1993 and left in 1999.", ["AZE joined CST", "AZE left CST"]),
        ("Tajikistan withdrew from the Collective Security Treaty in 2014, the ministry said.", ["TJK left CST"]),
    ])
    func aTreatyBeforeItsOrganisationOrNamedStaysTheTreaty(text: String, expected: [String]) {
        let found = memberships(text, date: nil)
        for fact in expected { #expect(found.contains(fact), "\(fact) in \(found)") }
    }

    // MARK: An apposition between the subject and its verb names no subject

    @Test(arguments: [
        ("Kyrgyzstan, long seen as Moscow's most loyal partner in Central Asia, froze its participation in the CSTO in 2025.", "KGZ froze CSTO"),
        ("Tajikistan, a neighbour of Afghanistan and of Uzbekistan, joined the SCO in 2001.", "TJK joined SCO"),
    ])
    func anAppositionHoldsNoSubject(text: String, expected: String) {
        let found = memberships(text, date: "2025-05-04")
        #expect(found == [expected])
    }

    @Test func companionsAndListsStillAct() {
        let found = memberships("BRICS grew. Iran, together with Egypt, Ethiopia, and the United Arab Emirates, joined the bloc in 2024.", date: "2025-05-04")
        #expect(found == ["IRN joined BRICS", "EGY joined BRICS", "ETH joined BRICS", "ARE joined BRICS"])
    }

    // MARK: A generic noun is the organisation a clause after it names

    @Test(arguments: [
        ("At the summit in Chisinau Moldova was admitted to the association, which from now on will be called GUAM.", "MDA joined GUAM"),
        ("Uzbekistan joined a new forum that analysts have already started to call the SCO.", "UZB joined SCO"),
        ("In 2001 Kazakhstan became a founding member of a grouping known as the Eurasian Economic Community.", "KAZ joined EurAsEC"),
        ("Tajikistan entered the alliance, which was later named the Collective Security Treaty Organization, in 2002.", "TJK joined CSTO"),
    ])
    func aNamingClauseNamesTheOrganisation(text: String, expected: String) {
        #expect(memberships(text, date: "2003-05-04") == [expected])
    }

    @Test func countedStatesBecomeTheFoundingMembersOfANamedForum() {
        let text = "The presidents of Kazakhstan, Kyrgyzstan and Tajikistan met in Almaty. By this step the three states became the founding members of a forum which diplomats already call the SCO."
        #expect(memberships(text, date: "2001-05-04") == ["KAZ joined SCO", "KGZ joined SCO", "TJK joined SCO"])
    }

    @Test func aClauseThatNamesNothingLeavesTheNoun() {
        // "the association" that no clause names is the organisation named before.
        #expect(memberships("The CIS met in Minsk. Georgia joined the association, which it had long criticised, in 1993.", date: "1994-05-04") == ["GEO joined CIS"])
    }

    // MARK: The role after "as" is what an admission gives

    @Test(arguments: [
        ("The EAEU summit ended. Mongolia and Iran were admitted as observers.", ["MNG observer EAEU", "IRN observer EAEU"]),
        ("At the SCO summit Turkmenistan was accepted as an observer state.", ["TKM observer SCO"]),
        ("At the SCO summit Egypt was admitted as a full member.", ["EGY joined SCO"]),
    ])
    func theRoleAfterAsIsWhatTheAdmissionGives(text: String, expected: [String]) {
        #expect(memberships(text, date: "2021-05-04") == Set(expected))
    }

    @Test func aDialoguePartnerIsNoMember() {
        #expect(memberships("At the SCO summit Armenia was admitted as a dialogue partner.", date: "2021-05-04").isEmpty)
    }

    // MARK: An exit's term counted from a step, in the present, is a rule: the exit is still to come

    @Test(arguments: [
        "Under the Charter, Kyrgyzstan's withdrawal from the CSTO takes effect six months after the depositary is notified.",
        "The Duma approved the bill. Under the rules, Armenia's exit from the EAEU takes effect 12 months from the notification.",
    ])
    func aTermInThePresentIsAPlan(text: String) {
        let found = memberships(text, date: "2024-05-04")
        #expect(!found.contains { $0.contains(" left ") })
    }

    @Test func aTermInThePastIsTheEvent() {
        #expect(memberships("Georgia's withdrawal from the CIS took effect twelve months after Tbilisi notified the depositary.", date: "2009-08-20") == ["GEO left CIS"])
    }

    // MARK: A call on countries coordinated with other nouns is no plan of theirs

    @Test(arguments: [
        "Azerbaijan announced it would leave GUAM and called on Moldova and other members to follow.",
        "Georgia said it was quitting the CIS and urged Ukraine, Moldova and the other partners to do the same and to leave the Commonwealth.",
    ])
    func aCallOnSeveralIsNoPlanOfTheirs(text: String) {
        let found = memberships(text, date: "2008-08-12")
        #expect(!found.contains { $0.hasPrefix("MDA") || $0.hasPrefix("UKR") })
        #expect(found.contains { $0.contains("plans_to_leave") })
    }

    @Test func aFrontedPassiveStillLetsItsSubjectAct() {
        #expect(memberships("Invited by Russia, Armenia decided to join the Eurasian Economic Union.", date: "2013-09-04") == ["ARM plans_to_join EAEU"])
    }

    // MARK: A step a speaker names a thing as is an appraisal, not the step

    @Test(arguments: [
        "The Kremlin called the vote \"the beginning of Kyrgyzstan's exit from the CSTO\", a reading Bishkek rejected.",
        "Minsk termed the decree the first step towards Moldova's withdrawal from the CIS.",
    ])
    func aStepNamedByASpeakerIsNoEvent(text: String) {
        #expect(memberships(text, date: "2024-05-04").isEmpty)
    }

    @Test func aStepNamedItselfStillReads() {
        #expect(memberships("Moscow called Georgia's withdrawal from the CIS a mistake.", date: "2009-08-20") == ["GEO left CIS"])
    }
}
