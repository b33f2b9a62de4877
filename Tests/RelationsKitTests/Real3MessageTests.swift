import Testing
@testable import RelationsKit

/// Messages in the mechanisms the real3 round (real wire copy) found failing: a letter quoted over paragraphs with a mark only
/// at its ends; "the Head of Tajik State" with no article before the country; "the First President of X", the post's first
/// holder; a congratulation in a participle after a quotation's verb of saying; an organisation's abbreviation in brackets
/// between an officer's body and name; a digest's present tense ("A writes that"); a title the gazetteer does not know before
/// a sender's name. Invented sentences, with negative cases.
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

    // MARK: "the Head of Tajik State": the head of a state named by its adjective, with or without "the" before it

    @Test(arguments: [
        ("DUSHANBE, 9 September 2016. In his congratulatory message, President of China Xi Jinping wished success to the Head of Tajik State.", "Emomali Rahmon"),
        ("BISHKEK, 31 August 2021. Shavkat Mirziyoyev sent a congratulatory telegram to the head of Kyrgyz state on Independence Day.", "Sadyr Japarov"),
        ("BAKU, 28 May 2020. Vladimir Putin sent a message of congratulations to the Head of the Azerbaijani State.", "Ilham Aliyev"),
    ])
    func theHeadOfAStateByItsAdjectiveIsItsPresident(body: String, recipient: String) {
        #expect(facts(body, date: nil).messages.map(\.to) == [recipient])
    }

    // MARK: "the First President of X": the first holder of the post in the reference, not the holder on the date

    @Test(arguments: [
        ("ASTANA, 6 July 2019. Sooronbay Jeenbekov also congratulated the First President of Kazakhstan on his birthday in a telegram.", "Sooronbay Jeenbekov"),
        ("ASTANA, 6 July 2020. Emomali Rahmon sent a birthday telegram to the first President of Kazakhstan.", "Emomali Rahmon"),
    ])
    func theFirstPresidentIsThePostsFirstHolder(body: String, sender: String) {
        let found = facts(body, date: nil).messages
        #expect(found.map(\.from) == [sender])
        #expect(found.map(\.to) == ["Nursultan Nazarbayev"])
    }

    @Test func thePresidentWithoutFirstIsTheHolderOnTheDate() {
        let found = facts("ASTANA, 6 July 2020. Emomali Rahmon sent a telegram to the President of Kazakhstan.", date: nil).messages
        #expect(found.map(\.to) == ["Kassym-Jomart Tokayev"])
    }

    // MARK: A congratulation in a participle after a quotation's verb of saying is spoken

    @Test(arguments: [
        "ASTANA, 4 July 2024. \"The decision on the membership of Belarus has been made,\" Kassym-Jomart Tokayev announced, congratulating Alexander Lukashenko.",
        "ASTANA, 4 July 2024. \"Welcome to the family,\" Shavkat Mirziyoyev told the summit, congratulating Alexander Lukashenko on the accession.",
        "ASTANA, 4 July 2024. \"Welcome to the family,\" Shavkat Mirziyoyev said, greeting Alexander Lukashenko.",
    ])
    func aParticipleAfterQuotedSpeechIsSpoken(body: String) {
        #expect(facts(body, date: nil).messages.isEmpty)
    }

    @Test func aParticipleBesideAWrittenMediumIsAMessage() {
        let body = "MINSK, 3 July 2024. Kassym-Jomart Tokayev sent a telegram to Alexander Lukashenko. \"I wish you success,\" Tokayev wrote, congratulating Lukashenko on Independence Day."
        #expect(facts(body, date: nil).messages.contains { $0.from == "Kassym-Jomart Tokayev" && $0.to == "Alexander Lukashenko" })
    }

    // MARK: An organisation's abbreviation in brackets between an officer's body and name

    @Test(arguments: [
        ("BAKU, 26 December 2024. Secretary General of the Shanghai Cooperation Organization (SCO) Zhang Ming has sent a letter of condolences to President of Azerbaijan Ilham Aliyev.", "Zhang Ming"),
        ("BAKU, 26 December 2024. Secretary-General of the Collective Security Treaty Organization (CSTO) Imangali Tasmagambetov sent a letter of condolence to Ilham Aliyev.", "Imangali Tasmagambetov"),
    ])
    func anOfficerAfterABracketedAbbreviationSends(body: String, sender: String) {
        #expect(facts(body, date: nil).messages.map(\.from) == [sender])
    }

    // MARK: A digest's present tense and a title the gazetteer does not know before the sender

    @Test func aDigestInThePresentTenseReportsEachMessage() {
        let body = "ASTANA, 21 March 2021. Kassym-Jomart Tokayev is receiving congratulations on Nauryz from foreign leaders.\n\n"
            + "President of Kyrgyzstan Sadyr Japarov writes that the relations will strengthen.\n\n"
            + "President of Uzbekistan Shavkat Mirziyoyev notes the growth of trade."
        #expect(messages(body, date: nil) == ["Sadyr Japarov → Kassym-Jomart Tokayev congratulation Nowruz",
                                              "Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Nowruz"])
    }

    @Test func aSenderAfterAnUnknownTitleReportsInADigest() {
        let body = "ASTANA, 6 July 2019. Heads of State sent congratulatory telegrams and letters to Nursultan Nazarbayev on the occasion of his birthday.\n\n"
            + "President of Kyrgyzstan Sooronbay Jeenbekov noted in his telegram that the capital has grown.\n\n"
            + "Head of the Government of Russia Dmitry Medvedev highlighted the merits of Nursultan Nazarbayev in the development of the country."
        #expect(messages(body, date: nil).contains("Dmitry Medvedev → Nursultan Nazarbayev congratulation birthday"))
    }

    @Test func aBodyAndAPersonAsSubjectsReportNothing() {
        let body = "ASTANA, 6 July 2019. Heads of State sent congratulatory telegrams and letters to Nursultan Nazarbayev on the occasion of his birthday.\n\n"
            + "President of Kyrgyzstan Sooronbay Jeenbekov noted in his telegram that the capital has grown.\n\n"
            + "The Federation Council of Russia and Valentina Matviyenko highlighted the merits of the capital."
        #expect(messages(body, date: nil) == ["Sooronbay Jeenbekov → Nursultan Nazarbayev congratulation birthday"])
    }
}
