import Testing
@testable import RelationsKit

/// Leaders, countries, organisations and page furniture in the shapes of the blind15/blind16 round: a deputy's or a staff
/// member's post is not the office it serves; a listed person's given name under another transliteration; a portfolio
/// coordinated into the office before its "of"; a title the gazetteer does not know coordinated before the office; a
/// regnal numeral; "as" attached to the nearest name; "City, Georgia" without the United States; "U.S. state of";
/// a carrier's name; "Also on <outlet>:" headings. Invented sentences, with negative cases.
@Suite("extraction: blind15/blind16 round, leaders and mentions")
struct Blind1516LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    func countries(_ body: String) -> Set<String> { Set(facts(body).countries) }

    @Test(arguments: [
        "First Deputy Prime Minister Olzhas Temirbekov of Kazakhstan met the Uzbek delegation.",
        "Kazakhstan's Deputy Prime Minister Olzhas Temirbekov met the Uzbek delegation.",
        "The Kazakh Vice-Premier Olzhas Temirbekov met the Uzbek delegation.",
        "Deputy Chairman of the Cabinet of Ministers of Kazakhstan Olzhas Temirbekov met the Uzbek delegation.",
        "Assistant to the President of Kazakhstan Olzhas Temirbekov met the Uzbek delegation.",
        "The spokesman for the President of Kazakhstan, Olzhas Temirbekov, met the Uzbek delegation.",
        "Head of the Administration of the President of Kazakhstan Olzhas Temirbekov met the Uzbek delegation.",
    ])
    func aDeputyOrAnAideHoldsNoOffice(sentence: String) {
        #expect(leaders(sentence).isEmpty)
    }

    @Test func aDeputyOfAListedHolderIsNotTheOffice() {
        // Mikhail Kasyanov is listed as Prime Minister from May 2000; as the first deputy before that he holds no recorded office.
        #expect(leaders("First Deputy Prime Minister Mikhail Kasyanov arrived in Minsk.", date: "1999-12-05").isEmpty)
    }

    @Test func theOfficeItselfStillCounts() {
        #expect(leaders("President of Kazakhstan Olzhas Temirbekov met the Uzbek delegation.") == ["Olzhas Temirbekov | President | KAZ"])
        #expect(leaders("Deputy Prime Minister and Foreign Minister of Kazakhstan Olzhas Temirbekov met the Uzbek delegation.")
            == ["Olzhas Temirbekov | Foreign Minister | KAZ"])
    }

    @Test(arguments: [
        ("Kazakh Prime Minister Sergei Tereshchenko opened the session.", "Sergey Tereshchenko | Prime Minister | KAZ"),
        ("The Prime Minister of Ukraine, Yuri Yekhanurov, opened the session.", "Yuriy Yekhanurov | Prime Minister | UKR"),
        ("The Prime Minister of Ukraine, Yury Yekhanurov, opened the session.", "Yuriy Yekhanurov | Prime Minister | UKR"),
        ("Belarusian Prime Minister Aleksandr Turchin opened the session.", "Alexander Turchin | Prime Minister | BLR"),
    ])
    func aGivenNameUnderAnotherTransliterationIsTheListedPerson(sentence: String, expected: String) {
        let date = expected.hasPrefix("Yuriy") ? "2006-01-10" : expected.hasPrefix("Sergey") ? "1993-01-10" : "2025-06-05"
        #expect(leaders(sentence, date: date) == [expected])
    }

    @Test func anotherGivenNameWithTheSameSurnameIsAnotherPerson() {
        #expect(leaders("The Prime Minister of Belarus, Viktor Ling, opened the session.", date: "1998-01-10") == ["Viktor Ling | Prime Minister | BLR"])
    }

    @Test(arguments: [
        "Minister of Foreign Affairs and European Integration of the Republic of Moldova Ion Ceban met his Georgian colleague.",
        "Minister of Foreign Affairs and Trade of Moldova Ion Ceban met his Georgian colleague.",
        "Ion Ceban, Minister of Foreign Affairs and European Integration of Moldova, met his Georgian colleague.",
    ])
    func aPortfolioCoordinatedIntoTheOffice(sentence: String) {
        #expect(leaders(sentence).contains("Ion Ceban | Foreign Minister | MDA"))
    }

    @Test func aSecondOfficeAfterAndIsNoPortfolio() {
        #expect(!leaders("Minister of Foreign Affairs Ion Ceban and Prime Minister of Moldova Dorin Rusu met.").contains("Ion Ceban | Foreign Minister | MDA"))
    }

    @Test(arguments: [
        "Chinese State Councilor and Foreign Minister Li Wenhua attended the talks.",
        "China's State Councilor and Foreign Minister Li Wenhua attended the talks.",
    ])
    func anUnknownTitleCoordinatedBeforeTheOfficeSharesItsCountry(sentence: String) {
        #expect(leaders(sentence) == ["Li Wenhua | Foreign Minister | CHN"])
    }

    @Test func aHolderNamedBeforeTheCoordinationIsNoTitle() {
        let found = leaders("Foreign Minister of Armenia Aram Sahakyan and Foreign Minister Sergey Lavrov met.")
        #expect(found.contains("Sergey Lavrov | Foreign Minister | RUS"))
        #expect(!found.contains("Sergey Lavrov | Foreign Minister | ARM"))
    }

    @Test(arguments: [
        ("Messages also came from King Hamad II of Bahrain.", "Hamad II | King | BHR"),
        ("The President sent condolences to King of Spain Felipe VI on the floods.", "Felipe VI | King | ESP"),
    ])
    func aRegnalNumeralEndsTheName(sentence: String, expected: String) {
        #expect(leaders(sentence).contains(expected))
    }

    @Test(arguments: [
        "President Serzh Sargsyan congratulated Pierre Dumont on his election as President of the French Republic.",
        "Ilham Aliyev congratulated Pierre Dumont on being elected as President of France.",
    ])
    func asAttachesToTheNearestName(sentence: String) {
        let found = leaders(sentence, date: "2017-05-10")
        #expect(found.contains("Pierre Dumont | President | FRA"))
        #expect(!found.contains { $0.hasSuffix("| FRA") && !$0.hasPrefix("Pierre Dumont") })
    }

    @Test(arguments: [
        "The GUAM foreign ministers met in Batumi, Georgia, on Friday.",
        "Azerbaijani officials returned from the summit in Kutaisi, Georgia.",
    ])
    func aTownOfTheCountryWithoutTheUnitedStates(sentence: String) {
        #expect(countries(sentence).contains("GEO"))
    }

    @Test(arguments: [
        "The Uzbek ambassador to the United States visited Columbus, Georgia.",
        "An American delegation returned from Macon, Georgia, to meet Uzbek officials.",
    ])
    func aTownOfTheStateWhenTheUnitedStatesIsNamed(sentence: String) {
        #expect(!countries(sentence).contains("GEO"))
    }

    @Test func theUSStateOfNamesTheUnitedStatesButNotTheCountry() {
        let found = countries("Business leaders from the U.S. state of Georgia postponed a trip to Baku.")
        #expect(found.contains("USA"))
        #expect(!found.contains("GEO"))
    }

    @Test(arguments: ["The wreckage of the Malaysia Airlines flight was found in Ukraine.", "Kazakhstan bought seats on Turkey Airways flights."])
    func aCarriersNameIsNoCountry(sentence: String) {
        #expect(!countries(sentence).contains("MYS") && !countries(sentence).contains("TUR"))
    }

    @Test(arguments: ["Also on Civil.ge:", "More from TASS:", "More on this topic:"])
    func anOutletsLinkHeadingIsFurniture(heading: String) {
        let body = "Georgia recalled its ambassador from Moscow.\n\n\(heading)\n- OSCE monitors allowed into Gori\n- Uzbekistan to quit GUAM\n\nThe ministry gave no details."
        let cleaned = TextCleaner.clean(body)
        #expect(!cleaned.contains(heading) && !cleaned.contains("OSCE") && !cleaned.contains("GUAM"))
        #expect(cleaned.contains("The ministry gave no details."))
    }

    @Test func aSentenceEndingInAColonStays() {
        let cleaned = TextCleaner.clean("Also on the agenda of the talks were the following questions:\n- energy\n- transit")
        #expect(cleaned.contains("energy"))
    }

    @Test(arguments: [
        "President of the Azerbaijan Republic Heydar Aliyev signed the treaty in Moscow.",
        "The treaty was signed by President of the Azerbaijani Republic Heydar Aliyev in Moscow.",
    ])
    func theStatesNameWithRepublic(sentence: String) {
        #expect(leaders(sentence, date: "1997-07-03").contains("Heydar Aliyev | President | AZE"))
    }

    @Test(arguments: ["Mutual trade reached 7.5 billion US dollars last year, Uzbekistan said.", "Kazakhstan sold bonds worth 2 billion U.S. dollars."])
    func aCurrencyNamedByItsCountryIsNoCountry(sentence: String) {
        #expect(!countries(sentence).contains("USA"))
    }

    @Test(arguments: ["US investors visited Uzbekistan.", "Uzbekistan and the US signed a deal worth 2 billion dollars."])
    func theCountryBeforeOtherNounsStillCounts(sentence: String) {
        #expect(countries(sentence).contains("USA"))
    }

    @Test func aWeekdayBeforeAsBeginsNoName() {
        #expect(leaders("Ilham Aliyev on Monday took office as President of Azerbaijan.", date: "2018-04-11").contains("Ilham Aliyev | President | AZE"))
    }
}
