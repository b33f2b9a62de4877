import Testing
@testable import RelationsKit

/// Page furniture in the shapes of the sixth real-copy round: a digest of other stories under "Top stories" or "Latest
/// news", whose lines are those stories' leads, full stops and all. Invented pages, with negative cases.
@Suite("cleaning: real6 round, digests of other stories")
struct Real6FurnitureTests {
    @Test(arguments: ["Top stories", " Top stories", "Latest news:", "Most read"])
    func aDigestSLeadsGoWithItsHeading(heading: String) {
        let page = "Georgia left the organisation, the ministry said.\n\n\(heading)\nArmenian Prime Minister Nikol Pashinyan arrived in Paris on Monday.\nThe parliament passed the budget in its third reading.\nPartner news\n\nThe end of the story."
        let cleaned = TextCleaner.clean(page)
        #expect(cleaned == "Georgia left the organisation, the ministry said.\n\nThe end of the story.")
    }

    @Test func aReadMoreHeadingKeepsTheSentencesAfterIt() {
        // Under a heading of links only headline-like lines go: a sentence after "Read more" stays the article's.
        let cleaned = TextCleaner.clean("The talks began in Minsk.\n\nRead more\nThe two presidents signed four agreements on trade.")
        #expect(cleaned.contains("The two presidents signed four agreements on trade."))
    }

    @Test func aDigestEndsAtTheBlankLine() {
        let cleaned = TextCleaner.clean("The talks began in Minsk.\n\nTop stories\nA lead of another story.\n\nThe talks went on for two days.")
        #expect(cleaned == "The talks began in Minsk.\n\nThe talks went on for two days.")
    }
}
