import Testing
@testable import RelationsKit

/// Leaders in the shapes of the blind17/blind18 round: a plural office with its names first and "of" the countries after
/// them, paired by "respectively"; an ordinal between the article and the office of an apposition ("the first president
/// of X"); titles coordinated by a comma share the country before the first; "his Georgian counterpart" in apposition
/// after the name; an apposition with an office and no country ("A, then head of state,") places a listed person as the
/// office written before the name does. Invented sentences, with negative cases.
@Suite("extraction: blind17/blind18 round, leaders")
struct Blind1718LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    // MARK: Names first, then "of" the countries, paired by "respectively"

    @Test func namesBeforeTheirCountriesPairInOrder() {
        #expect(leaders("Prime Ministers Viktor Chernomyrdin and Robert Kocharyan of Russia and Armenia, respectively, signed an agreement on border guards.",
                        date: "1997-08-29") == ["Viktor Chernomyrdin | Prime Minister | RUS", "Robert Kocharyan | Prime Minister | ARM"])
        #expect(leaders("Prime Ministers Robert Kocharyan and Viktor Chernomyrdin of Armenia and Russia respectively held talks.",
                        date: "1997-08-29") == ["Viktor Chernomyrdin | Prime Minister | RUS", "Robert Kocharyan | Prime Minister | ARM"])
    }

    @Test func namesTheReferenceDoesNotKnowPairToo() {
        let found = leaders("The talks were opened by Foreign Ministers Temir Batyrov, Aidar Saliev and Nodir Rasulov of Turkmenistan, Kyrgyzstan and Tajikistan, respectively.")
        #expect(found == ["Temir Batyrov | Foreign Minister | TKM", "Aidar Saliev | Foreign Minister | KGZ", "Nodir Rasulov | Foreign Minister | TJK"])
    }

    @Test func aCountThatDoesNotMatchPairsNoOne() {
        let found = leaders("Foreign Ministers Temir Batyrov and Aidar Saliev of Turkmenistan, Kyrgyzstan and Tajikistan, respectively, will attend.")
        #expect(!found.contains("Aidar Saliev | Foreign Minister | KGZ"))
        #expect(!found.contains("Temir Batyrov | Foreign Minister | TKM"))
    }

    // MARK: An ordinal before the apposition's office

    @Test(arguments: [
        "Nursultan Nazarbayev, the first president of Kazakhstan, opened the forum in Astana.",
        "Nursultan Nazarbayev, the first President of the Republic of Kazakhstan, opened the forum in Astana.",
        "Nursultan Nazarbayev, Kazakhstan's first president, opened the forum in Astana.",
    ])
    func anOrdinalLeavesTheOffice(sentence: String) {
        #expect(leaders(sentence, date: "2023-06-01") == ["Nursultan Nazarbayev | President | KAZ"])
    }

    @Test func anOrdinalWithoutAnOfficeIsNoLeader() {
        #expect(leaders("Nursultan Nazarbayev, the first to sign the treaty in Kazakhstan, spoke at the forum.", date: "2023-06-01").isEmpty)
        #expect(leaders("Askar Akayev, the first deputy prime minister of Kyrgyzstan, spoke at the forum.", date: "2023-06-01").isEmpty)
    }

    // MARK: Titles coordinated by a comma

    @Test(arguments: [
        "The meeting was attended by Moldova's Deputy Prime Minister, Foreign Minister Ion Codreanu.",
        "The meeting was attended by the Moldovan Deputy Prime Minister, Foreign Minister Ion Codreanu.",
        "The meeting was attended by Moldova's First Deputy Prime Minister, Minister of Foreign Affairs Ion Codreanu.",
    ])
    func aCommaCoordinatesTitles(sentence: String) {
        #expect(leaders(sentence, date: "2021-06-01") == ["Ion Codreanu | Foreign Minister | MDA"])
    }

    @Test func aClauseBetweenIsNoCoordination() {
        #expect(leaders("Moldova's Deputy Prime Minister said that Foreign Minister Ion Codreanu would attend.", date: "2021-06-01").isEmpty)
        // A comma after a full office may close a fronted phrase: the title after it is another person's.
        #expect(leaders("In talks with the Azerbaijani President, Foreign Minister Ion Codreanu raised the transit issue.", date: "2021-06-01").isEmpty)
    }

    // MARK: A counterpart in apposition after the name

    @Test(arguments: [
        "President of Kazakhstan Kassym-Jomart Tokayev received Sadyr Japarov, his Kyrgyz counterpart, in Astana.",
        "Kazakh President Kassym-Jomart Tokayev and Sadyr Japarov, his Kyrgyz counterpart, signed the treaty.",
    ])
    func aCounterpartAfterTheName(sentence: String) {
        #expect(leaders(sentence, date: "2023-06-01").contains("Sadyr Japarov | President | KGZ"))
    }

    @Test func aNewNameTakesTheCounterpartsOffice() {
        let found = leaders("Foreign Minister of Armenia Ararat Mirzoyan and Levan Gachava, his Georgian counterpart, signed a memorandum.")
        #expect(found.contains("Levan Gachava | Foreign Minister | GEO"))
    }

    @Test func noCounterpartNamedNoLeader() {
        #expect(leaders("Levan Gachava, a Georgian diplomat, met his Armenian counterpart in Yerevan.").isEmpty)
    }

    // MARK: An office in apposition with no country

    @Test func aListedPersonTakesTheOfficesCountry() {
        #expect(leaders("Georgia joined the CIS in December 1993, when Eduard Shevardnadze, then head of state, agreed to the move.", date: "2009-08-18")
            == ["Eduard Shevardnadze | President | GEO"])
        #expect(leaders("The decree was signed by Boris Yeltsin, then president, in a hurry.", date: "2011-08-18") == ["Boris Yeltsin | President | RUS"])
    }

    @Test func anUnlistedPersonOrALongerPhraseIsNoLeader() {
        #expect(leaders("The agreement was reached when Levan Gachava, then foreign minister, visited Yerevan.", date: "2009-08-18").isEmpty)
        #expect(leaders("Boris Yeltsin, the president of the tennis federation, attended.", date: "2011-08-18").isEmpty)
    }

    // MARK: A country's adjective inside an office's form

    @Test(arguments: [
        "Prime Minister of Belarus Roman Golovchenko sent congratulations to Chairman of the Russian Government Mikhail Mishustin.",
        "Roman Golovchenko sent congratulations to Mikhail Mishustin, Chairman of the Russian Government.",
    ])
    func anAdjectiveInsideTheGovernmentsChairman(sentence: String) {
        #expect(leaders(sentence, date: "2022-06-12").contains("Mikhail Mishustin | Prime Minister | RUS"))
        #expect(!leaders(sentence, date: "2022-06-12").contains("Mikhail Mishustin | Chairman | RUS"))
    }

    @Test func aNewNameTakesTheFormsOffice() {
        #expect(leaders("Chairman of the Kyrgyz Government Temir Sariyev arrived in Astana.") == ["Temir Sariyev | Prime Minister | KGZ"])
    }

    @Test func aParliamentsChairmanStaysChairman() {
        #expect(leaders("Chairman of the Kyrgyz Parliament Asylbek Jeenbekov arrived in Astana.") == ["Asylbek Jeenbekov | Chairman | KGZ"])
    }
}
