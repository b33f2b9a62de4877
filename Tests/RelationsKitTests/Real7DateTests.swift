import Testing
@testable import RelationsKit

/// Publication dates, anniversaries, relationship labels and page furniture in the shapes of the real5 round and the
/// pool8 precision audit (real wire copy), by mechanism. Invented articles, each mechanism with a negative case.
@Suite("extraction: real7 round, dates, anniversaries, labels and furniture")
struct Real7DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = "A title") -> String? { facts(body, title: title, date: nil).published_on }

    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2014-06-10").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    // MARK: Furniture: headings of other stories' lists

    @Test(arguments: ["Last news", "Recent stories:", "Other news", "Most viewed articles", "Latest headlines"])
    func aHeadingOfOtherStoriesDropsItsList(heading: String) {
        let page = "Tashkent hosted the talks, the ministry said.\n\n\(heading)\n12.03\nThe President of Kyrgyzstan congratulated the Governor-General of Canada\n11.03\nA film festival of the Commonwealth opens in Ashgabat.\n\nThe end of the story."
        #expect(TextCleaner.clean(page) == "Tashkent hosted the talks, the ministry said.\n\nThe end of the story.")
    }

    @Test(arguments: ["Regional news", "Breaking news: talks in Minsk", "News of the day", "Last year"])
    func aHeadingOfAnotherKindKeepsTheLinesAfterIt(heading: String) {
        let page = "Tashkent hosted the talks.\n\n\(heading)\nThe two presidents signed four agreements on trade."
        #expect(TextCleaner.clean(page).contains("The two presidents signed four agreements on trade."))
    }
}
