import Testing
@testable import RelationsKit

/// Dates in the shapes of the blind17/blind18 round: a dateline in brackets ("[ Moscow, 22.02.2022 ] - APA"); an intention
/// that a past verb reports before its year ("announced its intention to join ... in April 2011") bounds nothing, since the
/// year may date the report or the plan; a weekday a past verb's clause narrates stays narrated when a reported future
/// follows it ("told reporters on Friday that Moscow would seek clarification"). Invented articles, with negative cases.
@Suite("extraction: blind17/blind18 round, dates")
struct Blind1718DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = nil) -> String? { facts(body, title: title, date: nil).published_on }

    // MARK: A bracketed dateline

    @Test(arguments: [
        ("[ Moscow, 22.02.2022 ] - APA\n\nThe two presidents signed a declaration in the Kremlin.", "2022-02-22"),
        ("[Baku, 14 March 2019] APA\n\nThe ministers discussed transit tariffs.", "2019-03-14"),
        ("(Tashkent, May 3, 2021) UzA\n\nThe ministers discussed transit tariffs.", "2021-05-03"),
    ])
    func aDatelineInBrackets(text: String, expected: String) {
        #expect(date(text) == expected)
    }

    @Test func aBracketInsideASentenceIsNoDateline() {
        #expect(date("The ministers (who met in Baku, 14 March 2019) discussed transit tariffs.\n\nThey agreed to meet again.") == nil)
    }

    // MARK: A plan a past verb reports

    @Test(arguments: [
        "Bishkek first announced its intention to join the Customs Union in April 2011, under interim President Roza Otunbayeva.",
        "Bishkek declared its intention to join the Customs Union in April 2011, under interim President Roza Otunbayeva.",
        "Bishkek announced in Moscow its intention to join the Customs Union in April 2011, under interim President Roza Otunbayeva.",
    ])
    func aReportedPlanBoundsNothing(sentence: String) {
        // Atambayev as President and a Wednesday 12 August fit 2015 alone; the year of the plan must not rule it out.
        let text = "BISHKEK. Aug 12 (Interfax) - The treaty entered into force on Wednesday, the ministry said. Kyrgyz President Almazbek Atambayev welcomed it.\n\n" + sentence
        #expect(date(text) == "2015-08-12")
    }

    @Test func aPlanInThePresentIsStillAhead() {
        // "intends to join ... in 2011": the article is older than 2011; with Bakiyev as President the Wednesday falls in 2009.
        let text = "BISHKEK. Aug 12 (Interfax) - The talks ended on Wednesday, the ministry said. Kyrgyz President Kurmanbek Bakiyev welcomed them.\n\nKyrgyzstan intends to join the Customs Union in 2011, the minister said."
        #expect(date(text) == "2009-08-12")
    }

    @Test func aReportedWouldIsStillATarget() {
        // "said it would join ... in 2011": the year is the act's, ahead of the article; with Bakiyev the Wednesday falls in 2009.
        let text = "BISHKEK. Aug 12 (Interfax) - The talks ended on Wednesday, the ministry said. Kyrgyz President Kurmanbek Bakiyev welcomed them.\n\nThe government said it would join the Customs Union in 2011."
        #expect(date(text) == "2009-08-12")
    }

    // MARK: A weekday before a reported future

    @Test(arguments: [
        "Kremlin spokesman Dmitry Peskov told reporters on Friday that Moscow would seek clarification from Yerevan.",
        "The Kremlin said on Friday that it would ask Yerevan for clarification.",
    ])
    func aWeekdayBeforeAReportedFutureIsNarrated(sentence: String) {
        // Thursday and Friday narrated, Pashinyan as Prime Minister: Friday 23 February 2024 makes both the most recent days.
        let text = "YEREVAN, Feb 23 (Reuters) - Armenian Prime Minister Nikol Pashinyan said in an interview broadcast on Thursday that the talks had stalled.\n\n" + sentence
        #expect(date(text) == "2024-02-23")
    }

    @Test func aWeekdayAfterTheReportedFutureIsAhead() {
        // "would meet on Friday" is a plan: Thursday alone is narrated, and Thursday 23 February is 2023.
        let text = "YEREVAN, Feb 23 (Reuters) - Armenian Prime Minister Nikol Pashinyan said in an interview broadcast on Thursday that the talks had stalled.\n\nThe Kremlin said the envoys would meet on Friday."
        #expect(date(text) == "2023-02-23")
    }
}
