import Testing
@testable import RelationsKit

/// Mechanisms rather than phrasings (issue #3, second round): each test states one structural rule of how
/// messages are reported, in several invented phrasings. No sentence here is copied from a corpus.
@Suite("extraction: structural mechanisms, messages")
struct StructuralMessageTests {
    static let extractor = Extractor()

    func facts(_ body: String, title: String? = nil, date: String? = "2023-03-21") -> ArticleFacts {
        Self.extractor.extract(Article(source: "test", title: title, dateText: date, body: TextCleaner.clean(body)))
    }

    func messages(_ body: String, title: String? = nil, date: String? = "2023-03-21") -> Set<String> {
        Set(facts(body, title: title, date: date).messages.map { "\($0.from) → \($0.to) \($0.kind) \($0.occasion ?? "-")" })
    }

    // MARK: Recipient lists

    @Test(arguments: [
        "Kassym-Jomart Tokayev sent Nowruz greetings to President of Azerbaijan Ilham Aliyev, President of Kyrgyzstan Sadyr Japarov, President of Tajikistan Emomali Rahmon and President of Uzbekistan Shavkat Mirziyoyev.",
        "Kassym-Jomart Tokayev sent Nowruz greetings to Ilham Aliyev, Sadyr Japarov, Emomali Rahmon and Shavkat Mirziyoyev.",
        "Kassym-Jomart Tokayev sent Nowruz greetings to Azerbaijani President Ilham Aliyev, Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon and Uzbek President Shavkat Mirziyoyev.",
    ])
    func aListOfRecipientsGivesOneMessageEach(sentence: String) {
        #expect(messages(sentence) == [
            "Kassym-Jomart Tokayev → Ilham Aliyev greeting Nowruz", "Kassym-Jomart Tokayev → Sadyr Japarov greeting Nowruz",
            "Kassym-Jomart Tokayev → Emomali Rahmon greeting Nowruz", "Kassym-Jomart Tokayev → Shavkat Mirziyoyev greeting Nowruz",
        ])
    }

    @Test func aCommaAfterTheRecipientWithoutAClosingAndEndsTheRecipientPhrase() {
        // The person after the comma is the sender of "In his message to A, B stressed ...", not a second recipient.
        #expect(messages("In his Nowruz message to Ilham Aliyev, Kassym-Jomart Tokayev stressed the importance of trade.")
            == ["Kassym-Jomart Tokayev → Ilham Aliyev greeting Nowruz"] || messages("In his Nowruz message to Ilham Aliyev, Kassym-Jomart Tokayev stressed the importance of trade.")
            == ["Kassym-Jomart Tokayev → Ilham Aliyev letter Nowruz"])
        #expect(!messages("Sadyr Japarov sent a congratulatory letter to Ilham Aliyev, Kassym-Jomart Tokayev said.").contains { $0.contains("→ Kassym-Jomart Tokayev") })
    }

    @Test func anAppositionNamingTheSameRecipientAgainIsOneMessage() {
        #expect(messages("Sadyr Japarov sent a congratulatory telegram to Ilham Aliyev, President of Azerbaijan, on Nowruz.")
            == ["Sadyr Japarov → Ilham Aliyev congratulation Nowruz"])
    }

    // MARK: Occasion

    @Test(arguments: [
        "Ilham Aliyev and Vladimir Putin exchanged congratulatory letters on the occasion of three decades since the establishment of diplomatic relations between Azerbaijan and Russia.",
        "Ilham Aliyev and Vladimir Putin exchanged congratulatory letters as Azerbaijan and Russia mark 30 years of diplomatic relations.",
        "Ilham Aliyev and Vladimir Putin exchanged congratulatory letters marking the 30th anniversary of diplomatic relations between Azerbaijan and Russia.",
    ])
    func anAnniversaryStatedWithTheMessageIsItsOccasion(sentence: String) {
        #expect(messages(sentence, date: "2022-04-04") == [
            "Ilham Aliyev → Vladimir Putin congratulation anniversary", "Vladimir Putin → Ilham Aliyev congratulation anniversary",
        ])
    }

    @Test func anAnniversaryInWhatTheMessageSaysIsNotItsOccasion() {
        #expect(messages("In his New Year message to Ilham Aliyev, Vladimir Putin noted that next year the two countries would mark 30 years since the establishment of diplomatic relations.", date: "2021-12-30")
            == ["Vladimir Putin → Ilham Aliyev greeting New Year"] || messages("In his New Year message to Ilham Aliyev, Vladimir Putin noted that next year the two countries would mark 30 years since the establishment of diplomatic relations.", date: "2021-12-30")
            == ["Vladimir Putin → Ilham Aliyev letter New Year"])
    }

    // MARK: Recipients named by office

    @Test(arguments: [
        ("Foreign Minister of Kyrgyzstan Jeenbek Kulubaev opened the session. Foreign Minister of Kazakhstan Mukhtar Tileuberdi congratulated his Kyrgyz colleague in a letter.", "Mukhtar Tileuberdi → Jeenbek Kulubaev congratulation -"),
        ("Foreign Minister of Kyrgyzstan Jeenbek Kulubaev opened the session. Foreign Minister of Kazakhstan Mukhtar Tileuberdi sent a congratulatory letter to his Kyrgyz counterpart.", "Mukhtar Tileuberdi → Jeenbek Kulubaev congratulation -"),
        ("Foreign Minister of Kyrgyzstan Jeenbek Kulubaev opened the session. Foreign Minister of Kazakhstan Mukhtar Tileuberdi sent a congratulatory letter to the Kyrgyz foreign minister.", "Mukhtar Tileuberdi → Jeenbek Kulubaev congratulation -"),
    ])
    func aRecipientNamedByOfficeIsTheHolderTheArticleNames(body: String, expected: String) {
        #expect(messages(body) == [expected])
    }

    // Kyrgyzstan's foreign ministers from 2012 are listed in leaders.tsv since the third foreign-ministers round: an
    // office of one country stands for its holder on the article's date when the tables list one (the guide's messages
    // section), so the date here is one no listed term covers; on this suite's date (2023-03-21) it is Jeenbek Kulubaev.
    // ForeignMinistersTests pins the holder on other listed dates.
    @Test func aRecipientNamedByOfficeWithNoHolderInTheArticleIsTheCountry() {
        #expect(messages("Foreign Minister of Kazakhstan Mukhtar Tileuberdi sent a congratulatory letter to the Kyrgyz foreign minister.", date: "2011-05-05")
            == ["Mukhtar Tileuberdi → KGZ congratulation -"])
        #expect(messages("Foreign Minister of Kazakhstan Mukhtar Tileuberdi sent a congratulatory letter to the Kyrgyz foreign minister.")
            == ["Mukhtar Tileuberdi → Jeenbek Kulubaev congratulation -"])
    }

    @Test func theHeadOfStateOfAnUndatedChronicleIsThePublisherCountrys() {
        let body = """
        Ministry of Foreign Affairs of the Republic of Kazakhstan

        6 July - President of Russia Vladimir Putin sent birthday greetings to President of Kazakhstan Nursultan Nazarbayev. Prime Minister of Russia Dmitry Medvedev sent a congratulatory telegram to the Head of State on his birthday.
        """
        #expect(messages(body, date: "2015-07") == [
            "Vladimir Putin → Nursultan Nazarbayev greeting birthday", "Dmitry Medvedev → Nursultan Nazarbayev congratulation birthday",
        ])
    }

    // MARK: Names

    @Test(arguments: ["Sh.M. Mirziyoyev", "Shavkat Mirziyoyev"])
    func initialsIncludingDigraphsBelongToTheName(name: String) {
        let found = facts("President of the Republic of Uzbekistan \(name) sent a congratulatory message to President of the Russian Federation V.V. Putin on Russia Day.", date: nil)
        #expect(Set(found.messages.map { "\($0.from) → \($0.to)" }) == ["Shavkat Mirziyoyev → Vladimir Putin"])
        #expect(found.leaders.contains { $0.name == "Shavkat Mirziyoyev" && $0.office == "President" && $0.country == "UZB" })
    }

    @Test func coordinatedSendersMayCarryABodysNameTheReferenceDoesNotKnow() {
        #expect(messages("President of Turkmenistan Serdar Berdimuhamedov and Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov sent Nowruz greetings to President of Uzbekistan Shavkat Mirziyoyev.")
            == ["Serdar Berdimuhamedov → Shavkat Mirziyoyev greeting Nowruz", "Gurbanguly Berdimuhamedov → Shavkat Mirziyoyev greeting Nowruz"])
    }

    // MARK: Facts stated across two sentences

    @Test(arguments: [
        "President of Russia Vladimir Putin sent a message to President of Kyrgyzstan Sadyr Japarov. In it, he congratulated the Kyrgyz leader on Independence Day.",
        "Vladimir Putin sent a message to Sadyr Japarov. In the message, the Russian President congratulated him on Independence Day.",
        "Vladimir Putin sent a telegram to Sadyr Japarov. The message congratulates the people of Kyrgyzstan on Independence Day.",
    ])
    func aSentenceReferringBackDescribesTheMessageInsteadOfAddingOne(body: String) {
        #expect(messages(body, date: "2021-08-31") == ["Vladimir Putin → Sadyr Japarov congratulation Independence Day"])
    }

    @Test func aSeparateLetterIsNotMergedWithALaterCongratulation() {
        #expect(messages("Vladimir Putin sent a letter to Sadyr Japarov about the gas deal. Separately, he congratulated Japarov on Independence Day in a telegram.", date: "2021-08-31")
            == ["Vladimir Putin → Sadyr Japarov letter -", "Vladimir Putin → Sadyr Japarov congratulation Independence Day"])
    }

    @Test(arguments: [
        "Vladimir Putin sent greetings on Independence Day to the presidents of Kyrgyzstan and Uzbekistan.",
        "Vladimir Putin sent greetings to the Presidents of Kyrgyzstan and Uzbekistan on Independence Day.",
    ])
    func thePresidentsOfSeveralCountriesAreEachCountrysHolder(sentence: String) {
        #expect(messages(sentence, date: "2021-08-31") == [
            "Vladimir Putin → Sadyr Japarov greeting Independence Day", "Vladimir Putin → Shavkat Mirziyoyev greeting Independence Day",
        ])
    }

    // MARK: Passive agents and appositions

    @Test(arguments: [
        "Congratulatory messages on Nowruz were sent to Shavkat Mirziyoyev by Kassym-Jomart Tokayev and Sadyr Japarov.",
        "Congratulatory messages were sent by Kassym-Jomart Tokayev and Sadyr Japarov to Shavkat Mirziyoyev on Nowruz.",
        "Congratulations on Nowruz were also conveyed to Shavkat Mirziyoyev by Kassym-Jomart Tokayev and Sadyr Japarov.",
    ])
    func thePassiveAgentAfterByIsTheSender(sentence: String) {
        #expect(messages(sentence) == [
            "Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation Nowruz", "Sadyr Japarov → Shavkat Mirziyoyev congratulation Nowruz",
        ])
    }

    @Test(arguments: [
        "Kassym-Jomart Tokayev sent a letter of condolence to Recep Tayyip Erdogan, President of Turkey, over the earthquake.",
        "Kassym-Jomart Tokayev sent a letter of condolence to Recep Tayyip Erdogan, the President of Turkey, over the earthquake.",
        "Kassym-Jomart Tokayev sent a letter of condolence to Recep Tayyip Erdogan, Turkey's President, over the earthquake.",
    ])
    func aNewNameInAppositionWithAnOfficeIsThatOfficesHolder(sentence: String) {
        let found = facts(sentence, date: "2023-02-07")
        #expect(Set(found.messages.map { "\($0.from) → \($0.to) \($0.kind)" }) == ["Kassym-Jomart Tokayev → Recep Tayyip Erdogan condolence"])
        #expect(found.leaders.contains { $0.name == "Recep Tayyip Erdogan" && $0.office == "President" && $0.country == "TUR" })
    }

    // MARK: Occasion from the paragraph or the title

    @Test(arguments: [
        "Today Kazakhstan celebrates Independence Day. Shavkat Mirziyoyev sent a congratulatory telegram to Kassym-Jomart Tokayev.",
        "Kazakhstan marks Independence Day on Friday. Among others, Shavkat Mirziyoyev sent a congratulatory telegram to Kassym-Jomart Tokayev.",
    ])
    func theParagraphMayNameTheOccasion(paragraph: String) {
        #expect(messages("ASTANA, December 16, 2022 (Kazinform) - Foreign leaders sent messages.\n\n" + paragraph, title: "Messages", date: nil)
            == ["Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Independence Day"])
    }

    @Test(arguments: [
        "Kazakhstan and Uzbekistan mark 30 years of diplomatic ties",
        "Tokayev and Mirziyoyev exchange telegrams as the two countries mark three decades of diplomatic relations",
    ])
    func aTitleThatMarksASpanOfYearsGivesAnAnniversaryOccasion(title: String) {
        #expect(messages("Kassym-Jomart Tokayev sent a congratulatory telegram to Shavkat Mirziyoyev.", title: title, date: "2022-10-14")
            == ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation anniversary"])
    }

    @Test func aLetterAboutAMatterOfItsOwnTakesNoOccasionFromTheParagraph() {
        #expect(messages("Today Kazakhstan celebrates Independence Day. Sadyr Japarov sent a letter to Kassym-Jomart Tokayev about water sharing.", title: "News", date: "2022-12-16")
            == ["Sadyr Japarov → Kassym-Jomart Tokayev letter -"])
    }

    @Test func anExchangeWithSeveralGoesBothWaysWithEach() {
        #expect(messages("Shavkat Mirziyoyev exchanged Nowruz greetings with Kassym-Jomart Tokayev, Sadyr Japarov and Emomali Rahmon.") == [
            "Shavkat Mirziyoyev → Kassym-Jomart Tokayev greeting Nowruz", "Kassym-Jomart Tokayev → Shavkat Mirziyoyev greeting Nowruz",
            "Shavkat Mirziyoyev → Sadyr Japarov greeting Nowruz", "Sadyr Japarov → Shavkat Mirziyoyev greeting Nowruz",
            "Shavkat Mirziyoyev → Emomali Rahmon greeting Nowruz", "Emomali Rahmon → Shavkat Mirziyoyev greeting Nowruz",
        ])
    }

    @Test func anAsyndeticListOfThreeClosesAtTheEndOfTheSentence() {
        #expect(messages("Kassym-Jomart Tokayev has sent Nowruz greetings to Shavkat Mirziyoyev, Sadyr Japarov, Emomali Rahmon.") == [
            "Kassym-Jomart Tokayev → Shavkat Mirziyoyev greeting Nowruz", "Kassym-Jomart Tokayev → Sadyr Japarov greeting Nowruz",
            "Kassym-Jomart Tokayev → Emomali Rahmon greeting Nowruz",
        ])
    }

    @Test(arguments: [
        "Letters from Shavkat Mirziyoyev, Sadyr Japarov and Emomali Rahmon were delivered to Kassym-Jomart Tokayev on Nowruz.",
        "Kassym-Jomart Tokayev received Nowruz letters from President of Uzbekistan Shavkat Mirziyoyev, President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon.",
    ])
    func aListOfSendersAfterFromGivesOneMessageEach(sentence: String) {
        #expect(messages(sentence) == [
            "Shavkat Mirziyoyev → Kassym-Jomart Tokayev letter Nowruz", "Sadyr Japarov → Kassym-Jomart Tokayev letter Nowruz",
            "Emomali Rahmon → Kassym-Jomart Tokayev letter Nowruz",
        ])
    }

    /// A clause that ends on its holiday's name, with the comma after it outside the clause, once trapped the holiday's
    /// apposition (a range past the clause's end): it must still read the message and the next one.
    @Test func aClauseEndingOnItsHolidayIsRead() {
        let body = "On 12 June Alexander Lukashenko sent a congratulatory message to Russian President Vladimir Putin on Russia Day, and on 7 October he sent him birthday greetings."
        let found = Set(facts(body, date: "2014-12-30").messages.map { "\($0.from) → \($0.to) \($0.kind) \($0.occasion ?? "-")" })
        #expect(found.contains("Alexander Lukashenko → Vladimir Putin congratulation national holiday"))
    }

    /// A sentence cut after ", " with its "and" opening the next paragraph once ran the second clause's range past the
    /// sentence (found by make fuzz).
    @Test func aSentenceCutAfterItsCommaIsRead() {
        let body = "MOSCOW, December 30. Vladimir Putin sent New Year greetings to President of Azerbaijan Ilham Aliyev,\n\nand to Serzh Sargsyan."
        let found = Set(facts(body, date: "2017-12-30").messages.map { "\($0.from) → \($0.to) \($0.kind) \($0.occasion ?? "-")" })
        #expect(found.contains("Vladimir Putin → Ilham Aliyev greeting New Year"))
    }
}
