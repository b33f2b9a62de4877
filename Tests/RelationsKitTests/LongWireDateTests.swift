import Testing
@testable import RelationsKit

/// Dates of long wire copy (issue #3, third round): datelines in digits and years fronted before their clause.
/// Every text here is invented.
@Suite("extraction: long wire copy, dates")
struct LongWireDateTests {
    static let extractor = Extractor()

    func date(_ body: String) -> String? {
        Self.extractor.extract(Article(source: "test", title: nil, dateText: nil, body: TextCleaner.clean(body))).published_on
    }

    @Test(arguments: [
        "TASHKENT, 14.05.2021 /UzA/. President of Uzbekistan Shavkat Mirziyoyev received the Foreign Minister of Kazakhstan.",
        "BISHKEK, 14.05.2021 (Kabar) - Kyrgyzstan and Uzbekistan signed a protocol on the border.",
        "ASHGABAT, 2021-05-14 / TDH /. Turkmenistan hosted a forum of Caspian states.",
    ])
    func aDatelineInDigitsIsTheDate(body: String) {
        #expect(date(body) == "2021-05-14")
    }

    @Test func aNumberAfterTheDatelinePlaceThatIsNoDateIsNotTheDate() {
        #expect(date("TASHKENT, 14 delegations arrived for the forum of Caspian states.") == nil)
    }

    @Test(arguments: [
        // The fronted year belongs to the clause after the comma, whose future tense makes it a target: 2022 (the 30th
        // anniversary and the Wednesday) is the date, not 2026.
        "MOSCOW, June 15. /TASS/. Russia and Belarus mark the 30th anniversary of diplomatic relations, the Kremlin said on Wednesday. In 2026, the two countries will hold a joint forum.",
        "MOSCOW, June 15. /TASS/. Russia and Belarus mark the 30th anniversary of diplomatic relations, the Kremlin said on Wednesday. By 2026, the two countries intend to finish the joint railway.",
    ])
    func aYearFrontedBeforeAFutureClauseIsATarget(body: String) {
        #expect(date(body) == "2022-06-15")
    }

    @Test func aYearFrontedBeforeAPastClauseIsHistory() {
        // "In 2019, the two countries signed ...": the article is not older than 2019, so the Friday dateline is in a later year.
        #expect(date("MINSK, March 4. /BelTA/. Belarus and Russia held talks in Minsk on Friday. In 2021, the two countries signed the programmes of the Union State.") == "2022-03-04")
    }
}
