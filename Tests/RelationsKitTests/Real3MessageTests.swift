import Testing
@testable import RelationsKit

/// Messages in the mechanisms the real3 round (real wire copy) found failing. Invented sentences, with negative cases.
@Suite("extraction: real3 round, messages")
struct Real3MessageTests: WireCopyProbe {
    // MARK: A letter quoted over several paragraphs, with a mark only where it opens and where it closes

    @Test(arguments: [
        ("BAKU, 1 September 2021. Ilham Aliyev sent a congratulatory letter to Shavkat Mirziyoyev.\n\n\"Dear Mr President,\n\n"
            + "On behalf of the people of Azerbaijan, I congratulate you on the Independence Day of Uzbekistan.\n\n"
            + "I wish you good health and success,\" the letter said.", "Ilham Aliyev"),
        ("RIGA, 28 May 2022. Egils Levits sent a congratulatory letter to Ilham Aliyev.\n\n\u{201C}Your Excellency,\n\n"
            + "On the National Day of Azerbaijan, I extend my sincere congratulations to Azerbaijan and its people.\n\n"
            + "Please accept the assurances of my highest consideration,\u{201D} the letter reads.", "Egils Levits"),
        ("ASTANA, 16 December 2021. Shavkat Mirziyoyev sent a telegram to Kassym-Jomart Tokayev.\n\n\"Dear Kassym-Jomart Kemelevich,\n\n"
            + "Uzbekistan and I warmly congratulate you on the holiday.\n\n"
            + "Respectfully yours,\" the telegram says.", "Shavkat Mirziyoyev"),
    ])
    func aLettersMiddleParagraphsAreItsOwnWords(body: String, sender: String) {
        let found = facts(body, date: nil).messages
        #expect(found.count == 1)
        #expect(found.first?.from == sender)
    }

    @Test func aParagraphAfterAClosedQuotationStillReports() {
        let body = "MINSK, 3 July 2022. Vladimir Putin sent a message to Alexander Lukashenko on Independence Day.\n\n"
            + "\"We value our alliance,\" the message reads.\n\n"
            + "Kassym-Jomart Tokayev also sent congratulations to Alexander Lukashenko on Independence Day."
        #expect(messages(body, date: "2022-07-03").contains("Kassym-Jomart Tokayev → Alexander Lukashenko congratulation Independence Day"))
    }

    @Test func aQuotationThatNeverClosesLeavesTheNextParagraphsOutside() {
        let body = "MINSK, 3 July 2022. Vladimir Putin said: \"We value our alliance.\n\n"
            + "Kassym-Jomart Tokayev sent congratulations to Alexander Lukashenko on Independence Day."
        #expect(messages(body, date: "2022-07-03").contains("Kassym-Jomart Tokayev → Alexander Lukashenko congratulation Independence Day"))
    }
}
