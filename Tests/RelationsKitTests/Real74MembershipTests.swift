import Testing
@testable import RelationsKit

/// Membership wording of the real67–74 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A quoted "we" whose attribution is a pronoun ('..., we have reinstated our membership," he said') is the country of the
/// person the text named before the quotation. A state that joined an organisation "as an observer" gained observer status,
/// not membership; asked to join so, it plans to join. A state's secession from an organisation is its withdrawal ("has started
/// the procedure for secession from the CIS"); a region's secession from a state is no membership event.
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

    @Test(arguments: [
        ("Iran, India and Pakistan joined the Shanghai Cooperation Organization (SCO) as observers.", ["IRN observer SCO", "IND observer SCO", "PAK observer SCO"]),
        ("Afghanistan joined the CIS as an observer in 2009.", ["AFG observer CIS"]),
        // A plan to join as an observer is a plan to join; joining as a member is joining.
        ("Uzbekistan asked to join the Eurasian Economic Union as an observer.", ["UZB plans_to_join EAEU"]),
        ("Kyrgyzstan joined the SCO in 2001 as a founding member.", ["KGZ joined SCO"]),
    ])
    func joiningAsAnObserverIsObserverStatus(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2010-06-01") == Set(expected))
    }

    @Test(arguments: [
        ("The Republic of Moldova has started the procedure for secession from the Commonwealth of Independent States (CIS).", ["MDA plans_to_leave CIS"]),
        ("Georgia's secession from the CIS took effect in 2009.", ["GEO left CIS"]),
        ("Georgia seceded from the CIS in 2009.", ["GEO left CIS"]),
        ("Abkhazia seceded from Georgia in 1993 and later held talks with the CIS.", []),
    ])
    func secessionFromAnOrganisationIsLeaving(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2010-06-01") == Set(expected))
    }
}
