import Testing
@testable import RelationsKit

/// Messages, second round of the real33–real36 development: the occasion a letter's own words state after the report, and a
/// state's national day written in small letters. Invented sentences (other countries, people and years than the development
/// items), with near-misses that must not fire.
@Suite("extraction: real36 round b, messages")
struct Real36bMessageTests: WireCopyProbe {
    // MARK: The occasion only the letter's quoted words state

    /// A report that names no occasion, then the letter's own words, quoted after it (in the next paragraph or the same one,
    /// closed by a verb of saying or opened by "the letter reads:"), which offer the congratulations on a state's national day,
    /// in small letters, saying whose it is; an apposition after it names the day itself.
    @Test(arguments: [
        ("ASTANA, 16 December 2021. Shavkat Mirziyoyev has sent a congratulatory letter to Kassym-Jomart Tokayev.\n\n\"I extend my warmest "
            + "congratulations to you and your people on the occasion of the national day of the Republic of Kazakhstan - Independence Day,\" "
            + "Mirziyoyev said in his letter.",
         "Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Independence Day"),
        ("DUSHANBE, 9 September 2022. Sadyr Japarov sent a message to Emomali Rahmon.\n\nThe letter reads: \"Please accept my sincere "
            + "congratulations on the national day of your country. I wish you good health.\"",
         "Sadyr Japarov → Emomali Rahmon letter national holiday"),
        ("BAKU, 28 May 2023. Kassym-Jomart Tokayev addressed a letter to Ilham Aliyev. \"On behalf of the people of Kazakhstan, I congratulate "
            + "you on the national day of the friendly Azerbaijan,\" wrote Tokayev.",
         "Kassym-Jomart Tokayev → Ilham Aliyev letter national holiday"),
        ("DUSHANBE, 9 September 2022. Sadyr Japarov sent a message to Emomali Rahmon.\n\nThe message says: \"I cordially congratulate you "
            + "on Independence Day. I wish you good health.\"",
         "Sadyr Japarov → Emomali Rahmon letter Independence Day"),
    ])
    func theLettersQuotedWordsStateItsOccasion(body: String, message: String) {
        #expect(messages(body, date: nil) == [message])
    }

    /// The report itself may name the national day in small letters, of a state by its name or as a republic, with the day
    /// itself in apposition.
    @Test(arguments: [
        ("TASHKENT, 1 September 2020. Emomali Rahmon sent a congratulatory telegram to Shavkat Mirziyoyev on the national day of Uzbekistan.",
         "Emomali Rahmon → Shavkat Mirziyoyev congratulation national holiday"),
        ("TASHKENT, 1 September 2020. Emomali Rahmon sent a congratulatory telegram to Shavkat Mirziyoyev on the occasion of the national day "
            + "of the Republic of Uzbekistan, Independence Day.",
         "Emomali Rahmon → Shavkat Mirziyoyev congratulation Independence Day"),
    ])
    func aReportNamesTheNationalDayInSmallLetters(body: String, message: String) {
        #expect(messages(body, date: nil) == [message])
    }

    // MARK: Near-misses

    /// Congratulations on a national day said at a reception or by telephone are no message.
    @Test(arguments: [
        "BISHKEK, 31 August 2021. At the reception on the national day of the Kyrgyz Republic, Ilham Aliyev congratulated Sadyr Japarov.",
        "BISHKEK, 31 August 2021. Ilham Aliyev congratulated Sadyr Japarov by telephone on the national day of Kyrgyzstan.",
    ])
    func aNationalDaySpokenOfIsNoMessage(body: String) {
        #expect(messages(body, date: nil).isEmpty)
    }

    /// A national day of something else (mourning, remembrance) is no occasion, in the report or in the letter's words.
    @Test(arguments: [
        ("BISHKEK, 31 August 2021. Ilham Aliyev sent a letter of condolence to Sadyr Japarov, who declared a national day of mourning.",
         "Ilham Aliyev → Sadyr Japarov condolence -"),
        ("BISHKEK, 31 August 2021. Ilham Aliyev sent a letter to Sadyr Japarov.\n\n\"I congratulate you on your appointment, and I recall the "
            + "national day of remembrance we marked together,\" Aliyev wrote.",
         "Ilham Aliyev → Sadyr Japarov letter -"),
    ])
    func aNationalDayOfSomethingElseIsNoOccasion(body: String, message: String) {
        #expect(messages(body, date: nil) == [message])
    }

    /// "Your national day" says of no state: it is the holiday the article names, not a national holiday of its own.
    @Test func aNationalDayOfNoStateIsTheArticlesHoliday() {
        let body = "MINSK, 3 July 2019. Heads of state are sending congratulations to Alexander Lukashenko on Independence Day. Kassym-Jomart Tokayev "
            + "sent a congratulatory telegram to Alexander Lukashenko.\n\n\"I send you my congratulations on the occasion of your national day,\" "
            + "reads the telegram."
        #expect(messages(body, date: nil) == ["Kassym-Jomart Tokayev → Alexander Lukashenko congratulation Independence Day"])
    }
}
