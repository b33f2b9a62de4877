import Testing
@testable import RelationsKit

/// The many ways wire copy phrases the same fact, one test per phenomenon. Every sentence here is invented.
@Suite("extraction: wire copy phrasings, memberships")
struct WireCopyMembershipTests: WireCopyProbe {
    // MARK: Memberships

    @Test(arguments: [
        ("Georgia withdrew from the CIS in 2009.", "GEO left CIS"),
        ("Ukraine quit the CIS.", "UKR left CIS"),
        ("Azerbaijan pulled out of the Collective Security Treaty in 1999.", "AZE left CST"),
        ("Georgia has formally withdrawn from the CIS.", "GEO left CIS"),
        ("After leaving the CIS in 2009, Georgia built closer ties with the EU.", "GEO left CIS"),
        ("In 1999 Tashkent declined to extend the Collective Security Treaty.", "UZB left CST"),
        ("Azerbaijan refused to prolong its participation in the Collective Security Treaty.", "AZE left CST"),
    ])
    func leavingIsStatedManyWays(sentence: String, expected: String) {
        #expect(memberships(sentence).contains(expected))
    }

    @Test(arguments: [
        ("Uzbekistan acceded to the Eurasian Economic Community in 2006.", "UZB joined EurAsEC"),
        ("Armenia became a full member of the Eurasian Economic Union.", "ARM joined EAEU"),
        ("Belarus became the tenth member of the SCO.", "BLR joined SCO"),
        ("Belarus was accepted into the SCO as a full member.", "BLR joined SCO"),
        ("Iran gained full membership in the SCO.", "IRN joined SCO"),
        ("Kyrgyzstan has become the fifth member of the EAEU after Russia, Belarus, Kazakhstan and Armenia.", "KGZ joined EAEU"),
    ])
    func joiningIsStatedManyWays(sentence: String, expected: String) {
        #expect(memberships(sentence) == [expected])
    }

    @Test(arguments: [
        ("Azerbaijan and Georgia also intend to leave the CIS.", ["AZE plans_to_leave CIS", "GEO plans_to_leave CIS"]),
        ("Georgia announced it would leave the CIS.", ["GEO plans_to_leave CIS"]),
        // Weighing a step is no plan (see Blind910MembershipTests): "is considering leaving" gives nothing.
        ("Armenia has decided to leave the CSTO.", ["ARM plans_to_leave CSTO"]),
        ("Ukraine is going to quit the CIS.", ["UKR plans_to_leave CIS"]),
        ("Uzbekistan notified the CSTO Secretariat of its withdrawal from the organisation.", ["UZB plans_to_leave CSTO"]),
        ("Ukraine has begun the process of withdrawing from the CIS.", ["UKR plans_to_leave CIS"]),
        ("Moldova plans to pull out of the CIS.", ["MDA plans_to_leave CIS"]),
    ])
    func plansToLeaveAreProspects(sentence: String, expected: [String]) {
        #expect(memberships(sentence) == Set(expected))
    }

    @Test func aBaseVerbAfterAModalIsAProspectAndTheTreatyIsTheOneNamedBefore() {
        let found = memberships("The leaders signed a protocol extending the Collective Security Treaty. Uzbek Foreign Minister Abdulaziz Kamilov said Tashkent would withdraw from the treaty when its term expires.", date: "1999-04-02")
        #expect(found == ["UZB plans_to_leave CST"])
    }

    @Test(arguments: [
        ("Kiev applied to join the EU.", "UKR plans_to_join EU"),
        ("Moldova intends to submit its application for membership of the European Union in 2015.", "MDA plans_to_join EU"),
        ("Armenia launched the process of accession to the EU.", "ARM plans_to_join EU"),
        ("The law declares the start of Armenia's accession to the European Union.", "ARM plans_to_join EU"),
        ("Uzbekistan wants to join the Eurasian Economic Union.", "UZB plans_to_join EAEU"),
    ])
    func applicationsAndAccessionProcessesArePlansToJoin(sentence: String, expected: String) {
        #expect(memberships(sentence) == [expected])
    }

    @Test(arguments: [
        ("Uzbekistan suspended its membership in the CSTO in 2012.", "UZB suspended CSTO"),
        ("Armenia halted its participation in the CSTO.", "ARM suspended CSTO"),
        ("Armenia stopped participating in CSTO events.", "ARM suspended CSTO"),
        ("Armenia has frozen its participation in the CSTO.", "ARM froze CSTO"),
        ("Uzbekistan was granted observer status in the EAEU.", "UZB observer EAEU"),
        ("Uzbekistan was given the status of an observer at the EAEU.", "UZB observer EAEU"),
    ])
    func suspensionsFreezesAndObserverStatus(sentence: String, expected: String) {
        #expect(memberships(sentence) == [expected])
    }

    @Test(arguments: [
        "Azerbaijan has no plans to join the EAEU.",
        "Kazakhstan did not leave the CSTO.",
        "Armenia is not going to leave the CSTO.",
        "Kazakhstan has no intention of leaving the EAEU.",
        "The ministers discussed the interaction of Uzbekistan, which has the status of an observer state, with the Eurasian Economic Union.",
        "Belarus took part as an observer in the SCO summit.",
        "The delegates will leave the CIS summit early.",
        "After leaving the meeting of the CIS council, the minister flew home.",
        "Russia and Belarus are members of the CSTO and the EAEU.",
    ])
    func statesAndNegationsAreNotEvents(sentence: String) {
        #expect(memberships(sentence).isEmpty)
    }

    @Test func aCoordinatedSubjectMayNameARepublicWithTheArticle() {
        #expect(memberships("Kazakhstan and the Kyrgyz Republic joined the EAEU.") == ["KAZ joined EAEU", "KGZ joined EAEU"])
    }

    @Test func aDatelineCityIsNotTheSubject() {
        #expect(memberships("MOSCOW, May 5 (Interfax) - Having joined the CSTO in 1994, the republic stayed loyal, Azerbaijan's minister recalled.") == ["AZE joined CSTO"])
        #expect(memberships("BISHKEK (AKIpress) - The treaty on the accession of the Kyrgyz Republic to the Eurasian Economic Union entered into force, making Kyrgyzstan a full member of the Russia-led bloc.")
            == ["KGZ joined EAEU"])
    }
}
