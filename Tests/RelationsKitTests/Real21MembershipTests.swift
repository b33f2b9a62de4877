import Testing
@testable import RelationsKit

/// Membership mechanisms of the fifteenth real-copy round (real21's and real25's misses and extras): the active past of an
/// admitting verb takes the countries after it as the ones admitted, not the nearest name before it; "becoming" with a
/// member noun states joining like "became"; a step talked or spoken about is weighed, and a speaker's "our country" does
/// not stop the search for the noun that weighs it; the admitting side's approval of an application is the admission, and an
/// application whose countries follow its "of" is their plan; a proposal for a step is a plan; a clause inverted after a
/// fronted "joining them" has the countries after its copula for subject and the last event's organisation; a speaker's "our
/// country" in a quotation is the speaker's, not the country named last; a step after a process noun is the country's whose
/// pronoun or "the country" starts the process, or, in a sentence that names no country, the one country its paragraph
/// names. Invented sentences only, each mechanism with near-misses.
@Suite("extraction: memberships, real21")
struct Real21MembershipTests: WireCopyProbe {

    // MARK: The active past of an admitting verb: its objects are admitted

    @Test(arguments: [
        ("The summit, held in the Kazakh capital Astana on Thursday, admitted Belarus to the SCO as a full member.", Set(["BLR joined SCO"])),
        ("Meeting in Prague in 1999, the alliance admitted Poland, Hungary and the Czech Republic into NATO.",
         Set(["POL joined NATO", "HUN joined NATO", "CZE joined NATO"])),
        ("The heads of state gathered in Minsk accepted Uzbekistan as a full member of the EurAsEC in 2006.", Set(["UZB joined EurAsEC"])),
        ("Tajikistan said the SCO summit in Dushanbe admitted Iran to the organisation.", Set(["IRN joined SCO"])),
    ])
    func theObjectsOfAnActiveAdmissionJoin(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2024-07-10") == expected)
    }

    @Test(arguments: [
        // Confessing or acknowledging, not admitting a member.
        "The Kremlin admitted Georgia was right about the CIS.",
        "Russia accepted Armenia's proposal to hold the CSTO summit in Yerevan.",
        // A partner's role is no membership.
        "The bloc accepted Egypt and Iran as partner countries of BRICS.",
        // Negated.
        "The SCO did not admit Iran to the organisation in 2021.",
    ])
    func otherAdmittingWordsAreNoJoining(text: String) {
        #expect(memberships(text, date: "2024-07-10").isEmpty)
    }

    // MARK: "becoming" with a member noun states joining

    @Test(arguments: [
        ("In 2017 the SCO expanded, with India and Pakistan becoming full members of the organisation.", Set(["IND joined SCO", "PAK joined SCO"])),
        ("The union grew in 2015, with Armenia and Kyrgyzstan becoming full members of the EAEU.", Set(["ARM joined EAEU", "KGZ joined EAEU"])),
        ("The Shanghai Cooperation Organisation was set up in 2001, and in 2023 it grew again, with Iran becoming a full member.", Set(["IRN joined SCO"])),
    ])
    func becomingAMemberJoins(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2024-07-10") == expected)
    }

    @Test(arguments: [
        "Uzbekistan is considering becoming an observer of the EAEU.",
        "Georgia is not becoming a member of the CSTO.",
        "Egypt's prospects of becoming a member of BRICS were discussed.",
        "Minsk rejected the idea of becoming a member of NATO.",
    ])
    func becomingWeighedOrDeniedIsNoJoining(text: String) {
        #expect(memberships(text, date: "2024-07-10").isEmpty)
    }

    // MARK: A step talked or spoken about is weighed

    @Test(arguments: [
        "Mongolia values the SCO. It is too early to talk about the republic becoming a full member of the organisation.",
        "Serbia is interested in BRICS, but it is premature to talk about our country becoming a full-fledged member of BRICS, the minister said.",
        "Nobody in Chisinau is speaking of Moldova's withdrawal from the CIS, the speaker said.",
        "Some deputies want to put forward the issue of our country's withdrawal from the CSTO, the Armenian President said.",
    ])
    func aStepTalkedAboutIsWeighed(text: String) {
        #expect(memberships(text, date: "2024-07-10").isEmpty)
    }

    @Test func talksOnAccessionStayAPlan() {
        let found = memberships("Serbia began accession talks with the European Union in 2014.", date: "2015-04-01")
        #expect(found == ["SRB plans_to_join EU"], "\(found)")
    }

    // MARK: An application approved by the admitting side is the admission

    @Test(arguments: [
        ("The heads of the SCO member states approved the applications of India and Pakistan for full SCO membership at the summit.",
         Set(["IND joined SCO", "PAK joined SCO", "IND plans_to_join SCO", "PAK plans_to_join SCO"])),
        ("The SCO leaders approved Iran's application for membership in the organisation.", Set(["IRN joined SCO", "IRN plans_to_join SCO"])),
        ("In Kazan the leaders approved the request of Belarus for accession to the EAEU.", Set(["BLR joined EAEU", "BLR plans_to_join EAEU"])),
        // Granted, owned before a "membership" modifier, or in the passive.
        ("The SCO summit granted Iran's application for membership.", Set(["IRN joined SCO", "IRN plans_to_join SCO"])),
        ("The applications of India and Pakistan for membership were approved at the Astana summit of the SCO.",
         Set(["IND joined SCO", "PAK joined SCO", "IND plans_to_join SCO", "PAK plans_to_join SCO"])),
        ("Iran's request for membership in the SCO has been granted.", Set(["IRN joined SCO", "IRN plans_to_join SCO"])),
    ])
    func anApprovedApplicationIsTheAdmission(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2024-07-10") == expected)
    }

    @Test(arguments: [
        // Backed, weighed or still to be approved: the application only.
        ("Moscow supported the request of Uzbekistan for accession to the EAEU.", Set(["UZB plans_to_join EAEU"])),
        ("The council is expected to approve the bid of Azerbaijan for full membership in the SCO next year.", Set(["AZE plans_to_join SCO"])),
        ("The applications of Egypt and Ethiopia for membership in BRICS were submitted in June.", Set(["EGY plans_to_join BRICS", "ETH plans_to_join BRICS"])),
        ("Russia supported Belarus's membership application to the SCO.", Set(["BLR plans_to_join SCO"])),
        // "Membership application" approved stays a step approved (pinned by the real5 round in Real7MembershipTests).
        ("The SCO council approved Belarus's membership application.", Set(["BLR plans_to_join SCO"])),
        // A request for something else.
        ("The CSTO approved the request of Armenia for military aid.", Set<String>()),
        ("Iran's request for a visa regime was approved by the SCO.", Set<String>()),
        ("The leaders will consider the application of Georgia for membership in the CSTO.", Set<String>()),
    ])
    func anApplicationNotApprovedIsAPlanAtMost(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2024-07-10") == expected)
    }

    // MARK: A proposal for a step is a plan

    @Test(arguments: [
        "Georgia's president spoke in Tbilisi. He asked the cabinet to draw up proposals for the termination of Georgia's participation in the statutory bodies of the CIS.",
        "The minister drafted a proposal for Georgia's withdrawal from the CIS.",
    ])
    func aProposalForAStepIsAPlan(text: String) {
        #expect(memberships(text, date: "2008-05-10") == ["GEO plans_to_leave CIS"])
    }

    // MARK: "Also joining them will be ...": an inverted clause after a fronted gerund

    @Test(arguments: [
        ("Egypt and Ethiopia will join BRICS in January. Also joining them will be Argentina, Iran and Saudi Arabia.",
         Set(["EGY plans_to_join BRICS", "ETH plans_to_join BRICS", "ARG plans_to_join BRICS", "IRN plans_to_join BRICS", "SAU plans_to_join BRICS"])),
        ("Egypt and Ethiopia joined BRICS in January. Also joining them were Iran and the United Arab Emirates.",
         Set(["EGY joined BRICS", "ETH joined BRICS", "IRN joined BRICS", "ARE joined BRICS"])),
    ])
    func theCountriesAfterTheCopulaJoin(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2024-01-10") == expected)
    }

    @Test(arguments: [
        // A meeting's participants, not countries right after the copula.
        ("Egypt and Ethiopia will join BRICS in January. Joining them at the summit were the leaders of Brazil and India.",
         Set(["EGY plans_to_join BRICS", "ETH plans_to_join BRICS"])),
        // Not inverted: countries joined in talks.
        ("Armenia joined the CSTO in 1992. Kazakhstan and Belarus joined them in talks on trade.", Set(["ARM joined CSTO"])),
    ])
    func otherClausesJoiningThemJoinNothing(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2024-01-10") == expected)
    }

    // MARK: A speaker's "our country" in a quotation

    @Test(arguments: [
        ("Armenian Prime Minister Nikol Pashinyan spoke to reporters. \"Relations with Russia are tense, and our country will leave the CSTO,\" he said.",
         Set(["ARM plans_to_leave CSTO"])),
        ("\"Ties with Belarus matter, and our country will join the EAEU,\" Uzbek President Shavkat Mirziyoyev said.", Set(["UZB plans_to_join EAEU"])),
        // Outside a quotation "our country" is the outlet's, the country the text names.
        ("Uzbekistan withdrew from the Collective Security Treaty in 1999. In 2005 our country also left the GUUAM group.", Set(["UZB left CST", "UZB left GUAM"])),
    ])
    func ourCountryInAQuotationIsTheSpeakers(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2006-03-10") == expected)
    }

    @Test func ourCountryWithNoSpeakerNamedIsNoOne() {
        let text = "\"Relations with Russia are tense, and our country will leave the CSTO,\" a spokesman said."
        #expect(memberships(text, date: "2024-03-10").isEmpty)
    }

    // MARK: A process towards an ownerless step

    @Test(arguments: [
        ("Belarus has been an observer of the SCO since 2015. In 2022 the country began the procedure for joining the organisation.",
         Set(["BLR observer SCO", "BLR plans_to_join SCO"])),
        ("Iran is an observer of the SCO. In 2021 it launched the process of accession to the organisation.", Set(["IRN plans_to_join SCO"])),
        ("Belarus has been an observer of the SCO since 2015. In Samarkand, a decision was signed to begin the procedure for joining the organisation.",
         Set(["BLR observer SCO", "BLR plans_to_join SCO"])),
        ("Azerbaijan has been a dialogue partner of the SCO since 2016. In 2025 the summit launched the process of accession to the organisation.",
         Set(["AZE plans_to_join SCO"])),
    ])
    func aProcessTowardsAnOwnerlessStepIsTheCountrys(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2025-09-10") == expected)
    }

    @Test(arguments: [
        // Weighed, started by no country, or the paragraph names two.
        ("Belarus has been an observer of the SCO since 2015. In Samarkand, the leaders discussed the procedure for joining the organisation.",
         Set(["BLR observer SCO"])),
        ("Belarus has been an observer of the SCO since 2015. In 2022 the leaders began the procedure for joining the WTO.", Set(["BLR observer SCO"])),
        ("Mongolia and Laos have been observers of the SCO since 2016. A decision was signed to begin the procedure for joining the organisation.",
         Set(["MNG observer SCO", "LAO observer SCO"])),
    ])
    func otherProcessesNameNoOwner(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2025-09-10") == expected)
    }
}
