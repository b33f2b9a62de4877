import Testing
@testable import RelationsKit

/// Membership events in the shapes of the fourth blind round: "drop out of", a second predicate coordinated by "and"
/// outside the first one's negation, a base form sharing an earlier infinitive, a comma that ends a fronted phrase
/// rather than coordinating subjects, and spans of years between two events. Invented sentences, with negative cases.
@Suite("extraction: blind4 round, memberships")
struct Blind4MembershipTests: WireCopyProbe {

    // MARK: Dropping out, and a second predicate outside the first one's negation

    @Test(arguments: [
        "Six countries signed a protocol extending the Collective Security Treaty, while Uzbekistan, Georgia and Azerbaijan refused to sign it and will drop out of the pact when its term expires.",
        "Uzbekistan, Georgia and Azerbaijan did not sign the protocol and will drop out of the Collective Security Treaty in April.",
        "Uzbekistan, Georgia and Azerbaijan declined to sign the document and are to drop out of the Collective Security Treaty on April 20.",
    ])
    func statesThatWillDropOutPlanToLeave(sentence: String) {
        #expect(memberships(sentence, date: "1999-04-02") == ["UZB plans_to_leave CST", "GEO plans_to_leave CST", "AZE plans_to_leave CST"])
    }

    @Test(arguments: [
        "The Collective Security Treaty was extended, but Uzbekistan refused to sign the protocol and said it would withdraw from the pact.",
        "Uzbekistan declined to sign the protocol on the Collective Security Treaty and announced it would leave the treaty in April.",
    ])
    func aReportedIntentionAfterANegatedPredicateIsAProspect(sentence: String) {
        #expect(memberships(sentence, date: "1999-04-02").contains("UZB plans_to_leave CST"))
    }

    @Test func aNegationInsideTheReportedIntentionStillCounts() {
        #expect(memberships("Georgia signed the protocol on the Collective Security Treaty and said it had no plans to leave the treaty.", date: "1999-04-02")
            .allSatisfy { !$0.contains("plans_to_leave") })
    }

    @Test func droppingOutIsLeaving() {
        #expect(memberships("Uzbekistan dropped out of the Collective Security Treaty in 1999.", date: "2001-04-02") == ["UZB left CST"])
    }

    @Test(arguments: [
        "Uzbekistan refused to drop out of the Collective Security Treaty.",
        "Signing the Collective Security Treaty in 1992, Uzbekistan said it will not drop out of the pact.",
        "Uzbekistan has not signed the protocol and does not intend to leave the Collective Security Treaty.",
    ])
    func aNegatedDropOutIsNoEvent(sentence: String) {
        #expect(memberships(sentence, date: "1999-04-02").isEmpty)
    }

    // MARK: A base form sharing an earlier infinitive

    @Test(arguments: [
        "Prime Minister of Moldova Dorin Recean told lawmakers that Chisinau intends to complete accession talks and join the EU by 2030.",
        "Moldova plans to finish the reforms and join the European Union within five years.",
        "Moldova will meet the criteria and join the EU in 2030, the prime minister said.",
    ])
    func aBaseFormCoordinatedWithAnInfinitiveIsAProspect(sentence: String) {
        #expect(memberships(sentence, date: "2026-03-21").contains("MDA plans_to_join EU"))
    }

    @Test(arguments: [
        "Moldova is not going to complete the talks and join the EU.",
        "Moldova wanted to complete the talks, and farmers join the EU market through the free-trade area.",
    ])
    func aSharedInfinitiveKeepsItsNegationAndItsClause(sentence: String) {
        #expect(memberships(sentence, date: "2026-03-21").isEmpty)
    }

    // MARK: The organisation inside "an EU member"

    @Test(arguments: [
        ("Moldova hopes to become an EU member by 2030, the prime minister said.", "MDA plans_to_join EU"),
        ("Moldova intends to become a full EU member by 2030.", "MDA plans_to_join EU"),
        ("Armenia became an EAEU member state in January.", "ARM joined EAEU"),
        ("Belarus became a full SCO member at the Astana summit.", "BLR joined SCO"),
    ])
    func theOrganisationNamedInsideMemberIsTheObject(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2024-09-05") == [expected])
    }

    @Test(arguments: [
        "Kazakhstan became a BRICS partner country on January 1.",
        "Ukraine will never become a NATO member, the minister said.",
        "Armenia did not become an EU member.",
    ])
    func noMembershipWithoutMemberOrUnderNegation(sentence: String) {
        #expect(memberships(sentence, date: "2025-01-03").isEmpty)
    }

    // MARK: A comma alone does not coordinate subjects

    @Test(arguments: [
        "Last July, at the summit in Astana, Belarus became a full member of the Shanghai Cooperation Organisation.",
        "At the summit in Astana, Belarus became a full member of the Shanghai Cooperation Organisation.",
    ])
    func aPlaceInAFrontedPhraseIsNotASubject(sentence: String) {
        #expect(memberships(sentence, date: "2025-01-03") == ["BLR joined SCO"])
    }

    @Test func aListClosedByAndStillCoordinates() {
        #expect(memberships("Armenia, Belarus and Kazakhstan joined the Eurasian Economic Union.", date: "2015-06-05") == [
            "ARM joined EAEU", "BLR joined EAEU", "KAZ joined EAEU",
        ])
    }

    // MARK: A span of years between two events is no anniversary

    @Test func yearsAfterAClauseAreNoAnniversaryOfItsObject() {
        let text = "Uzbekistan was granted observer status in the Eurasian Economic Union in December 2020, eight years after it suspended its membership of the Collective Security Treaty Organization."
        #expect(anniversaries(text, date: "2025-01-03").isEmpty)
        #expect(memberships(text, date: "2025-01-03") == ["UZB observer EAEU", "UZB suspended CSTO"])
    }

    @Test(arguments: [
        "Three years after Armenia joined the Eurasian Economic Union, trade has doubled.",
        "Ten years after they left the Commonwealth of Independent States, the two countries still trade.",
    ])
    func yearsAfterAnotherCountrysEventAreNoAnniversary(sentence: String) {
        #expect(anniversaries(sentence, date: "2018-01-02").isEmpty)
    }

    @Test func yearsSinceANamedOrganisationAreStillAnAnniversary() {
        #expect(anniversaries("Thirty years since the Commonwealth of Independent States was founded, its leaders met in Minsk.", date: "2021-10-15") == [" CIS 30 2021"])
    }
}
