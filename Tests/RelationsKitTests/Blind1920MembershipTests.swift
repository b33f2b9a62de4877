import Testing
@testable import RelationsKit

/// Membership mechanisms found on the misses and extras of blind19 and blind20: a condition stated by inversion, a
/// possibility named by any verb, a call on another country, a longer name around the organisation's, an apposition
/// that names the organisation, "the bloc's tenth member", "has become an observer state", and a vote for a step.
/// Invented sentences, with cases that must still be read.
@Suite("extraction: memberships, blind19 and blind20")
struct Blind1920MembershipTests: WireCopyProbe {

    // MARK: An auxiliary before its subject states a condition

    @Test(arguments: [
        "Were Armenia ever to leave the CSTO, it would have to denounce the treaty itself.",
        "Should Kyrgyzstan quit the Eurasian Economic Union, it would lose its access to the common market.",
        "Had Georgia joined the Collective Security Treaty Organization earlier, the war might have been avoided.",
        "Analysts say that, were Tajikistan to join the EAEU, its migrants would benefit.",
    ])
    func anInvertedConditionIsNoEvent(text: String) {
        #expect(memberships(text, date: "2015-05-05").isEmpty)
    }

    @Test(arguments: [
        ("Georgia had left the CIS by then.", "GEO left CIS"),
        ("Kyrgyzstan, a founding member, had joined the EAEU in 2015.", "KGZ joined EAEU"),
    ])
    func anAuxiliaryAfterItsSubjectStillReads(text: String, expected: String) {
        #expect(memberships(text, date: "2016-05-05").contains(expected))
    }

    // MARK: A possibility of a step is no plan, whatever verb names it

    @Test(arguments: [
        "Diplomatic sources said Tajikistan was looking at the possibility of joining the Eurasian Economic Union.",
        "Armenian officials have raised the prospect of leaving the Collective Security Treaty Organization.",
        "Baku is keeping open the option of joining the Shanghai Cooperation Organisation.",
        "Kazakh diplomats floated the idea of leaving the CIS last week.",
    ])
    func aPossibilityIsNoPlan(text: String) {
        #expect(memberships(text, date: "2015-05-05").isEmpty)
    }

    @Test func anIntentionStillReads() {
        #expect(memberships("Diplomatic sources said Tajikistan intended to join the Eurasian Economic Union.", date: "2015-05-05").contains("TJK plans_to_join EAEU"))
    }

    // MARK: A call on another country is not its plan

    @Test(arguments: [
        "Saakashvili announced that Georgia was leaving the CIS and called on Ukraine to follow.",
        "Georgia announced it was leaving the CIS and appealed to Ukraine to follow.",
        "Georgia said it was leaving the CIS and called upon Moldova to leave the organisation too.",
    ])
    func aCallOnAnotherIsNoPlan(text: String) {
        let found = memberships(text, date: "2008-08-12")
        #expect(found.contains("GEO plans_to_leave CIS"))
        #expect(!found.contains { $0.hasPrefix("UKR") || $0.hasPrefix("MDA") })
    }

    // MARK: An organisation's name inside a longer name modifies its head noun

    @Test(arguments: [
        "Turkish President Recep Tayyip Erdogan, whose country is a dialogue partner, joined the \"SCO Plus\" session.",
        "Azerbaijani President Ilham Aliyev joined the CIS Informal Summit meeting by video link.",
        "Mongolia's president joined the “SCO Plus” talks on Thursday.",
    ])
    func aLongerNameIsNotTheOrganisation(text: String) {
        #expect(memberships(text, date: "2024-07-04").isEmpty)
    }

    @Test(arguments: [
        ("Belarus joined the SCO on Thursday.", "BLR joined SCO"),
        ("Georgia joined the CIS Tuesday, diplomats said.", "GEO joined CIS"),
    ])
    func theOrganisationItselfStillReads(text: String, expected: String) {
        #expect(memberships(text, date: "2024-07-04").contains(expected))
    }

    // MARK: An apposition describes a status; "the bloc's tenth member" is joining

    @Test(arguments: [
        "Belarus, an SCO observer state, became the bloc's tenth member at the Astana summit last July.",
        "Belarus, an observer of the SCO, became the organisation's tenth member in July.",
        "Iran, an SCO observer, became the group's ninth member at the summit.",
    ])
    func becomingTheBlocsMemberIsJoining(text: String) {
        let found = memberships(text, date: "2024-09-05")
        #expect(found.contains { $0.hasSuffix("joined SCO") })
        #expect(!found.contains { $0.contains("observer") })
    }

    // MARK: "has become an observer state", in either number

    @Test(arguments: [
        ("Uzbekistan and Cuba have become observer states of the Eurasian Economic Union.", ["UZB observer EAEU", "CUB observer EAEU"]),
        ("Uzbekistan has become an observer state of the Eurasian Economic Union.", ["UZB observer EAEU"]),
        ("Mongolia and Iran became observers in the SCO in 2005.", ["MNG observer SCO", "IRN observer SCO"]),
    ])
    func becomingAnObserverIsGranted(text: String, expected: [String]) {
        let found = memberships(text, date: "2020-12-11")
        for fact in expected { #expect(found.contains(fact)) }
    }

    @Test(arguments: [
        "Uzbekistan has held observer status in the EAEU for some time and has no plans to apply.",
        "Uzbekistan, an observer state of the Eurasian Economic Union, is studying full membership.",
    ])
    func holdingObserverStatusIsNoEvent(text: String) {
        #expect(memberships(text, date: "2020-12-11").isEmpty)
    }

    // MARK: A vote for a step is its decision

    @Test(arguments: [
        ("The Georgian parliament on Thursday voted for the country's withdrawal from the CIS.", "GEO plans_to_leave CIS"),
        ("The Armenian parliament voted in favour of the country's accession to the Eurasian Economic Union.", "ARM plans_to_join EAEU"),
        ("Moldovan deputies voted for Moldova's withdrawal from the Commonwealth of Independent States.", "MDA plans_to_leave CIS"),
    ])
    func aVoteForAStepIsAPlan(text: String, expected: String) {
        let found = memberships(text, date: "2014-08-14")
        #expect(found.contains(expected))
        #expect(!found.contains { $0.contains(" left ") || $0.contains(" joined ") })
    }

    // MARK: A reported progressive without its object, and "they" for the coordinated subject

    @Test(arguments: [
        "Uzbekistan joined GUAM in April 1999. But it announced in June 2002 that it was pulling out.",
        "Uzbekistan joined GUAM in 1999, announced in 2002 that it was pulling out and formally quit in 2005.",
        "Turkmenistan joined the CIS in 1991. In 2005 its government told partners that it was withdrawing.",
    ])
    func aReportedProgressiveWithoutObjectIsAPlan(text: String) {
        let found = memberships(text, date: "2006-05-05")
        #expect(found.contains { $0.hasSuffix("plans_to_leave GUAM") || $0.hasSuffix("plans_to_leave CIS") })
    }

    @Test(arguments: [
        "Uzbekistan joined GUAM in 1999. Russia later said it was withdrawing its troops from Tajikistan.",
        "Uzbekistan joined GUAM in 1999. Kazakhstan said it was withdrawing its peacekeepers from the region.",
    ])
    func aProgressiveWithAnotherObjectIsNoExit(text: String) {
        #expect(!memberships(text, date: "2006-05-05").contains { $0.contains("plans_to_leave") })
    }

    @Test(arguments: [
        "Armenia, Belarus and Russia signed a protocol extending the Collective Security Treaty. Azerbaijan, Georgia and Uzbekistan refused to sign it and have announced that they will leave the treaty.",
        "The Collective Security Treaty was extended on Friday. Georgia and Azerbaijan have said that they will leave the treaty when its term expires.",
    ])
    func theyIsTheCoordinatedSubject(text: String) {
        let found = memberships(text, date: "1999-04-02")
        #expect(found.contains("GEO plans_to_leave CST"))
        #expect(found.contains("AZE plans_to_leave CST"))
        #expect(!found.contains { $0.hasPrefix("RUS") || $0.hasPrefix("ARM") })
    }

    @Test func aSpeakersTheyNamesNoCountry() {
        #expect(memberships("Officials in Baku and Tbilisi said they would not leave the Collective Security Treaty.", date: "1999-04-02").isEmpty)
    }

    // MARK: A short date between the verb and its particle

    @Test(arguments: [
        ("Georgia acceded on Thursday to the Collective Security Treaty.", "GEO joined CST"),
        ("Armenia withdrew in 2024 from the Collective Security Treaty Organization.", "ARM left CSTO"),
        ("Uzbekistan pulled out in May 2005 of the GUAM group.", "UZB left GUAM"),
    ])
    func aDateBetweenVerbAndParticle(text: String, expected: String) {
        #expect(memberships(text, date: "2024-12-10").contains(expected))
    }

    @Test func aDateBeforeAnotherObjectIsNoMembership() {
        #expect(memberships("Russia withdrew in 2024 from the CSTO talks on the budget.", date: "2024-12-10").isEmpty)
    }

    // MARK: An ordinal in figures before the member or observer noun

    @Test(arguments: [
        ("Belarus on Thursday became the 10th full member of the Shanghai Cooperation Organization at the summit.", "BLR joined SCO"),
        ("Iran became the 9th member of the SCO in July 2023.", "IRN joined SCO"),
        ("Mongolia became the 1st observer state of the SCO in 2004.", "MNG observer SCO"),
    ])
    func anOrdinalInFigures(text: String, expected: String) {
        #expect(memberships(text, date: "2024-07-04").contains(expected))
    }

    @Test func anOrdinalBeforeAnotherNounIsNoMembership() {
        #expect(memberships("Belarus became the 10th country to host the SCO summit.", date: "2024-07-04").isEmpty)
    }
}
