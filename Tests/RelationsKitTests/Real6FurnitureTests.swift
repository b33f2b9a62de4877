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

    /// Pages that space the headlines under "See also" or "Read more" by blank lines, a blank line after the heading too: the
    /// list goes on while its lines are headlines, and the first sentence after it is the article's again (pool9 audit: only
    /// the first headline went). A list that follows its heading directly still ends at its blank line (see
    /// `Blind1718OrganisationTests.aQuestionInTheBodyStillCounts`).
    @Test(arguments: ["See also", "Read more:", "Related news"])
    func aListSpacedByBlankLinesGoesWithItsHeading(heading: String) {
        let page = "Baku and Tashkent signed a treaty of alliance.\n\n\(heading)\n\nPresident met with President of Bulgaria in Munich\n\n"
            + "China warns US over Taiwan at a conference - Video\n\nMinister meets German counterpart\n\nThe treaty enters into force on ratification."
        #expect(TextCleaner.clean(page) == "Baku and Tashkent signed a treaty of alliance.\n\nThe treaty enters into force on ratification.")
    }

    /// A heading with a pointer after it ("Related >>", "Most Viewed »") heads its list like the bare heading (pool9 audit:
    /// the headlines under them gave six countries and four organisations). A sentence ending in "»" is no heading.
    @Test(arguments: ["Related >>", "Most Viewed >>", "Related news »", "See also ›"])
    func aHeadingWithAPointerHeadsItsList(heading: String) {
        let page = "Georgia will leave the CIS, the president said.\n\n\(heading)\n- Russia calls for urgent meeting with NATO\n- UN concerned over the situation\n\nThe decision takes a year."
        #expect(TextCleaner.clean(page) == "Georgia will leave the CIS, the president said.\n\nThe decision takes a year.")
    }

    @Test func aQuotationClosedByAGuillemetIsNoHeading() {
        let page = "The minister said:\n«Related»\nGeorgia will leave the CIS."
        #expect(TextCleaner.clean(page).contains("Georgia will leave the CIS."))
    }
}
