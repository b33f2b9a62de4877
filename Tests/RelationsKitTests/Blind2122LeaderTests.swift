import Testing
@testable import RelationsKit

/// Leaders in the shapes of the blind21/blind22 round, by mechanism: a title filler ("new", "First", "newly-elected")
/// between the country or the apposition's comma and the office; "of the" before a state's full name after the holder's
/// name; a side in talks as a national delegation; and a known person's country only from a term of the office the text
/// gives (an acting presidency does not place its holder as a speaker); a relative clause's predicate that gives its
/// antecedent an office ("A, who was sworn in as President of X"); a national delegation headed by a name in apposition to
/// its office. Invented sentences, with negative cases.
@Suite("extraction: blind21/blind22 round, leaders")
struct Blind2122LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    // MARK: Title fillers

    @Test(arguments: [
        ("Chile's new president, Marta Olivares, declined the invitation.", "Marta Olivares | President | CHL"),
        ("The fair was opened by Tomas Keller, the First Vice-President of Austria.", "Tomas Keller | Vice President | AUT"),
        ("Peru's newly-elected President Raul Andrade sent a letter.", "Raul Andrade | President | PER"),
        ("The talks were joined by Ines Duarte, Portugal's incoming Prime Minister, who arrived late.", "Ines Duarte | Prime Minister | PRT"),
        ("Karin Lind, the new Foreign Minister of Sweden, met the ambassadors.", "Karin Lind | Foreign Minister | SWE"),
    ])
    func aTitleFillerLeavesTheOffice(sentence: String, expected: String) {
        #expect(leaders(sentence).contains(expected))
    }

    @Test func aFillerWithoutACountryPlacesNoUnknownName() {
        #expect(leaders("Marta Olivares, the new president, declined the invitation.").isEmpty)
    }

    // MARK: "of the" and a state's full name

    @Test(arguments: [
        ("Greetings also came from Chairman Liu Wenhai of the People's Republic of China.", "Liu Wenhai | Chairman | CHN"),
        ("Prime Minister Jonas Berg of the Kingdom of Sweden arrived on Tuesday.", "Jonas Berg | Prime Minister | SWE"),
        ("The heads of state, President Omar Haddad of the Republic of Tunisia and others, met.", "Omar Haddad | President | TUN"),
    ])
    func ofTheStatesFullNameAfterTheHolder(sentence: String, expected: String) {
        #expect(leaders(sentence).contains(expected))
    }

    @Test func ofTheBodyAfterTheHolderIsNoCountry() {
        #expect(leaders("Chairman Liu Wenhai of the Standing Committee spoke first.").isEmpty)
    }

    // MARK: A side in talks

    @Test(arguments: [
        ("Taking part on the Kyrgyz side were Deputy Prime Minister Adil Toktomatov and Foreign Minister Ruslan Kazakbaev.", "Ruslan Kazakbaev | Foreign Minister | KGZ"),
        ("On the Armenian side – Deputy Chairman of the Government, Foreign Minister Levon Harutyunov.", "Levon Harutyunov | Foreign Minister | ARM"),
        ("The Moldovan side was represented by Ambassador Victor Ciobanu.", "Victor Ciobanu | Ambassador | MDA"),
    ])
    func aSideInTalksIsADelegation(sentence: String, expected: String) {
        #expect(leaders(sentence).contains(expected))
    }

    @Test(arguments: [
        ("The president received the delegation of the Kazakh Senate headed by Aigul Serikova, Chairman of the Senate.", "Aigul Serikova | Chairman | KAZ"),
        ("The Georgian delegation, headed by Nino Beridze, Minister of Foreign Affairs, arrived in Baku.", "Nino Beridze | Foreign Minister | GEO"),
    ])
    func aDelegationHeadedByANameInAppositionToItsOffice(sentence: String, expected: String) {
        #expect(leaders(sentence).contains(expected))
    }

    @Test func anAppositionWithoutADelegationPlacesNoUnknownName() {
        #expect(leaders("Talks were held with Nino Beridze, Minister of Foreign Affairs, in Baku.").isEmpty)
    }

    @Test(arguments: [
        "On the other side, Foreign Minister Almaz Tokoev spoke about the border.",
        "The Kyrgyz side raised the border issue, and Foreign Minister Almaz Tokoev later met the press.",
    ])
    func noNationalSideNoCountry(sentence: String) {
        #expect(leaders(sentence).isEmpty)
    }

    // MARK: A relative clause that gives its antecedent an office

    @Test(arguments: [
        ("Greetings came from Shavkat Mirziyoyev, who was sworn in as President of Uzbekistan on Wednesday.", "Shavkat Mirziyoyev | President | UZB"),
        ("Greetings came from Raul Andrade, who was elected President of Peru in May.", "Raul Andrade | President | PER"),
        ("The letter was signed by Ines Duarte, who became Prime Minister of Portugal in 2015.", "Ines Duarte | Prime Minister | PRT"),
        ("A day after Shavkat Mirziyoyev was sworn in for his first term as President of Uzbekistan, the council met.", "Shavkat Mirziyoyev | President | UZB"),
    ])
    func aRelativeClausesPredicateGivesTheOffice(sentence: String, expected: String) {
        #expect(leaders(sentence, date: "2016-12-14").contains(expected))
    }

    @Test(arguments: [
        "Greetings came from Raul Andrade, who was named after the President of Peru.",
        "Greetings came from Raul Andrade, who met the President of Peru in May.",
    ])
    func aRelativeClauseWithoutSuchAPredicateTiesNoOne(sentence: String) {
        #expect(!leaders(sentence).contains { $0.hasPrefix("Raul Andrade") })
    }

    // MARK: A known person's office the reference does not list

    @Test func anotherOfficesTermGivesNoCountry() {
        // Ion Chicu is listed as Moldova's Prime Minister only: no speaker, whatever the body.
        #expect(leaders("The bill was signed by Speaker of the Parliament Ion Chicu on Monday.", date: "2020-05-05").isEmpty)
    }

    @Test func aTermOfThatTitleGivesTheCountry() {
        // Listed as "Chairman of the Supreme Council".
        #expect(leaders("Chairman of the Supreme Council Myechyslaw Hryb received the delegation.", date: "1994-03-01")
            .contains("Myechyslaw Hryb | Chairman | BLR"))
    }
}
