import Testing
@testable import RelationsKit

/// Organisations and countries of the real67–74 round. Invented sentences only, with near-misses that must not change.
///
/// An article may define its own abbreviation for an organisation it names in full ("the Eurasian Economic Community
/// (EEC)"), which then stands for that organisation throughout the article. The wire service "Agence France Presse" names no
/// state; "Kyrgystan", a frequent misspelling, is Kyrgyzstan (both rows of `countries.tsv`).
@Suite("extraction: organisations and countries, real74")
struct Real74MiscTests: WireCopyProbe {

    @Test func anAbbreviationTheArticleDefinesStandsForTheOrganisation() {
        let text = """
        Lukashenko was hosting the Eurasian Economic Community (EEC) and the CSTO.

        Belarus, Kazakhstan and Russia are all members of the EEC, which was set up in 2000. Uzbekistan is in the process of joining.
        """
        #expect(memberships(text, date: "2006-06-23") == ["UZB plans_to_join EurAsEC"])
        #expect(facts(text, date: "2006-06-23").organisations == ["CSTO", "EurAsEC"])
    }

    @Test func undefinedLettersStayUnread() {
        // Without the definition "EEC" is nothing the tables know: the bloc named last is the one joined.
        let text = "Lukashenko was hosting the CSTO summit. The EEC met too. Uzbekistan is in the process of joining the CSTO."
        #expect(facts(text, date: "2006-06-23").organisations == ["CSTO"])
    }

    @Test func lettersThatAreAPlaceDefineNothing() {
        // "(USA)" after an organisation is a country's name the gazetteer reads, not the organisation's abbreviation.
        let text = "The North Atlantic Treaty Organization (NATO) met in Washington (USA). NATO leaders agreed."
        #expect(facts(text, date: "2019-04-04").organisations == ["NATO"])
        #expect(facts(text, date: "2019-04-04").countries == ["USA"])
    }

    @Test func aWireServiceNamesNoState() {
        #expect(facts("Sept 3 (Agence France Presse) - Armenia said it would join the customs union.", date: "2013-09-03").countries == ["ARM"])
        #expect(facts("Agence France-Presse reported that France and Armenia agreed.", date: "2013-09-03").countries == ["ARM", "FRA"])
    }

    @Test func aFrequentMisspellingIsTheState() {
        #expect(facts("It is expected that Kyrgystan will become the fifth member of the EEU in May.", date: "2015-01-02").countries == ["KGZ"])
    }
}
