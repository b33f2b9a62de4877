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
        "Lavrov's reply",
        "Kremlin declines comment",
        "Ankara's comments",
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

/// Leaders in the shapes of the seventeenth real-copy round: a known person's family name cut short by its last letter
/// ("Tokaye"), an editor's gloss in brackets between a legislature's name and its officer's ("Speaker of the Russian State
/// Duma (lower house) A"), a chamber of a legislature in small letters ("the speaker of the lower house of the Kazakh
/// parliament"). Invented sentences, with negative cases.
@Suite("extraction: real36 round, leaders")
struct Real36LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    @Test(arguments: [
        "The decree was drafted by the President of Azerbaijan Ilham Aliye and published on Monday.",
        "Azerbaijani President Ilham Aliye signed the decree on Monday.",
        "Ilham Aliye, the President of Azerbaijan, signed the decree on Monday.",
    ])
    func aFamilyNameCutShortByItsLastLetterIsTheListedPerson(sentence: String) {
        #expect(leaders(sentence).contains("Ilham Aliyev | President | AZE"))
    }

    @Test func aNameCutShortByMoreOrWithAnotherGivenNameIsNotThePerson() {
        #expect(!leaders("President of Azerbaijan Ilham Aliy signed the decree.").contains("Ilham Aliyev | President | AZE"))
        #expect(!leaders("Azerbaijani Foreign Minister Rashad Aliye met the envoy.").contains { $0.hasPrefix("Ilham Aliyev") })
    }

    @Test(arguments: [
        ("Speaker of the Kazakh Mazhilis (lower house) Arman Serikbayev opened the session.", "Arman Serikbayev | Speaker | KAZ"),
        ("Chairman of the Uzbek Oliy Majlis (parliament) Dilnoza Rakhimova met the delegation.", "Dilnoza Rakhimova | Chairman | UZB"),
        ("The Speaker of the Armenian parliament (National Assembly) Gevorg Hakobyan said the vote was set.", "Gevorg Hakobyan | Speaker | ARM"),
    ])
    func aGlossInBracketsBetweenTheBodyAndThePerson(sentence: String, leader: String) {
        #expect(leaders(sentence).contains(leader))
    }

    @Test func aGlossBeforeNoNameGivesNoPerson() {
        #expect(leaders("Speaker of the Kazakh Mazhilis (lower house), who opened the session, said it would be short.").isEmpty)
    }

    @Test(arguments: [
        ("Arman Serikbayev, the speaker of the lower house of the Kazakh parliament, said the vote was set.", "Arman Serikbayev | Speaker | KAZ"),
        ("Arman Serikbayev, speaker of the lower house of Kazakhstan's parliament, the Mazhilis, opened the session.", "Arman Serikbayev | Speaker | KAZ"),
        ("Chairman of the upper chamber of the Uzbek parliament Dilnoza Rakhimova met the delegation.", "Dilnoza Rakhimova | Chairman | UZB"),
    ])
    func aChamberOfTheLegislatureInSmallLetters(sentence: String, leader: String) {
        #expect(leaders(sentence).contains(leader))
    }

    @Test func aMemberOfTheChamberHoldsNoOffice() {
        #expect(leaders("Arman Serikbayev, a member of the lower house of the Kazakh parliament, said the vote was set.").isEmpty)
    }
}

/// Leaders tied by a relative clause whose predicate stands further from its antecedent, and titles with the holder's
/// circumstance before the office ("Iran's visiting President A"). Invented sentences, with negative cases.
@Suite("extraction: real36 round, leaders in relative clauses and with circumstances")
struct Real36LeaderClauseTests: WireCopyProbe {
    func leaders(_ body: String) -> Set<String> {
        Set(facts(body).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    @Test(arguments: [
        "The museum honours Arvo Kask, who later became Prime Minister of Estonia.",
        "The museum honours Arvo Kask, who in 1992 was elected the first President of Estonia.",
        "The museum honours Arvo Kask, a lawyer by training, who became the first President of Estonia.",
        "The museum honours Arvo Kask, one of the founders of the movement, who, after the country regained independence on August 20, 1991, became the first Prime Minister of Estonia.",
    ])
    func aRelativeClauseGivesItsAntecedentTheOffice(sentence: String) {
        #expect(leaders(sentence).contains { $0.hasPrefix("Arvo Kask | ") && $0.hasSuffix(" | EST") })
    }

    @Test(arguments: [
        "The museum honours Arvo Kask, who was never elected President of Estonia.",
        "The museum honours Arvo Kask, whose son became the first President of Estonia.",
        "The museum honours Arvo Kask, who met the first President of Estonia in 1992.",
        "Arvo Kask said that Mart Tamm, who later became Prime Minister of Estonia, was his friend.",
    ])
    func aClauseThatGivesTheAntecedentNoOfficeTiesNoOne(sentence: String) {
        #expect(!leaders(sentence).contains { $0.hasPrefix("Arvo Kask") })
    }

    @Test(arguments: [
        ("Kenya's visiting President Samuel Otieno met the minister.", "Samuel Otieno | President | KEN"),
        ("Kenya's outgoing Prime Minister Samuel Otieno met the minister.", "Samuel Otieno | Prime Minister | KEN"),
        ("The incumbent President of Kenya Samuel Otieno met the minister.", "Samuel Otieno | President | KEN"),
    ])
    func aCircumstanceBeforeTheOfficeLeavesIt(sentence: String, leader: String) {
        #expect(leaders(sentence).contains(leader))
    }
}

/// Anniversaries in the shapes of the seventeenth real-copy round: the year a count of years reaches ("in the 25th year of
/// the establishment of diplomatic relations", the guide's ruling) when what is counted follows its "of". Invented sentences,
/// with negative cases.
@Suite("extraction: real36 round, anniversaries")
struct Real36AnniversaryTests: WireCopyProbe {
    @Test(arguments: [
        "The visit takes place in the 25th year of the establishment of diplomatic relations between China and Kazakhstan.",
        "This year is the 25th year of diplomatic relations between Kazakhstan and China.",
        "China and Kazakhstan, now in the 25th year of their diplomatic relations, signed six agreements.",
    ])
    func theYearACountReachesIsItsAnniversary(sentence: String) {
        #expect(anniversaries(sentence, date: "2017-03-01") == ["CHN-KAZ diplomatic relations 25 2017"])
    }

    @Test func anOrganisationsYear() {
        #expect(anniversaries("The summit opened in the 20th year of the Shanghai Cooperation Organisation.", date: "2021-06-15") == [" SCO 20 2021"])
    }

    @Test(arguments: [
        "China and Kazakhstan met in the third year of his presidency.",
        "China and Kazakhstan talked in the fifth year of the war.",
        "In the second year of talks on diplomatic relations, China and Kazakhstan made progress.",
    ])
    func aYearOfSomethingElseIsNone(sentence: String) {
        #expect(anniversaries(sentence, date: "2017-03-01").isEmpty)
    }
}

/// Relationship labels in the shapes of the seventeenth real-copy round: an alliance or a strategic partnership wished for
/// (sought, proposed, needed, called for, an idea) or hedged ("something of an alliance") is no label between the parties.
/// Invented sentences, with positive cases.
@Suite("extraction: real36 round, relationship labels")
struct Real36RelationTests: WireCopyProbe {
    func relations(_ body: String) -> Set<String> { Set(facts(body).relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" }) }

    @Test(arguments: [
        "Serbia understands the need for a strong alliance with Russia.",
        "Serbia seeks a military alliance with Russia, its minister said.",
        "Belgrade proposed an alliance with Moscow on Monday.",
        "Serbian deputies called for a closer alliance with Russia.",
        "The prospect of an alliance between Serbia and Russia worried Brussels.",
        "Serbia wants a strategic partnership with Russia.",
        "Serbia and Russia discussed the idea of a comprehensive strategic partnership.",
    ])
    func aLabelWishedForIsNone(sentence: String) {
        #expect(relations(sentence).isEmpty)
    }

    @Test func aHedgedAllianceIsNone() {
        #expect(relations("Serbia and Russia signed a charter on Monday.\n\nIt is something of an odd alliance.").isEmpty)
    }

    @Test(arguments: [
        ("Serbia and Russia have a strong alliance.", "RUS-SRB alliance"),
        ("Serbia formed an alliance with Russia in 1914.", "RUS-SRB alliance"),
        ("Serbia and Russia are bound by a strategic partnership.", "RUS-SRB strategic partnership"),
    ])
    func aLabelHeldStays(sentence: String, relation: String) {
        #expect(relations(sentence).contains(relation))
    }
}
