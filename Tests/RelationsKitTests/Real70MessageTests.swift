import Testing
@testable import RelationsKit

/// Message wording of the real65–70 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A list of senders after "from" may go on past its persons with an item that names states' heads without their names
/// ("from A, B, the leaders of X, Y and Z"), and such a list of states may close with a serial comma (", and the State of
/// Palestine"). A state that receives messages stands for the person the article announced them to, when that person is
/// its own ("Greetings addressed to President A of X have come from ... . X has received greetings from B").
@Suite("extraction: messages, real70")
struct Real70MessageTests: WireCopyProbe {

    @Test func aSenderListGoesOnWithTheLeadersOfStates() {
        let found = messages("Belarus has received greetings from UN Secretary-General Antonio Guterres, Pope Francis, the leaders of Russia, China, India and Kazakhstan.", date: "2020-07-03")
        #expect(found == ["Antonio Guterres → BLR greeting -", "Pope Francis → BLR greeting -", "RUS → BLR greeting -", "CHN → BLR greeting -",
                          "IND → BLR greeting -", "KAZ → BLR greeting -"])
    }

    @Test func aSerialCommaClosesTheStatesOfAGroup() {
        let found = messages("Belarus has received greetings from Pope Francis, the leaders of Russia, Kenya, Namibia, and the State of Palestine.", date: "2020-07-03")
        #expect(found.contains("PSE → BLR greeting -"))
        #expect(found.count == 5)
    }

    @Test func aStateReceivingStandsForItsAnnouncedAddressee() {
        let text = """
        Independence Day greetings addressed to Belarus President Alexander Lukashenko and the Belarusian people have come from the leaders of foreign states.

        Belarus has received greetings from Pope Francis and the leaders of Russia and China.
        """
        let found = messages(text, date: "2020-07-03")
        #expect(found == ["Pope Francis → Alexander Lukashenko greeting Independence Day", "RUS → Alexander Lukashenko greeting Independence Day",
                          "CHN → Alexander Lukashenko greeting Independence Day"])
    }

    @Test func anotherStatesAddresseeIsNotTaken() {
        // The announced addressee leads Belarus; Kazakhstan receiving stays Kazakhstan.
        let text = """
        Independence Day greetings addressed to Belarus President Alexander Lukashenko have come from the leaders of foreign states.

        Kazakhstan has received greetings from Pope Francis.
        """
        #expect(messages(text, date: "2020-07-03").contains("Pope Francis → KAZ greeting Independence Day"))
    }

    @Test func aGroupAfterAnotherPersonItemIsNotASenderWithoutFrom() {
        // No "from": the leaders congratulated are recipients, not senders.
        let found = messages("Pope Francis congratulated the leaders of Russia, China and India on the holiday.", date: "2020-07-03")
        #expect(!found.contains { $0.hasPrefix("RUS →") })
    }
}
