import Testing
@testable import RelationsKit

/// Labels whose parties no sentence states, in the shapes of the real45/real46 round: a label said "between countries",
/// "among the member states" or "with all the states of the region" names a class of states, not a pair; and a label in a
/// message one sender sent to many, whose addressees the article names alike, has no partner the article's ranking could
/// pick. Near-misses keep their pairs: a counted, possessive or anaphoric plural, the parties' adjectives, an article with one
/// clear partner. And a count of years quantified by "all" ("for all the 25 years of its independence") is a span gone
/// through, not a jubilee; a jubilee near another "all" stays. Invented sentences.
@Suite("extraction: real45/real46 round, labels without a pair and spans of years")
struct Real46MiscTests: WireCopyProbe {
    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2019-05-08").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    // MARK: A label stated between a class of states

    @Test(arguments: [
        "Uzbek President Shavkat Mirziyoyev met the Kyrgyz delegation. He said that strategic partnership among nations rests on trust.",
        "Kazakhstan and Tajikistan held talks in Dushanbe. The ministers said allied relations between CIS countries must deepen.",
        "Armenia and Belarus signed a plan. The speaker praised the allied relations and strategic partnership between countries, forged in war.",
        "Kyrgyzstan and Uzbekistan met in Osh. The envoy said Tashkent wants a strategic partnership with all the states of the region.",
        "Tajikistan and Kazakhstan reviewed their trade. Officials hailed the allied relations among the member states of the bloc.",
        "Belarus and Armenia held consultations. Both sides stressed strategic partnership between the countries of Central Asia.",
        "Moldova and Azerbaijan met in Baku. The minister spoke of an alliance with neighbouring states as the answer to new threats.",
    ])
    func aLabelBetweenAClassOfStatesHasNoPair(body: String) {
        #expect(relations(body).isEmpty)
    }

    @Test(arguments: [
        ("Kazakhstan and Russia met in Astana. The leaders praised the strategic partnership between the two countries.", "KAZ-RUS strategic partnership"),
        ("Azerbaijan's President met the Turkish leader in Ankara. The strategic partnership between the countries is growing, Azerbaijan and Turkey said.", "AZE-TUR strategic partnership"),
        ("The talks were held in Minsk. He hailed the allied relations between the Belarusian and Russian peoples.", "BLR-RUS allied relations"),
        ("Armenia and Russia met. He praised the alliance with Russia, Armenia's minister said.", "ARM-RUS alliance"),
        ("Kyrgyzstan and Russia held talks. The President of Kyrgyzstan said: \"The strategic partnership between our states is strong.\"", "KGZ-RUS strategic partnership"),
    ])
    func aLabelBetweenNamedOrCountedStatesKeepsItsPair(body: String, expected: String) {
        #expect(relations(body).contains(expected))
    }

    // MARK: One sender, many addressees named alike

    @Test func aLabelInMessagesToManyHasNoPair() {
        let body = """
        Kazakh President Kassym-Jomart Tokayev sent greetings to the presidents of Armenia, Belarus, Kyrgyzstan and Tajikistan on Victory Day.

        He expressed confidence that the friendship forged in war will remain the basis for the development of allied relations.
        """
        #expect(relations(body).isEmpty)
    }

    @Test func aLabelInMessagesToManyListedParagraphByParagraphHasNoPair() {
        let body = """
        The Uzbek leader has congratulated his counterparts on the holiday. Greetings went to:

        the President of Azerbaijan;

        the President of Turkmenistan;

        the President of Kyrgyzstan.

        The messages stress that the strategic partnership will grow stronger.
        """
        #expect(relations(body).isEmpty)
    }

    @Test func aLabelInAMessageToOneClearPartnerKeepsItsPair() {
        let body = """
        Kazakh President Kassym-Jomart Tokayev sent greetings to the President of Russia on Victory Day. Russia and Kazakhstan fought side by side, and Russia remains a close neighbour; Armenia also marks the day.

        He expressed confidence that the friendship forged in war will remain the basis for the development of allied relations.
        """
        #expect(relations(body).contains("KAZ-RUS allied relations"))
    }

    // MARK: A span of years quantified by "all"

    @Test(arguments: [
        "Uzbekistan has kept to a peaceful foreign policy for all the 25 years of its independence, the minister said.",
        "All these 25 years of independence have shown that Uzbekistan chose the right path.",
        "Throughout all of its 25 years of independence, Uzbekistan has never joined a military bloc.",
        "In all 25 years of independence Uzbekistan has stayed outside military blocs.",
        "Uzbekistan, over all those 25 years of independence, has built new roads.",
    ])
    func yearsQuantifiedByAllAreNoAnniversary(body: String) {
        #expect(anniversaries(body, date: "2016-06-01").isEmpty)
    }

    @Test(arguments: [
        "Uzbekistan marks 25 years of independence this year.",
        "25 years of independence: all the regions of Uzbekistan celebrate.",
        "Uzbekistan celebrates the 25th anniversary of its independence, and all the citizens join the festivities.",
    ])
    func aJubileeNearAllStays(body: String) {
        #expect(anniversaries(body, date: "2016-06-01").contains { $0.contains("independence 25") })
    }

    // MARK: Some holders of a plural office, each with its country

    func leaders(_ body: String) -> Set<String> {
        Set(facts(body, date: "2016-06-01").leaders.map { "\($0.name) \($0.office) \($0.country)" })
    }

    @Test(arguments: [
        "The five Central Asian premiers, including Kyrgyzstan's Almazbek Tokoev and Tajikistan's Farrukh Nazarov, met in Osh.",
        "The foreign ministers, among them Kyrgyzstan's Almazbek Tokoev and Tajikistan's Farrukh Nazarov, signed the plan.",
        "The prime ministers, namely Almazbek Tokoev of Kyrgyzstan and Farrukh Nazarov of Tajikistan, met in Osh.",
    ])
    func holdersListedAfterIncludingAreEachPlaced(body: String) {
        let found = leaders(body)
        #expect(found.contains { $0.hasPrefix("Almazbek Tokoev") && $0.hasSuffix("KGZ") })
        #expect(found.contains { $0.hasPrefix("Farrukh Nazarov") && $0.hasSuffix("TJK") })
    }

    @Test func aListOfOthersAfterIncludingPlacesNoOne() {
        let body = "The prime ministers met guests, including businessman Almazbek Tokoev and writer Farrukh Nazarov, in Osh."
        #expect(!leaders(body).contains { $0.hasPrefix("Almazbek Tokoev") || $0.hasPrefix("Farrukh Nazarov") })
    }
}
