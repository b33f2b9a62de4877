import Testing
@testable import RelationsKit

/// Date wording of the real61–64 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A full date in the lead that dates its past news may follow "on" through a part of its day ("On the afternoon of June 16,
/// 2004, ... met"): the year of the article, as "On June 16, 2004" gives it. A lead's irregular past ("met", "held", "sent")
/// reports its news as a regular one does.
@Suite("extraction: dates, real64")
struct Real64DateTests: WireCopyProbe {

    @Test(arguments: [
        "On the afternoon of June 16, 2004, Chinese President Hu Jintao met Kyrgyz President Askar Akayev in Tashkent.",
        "On the evening of 3 May 2019, the two ministers signed a protocol in Baku.",
        "The presidents met on the morning of September 5, 2017 and discussed water issues.",
        "The two leaders held talks on September 5, 2017 in Tashkent.",
    ])
    func aPartOfTheDayKeepsTheLeadDate(text: String) {
        let year = text.contains("2004") ? "2004" : text.contains("2019") ? "2019" : "2017"
        #expect(facts(text, date: nil).published_on == year)
    }

    @Test(arguments: [
        // Not the time of the verb: a memory the lead recalls, or a stretch that is not a part of a day.
        "The minister recalled the afternoon of June 16, 2004, when the presidents met in Tashkent.",
        "On the anniversary of June 16, 2004, the presidents met in Tashkent.",
        "The presidents will meet on the afternoon of June 16, 2004 in Tashkent.",
    ])
    func otherPhrasesStayUndated(text: String) {
        #expect(facts(text, date: nil).published_on != "2004")
    }
}
