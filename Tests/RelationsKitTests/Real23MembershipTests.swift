import Testing
@testable import RelationsKit

/// Membership mechanisms found by sorting the misses and extras of the real21 to real28 development sets into causes
/// (round r16): an organisation's membership history told as background, in the ways an encyclopaedic paragraph tells it
/// (the organisation grown "to include" its newcomers, their "inclusion" or "addition", the founders "joined by" them).
/// Invented sentences only, other countries and years than the development items, with near-misses that must not fire.
@Suite("extraction: memberships, r16 round")
struct Real23MembershipTests: WireCopyProbe {

    // MARK: An organisation's growth told as its history

    @Test(arguments: [
        ("The SCO was set up in 2001 by six states. The bloc later expanded to include India and Pakistan in 2017 and Iran in 2023.",
         ["IND joined SCO", "PAK joined SCO", "IRN joined SCO"]),
        ("Launched by Russia, Belarus and Kazakhstan in 2015, the Eurasian Economic Union has since expanded to encompass Armenia and Kyrgyzstan.",
         ["ARM joined EAEU", "KGZ joined EAEU"]),
        ("The EAEU, launched by Russia, Belarus and Kazakhstan, was enlarged to take in Armenia and Kyrgyzstan.", ["ARM joined EAEU", "KGZ joined EAEU"]),
        ("Set up by Georgia, Ukraine, Azerbaijan and Moldova, GUAM briefly broadened its membership to include Uzbekistan in 1999.", ["UZB joined GUAM"]),
        ("The SCO has grown over the years through the accession of India and Pakistan in 2017 and Iran in 2023.",
         ["IND joined SCO", "PAK joined SCO", "IRN joined SCO"]),
        ("Started in 2006 with four economies, BRICS evolved into a wider club with the addition of South Africa in 2010 and other states such as Iran, Egypt and the United Arab Emirates (UAE) in later years.",
         ["ZAF joined BRICS", "IRN joined BRICS", "EGY joined BRICS", "ARE joined BRICS"]),
        ("NATO has expanded through the admission of Finland in 2023 and Sweden in 2024.", ["FIN joined NATO", "SWE joined NATO"]),
        ("The SCO, which has grown to include India and Pakistan, met in Astana.", ["IND joined SCO", "PAK joined SCO"]),
    ])
    func anOrganisationGrownToIncludeItsNewcomers(text: String, expected: [String]) {
        let found = memberships(text, date: "2024-09-10")
        for fact in expected { #expect(found.contains(fact), "\(fact) in \(found)") }
        #expect(!found.contains { $0.hasPrefix("RUS") || $0.hasPrefix("CHN") || $0.hasPrefix("BLR joined EAEU") }, "founders in \(found)")
    }

    @Test(arguments: [
        ("BRICS is a loose club. In 2024 its first members - Brazil, Russia, India and China - were joined by South Africa, Iran and the UAE.",
         ["ZAF joined BRICS", "IRN joined BRICS", "ARE joined BRICS"]),
        ("The SCO's six founders were subsequently joined in 2017 by India and Pakistan.", ["IND joined SCO", "PAK joined SCO"]),
        ("The BRICS group of Brazil, Russia, India, China and South Africa was joined this year by Egypt, Ethiopia and Iran.",
         ["EGY joined BRICS", "ETH joined BRICS", "IRN joined BRICS"]),
        ("The CSTO was formed in 2002. Its founding states were later joined by Uzbekistan in 2006.", ["UZB joined CSTO"]),
    ])
    func theFoundersJoinedByNewcomers(text: String, expected: [String]) {
        let found = memberships(text, date: "2024-09-10")
        for fact in expected { #expect(found.contains(fact), "\(fact) in \(found)") }
        #expect(!found.contains { $0.hasPrefix("RUS") || $0.hasPrefix("BRA") }, "founders in \(found)")
    }

    @Test(arguments: [
        // A prospect, weighed or expected growth.
        "BRICS could expand to include Kazakhstan and Belarus.",
        "BRICS is expected to grow to include Algeria and Belarus next year.",
        "BRICS leaders said the bloc would grow to include Indonesia.",
        // Negated.
        "BRICS has not expanded to include Kazakhstan.",
        // A status, no growth.
        "The EAEU currently includes five member states: Russia, Kazakhstan, Belarus, Kyrgyzstan, and Armenia.",
        // The name inside another subject.
        "Trade between Russia and the EU has grown to include Armenia and Georgia as transit routes.",
        "The EU's trade has grown to include Armenia.",
        // Joined in another role than a member's: an action, a meeting, an exercise.
        "Russia was joined by China in vetoing the resolution.",
        "The leaders of Russia and Belarus were joined by Kazakhstan at the talks.",
        "The CSTO members were joined by Serbia in the exercises.",
        "The SCO founding members were joined by Turkey at the summit as a dialogue partner.",
    ])
    func noGrowthNoNewcomers(text: String) {
        #expect(memberships(text, date: "2024-09-10").isEmpty)
    }

    // MARK: Observer status granted by the members, or received by a country, where the sentence names no organisation

    @Test(arguments: [
        ("The CSTO summit ended in Yerevan. They decided to grant Serbia observer status and accept Laos as a partner.", ["SRB observer CSTO"]),
        ("The EAEU summit closed in Minsk. The leaders agreed to give Mongolia the status of observer.", ["MNG observer EAEU"]),
        ("The EAEU summit closed in Minsk. The heads of state granted Cuba observer status.", ["CUB observer EAEU"]),
        ("The EAEU summit closed in Minsk. Uzbekistan received observer status in 2020.", ["UZB observer EAEU"]),
        ("The EAEU summit closed in Minsk. Moldova has already obtained observer status.", ["MDA observer EAEU"]),
    ])
    func observerStatusGrantedOrReceivedInTheTextsOrganisation(text: String, expected: [String]) {
        let found = memberships(text, date: "2024-09-10")
        for fact in expected { #expect(found.contains(fact), "\(fact) in \(found)") }
    }

    @Test(arguments: [
        // A stance or a proposal, not the grant.
        "The EAEU summit closed in Minsk. Russia supports granting Uzbekistan observer status.",
        "The EAEU summit closed in Minsk. Putin proposed to grant Uzbekistan observer status.",
        // A status still to come: the future, a schedule, an expectation.
        "The EAEU summit closed in Minsk. Mongolia will be granted observer status in the EAEU.",
        "The EAEU summit closed in Minsk. Mongolia is set to receive observer status.",
        "The EAEU summit closed in Minsk. Laos would also receive observer status next year.",
        "The EAEU summit closed in Minsk. Laos is expected to obtain observer status.",
        // A person receives no status.
        "The EAEU summit closed in Minsk. Putin received observer status.",
    ])
    func noGrantNoObserver(text: String) {
        #expect(memberships(text, date: "2024-09-10").isEmpty)
    }

    // MARK: The mood a step takes from the noun that governs it, and the plural present

    @Test(arguments: [
        // A time set for the step.
        ("\"We propose 1 July as the deadline for Uzbekistan's joining the Eurasian Economic Union,\" the minister said.", "UZB plans_to_join EAEU"),
        ("The two sides agreed on a timeline for Serbia's accession to the CSTO.", "SRB plans_to_join CSTO"),
        // A statement on the step, with its author and quotation marks between.
        ("The secretariat took note of \"the announcement by Moldovan President X\" regarding a withdrawal from the CIS.", "MDA plans_to_leave CIS"),
        ("Tajikistan issued a statement on its withdrawal from the CSTO.", "TJK plans_to_leave CSTO"),
        ("The ministry received a notice by Georgia's government about its exit from the CIS.", "GEO plans_to_leave CIS"),
    ])
    func theGoverningNounMakesTheStepAPlan(text: String, expected: String) {
        let found = memberships(text, date: "2024-09-10")
        #expect(found.contains(expected), "\(expected) in \(found)")
        #expect(!found.contains { $0.contains(" joined ") || $0.contains(" left ") }, "done in \(found)")
    }

    @Test(arguments: [
        ("Finland, Sweden officially join NATO", ["FIN joined NATO", "SWE joined NATO"]),
        ("ASTANA, 3 March 2015 - Belarus and Kazakhstan enter the Eurasian Economic Union.", ["BLR joined EAEU", "KAZ joined EAEU"]),
        ("Estonia, Latvia formally leave the CIS", ["EST left CIS", "LVA left CIS"]),
    ])
    func thePluralPresentAfterItsCountriesIsTheEvent(text: String, expected: [String]) {
        let found = memberships(text, date: "2024-09-10")
        for fact in expected { #expect(found.contains(fact), "\(fact) in \(found)") }
    }

    @Test(arguments: [
        "The leaders of Russia and Belarus join the SCO summit.",
        "Russia and China join forces in the SCO.",
        "Tajikistan joined forces with China in the SCO.",
        "Talks between Russia and Belarus join the agenda of the EAEU.",
    ])
    func noPluralSubjectNoEvent(text: String) {
        #expect(memberships(text, date: "2024-09-10").isEmpty)
    }

    // MARK: A call by others for the step, and membership made a goal before an infinitive of gaining it

    @Test(arguments: [
        "A motion calling for Georgia to leave the CIS was withdrawn on Tuesday.",
        "Opposition deputies tabled a petition calling for Armenia to quit the CSTO.",
        "The rally called for Kyrgyzstan to withdraw from the EAEU.",
    ])
    func aCallForTheStepIsNoPlanOfTheCountry(text: String) {
        #expect(memberships(text, date: "2024-09-10").isEmpty)
    }

    @Test(arguments: [
        ("The law cites the strategic course of the state to acquire full membership of Moldova in the European Union and NATO.",
         ["MDA plans_to_join EU", "MDA plans_to_join NATO"]),
        ("Georgia confirmed its goal to obtain membership in NATO.", ["GEO plans_to_join NATO"]),
    ])
    func membershipMadeAGoalBeforeAnInfinitiveOfGainingIt(text: String, expected: [String]) {
        let found = memberships(text, date: "2024-09-10")
        for fact in expected { #expect(found.contains(fact), "\(fact) in \(found)") }
    }

    @Test(arguments: [
        "The minister said membership of Moldova in the European Union would be hard to acquire.",
        "Georgia has no course to acquire membership in NATO.",
    ])
    func noGoalNoPlan(text: String) {
        #expect(memberships(text, date: "2024-09-10").isEmpty)
    }

    // MARK: A membership congratulated on is the joining it marks

    @Test(arguments: [
        ("Xi congratulated Belarus on its membership in the SCO.", ["BLR joined SCO"]),
        ("\"I would like to congratulate the Belarusian friends on their membership in the Shanghai Cooperation Organization,\" the envoy wrote.", ["BLR joined SCO"]),
        ("The minister congratulated Egypt and Ethiopia on their membership of BRICS.", ["EGY joined BRICS", "ETH joined BRICS"]),
    ])
    func aMembershipCongratulatedOnIsTheJoining(text: String, expected: [String]) {
        let found = memberships(text, date: "2024-09-10")
        for fact in expected { #expect(found.contains(fact), "\(fact) in \(found)") }
    }

    @Test(arguments: [
        "Xi congratulated Belarus on its 20 years of membership in the SCO.",
        "Xi discussed with Belarus its membership in the SCO.",
        "Xi congratulated Lukashenko on his birthday and praised Belarus for its membership in the SCO.",
    ])
    func noCongratulationOnTheMembershipNoEvent(text: String) {
        #expect(memberships(text, date: "2024-09-10").isEmpty)
    }
}
