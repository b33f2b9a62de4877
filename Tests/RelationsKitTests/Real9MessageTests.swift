import Testing
@testable import RelationsKit

/// Messages in the mechanisms the real9 development set found failing: under a title that names no message, a first
/// paragraph that names none either (a photo's caption, a scene) is no lead; the occasion of messages whose own sentences
/// state none comes from the first paragraph that names the messages. Invented articles, with negative cases.
@Suite("extraction: real9 round, messages")
struct Real9MessageTests: WireCopyProbe {
    // MARK: The lead for the occasion is the first paragraph that names the messages

    static let caption = "MOSCOW -- The president chairs a session of the cabinet by video link at his residence on December 23, 2021.\n\n"

    @Test(arguments: [
        caption + "President Vladimir Putin has urged closer ties with Yerevan in New Year messages sent to the leaders of Armenia.\n\n\"The year was hard for all of us,\" Putin wrote to Armenian Prime Minister Nikol Pashinyan.",
        caption + "In New Year greetings to the leaders of Armenia, President Vladimir Putin called for closer ties.\n\n\"The year was hard for all of us,\" Putin wrote to Armenian Prime Minister Nikol Pashinyan.",
        caption + "Vladimir Putin sent New Year messages to the heads of neighbouring states on Thursday.\n\n\"The year was hard for all of us,\" Putin wrote to Armenian Prime Minister Nikol Pashinyan.",
    ])
    func theFirstParagraphNamingTheMessagesGivesTheOccasion(body: String) {
        let found = messages(body, title: "Putin wants closer ties with Yerevan", date: "2021-12-31")
        #expect(found.contains { $0.hasPrefix("Vladimir Putin → Nikol Pashinyan ") && $0.hasSuffix(" New Year") })
    }

    @Test func anOccasionOutsideAnyMessageParagraphIsNoLead() {
        let body = Self.caption + "The New Year holidays in Russia begin on Friday.\n\n\"The year was hard for all of us,\" Putin wrote to Armenian Prime Minister Nikol Pashinyan."
        let found = messages(body, title: "Putin wants closer ties with Yerevan", date: "2021-12-31")
        #expect(!found.contains { $0.hasSuffix(" New Year") })
    }
}
