import Testing
@testable import RelationsKit

/// Messages in the shapes of the seventh blind round: a sender list after its verb ("Among the first to send telegrams were
/// the presidents: ..."), "as well as from" continuing a sender list, a full name the reference does not know closing a
/// recipient list, a people addressed, the top office-holder as "the Russian leader", a person after the comma that
/// ends the "from" phrase, what a message recalls is not its medium, "also" in a sentence that refers back, and the
/// occasion the paragraph states for its event. Invented sentences, with negative cases.
@Suite("extraction: blind7 round, messages")
struct Blind7MessageTests: WireCopyProbe {
    static let electionTitle = "World leaders congratulate Tokayev on election victory"
    static let receiving = "President of Kazakhstan Kassym-Jomart Tokayev continues to receive congratulations on his victory in the presidential election.\n\n"

    // MARK: Senders listed after the verb

    @Test(arguments: [
        "Among the first to send congratulatory telegrams were the presidents: Russia - Vladimir Putin, Uzbekistan - Shavkat Mirziyoyev, Kyrgyzstan - Sadyr Japarov, Tajikistan - Emomali Rahmon.",
        "Among the first to send congratulatory telegrams were Vladimir Putin, Shavkat Mirziyoyev, Sadyr Japarov and Emomali Rahmon.",
        "Among those who sent congratulations were President of Russia Vladimir Putin, President of Uzbekistan Shavkat Mirziyoyev, President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon.",
    ])
    func aSenderListAfterTheVerb(sentence: String) {
        let found = messages(Self.receiving + sentence, title: Self.electionTitle, date: "2022-11-21")
        for sender in ["Vladimir Putin", "Shavkat Mirziyoyev", "Sadyr Japarov", "Emomali Rahmon"] {
            #expect(found.contains("\(sender) → Kassym-Jomart Tokayev congratulation election victory"))
        }
    }

    @Test func aCommaWithoutClosingAndKeepsTheFirstSenderOnly() {
        // Two names and no "and": the second may start another clause.
        let found = messages(Self.receiving + "Among the first to send congratulatory telegrams was Vladimir Putin, Shavkat Mirziyoyev said.", title: Self.electionTitle, date: "2022-11-21")
        #expect(!found.contains { $0.hasPrefix("Shavkat Mirziyoyev →") })
    }

    // MARK: "as well as from"

    @Test(arguments: [
        "Messages of congratulation also came from President of Azerbaijan Ilham Aliyev and President of Turkmenistan Serdar Berdimuhamedov, as well as from Belarusian leader Alexander Lukashenko.",
        "Messages of congratulation also came from President of Azerbaijan Ilham Aliyev, as well as Belarusian leader Alexander Lukashenko.",
    ])
    func asWellAsContinuesTheSenders(sentence: String) {
        let found = messages(Self.receiving + sentence, title: Self.electionTitle, date: "2022-11-21")
        #expect(found.contains("Ilham Aliyev → Kassym-Jomart Tokayev congratulation election victory"))
        #expect(found.contains("Alexander Lukashenko → Kassym-Jomart Tokayev congratulation election victory"))
    }

    // MARK: A full name closing a recipient list

    @Test(arguments: [
        "In addition, New Year greetings were sent to Boris Yeltsin and Mikhail Gorbachev.",
        "Vladimir Putin also sent New Year greetings to Boris Yeltsin and Mikhail Gorbachev on Friday.",
    ])
    func aNewFullNameClosesARecipientList(sentence: String) {
        let found = messages("Vladimir Putin sent New Year greetings to the heads of state of the CIS.\n\n" + sentence, title: "New Year greetings", date: "2006-12-30")
        #expect(found.contains("Vladimir Putin → Mikhail Gorbachev greeting New Year"))
        #expect(found.contains("Vladimir Putin → Boris Yeltsin greeting New Year"))
    }

    @Test func aCapitalizedPhraseAfterAndIsNotAPerson() {
        let found = messages("Vladimir Putin sent New Year greetings to Boris Yeltsin and Moscow State University.", title: "New Year greetings", date: "2006-12-30")
        #expect(found == ["Vladimir Putin → Boris Yeltsin greeting New Year"])
    }

    // MARK: A people addressed

    @Test(arguments: [
        "Aleksandr Lukashenko also addressed greetings to the peoples of Belarus and Russia on the occasion of the anniversary.",
        "Aleksandr Lukashenko also sent greetings to the peoples of Belarus and Russia on the occasion of the anniversary.",
    ])
    func aPeopleAddressedIsTheCountry(sentence: String) {
        let body = "Belarus President Aleksandr Lukashenko has sent a congratulatory message to Russian President Vladimir Putin on the 25th anniversary of the Union State treaty.\n\n" + sentence
        let found = messages(body, date: "2024-12-08")
        #expect(found.contains("Alexander Lukashenko → Vladimir Putin congratulation anniversary"))
        #expect(found.contains("Alexander Lukashenko → BLR greeting anniversary"))
        #expect(found.contains("Alexander Lukashenko → RUS greeting anniversary"))
    }

    @Test func aStateCongratulatedAtAVisitStillReceivesNothing() {
        #expect(messages("The Russian Ambassador congratulated Kyrgyzstan on the event.", date: "2019-08-31").isEmpty)
    }

    // MARK: "the Russian leader" among several office-holders

    @Test func theLeaderIsTheHeadOfState() {
        let body = "Russian President Vladimir Putin has sent messages of condolence to Turkish President Recep Tayyip Erdogan. Russian Foreign Minister Sergey Lavrov spoke by phone.\n\n\"Please convey words of sympathy,\" the Russian leader wrote in his message to Erdogan."
        let found = messages(body, date: "2023-02-06")
        #expect(found == ["Vladimir Putin → Recep Tayyip Erdogan condolence -"])
    }

    // MARK: The "from" phrase ends at its comma

    @Test func aPersonAfterTheFromPhrasesCommaIsNotTheSender() {
        let body = "President of Armenia Serzh Sargsian has received numerous congratulatory messages from heads of state on the occasion of Independence Day, the President's Office reports."
        #expect(!messages(body, date: "2016-09-21").contains { $0.hasPrefix("Serzh Sargsyan →") })
    }

    @Test func anAppositionAfterFromIsStillTheSender() {
        let body = "President of Armenia Serzh Sargsian has received a congratulatory message from the President of Russia, Vladimir Putin, on Independence Day."
        #expect(messages(body, date: "2016-09-21").contains("Vladimir Putin → Serzh Sargsyan congratulation Independence Day"))
    }

    // MARK: What a message recalls

    static let independenceTitle = "Foreign leaders congratulate Serzh Sargsyan on 25th anniversary of Armenia's independence"
    static let independenceLead = "President of Armenia Serzh Sargsian has received numerous congratulatory messages on the occasion of Independence Day.\n\n"

    @Test(arguments: [
        "President of France François Hollande wished the Armenian people peace and recalled his visit to Yerevan last year.",
        "President of France François Hollande wished the Armenian people peace, recalling their meeting in Paris.",
    ])
    func aVisitRecalledIsContent(sentence: String) {
        #expect(messages(Self.independenceLead + sentence, title: Self.independenceTitle, date: "2016-09-21")
            .contains("François Hollande → Serzh Sargsyan congratulation Independence Day"))
    }

    @Test func aWishDuringAVisitIsSpoken() {
        #expect(!messages(Self.independenceLead + "During his visit, President of France François Hollande wished the Armenian people peace.", title: Self.independenceTitle, date: "2016-09-21")
            .contains { $0.hasPrefix("François Hollande →") })
    }

    // MARK: "also" in a sentence that refers back

    @Test func alsoAddsContentAndKeepsTheKind() {
        let body = "President of Tajikistan Emomali Rahmon has received Nowruz greetings.\n\nWarm Nowruz greetings were conveyed by President of Kazakhstan Kassym-Jomart Tokayev.\n\nIn their messages the heads of state also congratulated the Leader of the Nation on the upcoming anniversary of independence."
        #expect(messages(body, title: "President Emomali Rahmon receives Nowruz greetings", date: "2021-03-20").contains("Kassym-Jomart Tokayev → Emomali Rahmon greeting Nowruz"))
    }

    @Test func aSentenceDescribingTheMessageStillGivesItsKind() {
        let body = "Vladimir Putin sent a message to President of Kyrgyzstan Sooronbai Jeenbekov.\n\nThe message congratulates the people of Kyrgyzstan on Independence Day."
        #expect(messages(body, date: "2019-08-31").contains("Vladimir Putin → Sooronbay Jeenbekov congratulation Independence Day"))
    }

    // MARK: The paragraph's stated occasion

    @Test func theOccasionOfTheParagraphsEvent() {
        let body = "Earlier, the Russian Embassy in Yerevan held a reception on the occasion of the anniversary. Ambassador of Russia to Armenia Sergey Kopyrkin read out a message of greetings from President of Russia Vladimir Putin to Prime Minister of Armenia Nikol Pashinyan."
        #expect(messages(body, date: "2022-04-03") == ["Vladimir Putin → Nikol Pashinyan greeting anniversary"])
    }

    @Test func noStatedOccasionNoOccasion() {
        let body = "Earlier, the Russian Embassy in Yerevan held a reception. Ambassador of Russia to Armenia Sergey Kopyrkin read out a message of greetings from President of Russia Vladimir Putin to Prime Minister of Armenia Nikol Pashinyan."
        #expect(messages(body, date: "2022-04-03") == ["Vladimir Putin → Nikol Pashinyan greeting -"])
    }
}
