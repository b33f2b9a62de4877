import Testing
@testable import RelationsKit

/// Messages in the shapes of the sixth blind round: the subject of a verb of receiving sends nothing, a letter is its own
/// kind, a name with a particle named again in full ("and Bashar al-Assad"), and a call reported by "called B" makes the
/// paragraph spoken. Invented sentences, with negative cases.
@Suite("extraction: blind6 round, messages")
struct Blind6MessageTests: WireCopyProbe {
    // MARK: The subject of a verb of receiving

    @Test(arguments: [
        "President of Armenia Armen Sarkissian and Prime Minister Nikol Pashinyan continue receiving congratulatory messages on the occasion of Independence Day.",
        "President of Armenia Armen Sarkissian and Prime Minister Nikol Pashinyan have received congratulatory telegrams on Independence Day.",
        "Prime Minister Nikol Pashinyan and President of Armenia Armen Sarkissian keep receiving letters of congratulation.",
    ])
    func theSubjectsOfAVerbOfReceivingSendNothing(sentence: String) {
        #expect(!messages(sentence, date: "2021-09-21").contains { $0.hasPrefix("Nikol Pashinyan →") || $0.hasPrefix("Armen Sarkissian →") })
    }

    @Test func aMessageReceivedFromASenderStillCounts() {
        let found = messages("Prime Minister Nikol Pashinyan has received a congratulatory telegram from President of Russia Vladimir Putin on Independence Day.", date: "2021-09-21")
        #expect(found == ["Vladimir Putin → Nikol Pashinyan congratulation Independence Day"])
    }

    // MARK: A letter is its own kind

    static let congratulationsTitle = "Foreign leaders congratulate Armenia on 30th anniversary of independence"

    @Test(arguments: [
        "President of France Emmanuel Macron addressed a letter to Prime Minister Nikol Pashinyan, assuring him of France's support.",
        "President of France Emmanuel Macron sent a letter to Prime Minister Nikol Pashinyan on Independence Day.",
    ])
    func aLetterOfNoStatedKindIsALetter(sentence: String) {
        #expect(messages(sentence, title: Self.congratulationsTitle, date: "2021-09-21").contains { $0.hasPrefix("Emmanuel Macron → Nikol Pashinyan letter") })
    }

    @Test(arguments: [
        "President of France Emmanuel Macron sent a message to Prime Minister Nikol Pashinyan on Independence Day.",
        "President of France Emmanuel Macron sent a letter of congratulation to Prime Minister Nikol Pashinyan on Independence Day.",
    ])
    func aMessageOfNoStatedKindOrALetterOfAKindIsThatKind(sentence: String) {
        #expect(messages(sentence, title: Self.congratulationsTitle, date: "2021-09-21").contains { $0.hasPrefix("Emmanuel Macron → Nikol Pashinyan congratulation") })
    }

    // MARK: A name with a particle, named again in full

    @Test(arguments: [
        "Russian President Vladimir Putin sent telegrams of condolence to Recep Tayyip Erdogan and Bashar al-Assad.",
        "Russian President Vladimir Putin sent telegrams of condolence to Recep Tayyip Erdogan and Bashar al-Assad, the Kremlin said.",
    ])
    func aNameWithAParticleNamedAgainIsThatPerson(sentence: String) {
        let body = "President of Turkey Recep Tayyip Erdogan and President of Syria Bashar al-Assad spoke of the earthquake.\n\n" + sentence
        let found = messages(body, date: "2023-02-06")
        #expect(found.contains("Vladimir Putin → Recep Tayyip Erdogan condolence -"))
        #expect(found.contains("Vladimir Putin → Bashar al-Assad condolence -"))
    }

    // MARK: A paragraph about a call

    @Test(arguments: [
        "On the same day, Mirziyoyev had a telephone conversation with President of Iran Ebrahim Raisi. The Iranian leader warmly congratulated Mirziyoyev on Navruz and wished him peace.",
        "Later, Shavkat Mirziyoyev called President of Iran Ebrahim Raisi. The Iranian leader thanked his counterpart and wished him peace.",
    ])
    func aParagraphAboutACallSendsNothing(paragraph: String) {
        let body = "President of Uzbekistan Shavkat Mirziyoyev sent congratulatory messages on Navruz to President of Kazakhstan Kassym-Jomart Tokayev.\n\n" + paragraph
        #expect(messages(body, title: "Mirziyoyev congratulates leaders on Navruz", date: "2023-03-20") == ["Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Nowruz"])
    }

    @Test func callingForSomethingIsNoCall() {
        let body = "President of Russia Vladimir Putin congratulated President of Kazakhstan Kassym-Jomart Tokayev on his birthday. Putin called for closer ties between the two countries."
        #expect(messages(body, date: "2023-05-17").contains("Vladimir Putin → Kassym-Jomart Tokayev congratulation birthday"))
    }
}

/// Letters that continue an announced message keep its kind. Invented sentences.
@Suite("extraction: blind6 round, letters in a roundup")
struct Blind6RoundupLetterTests: WireCopyProbe {
    @Test func lettersWithoutASenderOfTheirOwnTakeTheAnnouncedKind() {
        let body = "President of Russia Vladimir Putin has sent New Year greetings to the heads of state of the CIS countries. Letters went to President of Kazakhstan Kassym-Jomart Tokayev and President of Kyrgyzstan Sadyr Japarov."
        let found = messages(body, title: "Putin sends New Year greetings to CIS leaders", date: "2022-12-30")
        #expect(found.contains("Vladimir Putin → Kassym-Jomart Tokayev greeting New Year"))
        #expect(found.contains("Vladimir Putin → Sadyr Japarov greeting New Year"))
    }
}

/// A state congratulated with no written medium, in an article that is not about messages, is a statement, not a
/// message. Invented sentences, with negative cases.
@Suite("extraction: blind6 round, a state congratulated")
struct Blind6StateCongratulatedTests: WireCopyProbe {
    @Test(arguments: [
        "Kyrgyzstan joined the union on Wednesday. The Russian Ambassador to Kyrgyzstan, Andrey Krutko, congratulated Kyrgyzstan on the event.",
        "Kyrgyzstan joined the union on Wednesday. President of Russia Vladimir Putin congratulated Kyrgyzstan on the accession.",
    ])
    func aStateCongratulatedWithoutAMediumIsNoMessage(body: String) {
        #expect(messages(body, title: "Kyrgyzstan becomes full member of Eurasian Economic Union", date: "2015-08-12").isEmpty)
    }

    @Test(arguments: [
        "Kyrgyzstan joined the union on Wednesday. President of Russia Vladimir Putin sent a congratulatory telegram to Kyrgyzstan on the accession.",
        "Kyrgyzstan joined the union on Wednesday. In a telegram, President of Russia Vladimir Putin congratulated the people of Kyrgyzstan on the accession.",
    ])
    func aStateCongratulatedInWritingIsAMessage(body: String) {
        #expect(messages(body, title: "Kyrgyzstan becomes full member of Eurasian Economic Union", date: "2015-08-12").contains { $0.hasPrefix("Vladimir Putin → KGZ congratulation") })
    }

    @Test func aLeaderCongratulatedWithoutAMediumIsStillAMessage() {
        let body = "President of Russia Vladimir Putin congratulated President of Kyrgyzstan Almazbek Atambayev on the accession."
        #expect(messages(body, title: "Kyrgyzstan becomes full member of Eurasian Economic Union", date: "2015-08-12").contains { $0.hasPrefix("Vladimir Putin → Almazbek Atambayev congratulation") })
    }
}
