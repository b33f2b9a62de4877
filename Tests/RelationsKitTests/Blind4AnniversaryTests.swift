import Testing
@testable import RelationsKit

/// Anniversaries in the shapes of the fourth blind round: "whose Nth anniversary" refers back to its antecedent, an
/// organisation's anniversary through its founding act ("of the signing of its Charter"), and the relative year nearest
/// the anniversary when a sentence names two. Invented sentences, with negative cases.
@Suite("extraction: blind4 round, anniversaries")
struct Blind4AnniversaryTests: WireCopyProbe {

    // MARK: "whose Nth anniversary"

    @Test(arguments: [
        "Russia and Turkmenistan rely on the Treaty of Friendship and Cooperation signed on 31 July 1992, whose 30th anniversary will be marked this summer, and the Treaty on Strategic Partnership signed in October 2017.",
        "Russia and Turkmenistan signed the Treaty of Friendship and Cooperation in Moscow, whose 30th anniversary falls this summer, and later the Treaty on Strategic Partnership.",
    ])
    func whoseRefersToTheTreatyBeforeIt(sentence: String) {
        #expect(anniversaries(sentence, date: "2022-04-08") == ["RUS-TKM Treaty of Friendship and Cooperation 30 2022"])
    }

    @Test func whoseWithNoNamedAntecedentGivesNothingFromLaterInTheSentence() {
        // The antecedent is a person: the treaty named after "whose" is not the subject.
        #expect(anniversaries("Russia and Turkmenistan honoured the diplomat, whose 30th anniversary in the service coincided with the Treaty of Friendship and Cooperation.", date: "2022-04-08").isEmpty)
    }

    // MARK: An organisation's anniversary through its founding act

    @Test(arguments: [
        "Next year the member states of the Collective Security Treaty Organization will celebrate the 20th anniversary of the signing of its Charter.",
        "Next year the Collective Security Treaty Organization will celebrate the 20th anniversary of its founding.",
        "Next year the member states of the Collective Security Treaty Organization will mark the 20th anniversary of the adoption of its Charter.",
    ])
    func anOrganisationsAnniversaryThroughItsFoundingAct(sentence: String) {
        #expect(anniversaries(sentence, date: "2021-09-09") == [" CSTO 20 2022"])
    }

    @Test func itsOwnOtherThingsAreNotTheOrganisationsAnniversary() {
        #expect(anniversaries("The Collective Security Treaty Organization will celebrate the 20th anniversary of the victory of its team in the games.", date: "2021-09-09").isEmpty)
    }

    // MARK: The relative year nearest the anniversary

    @Test func theRelativeYearNearestTheAnniversaryCounts() {
        let text = "This year also marks thirty years since the Commonwealth of Independent States was created, and next year the member states of the Collective Security Treaty Organization will celebrate the 20th anniversary of the signing of its Charter."
        #expect(anniversaries(text, date: "2021-09-09") == [" CIS 30 2021", " CSTO 20 2022"])
    }
}
