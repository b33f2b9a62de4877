import Testing
@testable import RelationsKit

/// The many ways wire copy phrases the same fact, one test per phenomenon. Every sentence here is invented.
@Suite("extraction: wire copy phrasings, leaders")
struct WireCopyLeaderTests: WireCopyProbe {
    // MARK: Leaders

    @Test func pluralOfficesInAppositionPairCountriesWithNames() {
        let found = facts("The foreign ministers of Russia and Uzbekistan, Sergey Lavrov and Sodiq Safoyev, signed a plan of consultations. The prime ministers of Russia and Ukraine, Viktor Chernomyrdin and Pavlo Lazarenko, on Wednesday signed three agreements.", date: "2004-06-17")
        let leaders = Set(found.leaders.map { "\($0.name) \($0.office) \($0.country)" })
        #expect(leaders.isSuperset(of: ["Sergey Lavrov Foreign Minister RUS", "Sodiq Safoyev Foreign Minister UZB", "Pavlo Lazarenko Prime Minister UKR"]))
    }

    @Test func aBodysNameMayHoldOfAndThe() {
        let found = facts("Chairman of the Belarusian House of Representatives Igor Sergeenko visited Moscow.", date: "2023-05-05")
        #expect(found.leaders.map { "\($0.name) \($0.office) \($0.country)" } == ["Igor Sergeenko Chairman BLR"])
    }

    @Test func aBodyNamedByADemonymEndsWhereAKnownPersonBegins() {
        let found = facts("Russian President Boris Yeltsin and Chairman of the Georgian Parliament Eduard Shevardnadze on Thursday signed a treaty.", date: "1994-02-03")
        #expect(found.leaders.contains { $0.name == "Eduard Shevardnadze" && $0.office == "Chairman" && $0.country == "GEO" })
    }

    @Test func aNewPersonNamedLaterBySurnameAloneIsTheSamePerson() {
        let body = """
        Minister of Foreign Affairs of Azerbaijan Aydin Karimli and his Russian counterpart Sergey Lavrov exchanged congratulatory messages on the anniversary of diplomatic relations.

        "Over these years Azerbaijan and Russia have laid a solid foundation for our relations," Karimli said in his message.
        """
        let found = facts(body, date: "2007-04-04")
        #expect(Set(found.messages.map { "\($0.from) → \($0.to) \($0.kind)" }) == ["Aydin Karimli → Sergey Lavrov congratulation", "Sergey Lavrov → Aydin Karimli congratulation"])
        #expect(found.mentions.filter { $0.entity == .person("Aydin Karimli") }.count == 2)
    }
}
