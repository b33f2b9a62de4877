import Testing
@testable import RelationsKit

/// Mechanisms rather than phrasings (issue #3, second round): membership events found by clause structure.
/// Every sentence here is invented.
@Suite("extraction: structural mechanisms, memberships")
struct StructuralMembershipTests {
    /// The rules' own events, before the reference check (`MembershipCheck`): some sentences state invented events.
    static let extractor = Extractor(checksMemberships: false)

    func memberships(_ body: String, date: String? = "1993-12-31") -> Set<String> {
        Set(Self.extractor.extract(Article(source: "test", title: nil, dateText: date, body: TextCleaner.clean(body))).memberships
            .map { "\($0.country) \($0.action) \($0.org)" })
    }

    @Test(arguments: [
        "Armenia became the first member of the EAEU to ratify the agreement on pensions.",
        "Kazakhstan has thus become the second member of the Commonwealth of Independent States to sign such a treaty with Russia.",
    ])
    func aRankingAmongMembersIsNotBecomingOne(sentence: String) {
        #expect(memberships(sentence, date: "2016-05-05").isEmpty)
    }

    @Test func becomingTheNthMemberIsJoining() {
        #expect(memberships("Armenia became the fifth member of the EAEU.", date: "2015-01-02") == ["ARM joined EAEU"])
    }

    @Test(arguments: [
        ("Uzbekistan has suspended its participation in the activities of the working bodies of the Collective Security Treaty Organization.", "UZB suspended CSTO"),
        ("Georgia froze its participation in the sessions of the councils of the Commonwealth of Independent States.", "GEO froze CIS"),
    ])
    func theOrganisationMayEndALongChainOfNounsAndPrepositions(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2012-07-01") == [expected])
    }

    @Test(arguments: [
        "The Collective Security Treaty was signed in Tashkent by six CIS states. Georgia acceded to it in December.",
        "The Collective Security Treaty was signed in Tashkent by six CIS states. Other countries may follow: the treaty is open, and Georgia acceded to it in December.",
    ])
    func itIsTheNearestMentionIncludingADefiniteNoun(body: String) {
        #expect(memberships(body) == ["GEO joined CST"])
    }

    @Test(arguments: [
        "The treaty now has nine parties, including Azerbaijan and Georgia, which acceded to the Collective Security Treaty in September and December respectively.",
        "Azerbaijan and Georgia, which both acceded to the Collective Security Treaty this year, sent delegations.",
    ])
    func aRelativeClauseThatDistributesGoesToEveryCoordinatedName(sentence: String) {
        #expect(memberships(sentence) == ["AZE joined CST", "GEO joined CST"])
    }

    @Test func aRelativeClauseWithoutDistributionGoesToTheNearestName() {
        #expect(memberships("Russia, Belarus, Kazakhstan and Armenia, which joined the EAEU in January, met in Moscow.", date: "2015-05-05") == ["ARM joined EAEU"])
    }

    @Test(arguments: [
        ("Moldova's government intends to complete the country's withdrawal from the CIS.", "MDA plans_to_leave CIS"),
        ("Kyrgyzstan wants to speed up its accession to the EAEU.", "KGZ plans_to_join EAEU"),
        ("Kyrgyzstan hopes to finish its accession to the EAEU this year.", "KGZ plans_to_join EAEU"),
    ])
    func aVerbOfIntentMakesTheEventItGovernsAProspect(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2015-03-01") == [expected])
    }

    @Test func theDebateBeforeAReportedJoiningIsNotASeparateProspect() {
        #expect(memberships("Belarus acceded to the Collective Security Treaty on Friday. The question of joining the treaty had divided the Belarusian leadership.")
            == ["BLR joined CST"])
    }

    @Test(arguments: [
        "Tashkent denied reports that Uzbekistan would leave the CSTO.",
        "If Armenia were to leave the CSTO, the bloc would lose its southern flank.",
        "Moldova refuses to join the Eurasian Economic Union.",
        "There are no plans for Tajikistan to join the EAEU in the near future.",
        "The minister ruled out that Belarus would leave the CSTO.",
        "Parliament voted against leaving the CIS.",
        "Armenia has not left the CSTO.",
    ])
    func negationDenialAndSuppositionApplyToTheWholeClause(sentence: String) {
        #expect(memberships(sentence, date: "2016-05-05").isEmpty)
    }

    @Test(arguments: [
        ("Armenia not only froze its participation in the CSTO but also stopped paying dues.", "ARM froze CSTO"),
        ("Georgia, which quit the CIS in 2009, is not expected to return.", "GEO left CIS"),
        ("Kazakhstan declined to join the single currency, although it joined the EAEU in 2015.", "KAZ joined EAEU"),
    ])
    func aNegationInAnotherClauseDoesNotReachTheEvent(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2016-05-05") == [expected])
    }

    @Test(arguments: [
        ("The SCO granted Belarus observer status in 2015.", "BLR observer SCO"),
        ("In 2015 the Shanghai Cooperation Organisation gave Belarus the status of an observer state.", "BLR observer SCO"),
        ("At the SCO summit in Ufa, Belarus was granted observer status.", "BLR observer SCO"),
        ("The CSTO admitted Uzbekistan in 2006.", "UZB joined CSTO"),
    ])
    func theOrganisationMayBeTheSubjectThatGrantsOrAdmits(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2016-06-10") == [expected])
    }

    @Test(arguments: ["Lavrov admitted that the CIS faces problems.", "At the CIS summit, Lukashenko admitted Belarus had problems."])
    func admittingSomethingIsNotAdmittingACountry(sentence: String) {
        #expect(memberships(sentence, date: "2016-06-10").isEmpty)
    }

    @Test(arguments: [
        ("Uzbekistan's membership in the CSTO was suspended in 2012.", "UZB suspended CSTO"),
        ("Armenia's participation in the CSTO has been frozen.", "ARM froze CSTO"),
        ("Armenia's membership of the EAEU took effect on January 2, 2015.", "ARM joined EAEU"),
        ("The treaty on Kyrgyzstan's accession to the EAEU entered into force on August 12, 2015.", "KGZ joined EAEU"),
        ("Georgia's withdrawal from the CIS took effect in August 2009.", "GEO left CIS"),
        ("The treaty on Kyrgyzstan's accession to the EAEU has not yet entered into force.", "KGZ plans_to_join EAEU"),
    ])
    func anEventNamedByItsSubjectNounTakesItsStatusFromThePredicate(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2016-06-10") == [expected])
    }

    @Test func theNewCustomsRulesTakingEffectAreNoMembershipEvent() {
        #expect(memberships("The new customs rules of the EAEU took effect in January.", date: "2016-06-10").isEmpty)
    }

    @Test(arguments: [
        ("The EAEU has four members; Kyrgyzstan became the fifth in August.", "KGZ joined EAEU"),
        ("The EAEU now has four members, and Kyrgyzstan is expected to become the fifth in May.", "KGZ plans_to_join EAEU"),
    ])
    func anOrdinalWithItsNounElidedCountsMembers(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2015-06-10") == [expected])
    }

    @Test func anOrdinalRankingOfSomethingElseIsNotMembership() {
        #expect(memberships("The SCO has eight members, and Kazakhstan became the first to ratify the agreement.", date: "2015-06-10").isEmpty)
    }

    @Test(arguments: [
        ("Uzbekistan left GUAM and the EurAsEC.", ["UZB left GUAM", "UZB left EurAsEC"]),
        ("Georgia withdrew from the CIS and the Collective Security Treaty.", ["GEO left CIS", "GEO left CST"]),
        ("Armenia joined the EAEU and the CSTO summit adopted a statement.", ["ARM joined EAEU"]),
    ])
    func coordinatedOrganisationsAreEachTheObject(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2016-06-10") == Set(expected))
    }
}
