import Testing
@testable import RelationsKit

/// Message wording of the real71–78 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A letter printed after its report, in a quoted paragraph, offers its congratulations to the addressee whether or not it says
/// "you" ("'Dear Ilham Heydarovich, / Please accept my most sincere congratulations on the occasion of Novruz'"): its occasion
/// is the message's. A counterpart named as the object before the message's medium ("wished his Uzbek counterpart a happy
/// birthday in a telegram") is the person there who holds the sender's office, as one after the medium always was.
@Suite("extraction: messages, real75")
struct Real75MessageTests: WireCopyProbe {

    @Test func aPrintedLetterGivesItsOccasionWithoutSayingYou() {
        let text = """
        BAKU, March 21. President of Russia Vladimir Putin has sent a congratulatory letter to President of Azerbaijan Ilham Aliyev.

        "Dear Ilham Heydarovich,

        Please accept my most sincere congratulations on the occasion of Novruz, the spring holiday.

        I wish you good health," the letter reads.
        """
        #expect(messages(text, date: "2025-03-21") == ["Vladimir Putin → Ilham Aliyev congratulation Nowruz"])
    }

    @Test func aQuotedParagraphInTheThirdPersonGivesNoOccasion() {
        // Words quoted after the report that offer nobody's congratulations are not the letter's.
        let text = """
        BAKU, March 21. President of Russia Vladimir Putin has sent a congratulatory letter to President of Azerbaijan Ilham Aliyev.

        "Many guests brought congratulations on Novruz to the capital," the ministry said.
        """
        #expect(messages(text, date: "2025-03-21") == ["Vladimir Putin → Ilham Aliyev congratulation -"])
    }

    @Test func aCounterpartBeforeTheMediumIsTheNamedHolder() {
        let text = """
        The Russian and Uzbek presidents, Vladimir Putin and Shavkat Mirziyoyev, confirmed their intention to develop relations.

        Putin also wished his Uzbek counterpart a happy birthday in a telegram of congratulations.
        """
        #expect(messages(text) == ["Vladimir Putin → Shavkat Mirziyoyev congratulation birthday"])
        let sent = """
        The Russian and Uzbek presidents, Vladimir Putin and Shavkat Mirziyoyev, confirmed their intention to develop relations.

        Putin sent his Uzbek counterpart a telegram of congratulations on his birthday.
        """
        #expect(messages(sent) == ["Vladimir Putin → Shavkat Mirziyoyev congratulation birthday"])
    }

    @Test func aCounterpartNobodyNamesIsTheHolderOnTheDateOrTheState() {
        // Not the article's other person of that state, who holds another office; with no date, the state.
        let text = """
        Russian President Vladimir Putin met Kyrgyz Prime Minister Akylbek Japarov last month.

        Putin wished his Kyrgyz counterpart a happy birthday in a telegram of congratulations.
        """
        #expect(messages(text, date: "2023-11-06") == ["Vladimir Putin → Sadyr Japarov congratulation birthday"])
        #expect(messages(text, date: nil) == ["Vladimir Putin → KGZ congratulation birthday"])
    }
}
