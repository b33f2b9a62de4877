import Testing
@testable import RelationsKit

/// A digest of other stories set as a list under its heading ("Trending stories", "Most read", "Top stories:"), its items
/// marked ("- 1 A", "• B", "1. C", "2) D"), and the story's next paragraph right under the last item with no blank line: the
/// list ends at the first line that is no item, and that paragraph is the article's. Invented pages, with near-misses: the
/// items themselves stay dropped, and a digest whose headlines are not marked still runs to the blank line.
@Suite("extraction: real41–44 round, a marked digest list ends at its last item")
struct Real44DigestListTests {
    @Test(arguments: [
        "Trending stories\n- 1 Storm closes mountain pass\n- 2 Japan wins the cup",
        "Most read\n1. Storm closes mountain pass\n2. Japan wins the cup",
        "Top stories:\n• Storm closes mountain pass\n• Japan wins the cup",
        "Latest news\n* Storm closes mountain pass\n* Japan wins the cup",
        "Most popular\n1) Storm closes mountain pass\n2) Japan wins the cup",
        "Popular articles\n– Storm closes mountain pass\n– Japan wins the cup",
    ])
    func theParagraphAfterAMarkedListIsKept(list: String) {
        let page = "Minister visits Bishkek\n\nThe foreign minister of Mongolia arrived in Bishkek on Monday.\n" + list
            + "\nThe talks covered trade between Mongolia and Kyrgyzstan, and the two sides agreed on a new air link.\n\nMore to follow."
        let body = TextCleaner.clean(page)
        #expect(body.contains("The talks covered trade between Mongolia and Kyrgyzstan"))
        #expect(body.contains("More to follow."))
        #expect(!body.contains("Japan wins the cup"))
        #expect(!body.contains("Storm closes"))
    }

    @Test func aDigestOfUnmarkedLeadsStillRunsToTheBlankLine() {
        let page = "Minister visits Bishkek\n\nThe foreign minister of Mongolia arrived in Bishkek on Monday.\nTop stories\n"
            + "Japan wins the cup after a long final.\nFloods hit the south of Chile, officials say.\n\nThe talks covered trade."
        let body = TextCleaner.clean(page)
        #expect(!body.contains("Japan"))
        #expect(!body.contains("Chile"))
        #expect(body.contains("The talks covered trade."))
    }

    @Test func aMarkedListWithNoHeadingIsNoDigest() {
        let page = "Summit closes\n\nThe leaders agreed on three points:\n- a free trade zone\n- a joint bank\nThe next summit will be held in Mongolia."
        let body = TextCleaner.clean(page)
        #expect(body.contains("- a joint bank"))
        #expect(body.contains("The next summit will be held in Mongolia."))
    }
}

/// An office and its holder parted by a courtesy ("The President of X, Shri A B has extended", "Prime Minister Mme C D",
/// "Foreign Minister of X, Dr. E F"), or by an apposition's comma that no second comma closes, the name followed by a
/// preposition ("sent a letter to Italian President, A B in connection with", "met X's Prime Minister, C D on Tuesday").
/// Invented sentences, with near-misses: a phrase fronted before the subject ("In a letter to the President of X, A B on
/// Monday wrote"), a deputy's post, and a name followed by a verb inside a fronted phrase.
@Suite("extraction: real41–44 round, an office and its holder parted by a courtesy or an unclosed comma")
struct Real44OfficeCourtesyTests: WireCopyProbe {
    func leaders(_ body: String, date: String = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    @Test(arguments: [
        ("The Prime Minister of Nepal, Shri Ram Bahadur Thapa has sent greetings to the people of Bhutan.", "Ram Bahadur Thapa | Prime Minister | NPL"),
        ("The President of Sri Lanka, Smt. Kamala Perera, received the delegation.", "Kamala Perera | President | LKA"),
        ("Foreign Minister of Chile, Dr. Pablo Rojas has arrived in Lima.", "Pablo Rojas | Foreign Minister | CHL"),
        ("Talks were held with Peruvian Foreign Minister Prof. Dr. Luis Quispe in Lima.", "Luis Quispe | Foreign Minister | PER"),
        ("Ilham Aliyev sent a letter of condolence to Portuguese President, Marcelo Antunes in connection with the fires.", "Marcelo Antunes | President | PRT"),
        ("Tokayev met the Prime Minister of Spain, Pedro Alvarez on Tuesday.", "Pedro Alvarez | Prime Minister | ESP"),
        ("The minister thanked Chilean Foreign Minister, Pablo Rojas for the invitation.", "Pablo Rojas | Foreign Minister | CHL"),
        ("Greetings went to the President of Ghana, Kwame Mensah on the occasion of the national day.", "Kwame Mensah | President | GHA"),
    ])
    func theHolderIsRead(sentence: String, expected: String) {
        #expect(leaders(sentence).contains(expected))
    }

    @Test(arguments: [
        "In a letter to the President of Chile, Pablo Rojas on Monday wrote that the talks had gone well.",
        "Writing to the Portuguese President, Marcelo Antunes in Lisbon said the fires were under control.",
        "The Deputy Prime Minister of Nepal, Shri Ram Bahadur Thapa has sent greetings to the people of Bhutan.",
        "After talks with the President of Ghana, Kwame Mensah on Friday flew home.",
    ])
    func noHolderIsRead(sentence: String) {
        #expect(!leaders(sentence).contains { $0.hasPrefix("Pablo Rojas | President") || $0.hasPrefix("Marcelo Antunes") || $0.hasPrefix("Ram Bahadur Thapa") || $0.hasPrefix("Kwame Mensah") })
    }
}
