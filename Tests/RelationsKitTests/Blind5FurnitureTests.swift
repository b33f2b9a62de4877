import Testing
@testable import RelationsKit

/// Page furniture of the fifth blind round: a short line inviting readers to follow the outlet on a social network is
/// not article text (its outlet's name is no person). Invented lines, with negative cases.
@Suite("extraction: blind5 round, page furniture")
struct Blind5FurnitureTests: WireCopyProbe {
    @Test(arguments: ["Follow Trend on Telegram", "📌 Follow Kazinform on Telegram", "Subscribe to AKIpress on WhatsApp", "Follow us on X", "Join us on Telegram!"])
    func anInvitationToFollowIsFurniture(line: String) {
        #expect(TextCleaner.isFurniture(line))
        #expect(!TextCleaner.clean("Aliyev congratulated Putin.\n\n\(line)").contains(line))
    }

    @Test(arguments: [
        "Follow-up talks on the treaty will be held on Monday.",
        "Officials follow the talks on Telegram closely, the agency said, adding that the channel was popular with diplomats in Baku and Moscow.",
        "Subscribe to the treaty on the CIS free trade zone, the minister urged his colleagues.",
    ])
    func sentencesAreNotFurniture(line: String) {
        #expect(!TextCleaner.isFurniture(line))
    }

    @Test func theOutletIsNoSender() {
        let body = "BAKU, June 12. Azerbaijani President Ilham Aliyev has sent a congratulatory letter to Russian President Vladimir Putin on Russia Day.\n\nFollow Trend on Telegram"
        #expect(messages(body, date: "2023-06-12") == ["Ilham Aliyev → Vladimir Putin congratulation national holiday"])
    }
}
