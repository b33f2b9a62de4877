import Testing
@testable import RelationsKit

/// Membership events in the shapes of the fifth blind round: the subject of a pronoun, of a predicate coordinated with a
/// relative clause's first predicate, and observer status in apposition. Invented sentences, with negative cases.
@Suite("extraction: blind5 round, memberships")
struct Blind5MembershipTests: WireCopyProbe {

    // MARK: A pronoun subject is the country it stands for, not a name used as a modifier

    @Test(arguments: [
        "This is the second time that Tashkent has put its membership of a Moscow-led bloc on hold: in 2008 it suspended its participation in the Eurasian Economic Community.",
        "Uzbekistan distrusts Russia-led structures; in 2008 it suspended its participation in the Eurasian Economic Community.",
        "Uzbekistan has long kept its distance from Moscow-backed projects. In 2008 it suspended its participation in the Eurasian Economic Community.",
    ])
    func aPronounSubjectSkipsNamesUsedAsModifiers(body: String) {
        #expect(memberships(body, date: "2012-06-29") == ["UZB suspended EurAsEC"])
    }

    // MARK: A predicate coordinated with a relative clause's predicate shares its subject

    @Test(arguments: [
        "Georgia, which broke off diplomatic relations with Moscow and withdrew from the CIS in 2009, regards both territories as its own.",
        "Georgia, which severed ties with Russia in 2008 and left the CIS a year later, regards both territories as its own.",
        "Georgia, which fought a war with Russia and quit the CIS, regards both territories as its own.",
    ])
    func theRelativeClausesAntecedentIsTheSubjectOfBothPredicates(sentence: String) {
        #expect(memberships(sentence, date: "2018-08-26") == ["GEO left CIS"])
    }

    @Test func theObjectOfAPrepositionIsNotTheSubject() {
        #expect(memberships("Georgia broke off relations with Russia and withdrew from the CIS in 2009.", date: "2018-08-26") == ["GEO left CIS"])
    }

    // MARK: Observer status in apposition is held, not granted

    @Test(arguments: [
        "Uzbekistan, an observer state of the Eurasian Economic Union, is studying the benefits of deeper integration.",
        "Uzbekistan, the union's observer state, is studying the benefits of deeper integration in the Eurasian Economic Union.",
    ])
    func anObserverInAppositionIsNoEvent(sentence: String) {
        #expect(memberships(sentence, date: "2023-05-05").isEmpty)
    }

    @Test(arguments: [
        "Uzbekistan was granted observer status in the Eurasian Economic Union in December 2020.",
        "Uzbekistan became an observer state of the Eurasian Economic Union in December 2020.",
    ])
    func observerStatusGrantedIsStillAnEvent(sentence: String) {
        #expect(memberships(sentence, date: "2021-05-05") == ["UZB observer EAEU"])
    }

    // MARK: A state party to a treaty has joined it; "the six republics" are the six listed before

    @Test(arguments: [
        "At the summit Aliyev also signed the Collective Security Treaty, making Azerbaijan a party to the Tashkent pact.",
        "Azerbaijan became a party to the Collective Security Treaty in September.",
        "Azerbaijan became a full party to the Collective Security Treaty after the vote.",
    ])
    func becomingAPartyToATreatyIsJoining(sentence: String) {
        #expect(memberships(sentence, date: "1993-09-25") == ["AZE joined CST"])
    }

    @Test(arguments: [
        "The treaty was signed by the presidents of Armenia, Kazakhstan and Russia. With their signatures the three republics became the founding parties to the Collective Security Treaty.",
        "The treaty was signed by the presidents of Armenia, Kazakhstan and Russia. The three states thus became the original signatories of the Collective Security Treaty.",
    ])
    func aCountedPluralSubjectIsTheCountriesListedBefore(body: String) {
        #expect(memberships(body, date: "1992-05-15") == ["ARM joined CST", "KAZ joined CST", "RUS joined CST"])
    }

    @Test(arguments: [
        "Armenia and Azerbaijan became parties to the conflict in Karabakh.",
        "Russia became a party to the talks on the Collective Security Treaty.",
        "The two states became the first parties to sign the protocol on the Collective Security Treaty.",
        "Armenia may yet become a party to the Collective Security Treaty if the parliament agrees.",
    ])
    func aPartyToSomethingElseIsNoMembership(sentence: String) {
        #expect(memberships(sentence, date: "1993-09-25").allSatisfy { !$0.contains("joined") })
    }

    // MARK: A conditional attitude of another party supposes the event

    @Test(arguments: [
        "He also said Moscow would welcome a decision by Dushanbe to join the Eurasian Economic Union.",
        "Russia would support Tajikistan's decision to join the Eurasian Economic Union, the ambassador said.",
        "The Kremlin would certainly welcome Tajikistan's bid to join the Eurasian Economic Union.",
    ])
    func aConditionalWelcomeIsNoPlan(sentence: String) {
        #expect(memberships(sentence, date: "2018-05-25").isEmpty)
    }

    @Test(arguments: [
        "Moscow welcomed the decision by Dushanbe to join the Eurasian Economic Union.",
        "Tajikistan would join the Eurasian Economic Union next year, the minister said.",
    ])
    func aWelcomeOfADecisionTakenOrAPlanOfItsOwnIsStillAPlan(sentence: String) {
        #expect(memberships(sentence, date: "2018-05-25") == ["TJK plans_to_join EAEU"])
    }
}
