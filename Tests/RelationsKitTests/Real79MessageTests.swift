import Testing
@testable import RelationsKit

/// Message wording of the real75–82 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A congratulation the very next sentence places in a telephone conversation with its addressee was said in that call
/// ("A congratulated B on his victory. ..., A said during a telephone conversation with B"), in an article that names no
/// written medium. A
/// letter printed after its report may offer "best wishes" on its occasion, as it offers congratulations or greetings; and
/// "the national holiday of your country - the Independence Day" names the holiday by its apposition, as it does after a
/// state's name.
@Suite("extraction: messages, real79")
struct Real79MessageTests: WireCopyProbe {

    @Test func aCallInTheNextSentenceIsWhereTheCongratulationWasSaid() {
        let text = """
        Chinese President Hu Jintao on Monday congratulated Dmitry Medvedev on his victory in Russia's presidential election.
        The two countries' partnership has grown, Hu said during a telephone conversation with Medvedev.
        """
        #expect(messages(text, date: "2008-03-03").isEmpty)
    }

    @Test func aCallInTheNextSentenceWithSomeoneElseLeavesTheMessage() {
        let text = """
        Chinese President Hu Jintao on Monday congratulated Dmitry Medvedev on his victory in Russia's presidential election.
        Trade has grown, Hu said during a telephone conversation with Vladimir Putin.
        """
        #expect(messages(text, date: "2008-03-03") == ["Hu Jintao → Dmitry Medvedev congratulation election victory"])
    }

    @Test func aCallLaterInTheArticleOfAnotherMatterLeavesTheMessage() {
        // The call two sentences on is no report of this congratulation.
        let text = """
        Chinese President Hu Jintao on Monday congratulated Dmitry Medvedev on his victory in Russia's presidential election.
        The two countries' partnership has grown, Hu said.
        Later in the week the foreign ministers held a telephone conversation on trade.
        """
        #expect(messages(text, date: "2008-03-03") == ["Hu Jintao → Dmitry Medvedev congratulation election victory"])
    }

    @Test func aWrittenMediumKeepsTheMessageBeforeACall() {
        let text = """
        Chinese President Hu Jintao on Monday sent a message to Dmitry Medvedev congratulating him on his victory in the election.
        The two leaders later held a telephone conversation.
        """
        #expect(messages(text, date: "2008-03-03") == ["Hu Jintao → Dmitry Medvedev congratulation election victory"])
    }

    @Test(arguments: [
        ("It is my pleasure to extend to you my best wishes on the occasion of the national holiday of your country - the Independence Day.", "Independence Day"),
        ("It is my pleasure to extend to you my best wishes on the occasion of your birthday.", "birthday"),
        ("It is my pleasure to extend to you my best wishes on the occasion of the national holiday of your country.", "national holiday"),
    ])
    func bestWishesInALetterPrintedGiveItsOccasion(line: String, occasion: String) {
        let text = """
        BAKU, June 2. Recep Tayyip Erdogan, President of Turkey, sent a letter to President Ilham Aliyev, Trend reports.

        "Your Excellency,

        \(line)
        """
        #expect(messages(text, date: "2021-06-02") == ["Recep Tayyip Erdogan → Ilham Aliyev letter \(occasion)"])
    }

    @Test func bestWishesForHealthStateNoOccasion() {
        let text = """
        BAKU, June 2. Recep Tayyip Erdogan, President of Turkey, sent a letter to President Ilham Aliyev, Trend reports.

        "Your Excellency,

        I extend to you my best wishes for your good health."
        """
        #expect(messages(text, date: "2021-06-02") == ["Recep Tayyip Erdogan → Ilham Aliyev letter -"])
    }
}
