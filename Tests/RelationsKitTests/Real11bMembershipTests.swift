import Testing
@testable import RelationsKit

/// Membership mechanisms of the real11 memberships round: an observer status only asked for or intended is not granted;
/// partners joining are no members; a reception into an organisation is an admission, and companions that open the clause
/// ("Along with A and B, ...") act with its subject; leaving one of an organisation's documents (not a founding one) is not
/// leaving it. Invented sentences, each mechanism with a negative case.
@Suite("extraction: memberships, real11b")
struct Real11bMembershipTests: WireCopyProbe {

    // MARK: An observer status asked for or intended is not granted

    @Test(arguments: [
        "Officials said Laos and Nepal had submitted requests to obtain observer status in the SCO.",
        "Mongolia applied to receive observer status in the EAEU last year.",
        "Uzbekistan asked to be granted observer status in the EAEU.",
        "Serbia wants to get observer status in the CSTO.",
        "Cuba has requested observer status in the EAEU.",
    ])
    func askedForObserverStatusIsNoGrant(text: String) {
        #expect(!memberships(text).contains { $0.contains("observer") })
    }

    @Test(arguments: [
        ("Uzbekistan was granted observer status in the EAEU in December 2020.", "UZB observer EAEU"),
        ("Moldova obtained observer status in the EAEU in 2018.", "MDA observer EAEU"),
    ])
    func grantedObserverStatusStays(text: String, expected: String) {
        #expect(memberships(text).contains(expected))
    }

    // MARK: Partners joining are no members

    @Test(arguments: [
        "In 2022 six new dialogue partners joined the SCO, among them Egypt and Qatar.",
        "Last year the new partner countries, Bolivia and Cuba, officially joined BRICS.",
        "Two partner states, Egypt and Qatar, were admitted to the SCO.",
    ])
    func partnersJoiningAreNoMembers(text: String) {
        #expect(!memberships(text).contains { $0.contains("joined") })
    }

    @Test func aStateJoiningStaysAMember() {
        #expect(memberships("In 2023 Iran joined the SCO as a full member.").contains("IRN joined SCO"))
    }

    // MARK: Reception into an organisation; companions opening the clause

    @Test(arguments: [
        ("Along with Bulgaria and Romania, Estonia was welcomed into NATO in 2004.", Set(["BGR joined NATO", "ROU joined NATO", "EST joined NATO"])),
        ("Together with Armenia, Kyrgyzstan was admitted into the EAEU.", Set(["ARM joined EAEU", "KGZ joined EAEU"])),
        ("Alongside Slovakia and Slovenia, Latvia was inducted into NATO.", Set(["SVK joined NATO", "SVN joined NATO", "LVA joined NATO"])),
    ])
    func frontedCompanionsJoinToo(text: String, expected: Set<String>) {
        #expect(memberships(text) == expected)
    }

    @Test func frontedCompanionsOfNoEventActNot() {
        #expect(memberships("Along with Bulgaria, Estonia was welcomed into the conference hall.").isEmpty)
    }

    // MARK: Leaving one of an organisation's documents is not leaving it

    @Test(arguments: [
        "The parliament backed Ukraine's withdrawal from the agreement on the Interparliamentary Assembly of the CIS member states.",
        "Kyiv withdrew from the convention on legal assistance adopted within the CIS.",
        "Georgia pulled out of another protocol signed within the Commonwealth of Independent States.",
        "Last week Kyiv approved its withdrawal from the CIS Convention on mutual legal aid.",
    ])
    func leavingAnOrdinaryDocumentIsNotLeaving(text: String) {
        #expect(!memberships(text).contains { $0.contains("CIS") })
    }

    @Test(arguments: [
        ("Georgia withdrew from the Agreement on the Establishment of the CIS in 2009.", "GEO left CIS"),
        ("Georgia withdrew from the CIS in 2009.", "GEO left CIS"),
    ])
    func leavingTheOrganisationOrItsFoundingDocumentStays(text: String, expected: String) {
        #expect(memberships(text).contains(expected))
    }
}
