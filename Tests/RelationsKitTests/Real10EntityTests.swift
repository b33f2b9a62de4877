import Testing
@testable import RelationsKit

/// Leaders, anniversaries, labels, countries and furniture in the mechanisms the real7 development set and the pool9 audit
/// found failing. Invented sentences.
@Suite("extraction: real7 round, leaders, anniversaries, labels, countries")
struct Real10EntityTests: WireCopyProbe {
    func leaders(_ body: String, date: String = "2019-06-15") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) \($0.office) \($0.country)" })
    }

    func relations(_ body: String, date: String = "2024-03-29") -> Set<String> {
        Set(facts(body, date: date).relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    func countries(_ body: String, date: String = "2018-06-03") -> [String] {
        facts(body, date: date).countries
    }

    // MARK: leaders

    /// An apposition the copy leaves unclosed before the clause goes on: the reference listing the person in that office of
    /// that country makes the tie.
    @Test(arguments: [
        ("The visit was discussed, said the President of Kazakhstan, Kassym-Jomart Tokayev at the council's session.", "Kassym-Jomart Tokayev President KAZ"),
        ("The ministers met, and the Prime Minister of Armenia, Nikol Pashinyan told reporters the talks went well.", "Nikol Pashinyan Prime Minister ARM"),
    ])
    func anUnclosedAppositionOfAKnownHolder(sentence: String, expected: String) {
        #expect(leaders(sentence) == [expected])
    }

    @Test func anUnclosedAppositionTheReferenceContradictsPlacesNoOne() {
        #expect(leaders("The talks went well, said the President of Kazakhstan, Vladimir Putin at the meeting.").isEmpty)
    }

    /// A country just before an office whose own "of" phrase names another: the "of" phrase is the office's.
    @Test(arguments: [
        ("In a telegram to the head of the Republic of Tajikistan President of the People's Republic of China Xi Jinping wished the people well.", "Xi Jinping President CHN"),
        ("A message from the leader of Kyrgyzstan Prime Minister of India Narendra Modi was read out.", "Narendra Modi Prime Minister IND"),
    ])
    func anOfPhraseOutweighsACountryBefore(sentence: String, expected: String) {
        #expect(leaders(sentence) == [expected])
    }

    @Test func aCountryBeforeTheOfficeStillPlacesIt() {
        #expect(leaders("Kazakh President Kassym-Jomart Tokayev arrived.") == ["Kassym-Jomart Tokayev President KAZ"])
    }

    /// "Ambassadors Extraordinary and Plenipotentiary": the plural of a title whose head noun opens it, before a list of
    /// envoys each with the state that sends them.
    @Test(arguments: [
        "The President received credentials from the newly appointed Ambassadors Extraordinary and Plenipotentiary - Jean Dupont of the French Republic and Karl Weber of the Republic of Austria.",
        "The President received credentials from Ambassadors Extraordinary and Plenipotentiary: Jean Dupont of France, and Karl Weber of Austria.",
        "The President received credentials from the new ambassadors - Jean Dupont of France and Karl Weber of Austria.",
    ])
    func envoysListedAfterAPluralTitle(sentence: String) {
        #expect(leaders(sentence) == ["Jean Dupont Ambassador FRA", "Karl Weber Ambassador AUT"])
    }

    @Test func aPluralTitleWithNoListPlacesNoOne() {
        #expect(leaders("The Ambassadors Extraordinary and Plenipotentiary presented copies of their credentials.").isEmpty)
    }

    /// A new name that spells a person the reference lists for the same country, in another office, is that person.
    @Test func aSpellingOfAPersonListedInAnotherOffice() {
        #expect(leaders("Foreign Minister of Georgia Salome Zurabishvili arrived.", date: "2005-03-01") == ["Salome Zourabichvili Foreign Minister GEO"])
    }

    @Test func theSpellingCountsOnlyForThePersonsCountry() {
        #expect(leaders("Foreign Minister of Armenia Salome Zurabishvili arrived.", date: "2005-03-01") == ["Salome Zurabishvili Foreign Minister ARM"])
    }

    // MARK: anniversaries

    /// "the Day of (State) Independence": the day's anniversary is independence's.
    @Test(arguments: [
        ("The nation celebrates the 24th anniversary of the Day of State Independence of the Republic of Tajikistan.", "TJK independence 24 2015"),
        ("Telegrams arrived on the 24th anniversary of the Day of Independence of Tajikistan.", "TJK independence 24 2015"),
        ("Uzbekistan marks the 24th anniversary of the day of its independence, the president of Uzbekistan said.", "UZB independence 24 2015"),
    ])
    func theDayOfIndependence(sentence: String, expected: String) {
        #expect(anniversaries(sentence, date: "2015-09-08") == [expected])
    }

    @Test func theDayOfVictoryIsNoIndependence() {
        #expect(anniversaries("The capital hosted a concert on the 70th anniversary of the Day of Victory.", date: "2015-05-08").isEmpty)
    }

    /// "the Treaty establishing the Union State": an organisation's founding treaty named by its act, and a treaty the
    /// reference lists once takes the reference's parties when the sentence names none.
    @Test(arguments: [
        "A significant anniversary was marked in 2019 - the 20th anniversary of the signing of the Treaty establishing the Union State.",
        "This year saw the 20th anniversary of the Treaty on the creation of the Union State, the message said.",
        "Minsk and Moscow celebrated the 20th anniversary of the Treaty on the Creation of a Union State.",
    ])
    func aFoundingTreatyNamedByItsAct(sentence: String) {
        #expect(anniversaries(sentence, date: "2019-12-30") == ["BLR-RUS Treaty on the Creation of a Union State 20 2019"])
    }

    /// A treaty the reference lists under a name (or the start of it) only between other parties is another treaty.
    @Test(arguments: [
        "The visit took place in the year of the 20th anniversary of the Treaty on Strategic Partnership and Allied Relations between Kazakhstan and Azerbaijan.",
        "Armenia and Georgia marked the 20th anniversary of the Treaty on Strategic Partnership.",
    ])
    func aTreatyBetweenPartiesTheReferenceDoesNotListMarksNothing(sentence: String) {
        #expect(anniversaries(sentence, date: "2025-05-24").isEmpty)
    }

    @Test func theListedPartiesKeepTheirTreaty() {
        #expect(anniversaries("Russia and Uzbekistan marked the 21st anniversary of the Treaty on Strategic Partnership.", date: "2025-05-24")
            == ["RUS-UZB Treaty on Strategic Partnership 21 2025"])
    }

    // MARK: labels

    /// An "alliance" that names a bloc: modified by the organisation's name, modifying a noun of the bloc's members or
    /// bodies, or what an organisation opening the sentence is.
    @Test(arguments: [
        "Poland and Lithuania marked the 20th anniversary of the largest expansion of the NATO military alliance.",
        "Latvia and Estonia hosted the alliance summit.",
        "Foreign ministers of the alliance member states, Belgium and Lithuania among them, met.",
        "Lithuania and Poland hosted an alliance summit last year.",
        "Poland and Lithuania joined the alliance's command structure.",
        "GUUAM was set up in 1997 as a political, economic and strategic alliance designed to strengthen Georgia and Ukraine.",
        "The CSTO, founded in 2002, is a military alliance of which Armenia and Russia are members.",
    ])
    func anAllianceThatNamesABloc(sentence: String) {
        #expect(relations(sentence).isEmpty)
    }

    @Test(arguments: [
        ("Russia and Belarus are bound by an alliance, the president said.", "BLR-RUS alliance"),
        ("Relations between Kazakhstan and Kyrgyzstan are developing in the spirit of alliance.", "KAZ-KGZ alliance"),
        ("Uzbekistan and Azerbaijan were set up as a strategic alliance.", "AZE-UZB alliance"),
    ])
    func twoStatesAllianceStaysALabel(sentence: String, expected: String) {
        #expect(relations(sentence) == [expected])
    }

    // MARK: countries

    /// A country's name as an outlet's edition ("EURACTIV Romania reports"), a writer's place and date after a sentence
    /// ("Moscow, 3 June 2018."), a dateline with its region ("Washington, DC (AGENCY) --"), a capital in a landmark's or
    /// a body's name ("the Berlin Wall", "the Astana Times"), a capital and a year before a document's noun ("the Vienna
    /// 1969 Convention"), a demonym inside a community body's name: no country named.
    @Test(arguments: [
        "Moldova was granted observer status in the bloc. EURACTIV Romania reports.",
        "Moldova was granted observer status, according to Sputnik Georgia, which cited officials.",
        "Moldova was granted observer status, Sputnik Armenia reported on Friday.",
        "The views are the author's own. Moscow, 3 June 2018. On May 14, Moldova was granted observer status.",
        "The views are the author's own. Moscow, June 3, 2018. Moldova was granted observer status.",
        "Washington, DC (AGENCY) -- Moldova will join the bloc.",
        "Even as we marked a quarter of a century since the fall of the Berlin Wall, Moldova prospered.",
        "The Astana Times reported that Moldova was granted observer status.",
        "Moldova remains party to the treaties under the Vienna 1969 Convention on the Law of Treaties.",
        "The Joint Baltic American National Committee welcomed Moldova's status.",
    ])
    func aNameInsideAnotherNameIsNoCountry(sentence: String) {
        #expect(countries(sentence) == ["MDA"])
    }

    @Test(arguments: [
        ("Moldova was granted observer status. On Tuesday Georgia reported a rise in exports.", ["GEO", "MDA"]),
        ("Moldova was granted observer status. Moscow, on the other hand, said nothing.", ["MDA", "RUS"]),
        ("The Tbilisi Government said that Moldova was granted observer status.", ["GEO", "MDA"]),
        ("The Armenian National Committee welcomed Moldova's status.", ["ARM", "MDA"]),
    ])
    func theCountryItselfStays(sentence: String, expected: [String]) {
        #expect(countries(sentence) == expected)
    }

    // MARK: furniture

    @Test(arguments: ["Related readings:", "Related stories", "Similar news:"])
    func aRelatedHeadingDropsItsList(heading: String) {
        let page = "Georgia left the CIS, the ministry said.\n\n\(heading)\nUS envoy backs Georgia bid to join NATO\nAustria hosts talks on the region\n\nThe decision took a year."
        #expect(TextCleaner.clean(page) == "Georgia left the CIS, the ministry said.\n\nThe decision took a year.")
    }

    /// A bar of the page's controls and the short lines of links after it close the page.
    @Test func aControlBarClosesThePage() {
        let page = "Georgia left the CIS, the ministry said.\n\nTools: Save | Print | E-mail | Most Read\nPet Name\nChina Archives"
        #expect(TextCleaner.clean(page) == "Georgia left the CIS, the ministry said.")
    }

    @Test func aControlBarBeforeTheArticleGoesOn() {
        let page = "Save | Print | Share\nGeorgia left the CIS, the ministry said.\n\nThe decision took a year."
        #expect(TextCleaner.clean(page).hasSuffix("The decision took a year."))
        #expect(!TextCleaner.isControlBar("Politics | Economy | Society"))
    }
}
