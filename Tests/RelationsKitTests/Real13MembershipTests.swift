import Testing
@testable import RelationsKit

/// Membership mechanisms of the real13/real14 memberships round, each a family of wordings with a negative case: a step
/// opposed, also as the last item of a list; observer status pursued (an appeal, a process, an effort) is not granted, nor
/// is a status defined; a nominalised step appraised or obstructed (the subject of "does not mean", the object of "makes
/// ... unlikely", "blocked", "view ... as"); a member of something that is no organisation; a modal governs its verb over
/// any adverb in "-ly"; a body named before "of" and its organisation; a name compared with ("a pact resembling NATO") is
/// no referent; coming back, re-entering or rejoining after an exit; an indefinite description fits the organisation the
/// text names; members listed with the year they joined in brackets, confirmed by the reference; taking part as an
/// observer from a stated start; "their countries"; "no reason to worry about" denies the worry, not the step; an accession
/// document signed in the passive is a plan. Invented sentences.
@Suite("extraction: memberships, real13")
struct Real13MembershipTests: WireCopyProbe {

    // MARK: A step opposed, also as the last item of a list

    @Test(arguments: [
        "At a briefing the president argued against cutting trade with Belarus, recalling the envoy from Minsk and Moldova's withdrawal from the CIS.",
        "The speaker rejected freezing the accounts, closing the office or Armenia's exit from the CSTO.",
        "The minister opposed Armenia's exit from the CSTO.",
        "Several deputies objected to Georgia's withdrawal from the CIS.",
    ])
    func aStepOpposedIsNoEvent(text: String) {
        #expect(memberships(text).isEmpty)
    }

    @Test func aStepAnnouncedInAListStays() {
        #expect(memberships("The president argued for trade and announced Moldova's withdrawal from the CIS.") == ["MDA plans_to_leave CIS"])
    }

    // MARK: Observer status pursued or defined is not granted

    @Test(arguments: [
        "Moscow will back Mongolia's appeal to obtain observer status in the EAEU.",
        "Uzbekistan has launched the procedure for obtaining observer status in the EAEU.",
        "The government began efforts to gain observer status at the CSTO.",
        "He said he had launched the procedure of Belarus obtaining the status of an observer state in the SCO.",
        "The president initiated the process for granting observer status to the country at the EAEU.",
        "Observer status means that a country may attend the EAEU's meetings without a vote.",
    ])
    func observerStatusPursuedIsNotGranted(text: String) {
        #expect(!memberships(text).contains { $0.contains("observer") })
    }

    @Test func observerStatusGrantedStays() {
        #expect(memberships("The EAEU granted observer status to Uzbekistan in December 2020.") == ["UZB observer EAEU"])
    }

    // MARK: A nominalised step appraised or obstructed

    @Test(arguments: [
        "Kazakhstan's exit from the Eurasian Economic Union (EAEU) does not mean a break with Moscow, the expert said.",
        "Armenia's accession to the EAEU poses risks for its EU talks.",
        "The dispute makes Georgia's return to the CIS increasingly unlikely.",
        "Hungary blocked Ukraine's accession to NATO.",
        "The border war is an obstacle to Armenia's accession to the EAEU.",
        "Many analysts view Armenia's withdrawal from the CSTO as a turn to the West.",
        "He noted that joining an \"integrated\" CIS economic space would harm trade.",
    ])
    func aStepAppraisedOrObstructedIsNoEvent(text: String) {
        #expect(!memberships(text).contains { $0.contains("joined") || $0.contains("left") })
    }

    @Test func aStepReportedByItsPredicateStays() {
        #expect(memberships("Armenia's accession to the EAEU took effect on 2 January 2015.") == ["ARM joined EAEU"])
        #expect(memberships("Observers saw Georgia's withdrawal from the CIS in 2009 as a turning point.").contains("GEO left CIS"))
    }

    // MARK: A member of something that is no organisation; a modal over an adverb in "-ly"

    @Test(arguments: [
        "The president said that Moldova will inevitably become a member of the great European family.",
        "I am sure that Georgia will eventually become a member of the great European family.",
        "Ukraine joined the European Union's trade talks. Its leader is confident that Ukraine will inevitably become a member of the European family!",
        "Kazakhstan wants to become a member of the club of nuclear-free states.",
    ])
    func aMemberOfNoOrganisationIsNoEvent(text: String) {
        #expect(memberships(text).isEmpty)
    }

    @Test(arguments: [
        ("Moldova will eventually become a member of the EU.", "MDA plans_to_join EU"),
        ("Belarus will gradually withdraw from the CIS, the minister said.", "BLR plans_to_leave CIS"),
        ("Serbia will likely join the EAEU, the envoy said.", "SRB plans_to_join EAEU"),
    ])
    func aModalGovernsItsVerbOverAnAdverb(text: String, expected: String) {
        #expect(memberships(text).contains(expected))
    }

    // MARK: A body named before "of" and its organisation

    @Test(arguments: [
        "Moldova will withdraw from the Parliamentary Assembly of the CIS.",
        "Armenia decided to leave the Council of Defence Ministers of the CSTO.",
        "The speaker proposed preparing Moldova's withdrawal from the CIS body.",
    ])
    func aBodyOfTheOrganisationIsNotIt(text: String) {
        #expect(memberships(text).isEmpty)
    }

    @Test func leavingTheOrganisationStays() {
        #expect(memberships("Moldova will withdraw from the CIS.") == ["MDA plans_to_leave CIS"])
    }

    // MARK: A name compared with is no referent

    @Test(arguments: [
        "The CSTO, an alliance modelled on NATO, was formed in 2002. Uzbekistan left the organization in 2012.",
        "The CSTO is a pact resembling NATO. A note explained Uzbekistan's reasons for exiting the group in 2012.",
        "The CSTO runs a force built in a similar way to NATO. Uzbekistan quit the organisation in 2012.",
    ])
    func aComparedNameIsNoReferent(text: String) {
        let found = memberships(text)
        #expect(found.contains("UZB left CSTO"))
        #expect(!found.contains { $0.hasSuffix("NATO") })
    }

    @Test func aNameNotComparedStaysTheReferent() {
        #expect(memberships("NATO grew in 2004. Estonia joined the organisation that year.").contains("EST joined NATO"))
    }

    // MARK: Coming back, re-entering or rejoining after an exit

    @Test(arguments: [
        "The CSTO held drills. Uzbekistan left the organisation in 1999 but then came back in August 2006.",
        "The CSTO held drills. Uzbekistan quit the organisation once before, in 1999, but re-entered in 2006.",
        "The CSTO held drills. Uzbekistan left the organisation in 1999 and rejoined in June 2006.",
        "Uzbekistan re-joined the CSTO in 2006.",
    ])
    func comingBackAfterAnExitIsJoining(text: String) {
        #expect(memberships(text).contains("UZB joined CSTO"))
    }

    @Test func comingBackFromATripIsNothing() {
        #expect(memberships("The delegation came back in August 2006.").isEmpty)
    }

    // MARK: An indefinite description fits the organisation the text names

    @Test(arguments: [
        "Kyrgyzstan suspended its participation in a Moscow-led security pact of former Soviet states. The Collective Security Treaty Organization said it had received the note. Moscow presents the CSTO as a rival to NATO.",
        "Kyrgyzstan has suspended its membership in a Russia-dominated military alliance. The CSTO confirmed it. Some compare the CSTO with NATO.",
        "Kyrgyzstan has suspended its participation in a Russia-dominated security pact. The CSTO and the CIS met in Moscow.",
    ])
    func aDescriptionFitsTheNamedOrganisation(text: String) {
        #expect(memberships(text).contains("KGZ suspended CSTO"))
    }

    @Test func aDescriptionThatFitsNoneGivesNothing() {
        #expect(memberships("Kyrgyzstan suspended its participation in a Western economic bloc. The CSTO said it had received the note.").isEmpty)
    }

    // MARK: Members listed with the year they joined in brackets, confirmed by the reference

    @Test(arguments: [
        ("The SCO today has ten members, among them India and Pakistan (2017) and Belarus (2024).", ["IND joined SCO", "PAK joined SCO", "BLR joined SCO"]),
        ("NATO members include Estonia (2004) and Poland (1999).", ["EST joined NATO", "POL joined NATO"]),
        ("The EAEU's members are Russia, Belarus, Kazakhstan, Armenia (2015) and Kyrgyzstan (2015).", ["ARM joined EAEU", "KGZ joined EAEU"]),
    ])
    func membersDatedInBracketsJoined(text: String, expected: [String]) {
        let found = memberships(text)
        for fact in expected { #expect(found.contains(fact)) }
    }

    @Test func undatedNamesOfTheListAreNotDated() {
        let found = memberships("The EAEU's members are Russia, Belarus, Kazakhstan, Armenia (2015) and Kyrgyzstan (2015).")
        #expect(!found.contains("RUS joined EAEU") && !found.contains("KAZ joined EAEU"))
    }

    @Test(arguments: [
        "The SCO has ten members, among them India (2009).",
        "The SCO summit drew India (population 1.4 billion) and Pakistan.",
        "Kazakhstan (2017) and Uzbekistan (2019) signed a trade deal.",
    ])
    func aBracketTheReferenceDoesNotConfirmGivesNothing(text: String) {
        #expect(!memberships(text).contains { $0.contains("joined") })
    }

    // MARK: Taking part as an observer from a stated start

    @Test(arguments: [
        ("Moldova has participated in the EAEU as an observer since 2018.", "MDA observer EAEU"),
        ("Since 2010 Belarus has taken part in the SCO as a dialogue partner, and since 2015, as an observer.", "BLR observer SCO"),
        ("Mongolia attended the SCO summit for the first time as an observer.", "MNG observer SCO"),
    ])
    func observerParticipationFromAStart(text: String, expected: String) {
        #expect(memberships(text).contains(expected))
    }

    @Test func observerParticipationWithNoStartIsAStatus() {
        #expect(memberships("Mongolia attends SCO summits as an observer.").isEmpty)
    }

    // MARK: "their countries"; "no reason to worry about" denies the worry

    @Test(arguments: [
        ("The presidents of Estonia, Latvia and Lithuania welcomed the admission of their countries to NATO.", ["EST joined NATO", "LVA joined NATO", "LTU joined NATO"]),
        ("The envoys of Estonia and Latvia said there were no reasons to worry about the admission of their countries to NATO.", ["EST joined NATO", "LVA joined NATO"]),
    ])
    func theirCountriesAndNoReasonToWorry(text: String, expected: [String]) {
        let found = memberships(text)
        for fact in expected { #expect(found.contains(fact)) }
    }

    @Test func noPlansStaysANegation() {
        #expect(memberships("Uzbekistan has no plans to join the EAEU.").isEmpty)
    }

    // MARK: An accession document signed in the passive is a plan

    @Test(arguments: [
        "An agreement was signed at the summit in Minsk about Armenia's joining the EAEU.",
        "A treaty was signed in Minsk concerning Armenia's joining the EAEU.",
    ])
    func aDocumentSignedInThePassiveIsAPlan(text: String) {
        #expect(memberships(text) == ["ARM plans_to_join EAEU"])
    }

    @Test func theStatesOwnSignatureStaysTheJoining() {
        #expect(memberships("Armenia signed the treaty on its accession to the EAEU in October 2014.").contains("ARM joined EAEU"))
    }
}
