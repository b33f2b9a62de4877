import Testing
@testable import RelationsKit

/// Messages in wordings of the r16a round (sets real29 to real32, odd items): a list of senders whose titles the gazetteer reads
/// only in part, a religious leader's see closed by the next sender of a list, and the occasion a translated "congratulate with"
/// gives. Invented sentences only, with near-misses that must not fire.
@Suite("extraction: real29 round, titled senders and translated occasions")
struct Real29MessageTests: WireCopyProbe {
    // MARK: Senders listed after "from", each with a title the gazetteer reads only in part ("First President of X A")

    @Test(arguments: [
        "Shavkat Mirziyoyev received birthday greetings from Kyrgyz President Sadyr Japarov, First President of Kazakhstan Nursultan Nazarbayev, Patriarch of Moscow and All Russia Kirill and Tajik President Emomali Rahmon.",
        "Birthday greetings came to Shavkat Mirziyoyev from Sadyr Japarov, First President of Kazakhstan Nursultan Nazarbayev, Patriarch of Moscow and All Russia Kirill, as well as Emomali Rahmon.",
        "Shavkat Mirziyoyev received birthday greetings from Sadyr Japarov and First President of Kazakhstan Nursultan Nazarbayev, Patriarch of Moscow and All Russia Kirill, and Tajik President Emomali Rahmon.",
    ])
    func everyTitledSenderOfTheListSends(body: String) {
        let found = messages(body, date: "2023-07-24")
        for person in ["Sadyr Japarov", "Nursultan Nazarbayev", "Kirill"] {
            #expect(found.contains("\(person) → Shavkat Mirziyoyev greeting birthday"), "\(person)")
        }
    }

    @Test func aFormerTitleAndAPrimeMinisterAfterIt() {
        let found = messages("Birthday greetings came to Shavkat Mirziyoyev from Sadyr Japarov, Former President of Kazakhstan Nursultan Nazarbayev, as well as Russian Prime Minister Mikhail Mishustin.", date: "2023-07-24")
        #expect(found == ["Sadyr Japarov → Shavkat Mirziyoyev greeting birthday", "Nursultan Nazarbayev → Shavkat Mirziyoyev greeting birthday",
                          "Mikhail Mishustin → Shavkat Mirziyoyev greeting birthday"])
    }

    @Test func aSeeEndsBeforeTheNextSendersCountry() {
        let found = messages("Shavkat Mirziyoyev received birthday greetings from Patriarch of Moscow and All Russia Kirill and Armenia's Prime Minister Nikol Pashinyan.", date: "2023-07-24")
        #expect(found == ["Kirill → Shavkat Mirziyoyev greeting birthday", "Nikol Pashinyan → Shavkat Mirziyoyev greeting birthday"])
    }

    @Test(arguments: [
        // A person after the list in a clause of its own, and a call: no message from them.
        "Shavkat Mirziyoyev received birthday greetings from Sadyr Japarov, while former President of Kazakhstan Nursultan Nazarbayev visited Samarkand.",
        "Shavkat Mirziyoyev received birthday greetings from Sadyr Japarov, and First President of Kazakhstan Nursultan Nazarbayev called him by phone.",
    ])
    func noMessageFromAPersonOutsideTheList(body: String) {
        #expect(!messages(body, date: "2023-07-24").contains { $0.hasPrefix("Nursultan Nazarbayev") })
    }

    // MARK: "congratulated A with the victory": the occasion after a translated "with" (`isCongratulatingWith`)

    @Test(arguments: [
        "Emomali Rahmon congratulated Shavkat Mirziyoyev with the victory in the presidential election in a telegram.",
        "Emomali Rahmon sent a telegram to Shavkat Mirziyoyev, congratulating him with the convincing win in the presidential elections.",
        "Emomali Rahmon sent Shavkat Mirziyoyev a congratulatory telegram with his victory at the polls.",
    ])
    func anElectionWinAfterWith(body: String) {
        #expect(messages(body, date: "2021-10-26") == ["Emomali Rahmon → Shavkat Mirziyoyev congratulation election victory"])
    }

    @Test func aHolidayAfterWith() {
        #expect(messages("Congratulations with the New Year were sent by Sadyr Japarov to Shavkat Mirziyoyev.", date: "2023-12-31")
            == ["Sadyr Japarov → Shavkat Mirziyoyev congratulation New Year"])
        #expect(messages("Sadyr Japarov sent Shavkat Mirziyoyev a congratulatory message with Independence Day.", date: "2023-09-01")
            == ["Sadyr Japarov → Shavkat Mirziyoyev congratulation Independence Day"])
    }

    @Test(arguments: [
        // "with" that gives no cause: the words of the message, a relative clause about the addressee.
        "Sadyr Japarov congratulated Shavkat Mirziyoyev with warm words in a letter.",
        "Sadyr Japarov sent a congratulatory message to Shavkat Mirziyoyev, with whom he discussed the situation last week.",
    ])
    func noOccasionFromAnotherWith(body: String) {
        #expect(messages(body, date: "2023-07-24") == ["Sadyr Japarov → Shavkat Mirziyoyev congratulation -"])
    }

    @Test func aMeetingWithIsNoMessage() {
        #expect(messages("Sadyr Japarov met with Shavkat Mirziyoyev on the eve of Independence Day.", date: "2023-08-30").isEmpty)
    }
}
