import Testing
@testable import RelationsKit

/// Publication dates, r26 second half: years the tense reading took for deadlines ahead of the article although the text
/// tells them as history, which made the bounds contradict an anniversary's year (nothing fitted, the date stayed null).
/// The end of a state its clause tells in the past ("remained part of the union until 1991") and the point a "since" phrase
/// opens ("the first trip since the start of the pandemic in 2020") are behind the article. Invented sentences, with the
/// near-misses that stay ahead: a term a past act sets, a future or present clause, a verb of its own after "since".
@Suite("extraction: r26 dates, history read as deadlines")
struct Real50DateLinkTests: WireCopyProbe {
    func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(MatchText(text).scalars) }
    func clues(_ text: String) -> PublicationDate.Clues { PublicationDate.clues(tokens: tokens(text), monthDay: nil, events: []) }

    @Test(arguments: [
        ("Estonia remained part of the Soviet Union until 1991.", 1991),
        ("The federation, which until 1992 included six republics, broke apart.", 1992),
        ("Latvia was governed from Moscow till 1990.", 1990),
        ("The old border regime lasted until 2004, officials recalled.", 2004),
        ("It is the minister's first trip abroad since the start of the pandemic in February 2020.", 2020),
        ("What would be the first summit since the collapse of the talks in May 2018 opens in Riga.", 2018),
        ("The envoy will pay his first visit since the outbreak of the conflict in 2014.", 2014),
    ])
    func historyIsNoDeadline(sentence: String, year: Int) {
        let found = clues(sentence)
        #expect(!found.futureYears.contains(year))
        #expect(found.pastYears.contains(year))
    }

    @Test(arguments: [
        ("The parliament extended the mandate of the mission until 2030.", 2030),
        ("The ministers agreed to keep the contingent until 2027.", 2027),
        ("The minister complained that the exemptions had been deferred until 2026.", 2026),
        ("Vilnius said it would stay in the programme until 2029.", 2029),
        ("The alliance's work is regulated by the concept until 2028.", 2028),
        ("Both sides will hold talks since the deadline will expire in 2031.", 2031),
    ])
    func deadlinesStayAhead(sentence: String, year: Int) {
        #expect(clues(sentence).futureYears.contains(year))
    }
}
