import Testing
@testable import RelationsKit

/// Membership events read clause by clause: verbs by lemma, the mood from the form and the governing words, the subject
/// and the organisation from the clause's structure. Invented sentences, several phrasings each, with negative cases.
@Suite("extraction: memberships by clause")
struct ClauseMembershipTests: WireCopyProbe {

    // MARK: Every inflection of a lemma states the same event

    @Test(arguments: [
        ("Moldova quits the CIS.", "MDA left CIS"),
        ("Georgia exits the CIS after a long debate.", "GEO left CIS"),
        ("Ukraine exited the Commonwealth of Independent States in 2018.", "UKR left CIS"),
        ("Turkmenistan rejoins the CIS as a full participant.", "TKM joined CIS"),
        ("Uzbekistan accedes to the Eurasian Economic Union today.", "UZB joined EAEU"),
        ("After quitting the CIS, Georgia turned to the West.", "GEO left CIS"),
        ("Kyrgyzstan returns to the Eurasian Economic Community after a pause.", "KGZ joined EurAsEC"),
    ])
    func inflectionsComeFromTheLemma(sentence: String, expected: String) {
        #expect(memberships(sentence) == [expected])
    }

    @Test(arguments: [
        ("Georgia is set to quit the CIS.", "GEO plans_to_leave CIS"),
        // A modal of possibility is no plan ("may accede", Blind2122MembershipTests); a modal of the future is.
        ("Tajikistan will accede to the Eurasian Economic Union next year.", "TJK plans_to_join EAEU"),
        ("Kazakhstan intends to withdraw from the CSTO.", "KAZ plans_to_leave CSTO"),
        ("Kyrgyzstan has decided to leave the CSTO.", "KGZ plans_to_leave CSTO"),
    ])
    func aBaseFormAfterToOrAModalIsAPlan(sentence: String, expected: String) {
        #expect(memberships(sentence) == [expected])
    }

    @Test(arguments: [
        "Georgia did not quit the CIS.",
        "Armenia will not exit the CSTO.",
        "Is Armenia going to leave the CSTO?",
        "If Dushanbe decided to join the Eurasian Economic Union, it would have to raise hundreds of tariffs.",
        "Russia plans to withdraw its troops from the CIS security zone.",
        "Armenia remains a full member of the CSTO.",
        "Kazakhstan is a full member of the Eurasian Economic Union.",
    ])
    func negationQuestionsConditionsAndStatusAreNoEvents(sentence: String) {
        #expect(memberships(sentence).isEmpty)
    }

    // MARK: The mood of a noun comes from its predicate and what governs it

    @Test func aNounWithAFuturePredicateIsAPlan() {
        #expect(memberships("Kyrgyzstan's withdrawal from the CSTO will take effect next year.") == ["KGZ plans_to_leave CSTO"])
        #expect(memberships("Kyrgyzstan's withdrawal from the CSTO took effect last year.") == ["KGZ left CSTO"])
    }

    @Test(arguments: [
        "Moldova's parliament passed a bill denouncing the CIS Charter.",
        "The parliament of Moldova passed in first reading a draft law on the denunciation of the Charter of the Commonwealth of Independent States.",
    ])
    func aBillOrDraftIsAPlan(sentence: String) {
        #expect(memberships(sentence, date: "2024-05-05") == ["MDA plans_to_leave CIS"])
    }

    @Test func anInfinitiveAfterARankingTakesTheMainVerbsMood() {
        #expect(memberships("Georgia was the only country to leave the CIS in that decade.") == ["GEO left CIS"])
        #expect(memberships("The CIS grew again in 1993. Azerbaijan became the first state to formally rejoin the union after a war.") == ["AZE joined CIS"])
        #expect(memberships("Moldova would become the second country to formally quit the CIS.") == ["MDA plans_to_leave CIS"])
    }

    // MARK: Documents concluded within an organisation are not the organisation

    @Test(arguments: [
        "Kiev has been quitting CIS agreements one by one.",
        "Ukraine withdrew from the CIS free trade agreement.",
        "Kyrgyzstan joined the EAEU customs regime in 2015.",
    ])
    func leavingADocumentWithinIsNotLeaving(sentence: String) {
        #expect(memberships(sentence).isEmpty)
    }

    @Test(arguments: [
        "Lavrov will join the CSTO foreign ministers in Yerevan.",
        "Belarus joined the CIS heads of state in condemning the attack.",
        "Uzbek troops withdrew from the CSTO exercises in 2012.",
        "Kazakhstan joined the SCO peacekeeping mission.",
        "Azerbaijan, which withdrew from the CSTO's predecessor treaty in 1999, stays out.",
    ])
    func anOrganisationModifyingTheObjectIsNotTheObject(sentence: String) {
        #expect(memberships(sentence).isEmpty)
    }

    @Test(arguments: [
        "Ukraine withdrew from the CIS last year.",
        "Ukraine withdrew from the CIS a year after the conflict began.",
    ])
    func leavingTheOrganisationItselfStillIs(sentence: String) {
        #expect(memberships(sentence) == ["UKR left CIS"])
    }

    @Test(arguments: [
        "Putin returned to the question of CSTO reform.",
        "The leaders will return to the issue of the CIS free trade zone.",
        "Georgia left the CIS summit early.",
    ])
    func returningOrLeavingSomethingElseIsNoMembership(sentence: String) {
        #expect(memberships(sentence).isEmpty)
    }

    // MARK: Seeking or gaining membership

    @Test(arguments: [
        ("Belarus will seek full membership in the SCO.", "BLR plans_to_join SCO"),
        ("Belarus sought membership in the SCO for years.", "BLR plans_to_join SCO"),
        ("Belarus gained full membership in the SCO in 2024.", "BLR joined SCO"),
    ])
    func membershipAsAnObject(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2024-09-05") == [expected])
    }

    @Test(arguments: [
        ("Uzbekistan resumed its membership in the CSTO in 2006.", "UZB joined CSTO"),
        ("Uzbekistan terminated its membership in GUAM in 2005.", "UZB left GUAM"),
        ("Iran became the ninth SCO member in 2023.", "IRN joined SCO"),
        ("Uzbekistan's return to the CSTO in 2006 surprised many.", "UZB joined CSTO"),
    ])
    func membershipResumedEndedOrCounted(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2024-09-05") == [expected])
    }

    @Test(arguments: [
        ("Armenia entered the Eurasian Economic Union on January 2.", "ARM joined EAEU"),
        ("Iran officially became the SCO's ninth member on Tuesday.", "IRN joined SCO"),
        ("Kyrgyzstan became a full-fledged EAEU member.", "KGZ joined EAEU"),
        ("The SCO accepted Belarus as a full member.", "BLR joined SCO"),
        // Ceasing its part in all the organisation's bodies is ending it, leaving (the guide's ruling on bodies; real11).
        ("Ukraine ceased its participation in the CIS statutory bodies in 2018.", "UKR left CIS"),
        ("Tashkent has expressed its intention to join the Eurasian Economic Union.", "UZB plans_to_join EAEU"),
    ])
    func moreWaysOfJoiningAndLeaving(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2024-09-05") == [expected])
    }

    @Test(arguments: [
        "Kazakh exporters entered the EAEU market in 2015.",
        "The treaty entered into force in 2015.",
    ])
    func enteringSomethingElseIsNoMembership(sentence: String) {
        #expect(memberships(sentence).isEmpty)
    }

    @Test func acceptingAProposalIsNotAdmitting() {
        #expect(!memberships("Russia accepted Belarus's proposal to join the Union State.").contains("RUS joined UNION_STATE"))
    }

    @Test func aCompletedProcessIsTheEvent() {
        #expect(memberships("Tbilisi formally completed the procedure of leaving the CIS in August 2009.", date: "2010-01-05") == ["GEO left CIS"])
        #expect(memberships("Tbilisi formally launched the procedure of leaving the CIS in August 2008.", date: "2010-01-05") == ["GEO plans_to_leave CIS"])
        #expect(memberships("Kyrgyzstan intends to complete its withdrawal from the CSTO.") == ["KGZ plans_to_leave CSTO"])
    }

    // MARK: A verb without an object is about the organisation the paragraph names last

    @Test func aVerbWithoutAnObjectTakesTheParagraphsOrganisation() {
        #expect(memberships("The CSTO now has six members. Uzbekistan, which joined in 2006, suspended its participation in 2012.", date: "2013-01-05")
            == ["UZB joined CSTO", "UZB suspended CSTO"])
        #expect(memberships("The SCO has grown again. Belarus joined last year.", date: "2025-01-05") == ["BLR joined SCO"])
    }

    @Test(arguments: [
        "The SCO summit opened. The Uzbek delegation left on Tuesday.",
        "The CIS summit opened. The Uzbek minister quit in 2009.",
    ])
    func withoutAnObjectOnlyACountryAsSubjectCounts(sentence: String) {
        #expect(memberships(sentence, date: "2010-01-05").isEmpty)
    }

    @Test func membershipGrantedToACountryBetween() {
        #expect(memberships("The leaders of the Shanghai Cooperation Organisation signed a decision granting Belarus full membership.", date: "2024-07-05")
            == ["BLR joined SCO"])
        #expect(memberships("The SCO announced a decision to grant Belarus full membership.", date: "2024-07-05") == ["BLR plans_to_join SCO"])
        #expect(memberships("Russia supports granting Belarus full membership in the SCO.", date: "2024-07-05") == ["BLR plans_to_join SCO"])
        #expect(memberships("The SCO offered Belarus full membership last year.", date: "2024-07-05") == ["BLR plans_to_join SCO"])
    }

    // MARK: Founding documents and accession documents belong to their organisation

    @Test(arguments: [
        ("The parliament of Azerbaijan voted to ratify the Agreement on the Creation of the Commonwealth of Independent States.", "AZE joined CIS"),
        ("The Tajik parliament ratified the CIS Charter on Tuesday.", "TJK joined CIS"),
        ("Georgia's parliament denounced the CIS Charter in 2008.", "GEO left CIS"),
    ])
    func ratifyingOrDenouncingAFoundingDocument(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "1994-06-05") == [expected])
    }

    @Test func enteringSomethingOfTheOrganisationIsNotEnteringIt() {
        #expect(memberships("Russian jets entered the CIS airspace on Tuesday.").isEmpty)
    }

    @Test func denouncingAnAgreementConcludedWithinIsNotLeaving() {
        #expect(memberships("Ukraine denounced the CIS agreement on visa-free travel.").isEmpty)
        #expect(memberships("Ukraine denounced the CIS Charter.") == ["UKR left CIS"])
    }

    @Test func theFoundingTreatyNamedAfterItsOrganisation() {
        #expect(memberships("Bishkek completed the ratification of the Treaty on the Eurasian Economic Union in May 2015.") == ["KGZ joined EAEU"])
    }

    @Test(arguments: [
        "Azerbaijan ratified a trade agreement with Russia.",
        "Kyrgyzstan ratified the agreement on the CIS free trade zone.",
    ])
    func ratifyingAnyOtherDocumentIsNoMembership(sentence: String) {
        #expect(memberships(sentence).isEmpty)
    }

    @Test func aSignedDecisionOnAccessionIsTheAccessionAnAccessionTreatyIsNot() {
        #expect(memberships("The leaders signed a decision on Iran's accession to the SCO.", date: "2023-07-05") == ["IRN joined SCO"])
        #expect(memberships("The leaders signed the documents on Iran's accession to the SCO.", date: "2023-07-05") == ["IRN joined SCO"])
        #expect(memberships("The leaders signed the treaty on Iran's accession to the SCO.", date: "2023-07-05") == ["IRN plans_to_join SCO"])
    }

    // MARK: The subject: companions, relative clauses, pronouns, participial clauses

    @Test(arguments: [
        "Azerbaijan, together with Georgia and Uzbekistan, left the Collective Security Treaty in 1999.",
        "Azerbaijan left the Collective Security Treaty in 1999 together with Georgia and Uzbekistan.",
        "Azerbaijan, which left the Collective Security Treaty in 1999 along with Georgia and Uzbekistan, stays neutral.",
    ])
    func companionsActToo(sentence: String) {
        #expect(memberships(sentence, date: "2019-04-05") == ["AZE left CST", "GEO left CST", "UZB left CST"])
    }

    @Test(arguments: [
        "Uzbekistan reopened talks with the Eurasian Economic Community, from which it withdrew in 2008.",
        "Observers recalled the Eurasian Economic Community, from which Uzbekistan withdrew in 2008, and its successor.",
        "Uzbekistan praised the Eurasian Economic Community, from which the republic withdrew in 2008.",
    ])
    func aParticleOpeningTheRelativeClause(sentence: String) {
        #expect(memberships(sentence, date: "2012-04-05") == ["UZB left EurAsEC"])
    }

    @Test(arguments: [
        ("In 2006, Uzbekistan returned to the CSTO, which it had left in 1999.", ["UZB joined CSTO", "UZB left CSTO"]),
        ("The CSTO, which Armenia joined in 1992, is led by Moscow.", ["ARM joined CSTO"]),
    ])
    func aRelativePronounFrontedAsTheObject(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2012-04-05") == Set(expected))
    }

    @Test func aGenericNounIsTheOrganisationItsSentenceNamed() {
        let text = "The Eurasian Economic Union has five members. The EAEU is growing. Uzbekistan left the CSTO in 2012, having rejoined the bloc in 2006."
        #expect(memberships(text, date: "2013-04-05") == ["UZB left CSTO", "UZB joined CSTO"])
    }

    @Test func theRepublicInARelativeClauseIsTheCountryNamedBefore() {
        #expect(memberships("Azerbaijan voted in 1993. Its delegation praised the CIS, to which the republic returned that year.", date: "1994-04-05")
            == ["AZE joined CIS"])
    }

    @Test(arguments: [
        "Kyrgyzstan began preparing in 2011, when it announced its intention to join the Customs Union.",
        "Kyrgyzstan's exports rose. Trade across the Kyrgyz-Kazakh border grew. The country has since announced its intention to join the Customs Union.",
    ])
    func aPronounOrTheCountryOverItsGoverningWords(sentence: String) {
        #expect(memberships(sentence, date: "2012-04-05") == ["KGZ plans_to_join CU"])
    }

    @Test func aNameAfterTheVerbIsNotTheSubjectOfWe() {
        #expect(memberships("\"We have frozen our participation in the CSTO,\" the minister said at the border with Azerbaijan.", date: "2024-02-05").isEmpty)
    }

    @Test(arguments: [
        "Uzbekistan joined GUAM in 1999 at a summit hosted by the United States, before withdrawing from it in 2005.",
        "Uzbekistan joined GUAM in 1999 at a meeting in Washington with the United States but withdrew from it in 2005.",
    ])
    func aParticipialClauseSharesTheSubject(sentence: String) {
        #expect(memberships(sentence, date: "2019-04-05") == ["UZB joined GUAM", "UZB left GUAM"])
    }

    @Test func theCountriesInAnOrganisationsNameAreNotItsNewMembers() {
        #expect(memberships("Kyrgyzstan announced in 2011 its intention to join the Customs Union of Russia, Belarus and Kazakhstan.", date: "2012-04-05")
            == ["KGZ plans_to_join CU"])
        #expect(memberships("Talks on joining the Customs Union of Russia, Belarus and Kazakhstan resumed.", date: "2012-04-05").isEmpty)
    }

    @Test func aPartnerInTalksIsNotTheOneWhoJoins() {
        #expect(memberships("Talks on joining resumed with Russia, Belarus and Kazakhstan, the Customs Union members.", date: "2012-04-05").isEmpty)
    }
}
