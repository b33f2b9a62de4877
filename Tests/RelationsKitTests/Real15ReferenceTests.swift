import Testing
@testable import RelationsKit

/// The reference round of real15 and real16: diplomatic relations of the post-Soviet states with India, Iran and Turkey
/// and of Russia with its partners beyond the former Soviet Union (Turkey, Vietnam, Egypt, Pakistan, South Korea, Cuba,
/// Indonesia, the UAE, Brazil, South Africa, Laos), of Ukraine with Germany, Japan and South Korea, Armenia–Tajikistan, and wire-copy spellings of leaders' names; a count
/// of years after a record ("the deadliest ... in 30 years of") is its span, not a jubilee; a first-person label in a
/// quoted letter whose one country is the writer's pairs the writer with the addressee. Invented sentences, each with a
/// negative case.
@Suite("reference: the real15 and real16 round")
struct Real15ReferenceTests: WireCopyProbe {
    let reference = ReferenceData.bundled

    func relations(_ body: String, date: String? = "2022-03-21") -> Set<String> {
        Set(facts(body, date: date).relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    func leaders(_ body: String, date: String? = "2008-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    /// The pairs this round added, with their dates, the partner first as in the rows before.
    static let addedPairs: [([String], String)] = [
        (["RUS", "TUR"], "1920-06-03"), (["RUS", "VNM"], "1950-01-30"), (["RUS", "EGY"], "1943-08-26"),
        (["RUS", "PAK"], "1948-05-01"), (["RUS", "KOR"], "1990-09-30"), (["RUS", "CUB"], "1960-05-08"),
        (["RUS", "IDN"], "1950-02-03"), (["RUS", "ARE"], "1971-12-08"), (["RUS", "BRA"], "1828-10-03"),
        (["RUS", "ZAF"], "1992-02-28"), (["RUS", "LAO"], "1960-10-07"), (["IND", "UKR"], "1992-01-17"),
        (["IND", "TKM"], "1992-04-20"), (["IND", "BLR"], "1992"), (["IRN", "UKR"], "1992-01-22"),
        (["IRN", "KGZ"], "1992-05-10"), (["TUR", "KGZ"], "1992-01-29"), (["ARM", "TJK"], "1992-10"),
        (["DEU", "UKR"], "1992-01-17"), (["JPN", "UKR"], "1992-01-26"), (["KOR", "UKR"], "1992-02-10"),
    ]

    // MARK: Diplomatic relations

    @Test func everyAddedPairIsSourcedDatedAndListedOnce() {
        expectAddedPairs(Self.addedPairs, in: reference)
    }

    @Test(arguments: [
        ("Moscow and Ankara marked the centenary of diplomatic relations with an exhibition.", "RUS-TUR diplomatic relations 100 2020"),
        ("Russia and Vietnam celebrate the 75th anniversary of diplomatic relations, the ministry said.", "RUS-VNM diplomatic relations 75 2025"),
        ("Egypt and Russia mark the 80th anniversary of the establishment of diplomatic relations today.", "EGY-RUS diplomatic relations 80 2023"),
        ("Pakistan and Russia marked 75 years of diplomatic relations, the foreign office said.", "PAK-RUS diplomatic relations 75 2023"),
        ("India and Ukraine celebrate the 30th anniversary of diplomatic relations this week.", "IND-UKR diplomatic relations 30 2022"),
        ("Kyrgyzstan and Turkey marked the 30th anniversary of diplomatic relations at a conference.", "KGZ-TUR diplomatic relations 30 2022"),
        ("Armenia and Tajikistan mark the 25th anniversary of diplomatic relations, the ministers wrote.", "ARM-TJK diplomatic relations 25 2017"),
        ("Ukraine and Japan celebrate the 30th anniversary of diplomatic relations, the embassy said.", "JPN-UKR diplomatic relations 30 2022"),
    ])
    func anUndatedArticleTakesItsYearFromTheAddedPairs(sentence: String, expected: String) {
        #expect(anniversaries(sentence, date: nil) == [expected])
    }

    @Test func aPairStillUnlistedGivesNoYear() {
        // Estonia and Latvia (de jure 1921, restored 1991): no row, so an undated article gets no year from the table.
        #expect(!reference.relations.contains { Set([$0.countryA, $0.countryB]) == ["EST", "LVA"] })
        #expect(anniversaries("Estonia and Latvia mark the 30th anniversary of diplomatic relations.", date: nil) == ["EST-LVA diplomatic relations 30 -"])
    }

    // MARK: Spellings of leaders' names

    @Test(arguments: ["Victor Yuschenko", "Victor Yushchenko", "Viktor Yuschenko", "Viktor Yushchenko"])
    func yushchenkosWireSpellingsTakeTheRowsName(name: String) {
        #expect(leaders("President \(name) received the delegation in Kiev on Tuesday.") == ["Viktor Yushchenko | President | UKR"])
    }

    @Test func ilvesWithoutHisMiddleNameIsTheListedPresident() {
        #expect(leaders("President Toomas Ilves opened the conference in Tallinn.", date: "2012-05-10") == ["Toomas Hendrik Ilves | President | EST"])
        // An unlisted name stays unlisted.
        #expect(leaders("President Tomas Ivanov opened the conference in Tallinn.", date: "2012-05-10").isEmpty)
    }

    // MARK: A count of years after a record is its span

    @Test(arguments: [
        "Kazakhstan saw its deadliest violence in 30 years of independence, officials said.",
        "He is the first Lithuanian leader invited to Moscow in the six years since the restoration of Lithuania's independence.",
        "It was the worst drought Uzbekistan has known during the 25 years of its independence.",
        "The turnover is the highest between Kazakhstan and China in the 25 years of diplomatic relations.",
        "This is the only visit of a Georgian president to Armenia within the 20 years of diplomatic relations.",
    ])
    func aCountAfterARecordIsItsSpan(sentence: String) {
        #expect(anniversaries(sentence, date: "2016-01-05").isEmpty)
    }

    @Test(arguments: [
        ("Kazakhstan marks 30 years of independence this week.", "2021-12-14", "KAZ independence 30 2021"),
        ("Kazakhstan and China celebrate 25 years since the establishment of diplomatic relations.", "2017-01-03", "CHN-KAZ diplomatic relations 25 2017"),
        // No record: the count may be the jubilee itself (as `Blind1112AnniversaryTests` pins).
        ("Kazakhstan and China have built a great deal in 25 years of diplomatic relations.", "2017-01-03", "CHN-KAZ diplomatic relations 25 2017"),
        // An ordinal's anniversary after "in" stays.
        ("Celebrations were held in Astana in the 25th anniversary year of Kazakhstan's independence.", "2016-12-16", "KAZ independence 25 2016"),
    ])
    func aMarkedCountOrAnOrdinalStays(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date).contains(expected))
    }

    // MARK: A first-person label in a letter whose one country is the writer's

    @Test(arguments: [
        "Leaders keep sending their letters to Kazakh President Kassym-Jomart Tokayev on the occasion of Nauryz.\n\nTajik President Emomali Rahmon noted the ancient roots of the holiday.\n\nThe ties between our nations will grow within the strategic partnership and alliance, wrote Rahmon.\n\nTurkmen President Serdar Berdimuhamedov praised the holiday. The Turkmen leader wished peace to all. The Turkmen people celebrate it widely.",
        "Letters keep arriving for Kazakh President Kassym-Jomart Tokayev on the occasion of Nauryz.\n\nTajik President Emomali Rahmon sent his greetings.\n\n\"We will strengthen our strategic partnership and alliance,\" Rahmon wrote.\n\nTurkmen President Serdar Berdimuhamedov also wrote. The Turkmen leader wished peace. The Turkmen people celebrate the holiday.",
    ])
    func theWritersLabelPairsHimWithTheAddressee(body: String) {
        #expect(relations(body) == ["KAZ-TJK strategic partnership", "KAZ-TJK alliance"])
    }

    @Test func aLabelThatNamesItsPairKeepsIt() {
        let body = "Letters keep arriving for Kazakh President Kassym-Jomart Tokayev.\n\nTajik President Emomali Rahmon wrote that our strategic partnership with Uzbekistan will grow.\n\nTurkmen President Serdar Berdimuhamedov also wrote. The Turkmen people celebrate."
        #expect(relations(body) == ["TJK-UZB strategic partnership"])
    }
}
