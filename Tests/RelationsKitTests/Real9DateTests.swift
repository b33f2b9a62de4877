import Foundation
import Testing
@testable import RelationsKit

/// Publication dates of the real9 round: a weekday after a preposition is no dateline, the Russian participle's forms as a
/// page's stamp, a letter's closing place-and-date line, and a column of other posts' stamps at a page's foot.
@Suite("extraction: real9 round, publication dates")
struct Real9DateTests: WireCopyProbe {
    func published(_ body: String, title: String? = "Invented headline") -> String? { facts(body, title: title, date: nil).published_on }

    func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(MatchText(text).scalars) }

    @Test func weekdayAfterPrepositionIsNoDateline() {
        #expect(published("Thursday, March 12, 2015\n\nArmenia joined the bloc on Wednesday, March 11. Officials welcomed it.") == "2015-03-12")
        #expect(published("Friday, 8 May 2020\n\nThe minister arrived in Minsk by Thursday, 7 May, for the talks.") == "2020-05-08")
        // A dateline with its place still reads as one.
        #expect(PublicationDate.dateline(tokens("MINSK, March 11 (Agency) - The talks opened.")).map { [$0.month, $0.day] } == [3, 11])
        #expect(PublicationDate.dateline(tokens("MOSCOW, Tuesday, August 18. The talks opened.")).map { [$0.month, $0.day] } == [8, 18])
        #expect(PublicationDate.dateline(tokens("Armenia joined the bloc on Wednesday, March 11. Officials welcomed it.")) == nil)
        // With its year, such a date still dates a lead that has no dateline of its own.
        #expect(PublicationDate.dateline(tokens("The summit opened in Minsk on Friday, April 19th, 2024, with six leaders.")).map { [$0.month, $0.day, $0.year ?? 0] } == [4, 19, 2024])
    }

    @Test func russianParticipleFormsStampThePage() {
        #expect(published("Invented headline\n\nопубликованно 21.04.2018 // 120 - просмотров\n\nThe presidents exchanged letters.") == "2018-04-21")
        #expect(published("Invented headline\n\nОпубликовано 05.06.2017\n\nThe presidents exchanged letters.") == "2017-06-05")
        // Another participle (of signing) is no stamp of the page's.
        #expect(PublicationDate.isPublicationWord(tokens("опубликована")[0]))
        #expect(!PublicationDate.isPublicationWord(tokens("подписано")[0]))
    }

    @Test func placeAndDateLineClosesALetter() {
        let letter = "Dear Mr President,\n\nI congratulate you on the national holiday.\n\nSincerely,\n\nThe President\n\n%@"
        #expect(published(letter.replacingOccurrences(of: "%@", with: "Astana, June 3, 2019.")) == "2019-06-03")
        #expect(PublicationDate.isPlaceDateLine(tokens("Tashkent, 14 June 2021"), dateAt: 2))
        #expect(!PublicationDate.isPlaceDateLine(tokens("signed in Kyiv, 31 May 1997"), dateAt: 4))
        // A sentence that ends on a date is history, not the letter's date.
        #expect(published(letter.replacingOccurrences(of: "%@", with: "We remember the treaty signed in Kyiv, 31 May 1997")) == nil)
    }

    @Test func columnOfStampsDatesNoArticle() {
        let body = "Dear friends!\n\nI congratulate you on the holiday.\n\nMore posts\n\n12 May 2025 10:00\n11 May 2025 19:30\n11 May 2025 08:15"
        #expect(published(body) == nil)
        // One date alone on the last line still dates the page.
        #expect(published("Dear friends!\n\nI congratulate you on the holiday.\n\n11 May 2025") == "2025-05-11")
    }
}
