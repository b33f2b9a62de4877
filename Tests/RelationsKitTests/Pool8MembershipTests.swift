import Testing
@testable import RelationsKit

/// Mechanisms of the pool8 precision audit in memberships (group 2: a hypothetical or expected accession read as joined):
/// a present or present-perfect step in a clause of time ("when X becomes a member") is a time still ahead, no event; a
/// step that a decision still to be taken is on ("the decision on accession should be made by a referendum") is open; an
/// infinitive whose own subject after "for" is any country ("a step for an observer country to become a member") names no
/// country of the text's; accession documents or a decision still to be signed or adopted ("is expected to sign a memorandum
/// on accession") are a plan, whatever the document; an organisation before "membership" ("applied for EU membership") is its
/// object; a base form after a verb of perceiving ("2017 saw India and Pakistan join") is the event in that verb's tense; a
/// plan first read from another party's act on the country takes the country's own act as its evidence. Invented sentences, each mechanism with negative cases.
@Suite("extraction: pool8 audit, memberships")
struct Pool8MembershipTests: WireCopyProbe {

    // MARK: A clause of time still ahead

    @Test(arguments: [
        "The minister said the region would be more stable when Moldova becomes a member of the European Union.",
        "Once Ukraine joins the European Union, its farmers will face new rules, the commissioner said.",
        "Trade barriers will remain until Moldova has left the Commonwealth of Independent States, the deputy said.",
        "Tajikistan says that when it joins the Eurasian Economic Union, prices will fall.",
        "As soon as Armenia joins the Eurasian Economic Union, customs posts on the border will close.",
        "The alliance will grow stronger after Finland joins NATO, the envoy argued.",
    ])
    func aClauseOfTimeAheadIsNoEvent(text: String) {
        let found = memberships(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test(arguments: [
        ("When Georgia joined the CIS in 1993, the war in Abkhazia was still raging.", "GEO joined CIS"),
        ("Georgia left the CIS in 2009, when its war with Russia ended.", "GEO left CIS"),
        ("Armenia became a member of the Eurasian Economic Union after long talks.", "ARM joined EAEU"),
    ])
    func aPastClauseOfTimeOrAMainClauseStays(text: String, expected: String) {
        let found = memberships(text, date: "2015-08-10")
        #expect(found.contains(expected), "\(found)")
    }

    // MARK: A decision still to be taken

    @Test(arguments: [
        "The prime minister said the decision on the country's accession to the European Union should be made by a referendum. Armenia has a long way to go.",
        "A decision on Armenia's joining the European Union will be taken by voters, the speaker said.",
        "The decision on Moldova's withdrawal from the CIS has yet to be made, the deputy said.",
        "The final decision on Serbia's accession to the Eurasian Economic Union is to be taken next year.",
    ])
    func aDecisionStillAheadIsNoEvent(text: String) {
        let found = memberships(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test(arguments: [
        ("The leaders signed a decision on Uzbekistan's accession to the Eurasian Economic Union.", "UZB joined EAEU"),
        ("The leaders took the decision on Kyrgyzstan's accession to the Eurasian Economic Union in May.", "KGZ joined EAEU"),
    ])
    func aDecisionTakenStays(text: String, expected: String) {
        let found = memberships(text)
        #expect(found.contains(expected), "\(found)")
    }

    // MARK: A generic subject of the infinitive after "for"

    @Test(arguments: [
        "On Monday Serbia is due to hold talks with the SCO on a road map, a necessary step for an observer country to become an SCO member.",
        "Moldova hosted a seminar on the criteria for a candidate state to join the European Union.",
        "Uzbekistan and Kazakhstan discussed the rules for new members to join the Eurasian Economic Union.",
    ])
    func aGenericInfinitiveSubjectNamesNoCountry(text: String) {
        let found = memberships(text)
        #expect(!found.contains { $0.hasPrefix("SRB joined") || $0.hasPrefix("MDA") || $0.hasPrefix("UZB") || $0.hasPrefix("KAZ") }, "\(found)")
    }

    @Test(arguments: [
        ("The summit cleared the way for Belarus to become a member of the SCO next year.", "BLR"),
        ("It was a necessary step for Belarus to become a full member of the SCO.", "BLR"),
        ("Moldova applied for membership of the European Union in 2022, a step for a candidate country to take before it joins.", "MDA plans_to_join"),
    ])
    func aNamedInfinitiveSubjectStays(text: String, country: String) {
        let found = memberships(text)
        #expect(found.contains { $0.hasPrefix(country) }, "\(found)")
    }

    // MARK: Accession documents still to be signed or adopted

    @Test(arguments: [
        ("On Friday, Serbia is expected to sign a memorandum on accession to the SCO.", "SRB plans_to_join SCO"),
        ("Mongolia will formally sign the protocol on its accession to the Eurasian Economic Union next week.", "MNG plans_to_join EAEU"),
        ("The leaders are due to adopt a decision on Uzbekistan's accession to the Eurasian Economic Union at the summit.", "UZB plans_to_join EAEU"),
    ])
    func documentsStillToBeSignedAreAPlan(text: String, expected: String) {
        let found = memberships(text)
        #expect(found == [expected], "\(found)")
    }

    @Test func documentsSignedAreTheAccession() {
        let found = memberships("The presidents signed the documents on Kyrgyzstan's accession to the Eurasian Economic Union.")
        #expect(found == ["KGZ joined EAEU"], "\(found)")
    }

    // MARK: The organisation as the modifier of "membership"

    @Test(arguments: [
        ("Moldova formally applied for EU membership in March 2022, a week after Ukraine.", "MDA plans_to_join EU"),
        ("Georgia has long sought NATO membership, the minister said.", "GEO plans_to_join NATO"),
        ("Iran was granted full SCO membership at the summit in July.", "IRN joined SCO"),
        ("Belarus gained full SCO membership in 2024.", "BLR joined SCO"),
    ])
    func anOrganisationBeforeMembershipIsItsObject(text: String, expected: String) {
        let found = memberships(text)
        #expect(found == [expected], "\(found)")
    }

    @Test(arguments: [
        "Armenia does not seek NATO membership, the prime minister said.",
        "Ukraine applied for EU membership talks to open.",
        "Serbia is considering applying for EU membership.",
    ])
    func anOrganisationBeforeMembershipKeepsTheOtherChecks(text: String) {
        let found = memberships(text)
        #expect(found.isEmpty, "\(found)")
    }

    // MARK: A base form after a verb of perceiving

    @Test(arguments: [
        ("The Eurasian Economic Union was launched in 2015, and the same year saw Armenia and Kyrgyzstan join.", ["ARM joined EAEU", "KGZ joined EAEU"]),
        ("The year 2009 saw Georgia leave the CIS after the war.", ["GEO left CIS"]),
        ("The summit will see Uzbekistan join the Eurasian Economic Union.", ["UZB plans_to_join EAEU"]),
    ])
    func aPerceivedStepTakesTheVerbsTense(text: String, expected: [String]) {
        let found = memberships(text)
        #expect(found == Set(expected), "\(found)")
    }

    @Test func seeingAsIsNoStep() {
        let found = memberships("Analysts saw Moldova and Georgia as future members of the EU.")
        #expect(found.isEmpty, "\(found)")
    }

    // MARK: A plan rests on the country's own act

    @Test(arguments: [
        ("The decision to admit Iran as a full member of the SCO was declared at the summit in Dushanbe. ", "The country applied for full membership in 2008."),
        ("Russia asked the SCO to grant Serbia full membership. ", "Serbia applied for full membership in 2019."),
    ])
    func aPlanTakesTheCountrysOwnActAsEvidence(first: String, own: String) {
        let plan = facts(first + own).memberships.first { $0.action == "plans_to_join" }
        #expect(plan?.start == first.unicodeScalars.count, "\(String(describing: plan))")
    }

    @Test func anotherPartysActAloneStaysTheEvidence() {
        let plans = facts("Russia asked the SCO to grant Serbia full membership at the summit in Astana.").memberships
        #expect(plans.map(\.action) == ["plans_to_join"] && plans.first?.start == 0, "\(plans)")
    }
}
