import Testing
@testable import RelationsKit

/// Membership families found on blind13 and blind14, each pinned by invented sentences in several phrasings with
/// negative cases.
@Suite("extraction: memberships, blind13 and blind14 families")
struct Blind1314MembershipTests: WireCopyProbe {

    // MARK: "the latter two", "the former" pick their part of the list just given

    @Test(arguments: [
        ("The commonwealth groups Russia, Belarus, Azerbaijan and Georgia, the latter two having joined the CIS in 1993.",
         ["AZE joined CIS", "GEO joined CIS"]),
        // Joined as an observer: observer status, not membership (the guide's ruling of the twenty-fourth round).
        ("The CIS observers are Mongolia and Afghanistan, the latter having joined the CIS as an observer in 2009.",
         ["AFG observer CIS"]),
        ("Georgia and Ukraine were once members, the former having left the CIS in 2009.",
         ["GEO left CIS"]),
        ("Kazakhstan, Belarus and Kyrgyzstan signed the deal; the last two joined the Eurasian Economic Union later.",
         ["BLR joined EAEU", "KGZ joined EAEU"]),
    ])
    func aPartOfTheListActs(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2016-05-01") == Set(expected))
    }

    @Test func theWholeListStillActsWithoutAPart() {
        #expect(memberships("Armenia and Kyrgyzstan joined the Eurasian Economic Union in 2015.", date: "2016-05-01")
                == ["ARM joined EAEU", "KGZ joined EAEU"])
    }

    // MARK: A definite noun does not stand for a name inside its own fronted modifier

    @Test(arguments: [
        "Kyrgyzstan joined the Eurasian Economic Union in 2015. Created as a rival to the European Union, the bloc has since admitted Armenia.",
        "Armenia was admitted to the Eurasian Economic Union in 2015. Modelled on the European Union, the union has since admitted Kyrgyzstan.",
        "Tajikistan is weighing membership of the Eurasian Economic Union. Launched in 2015 as an answer to the European Union, the bloc groups Russia, Belarus and Kazakhstan, the latter joining in 2015.",
    ])
    func aFrontedModifierNamesAnotherOrganisation(text: String) {
        #expect(memberships(text, date: "2016-05-01").allSatisfy { !$0.hasSuffix(" EU") })
    }

    // MARK: "It" takes up the clause's subject, not a name inside a relative clause before it

    @Test(arguments: [
        ("Kazakhstan announced in 2002 that it would leave the GUAM group, which brings together Georgia, Ukraine, Azerbaijan and Moldova. It formally quit the group in 2005.",
         "KAZ left GUAM"),
        ("Belarus joined the Customs Union, whose members included Russia and Kazakhstan. It later joined the Eurasian Economic Union as well.",
         "BLR joined EAEU"),
        ("Armenia signed the treaty with Russia, which Moscow ratified alongside Kyrgyzstan. It acceded to the Eurasian Economic Union in 2015.",
         "ARM joined EAEU"),
    ])
    func itSkipsARelativeClause(text: String, expected: String) {
        let found = memberships(text, date: "2016-05-01")
        #expect(found.contains(expected))
    }

    @Test func itStillTakesUpTheNearestSubject() {
        #expect(memberships("Georgia criticised the decision. Moldova, by contrast, welcomed it. It left the Commonwealth of Independent States in 2018.", date: "2019-05-01")
                .contains("MDA left CIS"))
    }

    // MARK: A refusal governs its infinitive, not a past verb coordinated after it

    @Test(arguments: [
        ("In 1999 Azerbaijan and Georgia refused to extend the treaty and left the Collective Security Treaty.", ["AZE left CST", "GEO left CST"]),
        ("Uzbekistan declined to renew the pact and withdrew from the Collective Security Treaty in 1999.", ["UZB left CST"]),
        ("Tbilisi rejected to take part in the summit and withdrew from the CIS.", ["GEO left CIS"]),
    ])
    func aPastVerbAfterARefusalIsStated(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2009-08-18") == Set(expected))
    }

    @Test(arguments: [
        "Uzbekistan refused to sign the protocol and leave the Collective Security Treaty.",
        "Georgia declined to withdraw from the CIS.",
        "Azerbaijan has not signed the protocol and left the Collective Security Treaty.",
    ])
    func aRefusedStepStaysUntaken(sentence: String) {
        #expect(memberships(sentence, date: "2009-08-18").isEmpty)
    }

    // MARK: A counted plural subject names its countries after the verb

    @Test(arguments: [
        ("At a summit in Astana, three more countries joined the Shanghai Cooperation Organisation: India, Pakistan and Iran.",
         ["IND joined SCO", "PAK joined SCO", "IRN joined SCO"]),
        ("In Moscow two states acceded to the Collective Security Treaty in 1993: Azerbaijan and Georgia.",
         ["AZE joined CST", "GEO joined CST"]),
    ])
    func aCountedSubjectIsTheListAfter(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2009-08-18") == Set(expected))
    }

    @Test func aNamedSubjectWithOtherStatesStillActs() {
        #expect(memberships("Russia and other states joined the Commonwealth of Independent States in 1991.", date: "2009-08-18")
                .contains("RUS joined CIS"))
    }
}
