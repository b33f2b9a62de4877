import Testing
@testable import RelationsKit

/// Page furniture in the shapes of the seventeenth real-copy round: the part of a page where readers respond to the story
/// (a comment section's heading, a question or request to rate the story) closes the article, with all that follows it
/// (comments, their dates, polls, other stories' headlines and leads); a headline repeated as the lead keeps the lead when
/// it is a sentence. Invented text, with negative cases.
@Suite("extraction: real36 round, page furniture")
struct Real36FurnitureTests: WireCopyProbe {
    static let story = "Moldova's parliament voted on Tuesday to open talks with Romania on a joint electricity market, the parliament's press office said in a statement published after the sitting."

    @Test(arguments: [
        "Comments", "Comments (7)", "12 comments", "Facebook Comments", "New comment", "Leave a comment", "Leave a reply",
        "Add your comment:", "Did you like this article?", "Was this story helpful?", "Did you find this news useful?", "Rate this article",
        "Do you like this material? »",
    ])
    func aResponsePromptClosesThePage(prompt: String) {
        let page = "\(Self.story)\n\n\(prompt)\n\nVisitor 12 | 2019-03-04\n\nFinland and Norway sign a fisheries deal\n\nOslo hosted the talks. more »"
        #expect(TextCleaner.clean(page) == Self.story)
        #expect(Set(facts(page).countries) == ["MDA", "ROU"])
    }

    @Test(arguments: [
        // An opinion's label opens with the noun; a subheading names no response; a sentence about comments is the story's.
        "Comment: why Chisinau looks to Bucharest",
        "Reply to Kyiv",
        "Officials declined to comment.",
        "The comments of the two ministers differed.",
        "Was this deal worth it for Finland?",
    ])
    func aLineThatOnlyMentionsCommentsKeepsTheRest(line: String) {
        let page = "\(Self.story)\n\n\(line)\n\nFinland welcomed the vote, its foreign ministry said in Helsinki on Wednesday."
        #expect(facts(page).countries.contains("FIN"))
    }

    @Test func aPromptBeforeTheArticleClosesNothing() {
        let page = "Comments (3)\n\n\(Self.story)\n\nFinland welcomed the vote, its foreign ministry said in Helsinki on Wednesday."
        #expect(facts(page).countries.contains("FIN"))
    }

    @Test(arguments: [
        "Today, Mongolia and Kazakhstan mark 30 years of diplomatic relations.",
        "Mongolia and Kazakhstan marked the 30th anniversary of diplomatic relations on Monday!",
        "Relations between Mongolia and Kazakhstan turn 30 today, the ministry said.",
    ])
    func aHeadlineRepeatedAsTheLeadKeepsTheLead(lead: String) throws {
        let article = try TextArticle.parse("\(lead)\n\n\(lead)\n\nThe ministers exchanged messages.", source: "test")
        #expect(article.title == lead)
        #expect(article.body.hasPrefix(lead))
    }

    @Test func aHeadlineWithoutAStopRepeatedStaysTheTitleOnly() throws {
        let headline = "Mongolian President Sends Greetings To Kazakh Counterpart On Holiday"
        let article = try TextArticle.parse("\(headline)\n\n\(headline)\n\nThe message was published on Monday.", source: "test")
        #expect(article.title == headline)
        #expect(article.body == "The message was published on Monday.")
    }
}

/// A blog's or a site's links to the neighbouring posts are furniture: their headlines name other stories' countries.
@Suite("extraction: real36 round, links to neighbouring posts")
struct Real36NavigationTests: WireCopyProbe {
    @Test(arguments: [
        "« Norway joins the Arctic council | Main | Sweden and Finland sign a ferry deal »",
        "‹ Norway signs a deal with Sweden | Home",
        "Home | Sweden and Finland sign a ferry deal →",
        "Previous article: Norway signs a deal with Sweden",
        "Next story: Sweden and Finland sign a ferry deal",
    ])
    func aLinkToANeighbouringPostIsFurniture(line: String) {
        let page = "Moldova and Romania agree on power grid\n\n\(line)\n\nMoldova and Romania agreed on Tuesday to link their power grids."
        #expect(Set(facts(page).countries) == ["MDA", "ROU"])
    }

    @Test(arguments: [
        "«Norway will never join the union», the minister said.",
        "«Norway and Sweden are our partners»",
        "Norway | Sweden | Finland: the Nordic view of the talks.",
    ])
    func aQuotationOrAListStays(line: String) {
        let page = "Moldova and Romania agree on power grid\n\nMoldova and Romania agreed on Tuesday to link their power grids.\n\n\(line)"
        #expect(facts(page).countries.contains("NOR"))
    }

    @Test func aBarWithThePagesDateStays() {
        #expect(TextCleaner.clean("« Back | News | 23.02.2024\n\nMoldova and Romania agreed to link their power grids.").hasPrefix("« Back"))
    }
}
