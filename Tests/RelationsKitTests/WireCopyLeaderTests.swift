import Testing
@testable import RelationsKit

/// The many ways wire copy phrases the same fact, one test per phenomenon. Every sentence here is invented.
@Suite("extraction: wire copy phrasings, leaders")
struct WireCopyLeaderTests {
    static let extractor = Extractor()

    func facts(_ body: String, title: String? = nil, date: String? = "2015-06-05") -> ArticleFacts {
        Self.extractor.extract(Article(source: "test", title: title, dateText: date, body: TextCleaner.clean(body)))
    }

    func memberships(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).memberships.map { "\($0.country) \($0.action) \($0.org)" })
    }

    func messages(_ body: String, title: String? = nil, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, title: title, date: date).messages.map { "\($0.from) → \($0.to) \($0.kind) \($0.occasion ?? "-")" })
    }

    func anniversaries(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).anniversaries.map { "\($0.parties.joined(separator: "-")) \($0.subject) \($0.ordinal) \($0.year.map(String.init) ?? "-")" })
    }

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
