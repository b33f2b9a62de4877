import Testing
@testable import RelationsKit

/// Memberships and publication dates, nineteenth real-copy round: classes of wording read on unseen copy, each with
/// near-misses that must not fire. Invented sentences only (no article's text), with other countries, people and years
/// than the copy that showed the class.
@Suite("extraction: real35 round, dates")
struct Real35MembershipDateTests: WireCopyProbe {
    func date(_ body: String) -> String? { facts(body, date: nil).published_on }

    // MARK: A date that opens a sentence as its subject is history, not the page's date line

    /// A letter that opens on the date of an event it celebrates and closes with its own place and date under the
    /// signature: the date the sentence is about, whatever verb it takes, is not the page's.
    @Test(arguments: [
        "March 3, 1992 marks the establishment of diplomatic relations between Kazakhstan and Georgia.",
        "3 March 1992 saw the establishment of diplomatic relations between Kazakhstan and Georgia.",
        "3 March 1992 went down in history as the day Kazakhstan and Georgia established diplomatic relations.",
        "March 3, 1992 was the day when Kazakhstan and Georgia established diplomatic relations.",
        "3 March 1992 remains a landmark in the history of Kazakhstan and Georgia, who established diplomatic relations.",
        "March 3, 1992 opened a new page: Kazakhstan and Georgia established diplomatic relations.",
    ])
    func aDateOpeningASentenceIsHistory(opening: String) {
        let body = "Dear Mr. President,\n\n\(opening) I congratulate you on this anniversary.\n\nPlease accept my best wishes.\n\nDaniyar Abenov\nPresident of the Republic of Kazakhstan\n\nAstana, 2 March, 2019"
        #expect(date(body) != "1992-03-03")
    }

    /// The same letter with its own place and date under the signature is dated by them.
    @Test func theLettersOwnDateUnderTheSignatureDatesIt() {
        let body = "Dear Mr. President,\n\nMarch 3, 1992 marks the establishment of diplomatic relations between Kazakhstan and Georgia. I congratulate you on this anniversary.\n\nPlease accept my best wishes.\n\nDaniyar Abenov\nPresident of the Republic of Kazakhstan\n\nAstana, 2 March, 2019"
        #expect(date(body) == "2019-03-02")
    }

    /// Near-misses: a date on its line before a capitalized place or the lead, or with a stamp's words after it, is still
    /// the page's date line.
    @Test(arguments: [
        "3 March 2019\n\nThe presidents of Kazakhstan and Georgia met in Astana and discussed trade.",
        "March 3, 2019 Astana. The presidents of Kazakhstan and Georgia met and discussed trade.",
        "3 March 2019 updated 10:15\n\nThe presidents of Kazakhstan and Georgia met in Astana and discussed trade.",
        "3 March 2019 at 10:15\n\nThe presidents of Kazakhstan and Georgia met in Astana and discussed trade.",
    ])
    func aDateLineStillDatesThePage(body: String) {
        #expect(date(body) == "2019-03-03")
    }

    /// A date inside the sentence, not opening it, was never a date line; one that opens a line but ends it stays one.
    @Test func aDateAloneOnItsLineAboveHistoryDatesThePage() {
        #expect(date("4 March 2019\n\nMarch 3, 1992 marks the establishment of diplomatic relations between Kazakhstan and Georgia.") == "2019-03-04")
    }
}
