import Testing
@testable import RelationsKit

/// Membership wording of the real75–82 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A participle in scare quotes keeps its passive ("Armenia's membership in the CSTO was \"frozen\""). A relative clause
/// without "which", whose preposition is left at its end, states a status held since a date as its full form does ("the
/// bloc the republic has been a member of since 1994"); a pronoun or a verb after an organisation's name opens such a clause
/// and makes no compound of the name ("quit the Customs Union it was a member of" is leaving the union, not a thing of it).
/// A country's own decision to obtain observer status is an intent, and no action names a plan for that status. A new
/// member's noun may stand right before the names, as a title does ("welcomed new member Uzbekistan"). So is an intention
/// "of" states to get the status ("the intention of Pakistan, Iran and India to get an observer status").
///
/// "Presidents A of X and B of Y" coordinates two presidents, each standing for a state. What is made ready for an accession
/// comes before it ("to prepare the economy for accession to the Customs Union"). A participial clause after a comma shares
/// the subject of the clause before it ("Uzbekistan moved closer to Russia, joining the Eurasian Economic Community"), and an
/// infinitive after a ranking with no object of its own is into the paragraph's organisation ("Tbilisi was the last of the
/// former Soviet republics to join").
@Suite("extraction: memberships, real79")
struct Real79MembershipTests: WireCopyProbe {

    @Test(arguments: ["Armenia’s membership in the CSTO was “frozen”.",
                      "He said last week that Armenia's membership in the CSTO was \"frozen\", without saying what that meant."])
    func scareQuotesKeepThePassive(sentence: String) {
        #expect(memberships(sentence, date: "2024-02-28") == ["ARM froze CSTO"])
    }

    @Test func aQuotedWordThatIsNoParticipleStaysNothing() {
        #expect(memberships("Armenia called its ties with the CSTO \"frozen conflicts\" of diplomacy.", date: "2024-02-28").isEmpty)
    }

    @Test(arguments: [
        ("Moldova keeps breaking ties with the CIS, the post-Soviet bloc the republic has been a member of since 1994.", "MDA joined CIS"),
        ("Uzbekistan praised the Eurasian Economic Community it was a member to since 2006.", "UZB joined EurAsEC"),
        ("Russia criticised the Collective Security Treaty Organization Armenia has been a member of since 1992.", "ARM joined CSTO"),
    ])
    func aStatusInAContactClause(sentence: String, expected: String) {
        #expect(memberships(sentence, date: nil) == [expected])
    }

    @Test func aContactClauseWithoutADateOrAHolderIsNothing() {
        #expect(memberships("Moldova keeps breaking ties with the CIS, the bloc the republic has been a member of.", date: nil).isEmpty)
        #expect(memberships("Leaders of the bloc it has been a member of since 2001 met in Minsk.", date: nil).isEmpty)
        // A text that ends on "since" (the fuzzer's find) is read without a date after it.
        #expect(memberships("Moldova keeps breaking ties with the CIS, the bloc the republic has been a member of since", date: nil).isEmpty)
    }

    @Test func aClauseAfterANameMakesNoCompound() {
        #expect(memberships("Uzbekistan is in the process of withdrawing from the Eurasian Economic Community it was a member of.", date: nil) == ["UZB plans_to_leave EurAsEC"])
        #expect(memberships("Uzbekistan quit the Customs Union Russia was a member of.", date: nil) == ["UZB left CU"])
        // A compound's head is still read as one.
        #expect(memberships("Georgia joined the CIS free trade agreement.", date: nil).isEmpty)
    }

    @Test(arguments: ["Earlier, the Uzbek government approved the decision to obtain observer status in the EAEU.",
                      "The government decided to get observer status in the SCO."])
    func aDecisionToObtainObserverStatusIsNoGrant(sentence: String) {
        #expect(memberships(sentence, date: "2020-04-28").isEmpty)
    }

    @Test func observerStatusObtainedStaysAGrant() {
        #expect(memberships("Uzbekistan obtained observer status in the EAEU in 2020.", date: nil) == ["UZB observer EAEU"])
    }

    @Test(arguments: [
        ("The Shanghai Five welcomed new member Uzbekistan and renamed itself the Shanghai Cooperation Organization (SCO).", ["UZB joined SCO"]),
        ("The SCO admitted new members India and Pakistan in Astana.", ["IND joined SCO", "PAK joined SCO"]),
    ])
    func aNewMembersNounBeforeTheNames(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: nil) == Set(expected))
    }

    @Test func aNewMembersOfficialIsNoNewcomer() {
        #expect(memberships("The summit welcomed new member Iran's president.", date: nil).isEmpty)
        #expect(memberships("The SCO welcomed the member Iran's delegation.", date: nil).isEmpty)
    }

    @Test func theIntentionOfStatesToGetObserverStatusIsNoGrant() {
        let text = "The ministers welcomed the intention of Pakistan, Iran and India to get an observer status in the SCO."
        #expect(memberships(text, date: "2005-07-02").isEmpty)
        // A grant stays a grant.
        #expect(memberships("The summit granted Pakistan, Iran and India observer status in the SCO.", date: "2005-07-05")
                == ["PAK observer SCO", "IRN observer SCO", "IND observer SCO"])
    }

    @Test func presidentsOfTwoStatesEachStandForTheirState() {
        let text = "Presidents Islam Karimov of Uzbekistan and Eduard Shevardnadze of Georgia, meeting yesterday, confirmed their intention to quit the Collective Security Treaty."
        #expect(memberships(text, date: "1999-03-05") == ["UZB plans_to_leave CST", "GEO plans_to_leave CST"])
    }

    @Test(arguments: ["Work is now underway to prepare the Kyrgyz economy and legislation for accession to the Customs Union.",
                      "Kyrgyzstan is completing preparations for its accession to the Customs Union."])
    func whatIsMadeReadyForAnAccessionComesBeforeIt(sentence: String) {
        #expect(memberships(sentence, date: "2013-02-26") == ["KGZ plans_to_join CU"])
    }

    @Test func anAccessionAfterAPreparationInAnotherClauseIsItsOwn() {
        #expect(memberships("Armenia prepared well, and its accession to the EAEU came in January.", date: "2015-01-02") == ["ARM joined EAEU"])
    }

    @Test func aParticipialClauseSharesTheSubjectBeforeIt() {
        #expect(memberships("Uzbekistan moved closer to Russia, joining the Eurasian Economic Community.", date: nil) == ["UZB joined EurAsEC"])
    }

    @Test func anInfinitiveAfterARankingIsIntoTheParagraphsOrganisation() {
        let text = "Georgia's involvement with the CIS has been troubled. Tbilisi was the last of the former Soviet republics to join, doing so in March 1994."
        #expect(memberships(text, date: nil) == ["GEO joined CIS"])
    }
}
