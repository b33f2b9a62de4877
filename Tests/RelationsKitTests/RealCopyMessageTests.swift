import Testing
@testable import RelationsKit

/// Messages in the shapes of real wire copy: a recipient list after a plural office whose first holders the article names
/// elsewhere; a list that goes on past an item the gazetteer does not know and after "as well as" without its "to"; recipients
/// with stacked titles. Invented sentences, with negative cases.
@Suite("extraction: real copy, messages")
struct RealCopyMessageTests: WireCopyProbe {
    // MARK: A list after a plural office, some of whose holders the article names

    @Test(arguments: [
        "The Kremlin said Putin sent the messages to the Presidents of Armenia, Belarus, Kazakhstan, Moldova, and Tajikistan.\n\nIn a letter to President Serzh Sargsyan of Armenia, Putin praised the alliance.",
        "Vladimir Putin sent greetings to the presidents of Armenia, Belarus, Kazakhstan, Moldova and Tajikistan.\n\nPutin praised the alliance in his letter to President of Armenia Serzh Sargsyan.",
    ])
    func aListGoesOnAfterAHolderTheArticleNames(body: String) {
        let found = messages(body, date: nil)
        #expect(found.contains { $0.hasPrefix("Vladimir Putin → Serzh Sargsyan ") })
        for code in ["BLR", "KAZ", "MDA", "TJK"] {
            #expect(found.contains { $0.hasPrefix("Vladimir Putin → \(code) ") })
        }
    }

    @Test func aCommaAfterAPersonStillEndsAPhraseThatIsNoList() {
        let found = messages("In his message to Serzh Sargsyan, Vladimir Putin noted the progress of Eurasian integration.", date: "2015-06-05")
        #expect(found == ["Vladimir Putin → Serzh Sargsyan letter -"])
    }

    // MARK: An item the gazetteer does not know, and "as well as" without "to"

    @Test(arguments: [
        "On the occasion of Victory Day, Vladimir Putin sent messages of greetings to the leaders of Kazakhstan, Mongolia, the Donetsk People's Republic, the Lugansk People's Republic, as well as the peoples of Latvia and Estonia.",
        "Vladimir Putin sent Victory Day greetings to the leaders and people of Kazakhstan, Mongolia, the Donetsk People's Republic, as well as the peoples of Latvia and Estonia, the Kremlin reported.",
        "Vladimir Putin sent Victory Day greetings to the heads of Kazakhstan, Mongolia, the Pridnestrovian Moldavian Republic, as well as the leaders of Latvia and Estonia.",
    ])
    func theListGoesOn(sentence: String) {
        let found = messages(sentence, date: nil)
        for code in ["KAZ", "MNG", "LVA", "EST"] {
            #expect(found.contains("Vladimir Putin → \(code) greeting Victory Day"))
        }
    }

    @Test func asWellAsASubjectIsNoRecipient() {
        let found = messages("Vladimir Putin sent Victory Day greetings to the leaders of Kazakhstan and Mongolia, as well as Sergey Lavrov noted.", date: nil)
        #expect(found == ["Vladimir Putin → KAZ greeting Victory Day", "Vladimir Putin → MNG greeting Victory Day"])
    }

    @Test func anUnknownItemThatClosesTheSentenceEndsTheList() {
        let found = messages("Vladimir Putin sent Victory Day greetings to the leaders of Kazakhstan, Mongolia, the Foreign Ministry said.", date: nil)
        #expect(found == ["Vladimir Putin → KAZ greeting Victory Day", "Vladimir Putin → MNG greeting Victory Day"])
    }

    // MARK: Recipients with stacked titles

    @Test(arguments: [
        "Kazakh President Kassym-Jomart Tokayev has sent greetings to Prime Minister of Armenia, Chairman of the Intergovernmental Council of the Eurasian Economic Union Nikol Pashinyan, and to Foreign Minister of Armenia, Chairman of the CSTO Council of Foreign Ministers Zohrab Mnatsakanyan.",
        "Greetings from the President of Kazakhstan Kassym-Jomart Tokayev were also sent to Prime Minister of Armenia, Chairman of the Intergovernmental Council of the Eurasian Economic Union Nikol Pashinyan, and Foreign Minister of Armenia, Chairman of the CSTO Council of Foreign Ministers Zohrab Mnatsakanyan.",
    ])
    func stackedTitlesNameOneRecipientEach(sentence: String) {
        // The second phrasing also lists its recipients after a "from" phrase: each of them receives.
        let found = messages(sentence, date: "2019-05-28")
        #expect(found.contains("Kassym-Jomart Tokayev → Nikol Pashinyan greeting -"))
        #expect(found.contains("Kassym-Jomart Tokayev → Zohrab Mnatsakanyan greeting -"))
    }

    // MARK: Exchanges whose sentence names neither party

    @Test(arguments: [
        "Armenia and Belarus mark 30 years of diplomatic relations.\n\nOn the occasion of the anniversary, the Presidents of the two countries exchanged congratulatory messages.",
        "Armenia and Belarus mark 30 years of diplomatic relations.\n\nOn the occasion of the anniversary, congratulatory messages were exchanged between the presidents of the two states.",
    ])
    func countriesStandForUnnamedPresidents(body: String) {
        #expect(messages(body, date: nil) == ["ARM → BLR congratulation anniversary", "BLR → ARM congratulation anniversary"])
    }

    @Test func theUnnamedDiplomatsAreThePairReportedBefore() {
        let body = "Foreign Minister Sergey Lavrov sent a message of congratulations to his Kyrgyz counterpart Ruslan Kazakbaev on the 30th anniversary of diplomatic relations.\n\nThe ministry said the two top diplomats exchanged messages of congratulations."
        let found = messages(body, date: "2022-03-20")
        #expect(found.contains { $0.hasPrefix("Sergey Lavrov → Ruslan Kazakbaev congratulation") })
        #expect(found.contains { $0.hasPrefix("Ruslan Kazakbaev → Sergey Lavrov congratulation") })
    }

    @Test func aSingularSubjectExchangesWithNoOne() {
        #expect(messages("Armenia and Belarus mark 30 years of diplomatic relations. The minister exchanged views on trade.", date: nil).isEmpty)
    }

    // MARK: What a letter says, quoted over paragraphs or attributed after a participle

    @Test func aQuotationRunOnFromTheParagraphBeforeIsTheLettersOwnWords() {
        let body = "President of Kazakhstan Kassym-Jomart Tokayev has sent a letter of condolences to President of Turkey Recep Tayyip Erdogan.\n\n\"We were deeply saddened by the news of the earthquake.\n\nOn behalf of the people of Kazakhstan and on my own behalf, I wish you, the people of Turkey and the families of the victims patience,\" the head of state said in his letter."
        #expect(messages(body, date: "2023-02-07") == ["Kassym-Jomart Tokayev → Recep Tayyip Erdogan condolence -"])
    }

    @Test(arguments: ["published on the Kremlin's website reads", "posted on the Akorda's website says"])
    func aLetterAttributedAfterAParticipleIsNoNewMessage(attribution: String) {
        let body = "Vladimir Putin sent a congratulatory message to Kassym-Jomart Tokayev on the anniversary of diplomatic relations.\n\n\"Moscow and Astana are interacting closely within the CSTO and the CIS,\" the letter \(attribution)."
        #expect(messages(body, date: "2022-10-22") == ["Vladimir Putin → Kassym-Jomart Tokayev congratulation anniversary"])
    }

    // MARK: Monarchs of one name in a list of senders

    @Test func kingsOfOneNameSendOneMessageEach() {
        let body = "President Nursultan Nazarbayev received many letters of congratulation on Independence Day from foreign heads of state.\n\nKing of Spain Felipe, King of Jordan Abdullah II and King of Belgium Philippe sent their congratulations to the Kazakh Leader on Independence Day."
        #expect(messages(body, date: "2015-12-16") == ["Felipe → Nursultan Nazarbayev congratulation Independence Day", "Abdullah II → Nursultan Nazarbayev congratulation Independence Day",
                                                       "Philippe → Nursultan Nazarbayev congratulation Independence Day"])
    }

    // MARK: A country's national holiday is the day the lead names

    @Test(arguments: ["on Kazakhstan's national holiday", "on the national holiday"])
    func aPossessiveNationalHolidayIsTheDayOfTheLead(phrase: String) {
        let body = "On the occasion of the 25th anniversary of Kazakhstan's independence, President Nursultan Nazarbayev received congratulatory messages from heads of foreign states.\n\nPresident Xi Jinping of China congratulated President Nursultan Nazarbayev \(phrase)."
        #expect(messages(body, date: "2016-12-16").contains("Xi Jinping → Nursultan Nazarbayev congratulation Independence Day"))
    }

    @Test func aNationalHolidayWithNoDayInTheLeadStaysGeneric() {
        let body = "President Nursultan Nazarbayev received congratulatory messages from heads of foreign states.\n\nPresident Xi Jinping of China congratulated President Nursultan Nazarbayev on Kazakhstan's national holiday."
        #expect(messages(body, date: "2016-12-16").contains("Xi Jinping → Nursultan Nazarbayev congratulation national holiday"))
    }
}
