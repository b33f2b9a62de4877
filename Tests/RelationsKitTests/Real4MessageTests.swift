import Testing
@testable import RelationsKit

/// Messages in the mechanisms the real4 round found failing: a holder's qualifier ("Acting", "Interim") before an office inside a
/// list of recipients; an officer whose body names the state it belongs to ("Chairman of the State Duma of the Federal Assembly
/// of Russia A"); a chair's title the conventions do not list as an office ("Chairwoman of the Senate B"). Invented sentences,
/// with negative cases.
@Suite("extraction: real4 round, messages")
struct Real4MessageTests: WireCopyProbe {
    // MARK: "Acting President of X A" inside a list of recipients

    @Test(arguments: [
        ("MINSK, 6 May 2014. The Belarusian leader Aleksandr Lukashenko has also sent greetings to President of Armenia Serzh Sargsyan, President of Moldova Nicolae Timofti and Acting President of Ukraine Oleksandr Turchynov.", "2014-05-06",
         ["Alexander Lukashenko → Serzh Sargsyan greeting -", "Alexander Lukashenko → Nicolae Timofti greeting -", "Alexander Lukashenko → Oleksandr Turchynov greeting -"]),
        ("MINSK, 6 May 2014. Aleksandr Lukashenko sent congratulatory messages to acting President of Ukraine Oleksandr Turchynov, President of Armenia Serzh Sargsyan and President of Moldova Nicolae Timofti.", "2014-05-06",
         ["Alexander Lukashenko → Oleksandr Turchynov congratulation -", "Alexander Lukashenko → Serzh Sargsyan congratulation -", "Alexander Lukashenko → Nicolae Timofti congratulation -"]),
        ("ASTANA, 6 May 2014. Nursultan Nazarbayev sent telegrams of condolence to President of Moldova Nicolae Timofti and Interim President of Ukraine Oleksandr Turchynov.", "2014-05-06",
         ["Nursultan Nazarbayev → Nicolae Timofti condolence -", "Nursultan Nazarbayev → Oleksandr Turchynov condolence -"]),
    ])
    func anActingHoldersQualifierDoesNotEndTheList(body: String, date: String, expected: [String]) {
        #expect(messages(body, date: date) == Set(expected))
    }

    @Test func anActingHolderInTheTextIsNoRecipientWithoutAMessage() {
        #expect(messages("KIEV, 6 May 2014. Acting President of Ukraine Oleksandr Turchynov met President of Moldova Nicolae Timofti in Chisinau.", date: "2014-05-06").isEmpty)
    }

    // MARK: A body that names its state, and a chair's title that is no office

    @Test(arguments: [
        ("MINSK, 2 April 2025. Aleksandr Lukashenko also sent greetings to Prime Minister of Russia Mikhail Mishustin and Chairman of the State Duma of the Federal Assembly of Russia Pavel Ostrovsky.", "2025-04-02",
         ["Alexander Lukashenko → Mikhail Mishustin greeting -", "Alexander Lukashenko → Pavel Ostrovsky greeting -"]),
        ("MINSK, 2 April 2025. Aleksandr Lukashenko also sent greetings to Chairwoman of the Federation Council of the Federal Assembly of Russia Irina Belova and Prime Minister of Russia Mikhail Mishustin.", "2025-04-02",
         ["Alexander Lukashenko → Irina Belova greeting -", "Alexander Lukashenko → Mikhail Mishustin greeting -"]),
        ("ASTANA, 2 April 2025. Kassym-Jomart Tokayev has sent a letter to Chairperson of the Senate of Parliament of Kazakhstan Dana Serikova.", "2025-04-02",
         ["Kassym-Jomart Tokayev → Dana Serikova letter -"]),
    ])
    func anOfficerAfterALongBodyOrAChairsTitleReceives(body: String, date: String, expected: [String]) {
        #expect(messages(body, date: date) == Set(expected))
    }

    @Test func aChairsTitleWithoutABodyNamesNoOne() {
        #expect(messages("MINSK, 2 April 2025. The Chair welcomed the guests, and Aleksandr Lukashenko sent greetings to the people of Russia.", date: "2025-04-02")
            == ["Alexander Lukashenko → RUS greeting -"])
    }
}

/// The kind a message names is not overridden by an infinitive of purpose ("sent greetings to B to congratulate him").
@Suite("extraction: real4 round, messages, purpose")
struct Real4MessagePurposeTests: WireCopyProbe {
    @Test(arguments: [
        ("MINSK, 5 July 2017. Aleksandr Lukashenko sent birthday greetings to President of Uzbekistan Shavkat Mirziyoyev to congratulate him on his birthday.", "greeting"),
        ("MINSK, 5 July 2017. Aleksandr Lukashenko has sent a greeting message to Shavkat Mirziyoyev to congratulate him on his birthday.", "greeting"),
        ("MINSK, 5 July 2017. Aleksandr Lukashenko sent a message to Shavkat Mirziyoyev to congratulate him on his birthday.", "congratulation"),
    ])
    func aPurposeInfinitiveDoesNotChangeTheNamedKind(body: String, kind: String) {
        #expect(messages(body, date: "2017-07-05") == ["Alexander Lukashenko → Shavkat Mirziyoyev \(kind) birthday"])
    }
}
