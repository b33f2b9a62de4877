import Testing
@testable import RelationsKit

/// Messages in wordings of the r19 round: classes of wording seen on real copy, each in several phrasings other outlets use,
/// with near-misses that must not fire. Invented sentences only (other countries, people and years than the copy read).
@Suite("extraction: real35 round, roundups whose senders are told one paragraph each")
struct Real35MessageTests: WireCopyProbe {
    // MARK: A sentence that tells one sender's own message sums up no messages to that sender (`summary`, `describedMessage`)

    /// A roundup of messages to one leader, whose second paragraph tells one sender's message and names only that sender, in the
    /// attribution after the words it quotes without quotation marks.
    func roundup(_ attribution: String) -> String {
        "Heads of foreign states keep sending their congratulatory letters on the occasion of Nowruz addressed to Uzbek President Shavkat Mirziyoyev, the press service reports.\n\n"
            + "Kyrgyz President Sooronbay Jeenbekov noted that the holiday brings joy to every home.\n\n"
            + "I am confident that our ties will grow stronger, \(attribution).\n\n"
            + "Tajik President Emomali Rahmon stressed that the holiday unites nations."
    }

    @Test(arguments: [
        // The verb before the name, a surname alone.
        "wrote Jeenbekov in his congratulatory letter",
        // The verb before the full name, a message of greetings.
        "noted Sooronbay Jeenbekov in his message of greetings",
        // The name before the verb.
        "Jeenbekov wrote in his congratulatory letter",
        // An office before the name, a telegram.
        "stressed President Jeenbekov in his congratulatory telegram",
        // The present tense of a digest, a letter of congratulations.
        "says Jeenbekov in his letter of congratulations",
    ])
    func theWriterOfOneMessageIsNoAddressee(attribution: String) {
        let found = messages(roundup(attribution), title: "Nowruz congratulations", date: "2019-03-21")
        #expect(found.contains("Emomali Rahmon → Shavkat Mirziyoyev congratulation Nowruz"))
        #expect(found.contains { $0.hasPrefix("Sooronbay Jeenbekov → Shavkat Mirziyoyev") })
        #expect(!found.contains { $0.contains("→ Sooronbay Jeenbekov") })
    }

    @Test func aSummaryThatNamesItsAddresseeStillGivesTheRecipient() {
        let body = "Congratulatory letters on the occasion of Nowruz addressed to Kyrgyz President Sooronbay Jeenbekov keep arriving from heads of foreign states.\n\n"
            + "Tajik President Emomali Rahmon stressed that the holiday unites nations."
        #expect(messages(body, title: "Nowruz congratulations", date: "2019-03-21") == ["Emomali Rahmon → Sooronbay Jeenbekov congratulation Nowruz"])
    }

    @Test func wordsSpokenAtAMeetingAreNoMessageOfTheSpeaker() {
        let body = "Heads of foreign states keep sending their congratulatory letters on the occasion of Nowruz addressed to Uzbek President Shavkat Mirziyoyev, the press service reports.\n\n"
            + "I am confident that our ties will grow stronger, Kyrgyz President Sooronbay Jeenbekov said at the meeting in his congratulatory remarks.\n\n"
            + "Tajik President Emomali Rahmon stressed that the holiday unites nations."
        let found = messages(body, title: "Nowruz congratulations", date: "2019-03-21")
        #expect(found.contains("Emomali Rahmon → Shavkat Mirziyoyev congratulation Nowruz"))
        #expect(!found.contains { $0.contains("Sooronbay Jeenbekov") })
    }
}
