import Testing
@testable import RelationsKit

/// Membership wording of the real61–64 round, read as classes. Invented sentences only, with near-misses that must not
/// change.
///
/// "abandon" leaves an organisation or treaty it takes as its object, in every form: "their intention to abandon the
/// treaty" is a plan to leave, "abandoned the CSTO" the exit.
///
/// The SCO's memorandum of obligations (or of commitment) is an accession step: signing it is a plan to join.
///
/// The state of a town a preposition of place names ("at the summit in Samarkand, Uzbekistan") is a venue, not the subject
/// a pronoun leaves open.
@Suite("extraction: memberships, real64")
struct Real64MembershipTests: WireCopyProbe {

    @Test(arguments: [
        ("Tbilisi and Baku had been signalling since February their intention to abandon the Collective Security Treaty.", ["GEO plans_to_leave CST", "AZE plans_to_leave CST"]),
        ("Georgia abandoned the CSTO in 1999.", ["GEO left CSTO"]),
        ("Moldova plans to abandon the CIS, the speaker said.", ["MDA plans_to_leave CIS"]),
    ])
    func abandoningLeaves(text: String, expected: [String]) {
        #expect(memberships(text, date: "1999-05-14") == Set(expected))
    }

    @Test(arguments: [
        // Abandoning a plan, a talk or a project is no exit.
        "The government decided to abandon plans to join the EAEU.",
        "Armenia abandoned the talks on the CSTO mission.",
    ])
    func abandoningSomethingElseIsNoExit(text: String) {
        #expect(!memberships(text, date: "2015-05-14").contains(where: { $0.contains(" left ") || $0.contains("plans_to_leave") }))
    }

    @Test(arguments: [
        ("Iran signed a memorandum of commitment to the SCO in September 2022.", "IRN plans_to_join SCO"),
        ("Belarus signed the memorandum of obligations for SCO membership in 2023.", "BLR plans_to_join SCO"),
        ("In Samarkand, Iran signed the memorandum on obligations for membership in the SCO.", "IRN plans_to_join SCO"),
    ])
    func aMemorandumOfObligationsIsAStepToJoin(text: String, expected: String) {
        #expect(memberships(text, date: "2023-07-05") == [expected])
    }

    @Test func aMemorandumOnAnotherMatterIsNoStep() {
        #expect(memberships("The ministers signed a memorandum of understanding on trade between Russia and Iran.", date: "2023-07-05") == [])
    }

    @Test(arguments: [
        "Iran was granted observer status in the SCO in 2005. It signed the memorandum of obligations at last year's summit in Samarkand, Uzbekistan, in September 2022.",
        "Iran was granted observer status in the SCO in 2005. It signed an application for membership in Samarkand, Uzbekistan.",
    ])
    func aTownsStateIsAVenue(text: String) {
        let found = memberships(text, date: "2023-07-05")
        #expect(found.contains("IRN plans_to_join SCO"))
        #expect(!found.contains("UZB plans_to_join SCO"))
    }
}
