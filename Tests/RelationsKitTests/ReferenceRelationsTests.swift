import Testing
@testable import RelationsKit

/// The reference round on `diplomatic_relations.tsv`: the table parses, no pair is listed twice in either order, every
/// row has a source, a confidence and a date as precise as its sources give it, and the pairs added in this round
/// (Tajikistan with Lithuania, Latvia, Poland, the United Kingdom and South Korea; South Korea with Kazakhstan,
/// Kyrgyzstan and Uzbekistan; Kazakhstan with Poland, the United Kingdom and Israel; Poland and the United Kingdom with Uzbekistan; Romania–Moldova;
/// Israel–Ukraine) date the anniversaries the extractor reads. Invented sentences.
@Suite("reference: dates of diplomatic relations")
struct ReferenceRelationsTests: WireCopyProbe {
    let reference = ReferenceData.bundled

    // MARK: The table

    @Test func theTableParsesAndEveryRowHasASourceAConfidenceAndAValidDate() {
        #expect(reference.relations.count == 245) // 221 before the real15/real16 reference round (Real15ReferenceTests), which added 21 pairs; Serbia–Belarus, Russia–Serbia and India–Mongolia came with the real41 round
        for row in reference.relations {
            let pair = "\(row.countryA) \(row.countryB)"
            #expect(row.countryA != row.countryB, "\(pair)")
            #expect(reference.country(row.countryA) != nil, "\(row.countryA) is no country of countries.tsv")
            #expect(reference.country(row.countryB) != nil, "\(row.countryB) is no country of countries.tsv")
            #expect(!row.source.isEmpty, "\(pair)")
            #expect(["high", "medium", "low"].contains(row.confidence), "\(pair)")
            if let established = row.established {
                #expect(Self.isValidDate(established), "\(pair): \(established)")
            } else {
                #expect(row.status == "none", "\(pair) has no date but has relations")
            }
            if let ended = row.ended { #expect(Self.isValidDate(ended), "\(pair): \(ended)") }
        }
    }

    @Test func noPairIsListedTwiceInEitherOrder() {
        var seen = Set<Set<String>>()
        for row in reference.relations {
            let pair: Set<String> = [row.countryA, row.countryB]
            #expect(!seen.contains(pair), "\(row.countryA) \(row.countryB) is listed twice")
            seen.insert(pair)
        }
    }

    @Test func theAddedPairsHaveTheirDates() {
        let index = ReferenceIndex(reference)
        let dates: [([String], String)] = [
            (["LTU", "TJK"], "1992-08-13"), (["LVA", "TJK"], "1994-05-11"), (["POL", "TJK"], "1992-02-11"),
            (["GBR", "TJK"], "1992-01-15"), (["KOR", "TJK"], "1992-04-27"), (["KOR", "KAZ"], "1992-01-28"),
            (["KOR", "UZB"], "1992-01-29"), (["POL", "KAZ"], "1992-04-06"), (["ISR", "UKR"], "1991-12-26"),
            (["GBR", "KAZ"], "1992-01-19"), (["KOR", "KGZ"], "1992-01-31"), (["ISR", "KAZ"], "1992-04-10"),
            (["POL", "UZB"], "1992-03-19"), (["GBR", "UZB"], "1992-02-18"), (["ROU", "MDA"], "1991-08-29"),
        ]
        for (parties, date) in dates {
            for order in [parties, parties.reversed()] {
                let anniversary = ArticleFacts.Anniversary(parties: order, subject: "diplomatic relations", ordinal: 30, year: nil, since: nil, start: 0, end: 0)
                #expect(index.baseDate(of: anniversary) == date, "\(order)")
            }
        }
    }

    // MARK: Anniversaries through the extractor

    @Test func anUndatedArticleTakesItsYearFromTheAddedPairs() {
        #expect(anniversaries("Tajikistan and Poland marked the 25th anniversary of diplomatic relations with a concert in Dushanbe.", date: nil)
            == ["POL-TJK diplomatic relations 25 2017"])
        #expect(anniversaries("Uzbekistan and South Korea celebrate the 30th anniversary of diplomatic relations this week.", date: nil)
            == ["KOR-UZB diplomatic relations 30 2022"])
        #expect(anniversaries("Israel and Ukraine mark the 25th anniversary of diplomatic relations.", date: nil)
            == ["ISR-UKR diplomatic relations 25 2016"])
        // Rows known by their year only (Serbia–Belarus 1994, Russia–Serbia 1838) still date an undated article.
        #expect(anniversaries("Belgrade and Minsk marked the 30th anniversary of diplomatic relations between Serbia and Belarus with a joint exhibition.", date: nil)
            == ["BLR-SRB diplomatic relations 30 2024"])
        #expect(anniversaries("Moscow and Belgrade mark 185 years of diplomatic relations between Russia and Serbia.", date: nil)
            == ["RUS-SRB diplomatic relations 185 2023"])
    }

    @Test func aDatedArticleAgreesWithTheAddedPairs() {
        #expect(anniversaries("Tajikistan and Latvia marked the 20th anniversary of diplomatic relations on Wednesday.", date: "2014-05-14")
            == ["LVA-TJK diplomatic relations 20 2014"])
        #expect(anniversaries("Kazakhstan and Poland celebrate the 25th anniversary of diplomatic relations today, the ministry said.", date: "2017-04-06")
            == ["KAZ-POL diplomatic relations 25 2017"])
    }

    static func isValidDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), (1700...2026).contains(year) else { return false }
        if parts.count >= 2 { guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false } }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]), day >= 1 else { return false }
            let days = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            return day <= days[Int(parts[1])! - 1]
        }
        return true
    }
}
