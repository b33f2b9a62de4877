import Testing
@testable import RelationsKit

/// Countries in the shapes of the pool8 precision audit (real wire copy): a capital that is part of another name stands for
/// no country. A capital as a given name before a surname ("Secretary General Baghdad Amreyev"), a capital naming an event
/// ("the 2008 Bucharest summit", "the Tashkent conference on Afghanistan") or a standard ("the Copenhagen criteria"), also
/// with modifiers or an editor's brackets between it and the noun. A capital that stands for its government still counts
/// ("Kiev announced", "talks between Minsk and Moscow", "the Moscow-Minsk summit"). Invented sentences, each mechanism with
/// negative cases.
@Suite("extraction: pool8 audit, countries")
struct Pool8CountryTests: WireCopyProbe {
    func countries(_ body: String) -> Set<String> { Set(facts(body, date: "2021-03-28").countries) }

    // MARK: A capital as a given name before a surname

    @Test(arguments: [
        "The Secretary General of the council, Baghdad Temirov, congratulated Kyrgyzstan on the vote.",
        "Secretary General Baghdad Temirov sent a letter to Kyrgyzstan.",
        "Kyrgyzstan thanked Baghdad Temirov for the message. Baghdad Temirov said the council was ready to help.",
        "The Kyrgyz singer Sofia Abdrakhmanova and the pianist Paris Avetisyan performed in Bishkek's main hall.",
        "Kyrgyzstan's guest, Ms Lima Ortega, arrived on Monday.",
    ])
    func aCapitalBeforeASurnameIsAGivenName(sentence: String) {
        #expect(countries(sentence) == ["KGZ"])
    }

    @Test func aCapitalAsAGivenNameSendsNoMessage() {
        let found = messages("Secretary General Baghdad Temirov sent a congratulatory letter to President Sadyr Japarov on his election victory.",
                             date: "2021-01-12")
        #expect(!found.contains { $0.hasPrefix("IRQ") })
    }

    @Test(arguments: [
        "Kyrgyzstan and Baghdad signed the deal.",
        "Kyrgyzstan's envoy flew to Baghdad, Iraq's capital, on Monday.",
        "Kyrgyzstan said Baghdad Airport was closed.",
    ])
    func aCapitalBeforeAnythingElseStillCounts(sentence: String) {
        #expect(countries(sentence).count == 2)
    }

    @Test func aPlaceBeforeASurnameIsStillThePlace() {
        // "In Baku Aliyev said": after "in" the capital is the place (a venue, which `Parties` weighs), not a given name.
        let mentions = facts("In Baku Aliyev said the talks had gone well.", date: "2021-03-28").mentions
        #expect(mentions.contains { if case .country("AZE") = $0.entity { true } else { false } })
    }

    // MARK: A capital naming an event

    @Test(arguments: [
        "Allies recalled the decision made at the 2008 Bucharest summit that Georgia will become a member.",
        "Allies recalled the decision made at the 2008 Bucharest Summit that Georgia will become a member.",
        "Allies recalled the decision of the 2008 Bucharest [NATO] summit that Georgia will become a member.",
        "Allies recalled the decision of NATO's Bucharest summit that Georgia will become a member.",
        "Georgia's minister met his counterparts on the eve of the Tashkent conference on regional security.",
        "Georgia's minister spoke at the Tashkent international conference on regional security.",
        "Georgia's minister arrived for the Tashkent meeting of foreign ministers.",
        "The Minsk talks were attended by Georgia's envoy.",
        "Georgia took part in the Astana forum and in the Baku Games.",
    ])
    func aCapitalBeforeAnEventsNounNamesTheEvent(sentence: String) {
        #expect(countries(sentence) == ["GEO"])
    }

    @Test(arguments: [
        "Georgia and Kiev announced a new round of consultations.",
        "Georgia welcomed the Moscow-Minsk summit.",
        "Moscow talks to Georgia through intermediaries.",
        "Georgia said Moscow's summit had been a failure.",
        "Georgia noted that the Moscow authorities plan a summit.",
        "Georgia said talks between Minsk and Tbilisi would resume.",
    ])
    func aCapitalStandingForItsGovernmentStillCounts(sentence: String) {
        #expect(countries(sentence).count >= 2)
    }

    // MARK: A capital naming a standard or a document with modifiers

    @Test(arguments: [
        "Progress towards the union depends on meeting the Copenhagen criteria, Ukraine was told.",
        "Ukraine said it had met the Copenhagen Criteria.",
        "Ukraine backed the Madrid principles as a basis for talks.",
        "Ukraine recalled the Helsinki Final Act.",
        "Ukraine referred to the Tashkent Collective Security Treaty.",
        "Ukraine said the Minsk-2 agreements were dead.",
        "Ukraine's delegation stayed at Hotel Moscow and met at the Minsk Arena.",
    ])
    func aCapitalBeforeAStandardsNounNamesTheStandard(sentence: String) {
        #expect(countries(sentence) == ["UKR"])
    }

    @Test func aCapitalAsTheGovernmentBesideAStandardStillCounts() {
        #expect(countries("Ukraine said Copenhagen had set new criteria.").contains("DNK"))
        #expect(countries("Ukraine said Minsk-2 was a step, and Minsk said so too.").contains("BLR"))
    }
}
