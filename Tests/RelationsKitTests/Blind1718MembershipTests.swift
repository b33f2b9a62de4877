import Testing
@testable import RelationsKit

/// Membership mechanisms found on blind17 and blind18, each pinned by invented sentences in several phrasings with negative
/// cases.
@Suite("extraction: memberships, blind17 and blind18 mechanisms")
struct Blind1718MembershipTests: WireCopyProbe {

    // MARK: "did not" governs a base form: a past form coordinated after it is a predicate of its own

    @Test(arguments: [
        ("Kyrgyzstan, Tajikistan and Armenia did not ratify the protocol extending the Collective Security Treaty and left it in 1999.", "2012-05-05",
         ["KGZ left CST", "TJK left CST", "ARM left CST"]),
        ("In 1999 Tashkent did not sign the extension protocol and withdrew from the Collective Security Treaty.", "2012-05-05", ["UZB left CST"]),
        ("Moldova didn't renew the agreement and quit the Commonwealth of Independent States in 2024.", "2025-05-05", ["MDA left CIS"]),
    ])
    func aPastFormAfterDidNotIsItsOwnPredicate(text: String, date: String, expected: [String]) {
        #expect(memberships(text, date: date) == Set(expected))
    }

    @Test(arguments: [
        "Kyrgyzstan has not signed and ratified the Collective Security Treaty.",
        "Kyrgyzstan did not sign the protocol and leave the Collective Security Treaty.",
        "Kyrgyzstan never signed the protocol and left the Collective Security Treaty, officials insisted.",
    ])
    func aSharedNegationStays(text: String) {
        #expect(memberships(text, date: "2012-05-05").isEmpty)
    }

    // MARK: A coordinated predicate shares the sentence's pronoun subject, which takes up the one named before the companions

    @Test(arguments: [
        ("Kazakhstan is no newcomer to such moves. In 1999 it did not prolong the Collective Security Treaty and left it together with Armenia and Belarus.",
         ["KAZ left CST", "ARM left CST", "BLR left CST"]),
        ("Tajikistan has often changed course. It did not sign the new protocol and left the Collective Security Treaty along with Moldova.",
         ["TJK left CST", "MDA left CST"]),
    ])
    func aCoordinatedPredicateSharesThePronounSubject(text: String, expected: [String]) {
        #expect(memberships(text, date: "2012-05-05") == Set(expected))
    }

    @Test func itAfterCompanionsIsTheOneBeforeThem() {
        let text = "Kazakhstan left the Collective Security Treaty in 1999 together with Armenia and Belarus. In 2008 it suspended its membership in the Eurasian Economic Community."
        let found = memberships(text, date: "2012-05-05")
        #expect(found.contains("KAZ suspended EurAsEC"))
        #expect(!found.contains("BLR suspended EurAsEC"))
    }

    // MARK: A membership suspended or frozen is its owner's, whoever suspends it

    @Test(arguments: [
        ("The leaders of the CSTO states meeting in Minsk on Friday suspended Kyrgyzstan's membership in the Collective Security Treaty Organization.", "KGZ suspended CSTO"),
        ("The heads of state gathered in Astana froze Tajikistan's participation in the Collective Security Treaty Organization.", "TJK froze CSTO"),
    ])
    func theOwnerOfTheMembershipSuspended(text: String, expected: String) {
        #expect(memberships(text, date: "2012-05-05") == [expected])
    }

    @Test func aSubjectSuspendingItsOwnMembershipStays() {
        #expect(memberships("Belarus suspended its membership in the Eurasian Economic Community.", date: "2012-05-05") == ["BLR suspended EurAsEC"])
    }
}
