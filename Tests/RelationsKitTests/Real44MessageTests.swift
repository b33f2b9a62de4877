import Testing
@testable import RelationsKit

/// Messages whose recipient's title and name stand apart in the ways wire copy writes them: a comma between the title and a
/// name the reference does not know ("Austrian President, A B"), and the suffix of a post not yet taken up ("President-elect",
/// "Prime Minister-designate"). The person named is the recipient, not the country the title describes. Invented sentences
/// (other people, countries and years than the development items), with near-misses that must keep their old reading.
@Suite("extraction: real copy, messages (recipient titles set apart from the name)")
struct Real44MessageTests: WireCopyProbe {
    // MARK: A comma between the title and the name

    @Test(arguments: [
        ("Kazakh President Kassym-Jomart Tokayev has sent a letter of condolence to Austrian President, Alexander Van der Bellen in connection with the floods.", "Kassym-Jomart Tokayev → Alexander Van der Bellen condolence -"),
        ("Kazakh President Kassym-Jomart Tokayev sent a telegram of condolences to Austrian President, Alexander Van der Bellen, over the floods in Tyrol.", "Kassym-Jomart Tokayev → Alexander Van der Bellen condolence -"),
        ("Kazakh President Kassym-Jomart Tokayev sent condolences to Austrian President, Alexander Van der Bellen.", "Kassym-Jomart Tokayev → Alexander Van der Bellen condolence -"),
        ("Kazakh President Kassym-Jomart Tokayev sent a letter of condolence to Finnish President, Sauli Niinisto and to the people of Finland over the ferry accident.", "Kassym-Jomart Tokayev → Sauli Niinisto condolence -"),
    ])
    func aNameAfterACommaIsTheRecipient(sentence: String, expected: String) {
        #expect(messages(sentence, date: "2021-07-20").contains(expected))
    }

    @Test func aNameAfterACommaThatOpensAClauseIsItsSubject() {
        // "In his message to the X President, A B noted": A B speaks; the unknown name is no recipient.
        let found = messages("In his message to the Austrian President, Alexander Van der Bellen noted the long friendship of the two nations.", date: "2021-07-20")
        #expect(!found.contains { $0.contains("→ Alexander Van der Bellen") })
    }

    @Test func aKnownPersonAfterTheCommaKeepsItsOwnReading() {
        let found = messages("In his message to the Austrian President, Vladimir Putin noted the long friendship of the two nations.", date: "2021-07-20")
        #expect(!found.contains { $0.contains("→ Vladimir Putin") })
    }

    // MARK: The suffix of a post not yet taken up

    @Test(arguments: [
        "Kyrgyz President Sadyr Japarov sent a congratulatory message to Chilean President-elect Gabriel Boric on his election victory.",
        "Kyrgyz President Sadyr Japarov sent congratulations to President-elect Gabriel Boric of Chile on his election victory.",
        "Kyrgyz President Sadyr Japarov sent a congratulatory telegram to the Chilean President-elect, Gabriel Boric, on his election victory.",
    ])
    func aNameAfterElectIsTheRecipient(sentence: String) {
        let found = messages(sentence, date: "2021-12-22")
        #expect(found.contains("Sadyr Japarov → Gabriel Boric congratulation election victory"))
        #expect(!found.contains { $0.contains("→ CHL") })
    }

    @Test func aDesignateIsReadLikeAnElect() {
        let found = messages("Prime Minister Nikol Pashinyan sent a letter of congratulations to Italian Prime Minister-designate Mario Draghi.", date: "2021-02-10")
        #expect(found.contains { $0.hasPrefix("Nikol Pashinyan → Mario Draghi congratulation") })
    }

    @Test func aTitleWithoutANameStaysTheCountry() {
        // No name after the title: nothing to read as a person.
        let found = messages("Kyrgyz President Sadyr Japarov sent a congratulatory message to the Chilean President-elect on his election victory.", date: "2021-12-22")
        #expect(!found.contains { $0.contains("→ Gabriel Boric") })
    }

    @Test func aSpokenCongratulationAtAMeetingIsStillNoMessage() {
        let found = messages("At the meeting in Ankara, Kyrgyz President Sadyr Japarov told Chilean President-elect Gabriel Boric that he congratulated him on his victory.", date: "2021-12-22")
        #expect(!found.contains { $0.contains("→ Gabriel Boric") })
    }

    // MARK: A message that names no recipient, whose own words address a people

    @Test(arguments: [
        "Uzbek President Shavkat Mirziyoyev sent condolences to Georgian President Salome Zourabichvili over the landslide.\n\nTurkmen President Serdar Berdimuhamedov also sent a telegram expressing his condolences over the disaster.\n\n\"I extend my deepest condolences to the families of the victims and to the people of Georgia,\" Berdimuhamedov wrote in the telegram.",
        "Uzbek President Shavkat Mirziyoyev sent condolences to Georgian President Salome Zourabichvili over the landslide.\n\nTurkmen President Serdar Berdimuhamedov also sent a message of condolence over the disaster.\n\n\"In these difficult days I wish the brotherly Georgian people strength and courage,\" the message says.",
    ])
    func thePeopleTheWordsAddressReceive(body: String) {
        let found = messages(body, date: "2023-08-05")
        #expect(found.contains("Serdar Berdimuhamedov → GEO condolence -"))
        #expect(!found.contains("Serdar Berdimuhamedov → Salome Zourabichvili condolence -"))
    }

    @Test func wordsThatAddressYouKeepTheLeaderBefore() {
        let body = "Uzbek President Shavkat Mirziyoyev sent condolences to Georgian President Salome Zourabichvili over the landslide.\n\nTurkmen President Serdar Berdimuhamedov also sent a telegram expressing his condolences over the disaster.\n\n\"I extend to you and to the people of Georgia my deepest condolences,\" Berdimuhamedov wrote."
        let found = messages(body, date: "2023-08-05")
        #expect(found.contains("Serdar Berdimuhamedov → Salome Zourabichvili condolence -"))
    }

    @Test func theSendersOwnPeopleAddressNoOne() {
        let body = "Uzbek President Shavkat Mirziyoyev sent condolences to Georgian President Salome Zourabichvili over the landslide.\n\nTurkmen President Serdar Berdimuhamedov also sent a telegram expressing his condolences.\n\n\"On behalf of the people of Turkmenistan I share the grief of the bereaved,\" Berdimuhamedov wrote."
        let found = messages(body, date: "2023-08-05")
        #expect(!found.contains { $0.hasPrefix("Serdar Berdimuhamedov → TKM") })
    }

    // MARK: An exchange between the heads of two bodies of the pair of states

    @Test(arguments: [
        "On 14 March 2022, on the 30th anniversary of diplomatic relations between Kazakhstan and Mongolia, the heads of the foreign ministries of the two countries exchanged congratulatory messages.",
        "On 14 March 2022, on the 30th anniversary of diplomatic relations between Kazakhstan and Mongolia, the heads of the ministries of foreign affairs of both countries exchanged congratulatory messages.",
        "On 14 March 2022, on the 30th anniversary of diplomatic relations between Kazakhstan and Mongolia, the heads of the foreign affairs ministries of the two states exchanged congratulatory messages.",
    ])
    func theHeadsOfForeignMinistriesAreTheForeignMinisters(lead: String) {
        let body = lead + "\n\nThe message of the Minister of Foreign Affairs of Kazakhstan Mukhtar Tileuberdi notes the dynamic ties.\n\nIn turn, the Minister of Foreign Affairs of Mongolia, Batmunkh Battsetseg, stresses the good-neighbourly relations."
        let found = messages(body, date: "2022-03-14")
        #expect(found.contains("Mukhtar Tileuberdi → Batmunkh Battsetseg congratulation anniversary"))
        #expect(found.contains("Batmunkh Battsetseg → Mukhtar Tileuberdi congratulation anniversary"))
    }

    @Test func theHeadsOfTwoDelegationsAreNoOffice() {
        let found = messages("On the 30th anniversary of diplomatic relations between Kazakhstan and Mongolia, the heads of the two delegations exchanged congratulatory messages.", date: "2022-03-14")
        #expect(!found.contains { $0.contains("Mukhtar Tileuberdi") })
    }
}
