import Testing
@testable import RelationsKit

/// Text cleaning of the real61–64 round. Invented lines only, with near-misses that must not change.
///
/// Under a heading of links, a teaser that breaks off with an ellipsis ("The ambassador has met with...") is another story's
/// lead, like the headline above it: the list goes on past it.
@Suite("cleaning: link lists, real64")
struct Real64MiscTests {

    @Test(arguments: ["...", "…"])
    func aTeaserUnderALinkHeadingIsFurniture(ellipsis: String) {
        let page = """
        The presidents discussed trade and water in Dushanbe on Thursday.

        Related

        Ambassador meets Taliban foreign minister

        The ambassador to Afghanistan, Saadi Sharifi, has met with\(ellipsis)

        Minister welcomes Iran-U.S. talks

        The Minister of Foreign Affairs has expressed\(ellipsis)
        """
        #expect(TextCleaner.clean(page) == "The presidents discussed trade and water in Dushanbe on Thursday.")
    }

    @Test func aSentenceUnderALinkHeadingEndsTheList() {
        let page = """
        The presidents discussed trade in Dushanbe.

        Related

        Ambassador meets Taliban foreign minister

        The presidents also agreed to meet again in Tashkent next year.
        """
        #expect(TextCleaner.clean(page).hasSuffix("The presidents also agreed to meet again in Tashkent next year."))
    }
}
