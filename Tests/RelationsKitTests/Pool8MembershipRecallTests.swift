import Testing
@testable import RelationsKit

/// Membership recall on pool8 (real wire copy): an application for membership that names no organisation in its sentence
/// is to the organisation the text is about, as an admission or a membership that names none already is. Invented
/// sentences, with negative cases.
@Suite("extraction: memberships, pool8 recall")
struct Pool8MembershipRecallTests: WireCopyProbe {

    // MARK: A membership application that names no organisation is to the text's

    @Test(arguments: [
        ("The European Union summit opened in Brussels on Thursday. Georgia submitted a membership application in March.", "GEO plans_to_join EU"),
        ("Leaders of the European Union met on Friday. Moldova filed its membership application last year, officials recalled.", "MDA plans_to_join EU"),
        ("The Shanghai Cooperation Organisation gathered in Astana. Belarus lodged a membership bid in 2022.", "BLR plans_to_join SCO"),
    ])
    func aMembershipApplicationIsToTheTextsOrganisation(text: String, expected: String) {
        let found = memberships(text)
        #expect(found.contains(expected), "\(found)")
    }

    @Test(arguments: [
        "The European Union summit opened in Brussels on Thursday. Georgia does not plan to submit a membership application.",
        "The European Union summit opened in Brussels on Thursday. The rules for a membership application were revised.",
    ])
    func noApplicationOrNoApplicantGivesNothing(text: String) {
        let found = memberships(text)
        #expect(!found.contains(where: { $0.contains("plans_to_join") }), "\(found)")
    }
}
