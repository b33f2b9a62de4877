import Testing
@testable import RelationsKit

/// Mechanisms of the pool7 precision audit in memberships (group 2 and a single case), anniversaries and labels: the
/// purpose of a process completed is done with it; an infinitive after a ranking ("the previous country to become a member
/// was X") takes the main verb's mood; a past verb of causing entails the step; a status after a copula with no date is no
/// event; a treaty's year written before its head noun elsewhere in the text picks among treaties of one name; a label that
/// opens a general definition is no relation. Invented sentences, each mechanism with negative cases.
@Suite("extraction: pool7 audit, memberships, anniversaries and labels")
struct Pool7MembershipTests: WireCopyProbe {

    // MARK: The purpose of a process completed is done with it

    @Test(arguments: [
        ("Uzbekistan has completed the necessary formalities to become a full member of the Eurasian Economic Union, the minister said.", "UZB joined EAEU"),
        ("Serbia finalised all the procedures to join the Collective Security Treaty Organization last week.", "SRB joined CSTO"),
        ("Armenia has completed all required steps to become a member of the Eurasian Economic Union.", "ARM joined EAEU"),
    ])
    func aCompletedProcessCompletesItsPurpose(text: String, expected: String) {
        let found = memberships(text)
        #expect(found.contains(expected), "\(found)")
        #expect(!found.contains(where: { $0.contains("plans_to_join") }), "\(found)")
    }

    @Test(arguments: [
        ("Uzbekistan will complete the formalities to become a full member of the Eurasian Economic Union next year.", "UZB plans_to_join EAEU"),
        ("Uzbekistan is completing the procedures to join the Eurasian Economic Union.", "UZB plans_to_join EAEU"),
        ("Once Uzbekistan has completed the procedures to join the Eurasian Economic Union, trade will grow.", "UZB plans_to_join EAEU"),
        ("Armenia concluded talks to join the Eurasian Economic Union.", "ARM plans_to_join EAEU"),
    ])
    func aCompletionAheadOrOfTalksStaysAPlan(text: String, expected: String) {
        let found = memberships(text)
        #expect(found == [expected], "\(found)")
    }

    // MARK: An infinitive after a ranking takes the main verb's mood

    @Test(arguments: [
        ("The previous country to become a full member of the SCO was Iran.", "IRN joined SCO"),
        ("The previous country to join the SCO was Iran.", "IRN joined SCO"),
        ("The latest state to join the Eurasian Economic Union was Kyrgyzstan, in 2015.", "KGZ joined EAEU"),
        ("Uzbekistan will be the next country to join the Eurasian Economic Union.", "UZB plans_to_join EAEU"),
    ])
    func aRankingGivesTheMainVerbsMood(text: String, expected: String) {
        let found = memberships(text)
        #expect(found == [expected], "\(found)")
    }

    // MARK: A past verb of causing entails the step

    @Test(arguments: [
        ("The war pushed Georgia to enter the CIS in 1993.", "GEO joined CIS"),
        ("Moscow forced Armenia to join the Eurasian Economic Union in 2015.", "ARM joined EAEU"),
        ("Georgia was forced to join the CIS in 1993 after the war.", "GEO joined CIS"),
        ("Economic hardship prompted Kyrgyzstan to join the Eurasian Economic Union.", "KGZ joined EAEU"),
    ])
    func aPastCauseEntailsTheStep(text: String, expected: String) {
        let found = memberships(text)
        #expect(found == [expected], "\(found)")
    }

    @Test(arguments: [
        "Russia urged Tajikistan to join the Eurasian Economic Union.",
        "Moscow pressed Georgia to join the CIS.",
    ])
    func anInvitationEntailsNothing(text: String) {
        #expect(memberships(text).isEmpty)
    }

    @Test(arguments: [
        "The new law would force Armenia to leave the CSTO, analysts said.",
        "Such a move could push Belarus to quit the CIS.",
        "The sanctions might compel Georgia to withdraw from the CIS.",
    ])
    func aConditionalCauseSupposesTheStep(text: String) {
        #expect(memberships(text).isEmpty)
    }

    @Test func aPlanStatedOutrightStays() {
        #expect(memberships("Armenia will leave the CSTO next year, the prime minister said.") == ["ARM plans_to_leave CSTO"])
    }

    // MARK: A status after a copula, with no date, is no event

    @Test(arguments: [
        "Moldova is an observer state of the Eurasian Economic Union.",
        "Cuba and Uzbekistan are the union's observer states in the Eurasian Economic Union.",
        "Moldova remains an observer state in the EAEU.",
    ])
    func aStatusHeldIsNoEvent(text: String) {
        #expect(memberships(text).isEmpty)
    }

    @Test(arguments: [
        ("Moldova was granted observer status in the Eurasian Economic Union in 2018.", "MDA observer EAEU"),
        ("Moldova has been an observer state of the Eurasian Economic Union since 2018.", "MDA observer EAEU"),
        ("Uzbekistan became an observer state of the Eurasian Economic Union in December 2020.", "UZB observer EAEU"),
        ("Armenia has had observer status in the EurAsEC since 2003, while Moldova and Ukraine were granted it in 2002.", "UKR observer EurAsEC"),
    ])
    func aStatusGrantedOrHeldSinceADateStays(text: String, expected: String) {
        let found = memberships(text, date: "2021-03-01")
        #expect(found.contains(expected), "\(found)")
    }

    // MARK: A treaty's year before its head noun picks among treaties of one name

    @Test(arguments: [
        "Putin congratulated Berdimuhamedov on the 20th anniversary of the Treaty of Friendship and Cooperation between Turkmenistan and Russia. The 2002 Treaty opened a new stage in relations, he wrote.",
        "Putin marked the 20th anniversary of the Treaty of Friendship and Cooperation between Turkmenistan and Russia. The treaty of 2002 laid the foundation of ties.",
    ])
    func aTreatysYearElsewherePicksIt(text: String) {
        let found = anniversaries(text, date: nil)
        #expect(found == ["RUS-TKM Treaty of Friendship and Cooperation (2002) 20 2022"], "\(found)")
    }

    @Test func aYearThatNamesNoTreatyPicksNothing() {
        let found = anniversaries("Putin marked the 20th anniversary of the Treaty of Friendship and Cooperation between Turkmenistan and Russia. Trade grew in 2002 and the treaty helped.",
                                  date: nil)
        #expect(found == ["RUS-TKM Treaty of Friendship and Cooperation 20 2012"], "\(found)")
    }

    // MARK: A label that opens a general definition is no relation

    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2015-06-05").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    @Test(arguments: [
        "Kazakhstan and Uzbekistan signed a treaty. Alliance is the highest and most trusting level of interstate partnership.",
        "Kazakhstan and Uzbekistan signed a treaty. Strategic partnership is a form of cooperation built on trust.",
        "Kazakhstan and Uzbekistan signed a treaty. An alliance means that the parties defend each other.",
    ])
    func aDefinitionIsNoLabel(text: String) {
        #expect(relations(text).isEmpty)
    }

    @Test(arguments: [
        ("Alliance is what binds Russia and Belarus today.", "BLR-RUS alliance"),
        ("Kazakhstan and Uzbekistan met. The alliance between them is the highest level of trust.", "KAZ-UZB alliance"),
        ("Kazakhstan and Uzbekistan met. Strategic partnership is developing successfully, the presidents said.", "KAZ-UZB strategic partnership"),
    ])
    func aLabelOfTwoStatesStays(text: String, expected: String) {
        #expect(relations(text).contains(expected))
    }
}
