import Testing
@testable import RelationsKit

/// Membership mechanisms found by classifying the misses and extras of real4 (real wire copy): an organisation's name
/// right before another organisation's name qualifies it, and the event is the second one's. Invented sentences, with
/// cases that must keep the first organisation.
@Suite("extraction: memberships, real4")
struct Real4MembershipTests: WireCopyProbe {

    // MARK: A name before another organisation's name qualifies it

    @Test(arguments: [
        ("Kazakhstan withdrew from the CIS Collective Security Treaty in 1999.", "KAZ left CST"),
        ("In early 1999 Azerbaijan left the CIS Collective Security Treaty, as did Georgia.", "AZE left CST"),
        ("Tashkent pulled out of the CIS Collective Security Treaty when it expired.", "UZB left CST"),
    ])
    func aNameBeforeAnotherOrganisationQualifiesIt(text: String, expected: String) {
        let found = memberships(text, date: "2001-07-16")
        #expect(found.contains(expected), "\(expected) in \(found)")
        #expect(!found.contains(where: { $0.hasSuffix(" CIS") }), "\(found)")
    }

    @Test(arguments: [
        ("Georgia left the CIS in 2009.", "GEO left CIS"),
        ("Georgia withdrew from the CIS and the Collective Security Treaty.", "GEO left CIS"),
        ("Uzbekistan withdrew from the CIS Collective Security Treaty in 1999.", "UZB left CST"),
    ])
    func anOrganisationStandingAloneIsStillTheObject(text: String, expected: String) {
        let found = memberships(text, date: "2010-01-01")
        #expect(found.contains(expected), "\(expected) in \(found)")
    }
}
