import Testing
@testable import RelationsKit

/// The plural of a demonym names its country as the singular does ("congratulated the Kyrgyzstanis", "Tajiks and Turkmens
/// took part"). The plurals are rows of `seeds/reference/countries.tsv`, not words in Swift; these tests pin that the
/// Central Asian ones, which the table lacked, are there, and that a people so named can receive a message.
@Suite("extraction: plural demonyms")
struct PluralDemonymTests: WireCopyProbe {
    @Test(arguments: [
        ("The president congratulated the Kyrgyzstanis on the holiday.", "KGZ"),
        ("Thousands of Uzbekistanis work abroad.", "UZB"),
        ("Tajiks and Tajikistanis abroad voted on Sunday.", "TJK"),
        ("Turkmens celebrated the day; Turkmenistanis abroad joined them.", "TKM"),
    ])
    func aPluralDemonymNamesItsCountry(sentence: String, iso3: String) {
        #expect(facts(sentence, date: "2019-08-31").countries == [iso3])
    }

    @Test func aPeopleNamedByItsPluralReceivesAMessage() {
        let found = messages("President Vladimir Putin sent a message of congratulations to the Kyrgyzstanis on Independence Day.",
                             date: "2019-08-31")
        #expect(found.contains { $0.hasPrefix("Vladimir Putin → KGZ") })
    }
}
