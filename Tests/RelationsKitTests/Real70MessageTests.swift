import Testing
@testable import RelationsKit

/// Message wording of the real65–70 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A list of senders after "from" may go on past its persons with an item that names states' heads without their names
/// ("from A, B, the leaders of X, Y and Z"), and such a list of states may close with a serial comma (", and the State of
/// Palestine"). A state that receives messages stands for the person the article announced them to, when that person is
/// its own ("Greetings addressed to President A of X have come from ... . X has received greetings from B"). A group of leaders
/// after a first item that names no one ("from the European Commission's president and presidents of A, B and C") still
/// sends. States that "refrained from such messages" sent none. A title that opens with "Deputy" or "First" before its
/// office keeps a list of senders in the passive together ("by Chairman A, Deputy Chairman of the Security Council B and other
/// officials"). A list closed by "and" does not go on after a bare comma: "..., as well as C and D, Russian media reports"
/// keeps every recipient, the attribution after it no item.
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

    @Test func aGroupAfterAnUnnamedFirstItemSends() {
        let found = messages("Putin received congratulatory messages from the European Commission's president and presidents of Germany, France and Italy.", date: "2018-03-20")
        #expect(found == ["DEU → Vladimir Putin congratulation -", "FRA → Vladimir Putin congratulation -", "ITA → Vladimir Putin congratulation -"])
        // A first item with a comma is a list of its own, not a group's preface.
        let listed = messages("Putin received congratulatory messages from the commission, the council and presidents of Germany and France.", date: "2018-03-20")
        #expect(!listed.contains("DEU → Vladimir Putin congratulation -"))
    }

    @Test func statesThatRefrainedSentNothing() {
        let found = messages("Putin received congratulatory messages from the presidents of Germany and France. Great Britain and Poland refrained from such messages.", date: "2018-03-20")
        #expect(found == ["DEU → Vladimir Putin congratulation -", "FRA → Vladimir Putin congratulation -"])
    }

    @Test func aDeputysTitleKeepsAPassiveListTogether() {
        let text = "The President of Turkmenistan was congratulated in written messages by Chairman of the Government of the Russian Federation M.V.Mishustin, Deputy Chairman of the Security Council of the Russian Federation D.A.Medvedev and other Russian officials."
        let found = messages(text, date: "2024-09-22")
        #expect(found == ["Mikhail Mishustin → Serdar Berdimuhamedov congratulation -", "Dmitry Medvedev → Serdar Berdimuhamedov congratulation -"])
        // Words that are no title between two names break the list: only the first agent sends.
        let broken = messages("The President of Turkmenistan was congratulated in written messages by M.V.Mishustin, who then met journalists with D.A.Medvedev.", date: "2024-09-22")
        #expect(!broken.contains("Dmitry Medvedev → Serdar Berdimuhamedov congratulation -"))
    }

    @Test(arguments: [", Russian media reports.", ", the Kremlin said.", "."])
    func anAttributionAfterAClosedListIsNoItem(ending: String) {
        let text = "Putin sent congratulations to President of Azerbaijan Ilham Aliyev, President of Armenia Robert Kocharyan, as well as President of Turkmenistan Gurbanguly Berdimuhamedov and Ukrainian President Viktor Yushchenko" + ending
        #expect(messages(text, date: "2007-05-08") == ["Vladimir Putin → Ilham Aliyev congratulation -", "Vladimir Putin → Robert Kocharyan congratulation -",
                                                       "Vladimir Putin → Gurbanguly Berdimuhamedov congratulation -", "Vladimir Putin → Viktor Yushchenko congratulation -"])
    }
}
