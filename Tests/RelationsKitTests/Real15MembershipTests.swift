import Testing
@testable import RelationsKit

/// Membership mechanisms of the real15/real16 memberships round, each a family of wordings with a negative case: a
/// country's part in all of an organisation's bodies ended by recalling any of its envoys (ambassadors, diplomats,
/// plenipotentiaries) from its bodies or institutions, and a decree signed or issued to do so, or to withdraw a
/// membership, enacts the step (a decree still to be signed is a plan); a membership withdrawn is ended; documents
/// concluded within an organisation ("those international treaties signed in the framework of the CIS", "the agreement on
/// its Interparliamentary Assembly"), also after a noun's owner, are not the organisation; a step pursued, prepared or
/// put off ("the pursuit of admission", "the aspects of its accession", "is finalising the terms of", "asked for its
/// accession to be delayed") is a plan; "the format" as the object of a membership verb takes up the organisation the text
/// named as a format, else its paragraph's. Invented sentences.
@Suite("extraction: memberships, real15")
struct Real15MembershipTests: WireCopyProbe {

    // MARK: Envoys recalled from all the bodies, and a decree that enacts it

    @Test(arguments: [
        "Kyiv has signed a decree to recall all of its diplomats from the statutory bodies of the CIS.",
        "The president signed a decree to withdraw all Ukrainian envoys from the statutory bodies of the CIS.",
        "On Friday the president said he had signed the relevant decree to recall all Ukrainian ambassadors to CIS institutions.",
        "Kyiv recalled all its plenipotentiaries from the CIS bodies.",
        "Kyiv has recalled all of Ukraine's representatives from all of the CIS's statutory bodies.",
    ])
    func envoysRecalledFromAllTheBodiesLeave(text: String) {
        #expect(memberships(text) == ["UKR left CIS"])
    }

    @Test func aDecreeStillToBeSignedIsAPlan() {
        #expect(memberships("The president will sign a decree to recall all Moldovan envoys from the CIS bodies.") == ["MDA plans_to_leave CIS"])
    }

    @Test(arguments: [
        "Moldova recalled its ambassador to the CIS Interparliamentary Assembly.",
        "Kyiv recalled its envoys from several CIS bodies.",
    ])
    func oneBodyOrSomeOfThemIsNoExit(text: String) {
        #expect(memberships(text).isEmpty)
    }

    @Test(arguments: [
        "The president signed on 19 May a decree to withdraw Ukraine's associate membership in the CIS.",
        "Ukraine has withdrawn its membership from the CIS.",
        "Kyiv withdrew its associate membership in the CIS in 2018.",
    ])
    func aMembershipWithdrawnIsEnded(text: String) {
        #expect(memberships(text) == ["UKR left CIS"])
    }

    @Test func aMembershipBeingWithdrawnIsAnnounced() {
        #expect(memberships("The Georgian president declared that Georgia was withdrawing its membership from the CIS.") == ["GEO plans_to_leave CIS"])
    }

    // MARK: Documents concluded within an organisation are not the organisation

    @Test(arguments: [
        "Ukraine will quit from those international treaties signed in the framework of the CIS that harm its interests.",
        "Kyiv withdrew from all the treaties signed under the Commonwealth of Independent States.",
        "Moldova will pull out of several multilateral agreements concluded within the CIS.",
        "The speaker said the withdrawal of Moldova from the Agreement on the Interparliamentary Assembly of the Commonwealth of Independent States was a first step.",
        "Moldova pulled out of the convention on the CIS Interparliamentary Assembly.",
    ])
    func documentsWithinTheOrganisationAreNotIt(text: String) {
        #expect(memberships(text).isEmpty)
    }

    @Test(arguments: [
        "Moldova withdrew from the Agreement on the Creation of the CIS.",
        "Moldova withdrew from the CIS.",
    ])
    func theOrganisationAndItsFoundingDocumentStay(text: String) {
        #expect(memberships(text) == ["MDA left CIS"])
    }

    // MARK: A step pursued, prepared or put off is a plan

    @Test(arguments: [
        "Lithuania's pursuit of admission to NATO went on through the thaw, diplomats said.",
        "The council of the Eurasian Economic Community is completing the political aspects of Uzbekistan's accession to the Community.",
        "The sides are finalising the terms of Kyrgyzstan's accession to the EAEU.",
        "Bishkek asked for its accession to the Customs Union to be delayed.",
    ])
    func aStepPursuedPreparedOrPutOffIsAPlan(text: String) {
        let found = memberships(text)
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.contains("plans_to_join") })
    }

    @Test(arguments: [
        "The sides have finalised the terms of Kyrgyzstan's accession to the EAEU.",
        "Kyrgyzstan's accession to the EAEU took effect in August.",
    ])
    func aStepCompletedStaysDone(text: String) {
        #expect(memberships(text) == ["KGZ joined EAEU"])
    }

    // MARK: "The format" takes up the organisation

    @Test(arguments: [
        "The GUAM format was set up by four post-Soviet republics in 1997. In 1999, Uzbekistan joined the format and four years later withdrew.",
        "The prime ministers said GUAM needs stronger consolidation. Uzbekistan joined the format in 1999 and withdrew in 2005.",
    ])
    func theFormatTakesUpTheOrganisation(text: String) {
        #expect(memberships(text) == ["UZB joined GUAM", "UZB left GUAM"])
    }

    @Test(arguments: [
        "Talks in the CSTO format were held in Minsk. Armenia left the format of the talks.",
        "Georgia joined the format in 2005.",
    ])
    func aFormatOfSomethingElseOrOfNothingIsNoOrganisation(text: String) {
        #expect(memberships(text).isEmpty)
    }
}
