import Testing
@testable import RelationsKit

/// Membership wording of the real71–78 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A pair of states that opens the sentence may open with "both", and the second may be named as the first one's neighbour
/// ("Both Finland and neighbouring Sweden applied for membership"): both act. "Joining" as a noun names its states after "of",
/// as "accession" does ("the joining of India and Pakistan"), and a list of states after the noun does not end the clause
/// whose future predicate makes the step a plan ("the accession of India and Pakistan to the SCO will open a new stage").
/// The role an admission gives may follow the list of states admitted ("admitting Bahrain, the Maldives and Kuwait as new
/// dialogue partners": no membership). The state after a dateline's town ("SAMARKAND, Uzbekistan, Sept. 16 (Xinhua) --") is
/// where the news was filed, not a subject. An accession "on the agenda" is a matter weighed, no step taken or planned.
@Suite("extraction: memberships, real75")
struct Real75MembershipTests: WireCopyProbe {

    @Test(arguments: [
        "Both Finland and neighbouring Sweden applied for membership in NATO in May.",
        "Finland and neighbor Sweden applied for membership in NATO in May.",
        "Both Finland and Sweden, long neutral, were moved to apply for membership in NATO in May.",
    ])
    func aNeighbourNamedSecondActsWithTheFirst(sentence: String) {
        #expect(memberships(sentence, date: "2022-05-18") == ["FIN plans_to_join NATO", "SWE plans_to_join NATO"])
    }

    @Test func aNeighbourInAnAppositionDoesNotAct() {
        // Sweden is what Finland is a neighbour of, not a subject.
        #expect(memberships("Finland, a neighbour of Sweden, applied for membership in NATO in May.", date: "2022-05-18") == ["FIN plans_to_join NATO"])
    }

    @Test func theJoiningOfStatesNamesThem() {
        let text = """
        Kazakh Foreign Minister Kairat Abdrakhmanov spoke in Astana.

        He said the joining of India and Pakistan as full members of the SCO had opened a new stage.
        """
        #expect(memberships(text, date: "2017-07-01") == ["IND joined SCO", "PAK joined SCO"])
    }

    @Test(arguments: ["The accession of India and Pakistan to the SCO will open up a new stage.",
                      "He stressed that the conclusion of joining of India and Pakistan as SCO full members will open up a new stage."])
    func aListAfterTheNounKeepsItsFuturePredicate(sentence: String) {
        #expect(memberships(sentence, date: "2017-04-21") == ["IND plans_to_join SCO", "PAK plans_to_join SCO"])
    }

    @Test func aClauseAfterTheNounsListIsItsOwn() {
        // "and" before a verb, not before a state, still ends the noun's clause.
        let found = memberships("The accession of India to the SCO was completed, and Pakistan will follow.", date: "2017-06-09")
        #expect(found.contains("IND joined SCO"))
    }

    @Test func aRoleAfterTheListOfStatesAdmitted() {
        let partners = "The summit reached agreement on admitting Bahrain, the Maldives and Kuwait as new dialogue partners of the SCO."
        #expect(memberships(partners, date: "2022-09-16").isEmpty)
        let observers = "The summit agreed on admitting Bahrain, Qatar and Kuwait as observers of the SCO."
        #expect(memberships(observers, date: "2022-09-16") == ["BHR observer SCO", "QAT observer SCO", "KWT observer SCO"])
        // A clause after the list is not the admission's role.
        let clause = "The SCO admitted Bahrain, and the meeting ended as planned."
        #expect(memberships(clause, date: "2022-09-16") == ["BHR joined SCO"])
    }

    @Test func theStateOfADatelineIsNoSubject() {
        let text = "SAMARKAND, Uzbekistan, Sept. 16 (Xinhua) -- A memorandum of obligations on Iran's SCO membership was signed at the summit held here on Friday."
        #expect(memberships(text, date: "2022-09-16") == ["IRN plans_to_join SCO"])
        // A state named later in the sentence, not after the town, still acts.
        let later = "SAMARKAND, Sept. 16 (Xinhua) -- Uzbekistan signed a memorandum of obligations on SCO membership."
        #expect(memberships(later, date: "2022-09-16") == ["UZB plans_to_join SCO"])
        // A state's abbreviation that opens a list is no dateline's town.
        #expect(memberships("UAE, Russia and China joined the CICA, the officials said.", date: "2002-06-04") == ["ARE joined CICA", "RUS joined CICA", "CHN joined CICA"])
    }

    @Test func anAccessionOnTheAgendaIsWeighed() {
        #expect(memberships("The envoy said that Iran's accession to the SCO is on the agenda of the organisation.", date: "2019-06-15").isEmpty)
        // The agenda of another clause says nothing of the step.
        #expect(memberships("Iran joined the SCO, and the agenda of the summit was long.", date: "2023-07-04") == ["IRN joined SCO"])
    }
}
