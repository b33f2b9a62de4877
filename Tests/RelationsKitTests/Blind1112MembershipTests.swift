import Testing
@testable import RelationsKit

/// Membership families found on blind11 and blind12, and the rulings of that round, each pinned by invented sentences in
/// several phrasings with negative cases.
@Suite("extraction: memberships, blind11 and blind12 families")
struct Blind1112MembershipTests: WireCopyProbe {

    // MARK: Discussing or debating a step weighs it (a ruling of the conventions)

    @Test(arguments: [
        "The two presidents discussed the prospects of Tajikistan's accession to the Customs Union.",
        "The ministers discussed energy prices and the prospects of Armenia's accession to the Eurasian Economic Union.",
        "Officials in Yerevan are discussing the possibility of applying for membership in the European Union.",
        "The Moldovan parliament debated leaving the CIS for a second day.",
        "Kyrgyzstan's accession to the Eurasian Economic Union was discussed at the meeting.",
    ])
    func discussingAStepIsNoPlan(sentence: String) {
        #expect(memberships(sentence).isEmpty)
    }

    @Test func aStatedIntentionStillIsAPlan() {
        #expect(memberships("Tajikistan intends to join the Customs Union.") == ["TJK plans_to_join CU"])
    }

    // MARK: Refraining from a step is not taking or planning it

    @Test(arguments: [
        "Mongolia, an observer of the SCO, has so far refrained from seeking full membership of the Shanghai Cooperation Organisation.",
        "Turkmenistan has abstained from joining the Collective Security Treaty Organization.",
        "Azerbaijan has avoided joining the Eurasian Economic Union.",
    ])
    func refrainingIsNoEvent(sentence: String) {
        #expect(memberships(sentence).allSatisfy { !$0.contains("plans_to_join") && !$0.contains(" joined") })
    }

    // MARK: A step that starts a process states its plan

    @Test(arguments: [
        ("Moldova's parliament passed a law, a move that starts the country's formal withdrawal from the CIS.", ["MDA plans_to_leave CIS"]),
        ("The decree, which triggers Ukraine's withdrawal from the Commonwealth of Independent States, was signed on Monday.", ["UKR plans_to_leave CIS"]),
    ])
    func aMoveThatStartsAWithdrawalIsItsPlan(sentence: String, expected: [String]) {
        #expect(memberships(sentence) == Set(expected))
    }

    // MARK: A predicate after "but" shares the subject of the event before it

    @Test(arguments: [
        ("Azerbaijan joined the CIS in 1993. It acceded to the Collective Security Treaty the same year, but withdrew from it in 1999.",
         ["AZE joined CIS", "AZE joined CST", "AZE left CST"]),
        ("Georgia joined the CIS in 1993. It had acceded to the Collective Security Treaty in December, but left it in 1999 together with Uzbekistan.",
         ["GEO joined CIS", "GEO joined CST", "GEO left CST", "UZB left CST"]),
    ])
    func aPredicateAfterButSharesTheSubject(text: String, expected: [String]) {
        #expect(memberships(text, date: "2009-08-18") == Set(expected))
    }

    @Test func aNamedSubjectAfterButIsItsOwn() {
        #expect(memberships("Armenia acceded to the Collective Security Treaty in 1992, but Azerbaijan withdrew from it in 1999.", date: "2009-08-18")
            == ["ARM joined CST", "AZE left CST"])
    }

    // MARK: A fronted participial clause takes the subject after its comma

    @Test(arguments: [
        ("Uzbekistan is a key partner. Having suspended its membership in the CSTO in 2012, the country develops military ties bilaterally.", ["UZB suspended CSTO"]),
        ("Georgia is a close partner of the EU. Having left the CIS in 2009, the republic signed an association agreement.", ["GEO left CIS"]),
        ("Uzbekistan changed course. After quitting GUAM in 2005, it turned to Moscow.", ["UZB left GUAM"]),
        ("Having joined the Shanghai Cooperation Organisation in 2017, India hosted its summit in 2023.", ["IND joined SCO"]),
    ])
    func aFrontedClauseTakesTheSubjectAfterTheComma(text: String, expected: [String]) {
        #expect(memberships(text, date: "2023-07-05") == Set(expected))
    }

    // MARK: The subjunctive of a proposal or demand is a plan

    @Test(arguments: [
        ("The parliament endorsed his proposal that Georgia leave the Commonwealth of Independent States.", ["GEO plans_to_leave CIS"]),
        ("Opposition deputies demanded that Armenia quit the CSTO.", ["ARM plans_to_leave CSTO"]),
        ("The committee recommended that Moldova join the Eurasian Economic Union.", ["MDA plans_to_join EAEU"]),
    ])
    func aProposedStepIsAPlan(sentence: String, expected: [String]) {
        #expect(memberships(sentence) == Set(expected))
    }

    @Test func aBaseFormWithoutAProposalIsNoEvent() {
        #expect(memberships("Reporters noted that Georgia and Moldova leave the CIS summit early every year.").isEmpty)
    }

    // MARK: Becoming a founding member is joining

    @Test(arguments: [
        ("Moldova became a founding member of GUAM in 1997.", ["MDA joined GUAM"]),
        ("Uzbekistan takes an active part in the Shanghai Cooperation Organisation, of which it became a founding member in 2001.", ["UZB joined SCO"]),
        ("The leaders of China, Russia and Kazakhstan, together with Uzbekistan, which became a founding member at the meeting, declared the establishment of the Shanghai Cooperation Organisation.",
         ["UZB joined SCO"]),
    ])
    func becomingAFoundingMemberIsJoining(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2006-06-23") == Set(expected))
    }

    @Test(arguments: [
        "Russia and Kazakhstan are founding members of the Eurasian Economic Union.",
        "Turkmenistan became an associate member of the CIS in 2005.",
    ])
    func aFounderStatusOrAnAssociateIsNoJoining(sentence: String) {
        #expect(memberships(sentence).isEmpty)
    }

    // MARK: The admitting side's decision is the admission

    @Test(arguments: [
        ("The SCO summit opened in Shanghai. The heads of state agreed to admit Uzbekistan into the mechanism as a full member.", ["UZB joined SCO"]),
        ("The leaders decided to admit India to the Shanghai Cooperation Organisation.", ["IND joined SCO"]),
        ("The Shanghai Cooperation Organisation will admit Iran next year.", ["IRN plans_to_join SCO"]),
    ])
    func theAdmittingSidesDecisionIsTheAdmission(text: String, expected: [String]) {
        #expect(memberships(text, date: "2016-06-24") == Set(expected))
    }

    @Test func admittingWeighedIsNoEvent() {
        #expect(memberships("The Shanghai Cooperation Organisation is considering admitting Belarus.").isEmpty)
    }

    // MARK: The present of a scheduled event, and "follow"

    @Test(arguments: [
        ("Armenia joins the Eurasian Economic Union on 2 January.", "2014-12-30", ["ARM plans_to_join EAEU"]),
        ("Belarus becomes a full member of the SCO next month.", "2024-06-10", ["BLR plans_to_join SCO"]),
        ("Armenia joins the Eurasian Economic Union on 2 January.", "2015-01-05", ["ARM joined EAEU"]),
    ])
    func thePresentWithATimeToComeIsAPlan(sentence: String, date: String, expected: [String]) {
        #expect(memberships(sentence, date: date) == Set(expected))
    }

    @Test(arguments: [
        ("The union will first unite Russia, Belarus and Kazakhstan. Armenia joins on Jan. 2 and Kyrgyzstan is expected to follow in May.", "2014-12-30",
         ["ARM plans_to_join EAEU", "KGZ plans_to_join EAEU"]),
        ("Georgia left the CIS in 2009, and Ukraine followed suit in 2018.", "2020-05-05", ["GEO left CIS", "UKR left CIS"]),
    ])
    func followingRepeatsTheEventBefore(text: String, date: String, expected: [String]) {
        let body = text.hasPrefix("The union") ? "The Eurasian Economic Union comes into force on Thursday. " + text : text
        #expect(memberships(body, date: date) == Set(expected))
    }

    @Test(arguments: [
        "Georgia left the CIS in 2009. Ukraine followed the debate closely.",
        "Georgia left the CIS in 2009. The exit was followed by protests in Ukraine.",
    ])
    func followingWithAnObjectRepeatsNothing(text: String) {
        #expect(memberships(text, date: "2010-05-05") == ["GEO left CIS"])
    }

    // MARK: A name inside a relative aside is not what the paragraph is about

    @Test func anAsideDoesNotNameTheTopic() {
        #expect(memberships("The Eurasian Economic Union, which Moscow sees as a counterweight to the European Union, was launched on Thursday. Armenia joined on 2 January.",
                            date: "2015-01-05") == ["ARM joined EAEU"])
    }

    // MARK: Membership restored or ended, as a noun

    @Test(arguments: [
        ("The Collective Security Council adopted a decision on the restoration of the membership of the Republic of Uzbekistan in the Organization.",
         ["UZB joined CSTO"]),
        ("The CSTO leaders approved the resumption of Uzbekistan's membership in the Collective Security Treaty Organization.", ["UZB joined CSTO"]),
        ("The council took note of the termination of Georgia's membership in the Commonwealth of Independent States.", ["GEO left CIS"]),
    ])
    func membershipRestoredOrEndedAsANoun(sentence: String, expected: [String]) {
        #expect(memberships("The Collective Security Treaty Organization met in Minsk. " + sentence, date: "2006-06-23") == Set(expected))
    }

    // MARK: "The organisation" does not refer to the owner of a summit

    @Test func theOrganisationIsNotTheSummitsOwner() {
        #expect(memberships("Uzbekistan joined GUAM in 1999 during NATO's 50th anniversary summit. In 2002 Tashkent announced that it was pulling out of the organization.",
                            date: "2005-05-11") == ["UZB joined GUAM", "UZB plans_to_leave GUAM"])
    }

    // MARK: A ranking's infinitive, whatever its noun

    @Test(arguments: [
        ("Iran joined the SCO in 2023, and Minsk is the second capital to join the SCO in two years.", ["IRN joined SCO", "BLR joined SCO"]),
        ("Moldova would be the second state after Georgia to leave the Commonwealth of Independent States.", ["MDA plans_to_leave CIS"]),
        ("Kazakhstan was the first Central Asian country to join the Eurasian Economic Union.", ["KAZ joined EAEU"]),
    ])
    func aRankingTakesItsSubjectAndMood(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2024-07-05") == Set(expected))
    }

    // MARK: "it" after an event of its sentence is that event's subject

    @Test func itAfterAnEventIsItsSubject() {
        #expect(memberships("The Uzbek leadership ordered the closure of the US air base and withdrew from GUAM, the grouping it had joined in 1999.", date: "2006-06-23")
            == ["UZB left GUAM", "UZB joined GUAM"])
    }

    @Test func aSubjectNamedBeforeItIsItsReferent() {
        #expect(memberships("Georgia left the CIS in 2009, and Russia said it would quit the organisation too.", date: "2010-01-01")
            == ["GEO left CIS", "RUS plans_to_leave CIS"])
    }

    // MARK: A verb or noun standing without its particle

    @Test(arguments: [
        ("Moldova intends to leave the Commonwealth of Independent States. Georgia withdrew in 2009, a year after the war.", ["MDA plans_to_leave CIS", "GEO left CIS"]),
        ("The Collective Security Treaty Organization met in Moscow. Uzbekistan pulled out in 2012.", ["UZB left CSTO"]),
        ("The Eurasian Economic Union was launched in May. Armenia intends to join the union this year, while Kyrgyzstan plans to complete its road map for accession in the coming months.",
         ["ARM plans_to_join EAEU", "KGZ plans_to_join EAEU"]),
        ("Armenia became a member of the Eurasian Economic Union on Friday. Kyrgyzstan is next in line: the republic hoped to complete the accession procedures by May.",
         ["ARM joined EAEU", "KGZ plans_to_join EAEU"]),
    ])
    func withoutItsParticle(text: String, expected: [String]) {
        #expect(memberships(text, date: "2015-01-02") == Set(expected))
    }

    @Test(arguments: [
        "The Collective Security Treaty Organization met in Moscow. Russia withdrew its troops in 1999.",
        "The document of accession was signed at the summit of the Commonwealth of Independent States in the Kremlin.",
        "The CIS met in Minsk. The accession treaty was signed in Moscow.",
    ])
    func aVerbOrNounWithAnotherObjectIsNoEvent(text: String) {
        #expect(memberships(text, date: "2015-01-02").isEmpty)
    }

    // MARK: A purpose is a plan

    @Test(arguments: [
        ("The SCO summit opened in New Delhi. Belarus signed a memorandum of obligations with a view to obtaining full membership.", ["BLR plans_to_join SCO"]),
        ("Armenia will start talks with the Customs Union. A working group will prepare the documents necessary for Armenia's accession.", ["ARM plans_to_join CU"]),
    ])
    func aPurposeIsAPlan(text: String, expected: [String]) {
        #expect(memberships(text, date: "2013-09-05") == Set(expected))
    }

    // MARK: Leaving dated by a month, and objects coordinated with their own dates

    @Test func leavingDatedByAMonthInACoordinatedPredicate() {
        #expect(memberships("Uzbekistan joined GUAM in 1999. Tashkent announced in 2002 that it was pulling out of the group and formally left in May 2005.", date: "2006-05-05")
            == ["UZB joined GUAM", "UZB plans_to_leave GUAM", "UZB left GUAM"])
    }

    @Test(arguments: [
        "Uzbekistan suspended its participation in the Eurasian Economic Community in 2008 and in the CSTO in 2012.",
        "Uzbekistan joined the Eurasian Economic Community in 2006. It suspended its participation in the Community in 2008 and in the CSTO in 2012.",
    ])
    func objectsCoordinatedWithTheirOwnDates(text: String) {
        #expect(memberships(text, date: "2013-05-05").isSuperset(of: ["UZB suspended EurAsEC", "UZB suspended CSTO"]))
    }
}
