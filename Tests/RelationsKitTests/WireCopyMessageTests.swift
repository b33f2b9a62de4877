import Testing
@testable import RelationsKit

/// The many ways wire copy phrases the same fact, one test per phenomenon. Every sentence here is invented.
@Suite("extraction: wire copy phrasings, messages")
struct WireCopyMessageTests: WireCopyProbe {
    // MARK: Messages

    @Test(arguments: [
        ("President of Russia Vladimir Putin sent a congratulatory telegram to President of Kazakhstan Nursultan Nazarbayev on his birthday.", "Vladimir Putin → Nursultan Nazarbayev congratulation birthday"),
        ("Vladimir Putin extended condolences to Nursultan Nazarbayev over the plane crash.", "Vladimir Putin → Nursultan Nazarbayev condolence -"),
        ("Nursultan Nazarbayev received greetings from Vladimir Putin on the occasion of Nowruz.", "Vladimir Putin → Nursultan Nazarbayev greeting Nowruz"),
        ("Greetings from Vladimir Putin were conveyed to Nursultan Nazarbayev on the occasion of Victory Day.", "Vladimir Putin → Nursultan Nazarbayev greeting Victory Day"),
        ("A congratulatory message from Vladimir Putin was delivered to Nursultan Nazarbayev.", "Vladimir Putin → Nursultan Nazarbayev congratulation -"),
        ("Vladimir Putin sent Nursultan Nazarbayev a congratulatory message on Independence Day.", "Vladimir Putin → Nursultan Nazarbayev congratulation Independence Day"),
        ("Vladimir Putin wrote to Nursultan Nazarbayev about the draft agreement.", "Vladimir Putin → Nursultan Nazarbayev letter -"),
        ("Vladimir Putin addressed a message to Nursultan Nazarbayev on the occasion of Independence Day.", "Vladimir Putin → Nursultan Nazarbayev letter Independence Day"),
        ("Vladimir Putin has sent a letter of condolence to Nursultan Nazarbayev.", "Vladimir Putin → Nursultan Nazarbayev condolence -"),
        ("Vladimir Putin conveyed his condolences to Nursultan Nazarbayev in connection with the floods.", "Vladimir Putin → Nursultan Nazarbayev condolence -"),
    ])
    func oneMessagePhrasedManyWays(sentence: String, expected: String) {
        #expect(messages(sentence) == [expected])
    }

    @Test func theRecipientMayBeTheObjectOfAVerbAfterTheSender() {
        #expect(messages("In his congratulatory message, Vladimir Putin wished Sadyr Japarov success.") == ["Vladimir Putin → Sadyr Japarov congratulation -"])
    }

    @Test func thankingSomeoneForTheirCongratulationsIsNotSendingThem() {
        #expect(messages("Sadyr Japarov thanked Vladimir Putin for the congratulations.").isEmpty)
    }

    @Test func aLetterWhoseSenderFollowsIsNotSentByTheDatelineCity() {
        #expect(messages("MOSCOW, June 5 (Interfax) - In a letter to Nursultan Nazarbayev, Vladimir Putin proposed new talks on the Baikonur lease.")
            == ["Vladimir Putin → Nursultan Nazarbayev letter -"])
    }

    @Test func exchangedGreetingsGoBothWays() {
        #expect(messages("Vladimir Putin and Nursultan Nazarbayev exchanged New Year greetings.") == [
            "Vladimir Putin → Nursultan Nazarbayev greeting New Year", "Nursultan Nazarbayev → Vladimir Putin greeting New Year",
        ])
    }

    @Test func aMessageQuotedOrDescribedAgainIsNotANewLetter() {
        let body = """
        Minister of Foreign Affairs of Russia Sergey Lavrov sent messages of greetings to Minister of Foreign Affairs of Abkhazia Daur Kvarchia and Minister of Foreign Affairs of South Ossetia Timur Gagloyev on the 15th anniversary of diplomatic relations.

        In his message to Daur Kvarchia, the Minister noted the alliance between the two countries. "Our relations rest on a solid basis," the message reads.

        In the message to Timur Gagloyev, Sergey Lavrov stressed the allied relations between Russia and South Ossetia.
        """
        #expect(messages(body, date: "2023-09-09") == [
            "Sergey Lavrov → Daur Kvarchia greeting anniversary", "Sergey Lavrov → Timur Gagloyev greeting anniversary",
        ])
    }

    @Test func aRoundupOfReceivedCongratulationsGivesOneMessagePerParagraphSender() {
        let body = """
        MINSK, 3 July (BelTA) - President of Belarus Alexander Lukashenko has received congratulations on Independence Day from heads of foreign states.

        President of Russia Dmitry Medvedev noted in his message that the two peoples share a common history.

        Prime Minister of Russia Vladimir Putin expressed confidence that the Union State would prosper.

        President of Kazakhstan Nursultan Nazarbayev wrote that the partnership was developing dynamically. He thanked Alexander Lukashenko for his contribution.

        Festive events are being held in Minsk. Alexander Lukashenko attended a parade.
        """
        #expect(messages(body, title: "Lukashenko receives Independence Day congratulations", date: "2010-07-03") == [
            "Dmitry Medvedev → Alexander Lukashenko congratulation Independence Day",
            "Vladimir Putin → Alexander Lukashenko congratulation Independence Day",
            "Nursultan Nazarbayev → Alexander Lukashenko congratulation Independence Day",
        ])
    }

    @Test func inARoundupAParagraphOfSpeechIsNotAMessage() {
        let body = """
        President of Kazakhstan Kassym-Jomart Tokayev has received congratulations on his birthday from foreign leaders.

        Foreign Minister of Russia Sergey Lavrov said at a press conference that the talks would continue.

        President of Russia Vladimir Putin expressed confidence in the partnership during a meeting in Sochi.
        """
        #expect(messages(body, title: "Tokayev receives birthday congratulations", date: "2023-05-17").isEmpty)
    }

    @Test func theHeadOfStateIsTheDatelineCountrysPresidentWhenSeveralAreNamed() {
        let body = """
        ASTANA. December 30. KAZINFORM - President of Kazakhstan Nursultan Nazarbayev had a telephone conversation with President of Russia Dmitry Medvedev.

        On the same day the Head of State sent a New Year greeting message to Prime Minister of Russia Vladimir Putin. In the message, Nazarbayev noted the strategic partnership.
        """
        #expect(messages(body, title: "Nazarbayev and Medvedev talk by phone", date: "2011-12-30") == ["Nursultan Nazarbayev → Vladimir Putin greeting New Year"])
    }

    @Test func aLetterAboutAMatterOfItsOwnIsALetterWhateverTheTitle() {
        let body = """
        President of Russia Dmitry Medvedev has sent a message of congratulations to President of Kyrgyzstan Roza Otunbayeva on Independence Day.

        Separately, Kyrgyz Prime Minister Almazbek Atambayev has received a letter from Russian Prime Minister Vladimir Putin concerning the draft agreement on a joint military base.
        """
        #expect(messages(body, title: "Medvedev congratulates Otunbayeva on Independence Day", date: "2011-08-31") == [
            "Dmitry Medvedev → Roza Otunbayeva congratulation Independence Day", "Vladimir Putin → Almazbek Atambayev letter -",
        ])
    }

    @Test(arguments: [
        "Russian President Vladimir Putin offered his condolences to Nursultan Nazarbayev in a telephone conversation and said that rescue teams would be sent to the region.",
        "Vladimir Putin congratulated Nursultan Nazarbayev on his birthday during their meeting in Sochi.",
        "Vladimir Putin did not send a message to Nursultan Nazarbayev.",
    ])
    func callsMeetingsAndUnsentMessagesAreNotMessages(sentence: String) {
        #expect(messages(sentence).isEmpty)
    }
}
