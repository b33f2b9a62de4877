import Testing
@testable import RelationsKit

/// Page furniture of the real71–78 round. Invented text only, with near-misses that must not change.
///
/// An image's file name left inside a paragraph where the page showed the picture ("... than Georgia. putin_christmas.jpg
/// Germany") is furniture: the cleaner removes it, so that its words ("christmas") give no occasion. An address that ends in
/// an image's name stays, as every address does, and so does a sentence that only speaks of a file type.
@Suite("extraction: page furniture, real75")
struct Real75MiscTests: WireCopyProbe {

    @Test func anImagesFileNameInAParagraphIsRemoved() {
        let page = "The Kremlin posted the President's holiday greetings. putin_christmas.jpg Germany\n\nputin_merkel.PNG\n\nThe greetings went to Berlin.\n"
        let cleaned = TextCleaner.clean(page)
        #expect(cleaned == "The Kremlin posted the President's holiday greetings. Germany\n\nThe greetings went to Berlin.")
    }

    @Test func anAddressOrAWordAboutFilesStays() {
        let page = "The picture is at http://example.org/putin_christmas.jpg today.\n\nThe ministry sent a .jpg file to the press.\n"
        let cleaned = TextCleaner.clean(page)
        #expect(cleaned.contains("http://example.org/putin_christmas.jpg") && cleaned.contains("a .jpg file"))
    }

    @Test func theFileNameGivesNoOccasion() {
        let text = """
        Putin sent holiday greetings to world leaders. putin_christmas.jpg

        Vladimir Putin sent greetings to German President Horst Koehler.
        """
        #expect(messages(text, date: "2006-12-26") == ["Vladimir Putin → Horst Koehler greeting -"])
    }
}
