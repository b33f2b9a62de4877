import Testing
@testable import RelationsKit

/// The foreign ministers added to `leaders.tsv` (Azerbaijan, Kazakhstan, Uzbekistan, Armenia; then Belarus, Ukraine,
/// Moldova and the Baltic states; then Georgia, Turkmenistan, Kyrgyzstan and Kazakhstan's Erlan Idrissov; then Kyrgyzstan's Ruslan Kazakbaev
/// and Moldova's Nicu Popescu): the rows parse, are sourced and dated,
/// no two ministers of one country overlap by more than a few days, a minister named by office and name alone is tied to
/// the country whose reference lists them, and a listed spelling resolves to the row's name.
/// Invented sentences.
@Suite("reference: foreign ministers")
struct ForeignMinistersTests: WireCopyProbe {
    let reference = ReferenceData.bundled
    static let added: Set<String> = ["AZE", "KAZ", "UZB", "ARM", "BLR", "UKR", "MDA", "EST", "LVA", "LTU", "GEO", "TKM", "KGZ"]

    var ministers: [ReferenceData.OfficeTerm] { reference.terms.filter { $0.role == "foreign_minister" } }

    @Test func theNewRowsParseAreSourcedAndDated() {
        let new = ministers.filter { Self.added.contains($0.country) }
        #expect(new.count == 54)
        for row in new {
            #expect(row.office == "Foreign Minister", "\(row.person)")
            #expect(!row.source.isEmpty, "\(row.person)")
            #expect(["high", "medium"].contains(row.confidence), "\(row.person)")
            #expect(row.from.map(ReferenceRelationsTests.isValidDate) == true, "\(row.person): \(row.from ?? "no start")")
            if let to = row.to { #expect(ReferenceRelationsTests.isValidDate(to), "\(row.person): \(to)") }
        }
    }

    /// A shortened date counts from the first day of its month or year when it starts a term and to the last when it ends one.
    static func day(_ text: String, end: Bool) -> String {
        let parts = text.split(separator: "-").map(String.init)
        switch parts.count {
        case 1: return parts[0] + (end ? "-12-31" : "-01-01")
        case 2: return parts[0] + "-" + parts[1] + (end ? "-31" : "-01")
        default: return text
        }
    }

    static func dayNumber(_ text: String) -> Int {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return parts[0] * 372 + (parts[1] - 1) * 31 + parts[2]
    }

    @Test func noTwoMinistersOfOneCountryOverlapByMoreThanAFewDays() {
        for (country, rows) in Dictionary(grouping: ministers, by: \.country) {
            let spans = rows.map { row in
                (row.person, Self.dayNumber(Self.day(row.from ?? "1991", end: false)), Self.dayNumber(Self.day(row.to ?? "2099", end: true)))
            }.sorted { $0.1 < $1.1 }
            for (a, b) in zip(spans, spans.dropFirst()) {
                // A month given alone may end a term up to a month after the successor's day; allow that and a few days.
                #expect(a.2 - b.1 <= 31, "\(country): \(a.0) and \(b.0) overlap")
            }
        }
    }

    func leaders(_ body: String, date: String) -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) \($0.office) \($0.country)" })
    }

    @Test(arguments: [
        ("Foreign Minister Jeyhun Bayramov met his counterpart in Geneva on Tuesday.", "2023-03-14", "Jeyhun Bayramov Foreign Minister AZE"),
        ("Foreign Minister Elmar Mammadyarov met the OSCE co-chairs in Vienna.", "2016-05-17", "Elmar Mammadyarov Foreign Minister AZE"),
        ("Foreign Minister Murat Nurtleu met the delegation on Monday.", "2024-06-03", "Murat Nurtleu Foreign Minister KAZ"),
        ("Foreign Minister Bakhtiyor Saidov met the envoy in Tashkent.", "2024-02-20", "Bakhtiyor Saidov Foreign Minister UZB"),
        ("Foreign Minister Ararat Mirzoyan met the visiting delegation on Friday.", "2023-09-08", "Ararat Mirzoyan Foreign Minister ARM"),
        ("Foreign Minister Dmytro Kuleba met his counterpart in Brussels on Tuesday.", "2023-02-14", "Dmytro Kuleba Foreign Minister UKR"),
        ("Foreign Minister Vladimir Makei received the delegation in Minsk.", "2016-04-12", "Vladimir Makei Foreign Minister BLR"),
        ("Foreign Minister Mihai Popsoi met the delegation in Chisinau.", "2024-05-22", "Mihai Popsoi Foreign Minister MDA"),
        ("Foreign Minister Margus Tsahkna spoke to reporters after the meeting.", "2024-03-11", "Margus Tsahkna Foreign Minister EST"),
        ("Foreign Minister Kęstutis Budrys met the visiting delegation.", "2025-03-20", "Kęstutis Budrys Foreign Minister LTU"),
        ("Foreign Minister Ilia Darchiashvili met his counterpart in Tbilisi on Tuesday.", "2023-05-16", "Ilia Darchiashvili Foreign Minister GEO"),
        ("Foreign Minister Maka Botchorishvili met the delegation on Monday.", "2025-03-10", "Maka Botchorishvili Foreign Minister GEO"),
        ("Foreign Minister Rashid Meredov received the delegation in Ashgabat.", "2019-10-09", "Rashid Meredov Foreign Minister TKM"),
        ("Foreign Minister Jeenbek Kulubaev met the delegation in Bishkek.", "2023-06-14", "Jeenbek Kulubaev Foreign Minister KGZ"),
        ("Foreign Minister Erlan Abdyldaev met the delegation in Bishkek.", "2016-06-14", "Erlan Abdyldaev Foreign Minister KGZ"),
        ("Foreign Minister Erlan Idrissov arrived in Moscow.", "2001-10-22", "Erlan Idrissov Foreign Minister KAZ"),
    ])
    func aMinisterNamedByOfficeAloneGetsTheCountry(_ sentence: String, _ date: String, _ expected: String) {
        #expect(leaders(sentence, date: date).contains(expected))
    }

    /// A spelling listed in `aliases` resolves to the row's name.
    @Test(arguments: [
        ("Foreign Minister Mukhtar Tleuberdi met the delegation on Monday.", "2021-06-07", "Mukhtar Tileuberdi Foreign Minister KAZ"),
        ("Foreign Minister Vladimir Makey received the delegation in Minsk.", "2016-04-12", "Vladimir Makei Foreign Minister BLR"),
        ("Foreign Minister Sergei Aleynik met the ambassador on Wednesday.", "2023-08-16", "Sergei Aleinik Foreign Minister BLR"),
        ("Foreign Minister Andriy Sybiha met his counterpart on Monday.", "2025-02-03", "Andrii Sybiha Foreign Minister UKR"),
        ("Foreign Minister Maka Bochorishvili met the delegation on Monday.", "2025-03-10", "Maka Botchorishvili Foreign Minister GEO"),
        ("Foreign Minister Rashid Meredow received the delegation in Ashgabat.", "2019-10-09", "Rashid Meredov Foreign Minister TKM"),
        ("Foreign Minister Jeenbek Kulubayev met the delegation in Bishkek.", "2023-06-14", "Jeenbek Kulubaev Foreign Minister KGZ"),
        ("Foreign Minister Erlan Abdyldayev met the delegation in Bishkek.", "2016-06-14", "Erlan Abdyldaev Foreign Minister KGZ"),
        ("Foreign Minister Chingiz Aydarbekov met the delegation in Bishkek.", "2019-06-14", "Chingiz Aidarbekov Foreign Minister KGZ"),
        ("Foreign Minister Yerlan Idrisov arrived in Moscow.", "2001-10-22", "Erlan Idrissov Foreign Minister KAZ"),
    ])
    func anAliasResolvesToTheRowsName(_ sentence: String, _ date: String, _ expected: String) {
        #expect(leaders(sentence, date: date).contains(expected))
    }

    func messages(_ body: String, date: String) -> Set<String> {
        Set(facts(body, date: date).messages.map { "\($0.from) → \($0.to) \($0.kind) \($0.occasion ?? "-")" })
    }

    /// An office of one country named without a person stands for its holder on the article's date when the table lists
    /// one; on a date outside every listed term it gives no person, only the country (the guide's messages section).
    @Test(arguments: [
        ("2015-06-05", "Mukhtar Tileuberdi → Erlan Abdyldaev congratulation -"),
        ("2019-06-05", "Mukhtar Tileuberdi → Chingiz Aidarbekov congratulation -"),
        ("2023-06-05", "Mukhtar Tileuberdi → Jeenbek Kulubaev congratulation -"),
        ("2011-05-05", "Mukhtar Tileuberdi → KGZ congratulation -"),
    ])
    func anOfficeAloneIsItsHolderOnTheDateOrTheCountry(_ date: String, _ expected: String) {
        #expect(messages("Foreign Minister of Kazakhstan Mukhtar Tileuberdi sent a congratulatory letter to the Kyrgyz foreign minister.", date: date) == [expected])
    }

    @Test func aGeorgianMinisterOnTheDateOrTheCountry() {
        let body = "The foreign ministers of Armenia and Georgia swapped greetings on the anniversary of diplomatic relations.\n\nArmenian Foreign Minister Edward Nalbandian praised the ties."
        #expect(messages(body, date: "2016-03-03").contains("Edward Nalbandian → Mikheil Janelidze greeting anniversary"))
        // Georgia's ministers before November 2014 are not listed: the country.
        #expect(messages(body, date: "2013-03-03").contains("Edward Nalbandian → GEO greeting anniversary"))
    }
}
