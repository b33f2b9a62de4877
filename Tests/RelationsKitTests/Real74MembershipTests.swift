import Testing
@testable import RelationsKit

/// Membership wording of the real67–74 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A quoted "we" whose attribution is a pronoun ('..., we have reinstated our membership," he said') is the country of the
/// person the text named before the quotation.
@Suite("extraction: memberships, real74")
struct Real74MembershipTests: WireCopyProbe {

    @Test func aPronounAttributionTakesUpThePersonBefore() {
        let text = """
        Uzbek President Islam Karimov told a summit of the bloc in Minsk that his country would return.

        "We cannot stop halfway, and so we have reinstated our membership in the Collective Security Treaty," he said on Friday.
        """
        #expect(memberships(text, date: "2006-06-24") == ["UZB joined CST"])
    }

    @Test func aPronounAttributionWithNoPersonBeforeGivesNoCountry() {
        let text = """
        The summit opened in Minsk on Friday.

        "We have reinstated our membership in the Collective Security Treaty," he said.
        """
        #expect(memberships(text, date: "2006-06-24").isEmpty)
    }
}
