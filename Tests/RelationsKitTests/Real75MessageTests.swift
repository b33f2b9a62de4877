import Testing
@testable import RelationsKit

/// Message wording of the real71–78 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A letter printed after its report, in a quoted paragraph, offers its congratulations to the addressee whether or not it says
/// "you" ("'Dear Ilham Heydarovich, / Please accept my most sincere congratulations on the occasion of Novruz'"): its occasion
/// is the message's. A counterpart named as the object before the message's medium ("wished his Uzbek counterpart a happy
/// birthday in a telegram") is the person there who holds the sender's office, as one after the medium always was. A letter
/// printed whole may salute its addressee "Your Excellency Mr. President!". A congratulation between the pair of a letter
/// reported before, on the letter's occasion, says what that letter does: it is no second message, and it stays a letter.
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

    @Test(arguments: ["Your Excellency Mr. President!", "Your Excellency, Mr. President,", "Your Excellency,"])
    func aPrintedLetterSalutesByStyleAlone(salutation: String) {
        let text = """
        His Excellency
        Mr. Shavkat Mirziyoyev,
        President of the Republic of Uzbekistan

        \(salutation)

        On the occasion of the 28th anniversary of the independence of the Republic of Uzbekistan, allow me to convey sincere congratulations to You.

        Xi Jinping,
        President of the People's Republic of China
        """
        #expect(messages(text, date: "2019-08-29") == ["Xi Jinping → Shavkat Mirziyoyev congratulation Independence Day"])
    }

    @Test func aLongerLineOfStylesIsNoSalutation() {
        // A line that says more than a form of address opens no letter.
        let text = """
        His Excellency
        Mr. Shavkat Mirziyoyev,
        President of the Republic of Uzbekistan

        Your Excellency Mr. President spoke at the forum!

        On the occasion of the 28th anniversary of the independence of the Republic of Uzbekistan, allow me to convey sincere congratulations to You.

        Xi Jinping,
        President of the People's Republic of China
        """
        #expect(messages(text, date: "2019-08-29").isEmpty)
    }

    @Test func aCongratulationOnTheLettersOccasionIsThatLetter() {
        let text = """
        President of Azerbaijan Ilham Aliyev has sent a letter to Russian President Vladimir Putin on the occasion of Russia Day.

        Ilham Aliyev wholeheartedly congratulated the Russian president and the people of Russia on the national holiday.
        """
        #expect(messages(text, date: "2019-06-12") == ["Ilham Aliyev → Vladimir Putin letter national holiday"])
    }

    @Test func aCongratulationOnAnotherOccasionOrSaidToBeAnotherStaysApart() {
        let other = """
        President of Azerbaijan Ilham Aliyev has sent a letter to Russian President Vladimir Putin on the occasion of Russia Day.

        Ilham Aliyev also congratulated Vladimir Putin on the national holiday in a separate telegram.
        """
        #expect(messages(other, date: "2019-06-12") == ["Ilham Aliyev → Vladimir Putin letter national holiday",
                                                         "Ilham Aliyev → Vladimir Putin congratulation national holiday"])
        let birthday = """
        President of Azerbaijan Ilham Aliyev has sent a letter to Russian President Vladimir Putin on the occasion of Russia Day.

        In October, Ilham Aliyev sent Vladimir Putin a congratulatory telegram on his birthday.
        """
        #expect(messages(birthday, date: "2019-06-12") == ["Ilham Aliyev → Vladimir Putin letter national holiday",
                                                            "Ilham Aliyev → Vladimir Putin congratulation birthday"])
    }
}
