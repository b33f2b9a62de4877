import Testing
@testable import RelationsKit

/// Membership mechanisms of the eleventh real-copy round (real8's misses and extras, then real9's): "his country" is the
/// country of the leader it takes up; names ranked in a group ("are among seven countries joining") act; "they" with an
/// adverb before the verb and a venue's capital name no subject; deciding, declaring and approaching a step are plans, and so
/// is a completion still ahead; an organisation's age, and a generic noun in apposition with its name, lead to it; an object
/// whose name the reference does not know is another organisation; a generic plural "free to" join names no country; an
/// accession document approved by the state's own organs is a plan, a decision on an admission enacted in the passive the
/// joining; a decision that "can only be made" is still ahead; a simple copula and "official" before a status held since a
/// date; ceasing participation in an organisation's bodies; a full participant is a member; "their respective countries"
/// are those of the persons named before; a preposition ends a compound the organisation's name modifies. Invented
/// sentences, each mechanism with a negative case.
@Suite("extraction: memberships, real11")
struct Real11MembershipTests: WireCopyProbe {

    // MARK: "his country" is the country of the leader it takes up

    @Test(arguments: [
        ("Armenian Prime Minister Nikol Pashinyan said his country would leave the CSTO.", Set(["ARM plans_to_leave CSTO"])),
        ("Georgian leader Eduard Shevardnadze, his ties with Moscow strained, said his country had decided to join the CIS.", Set(["GEO plans_to_join CIS"])),
        ("Moldova's president spoke in Chisinau, criticising Russia and announcing her country's withdrawal from the CIS.", Set(["MDA plans_to_leave CIS"])),
    ])
    func hisCountryIsTheLeadersCountry(text: String, expected: Set<String>) {
        #expect(memberships(text) == expected)
    }

    @Test(arguments: [
        "He said his country would leave the CIS.",
        "Talks with Moscow ended, and his country left the CIS.",
    ])
    func hisCountryWithNoLeaderNamesNoOne(text: String) {
        #expect(memberships(text).isEmpty)
    }

    // MARK: Names ranked in a group act

    @Test(arguments: [
        ("Estonia, Latvia and Lithuania are among seven countries formally joining NATO on Monday.", Set(["EST joined NATO", "LVA joined NATO", "LTU joined NATO"])),
        ("Armenia is one of the states that joined the EAEU in 2015.", Set(["ARM joined EAEU"])),
    ])
    func namesRankedInAGroupAct(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2024-04-01") == expected)
    }

    @Test func aGroupWithNoNamesNamesNoOne() {
        #expect(memberships("Seven countries are formally joining NATO on Monday.", date: "2004-03-26").isEmpty)
    }

    // MARK: "their respective countries" are those of the persons named before

    @Test func theirRespectiveCountriesAreThePersons() {
        let text = "Kazakh President Nursultan Nazarbayev and Armenian Prime Minister Nikol Pashinyan said that their respective countries will not prolong their participation in the CSTO."
        #expect(memberships(text) == ["KAZ plans_to_leave CSTO", "ARM plans_to_leave CSTO"])
    }

    @Test func theirCountriesWithNoNamesNameNoOne() {
        #expect(memberships("The ministers said that their countries will not prolong their participation in the Collective Security Treaty.").isEmpty)
    }

    // MARK: A preposition ends the compound an organisation's name may modify

    @Test(arguments: [
        ("Uzbekistan left GUUAM during a summit.", "UZB left GUAM"),
        ("Uzbekistan announced its intention to formally leave GUUAM during a summit last month.", "UZB plans_to_leave GUAM"),
    ])
    func aPrepositionEndsTheCompound(text: String, expected: String) {
        #expect(memberships(text) == [expected])
    }

    @Test func aHeadNounAfterTheNameIsTheObject() {
        #expect(memberships("Kazakhstan joined the CSTO foreign ministers for a meeting.").isEmpty)
    }

    // MARK: "they" over an adverb, and a venue's capital, name no subject

    @Test(arguments: [
        "The ceremony in Washington on Monday marked the first time that they have formally joined NATO.",
        "Their acceptance at a ceremony in Washington marks the first time that they have freely joined NATO.",
    ])
    func theyAndAVenueNameNoSubject(text: String) {
        #expect(memberships(text, date: "2004-04-01").isEmpty)
    }

    @Test func theyTakesUpTheSentencesSubject() {
        #expect(memberships("Estonia and Latvia said that they have formally joined NATO.", date: "2004-04-01") == ["EST joined NATO", "LVA joined NATO"])
    }

    // MARK: Deciding, declaring and approaching a step are plans

    @Test(arguments: [
        ("Georgia was the last country to decide joining the CIS in 1993.", "GEO plans_to_join CIS"),
        ("The president of Georgia spoke in Tbilisi, declaring his country's withdrawal from the CIS.", "GEO plans_to_leave CIS"),
        ("Iran moved one step closer to becoming a full member of the SCO.", "IRN plans_to_join SCO"),
        ("Belarus came closer to joining the SCO.", "BLR plans_to_join SCO"),
        ("Serbia is now nearer to its accession to the EU.", "SRB plans_to_join EU"),
    ])
    func decidedDeclaredOrApproachedIsAPlan(text: String, expected: String) {
        #expect(memberships(text) == [expected])
    }

    @Test func aStepTakenStaysDone() {
        #expect(memberships("Georgia joined the CIS in 1993, and Iran became a full member of the SCO in 2023.") == ["GEO joined CIS", "IRN joined SCO"])
    }

    // MARK: A completion still ahead is a plan

    @Test(arguments: [
        "Iran is to complete its accession to the SCO in July.",
        "Iran will finalise its accession to the SCO in July.",
    ])
    func aCompletionAheadIsAPlan(text: String) {
        #expect(memberships(text) == ["IRN plans_to_join SCO"])
    }

    @Test func aRankedCompletionIsDone() {
        #expect(memberships("Georgia was the first country to complete its withdrawal from the CIS.") == ["GEO left CIS"])
    }

    // MARK: An organisation's age, and a generic noun in apposition, lead to it

    @Test(arguments: [
        ("Turkmenistan is preparing to leave the 15-year-old CIS.", "TKM plans_to_leave CIS"),
        ("Turkmenistan is preparing to leave the 15 year old CIS.", "TKM plans_to_leave CIS"),
        ("Uzbekistan's foreign minister confirmed the country's decision to withdraw from the regional organization GUUAM.", "UZB plans_to_leave GUAM"),
        ("Armenia plans to withdraw from the military bloc CSTO.", "ARM plans_to_leave CSTO"),
    ])
    func theOrganisationBehindAnAgeOrANoun(text: String, expected: String) {
        #expect(memberships(text) == [expected])
    }

    @Test func anAgedProjectIsNoOrganisation() {
        #expect(memberships("Turkmenistan is preparing to leave the 15-year-old pipeline project.").isEmpty)
    }

    // MARK: A name the reference does not know is another organisation

    @Test(arguments: [
        "Uzbekistan became an observer in the EAEU. The process of joining the World Trade Organization has been resumed.",
        "Uzbekistan became an observer in the EAEU. In 1998 it joined the Energy Charter Treaty.",
    ])
    func anUnknownNameIsAnotherOrganisation(text: String) {
        #expect(memberships(text) == ["UZB observer EAEU"])
    }

    @Test func aKnownNameStays() {
        #expect(memberships("Kyrgyzstan joined the Eurasian Economic Union in 2015.") == ["KGZ joined EAEU"])
    }

    // MARK: A generic plural free to join names no country

    @Test(arguments: [
        "Russian President Vladimir Putin said that sovereign nations are free to join NATO.",
        "New members will be able to leave the CSTO, Russian President Vladimir Putin said.",
    ])
    func aGenericPluralFreeToJoinNamesNoOne(text: String) {
        #expect(memberships(text).isEmpty)
    }

    // MARK: Decisions and documents on an accession

    @Test(arguments: [
        ("The document on Armenia's accession to the EU was approved by the country's government.", "ARM plans_to_join EU"),
        ("A decision on the accession of Azerbaijan to the CIS was adopted by the parliament.", "AZE plans_to_join CIS"),
        ("At the meeting of the CIS Council of Heads of State, a decision was adopted on the accession of Azerbaijan to the CIS.", "AZE joined CIS"),
        ("At the summit, the decision on Iran's accession to the SCO was signed by the leaders.", "IRN joined SCO"),
    ])
    func whoseActOnTheAccession(text: String, expected: String) {
        #expect(memberships(text) == [expected])
    }

    @Test func aDecisionThatCanOnlyBeMadeIsAhead() {
        #expect(memberships("The prime minister said the decision on Armenia's accession to the EU can only be made by a referendum.").isEmpty)
    }

    // MARK: Statuses and participation

    @Test(arguments: [
        ("Georgia was an official member of the CIS since 1994.", "GEO joined CIS"),
        ("In 2006 Uzbekistan became a full participant in the CSTO.", "UZB joined CSTO"),
        ("Ukraine will cease participation in the coordinating bodies of the CIS.", "UKR plans_to_leave CIS"),
        ("Ukraine ceased its participation in the statutory bodies of the CIS in 2018.", "UKR left CIS"),
    ])
    func statusesAndParticipation(text: String, expected: String) {
        #expect(memberships(text, date: "2019-01-10") == [expected])
    }

    @Test(arguments: [
        "Georgia was an official member of the CIS.",
        "Uzbekistan became a participant in the CSTO summit.",
    ])
    func aStatusWithoutADateOrAMeetingIsNone(text: String) {
        #expect(memberships(text, date: "2019-01-10").isEmpty)
    }
}
