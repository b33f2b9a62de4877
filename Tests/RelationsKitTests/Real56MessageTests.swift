import Testing
@testable import RelationsKit

/// The classes of wording behind the messages the twenty-first real-copy round found missed or mistaken on real21–56, each
/// pinned by other wordings than the one that showed it, and by near misses that must not fire. Every sentence here is invented.
@Suite("extraction: real-copy round 21, messages")
struct Real56MessageTests: WireCopyProbe {
    // MARK: A people addressed, then the message to its leader

    @Test(arguments: [
        // The people congratulated first, the message to the leader after it in a sentence of no kind.
        ("Kassym-Jomart Tokayev expressed his warm congratulations to the people of Moldova on Independence Day.\n\nIn a message to President Maia Sandu, Tokayev wished the country peace.",
         "Kassym-Jomart Tokayev → Maia Sandu congratulation Independence Day"),
        // Greetings to the government and the people, then "in his letter to".
        ("Kassym-Jomart Tokayev extended greetings to the government and people of Moldova on Independence Day. In his letter to President Maia Sandu, Tokayev recalled their talks in Astana.",
         "Kassym-Jomart Tokayev → Maia Sandu greeting Independence Day"),
        // The people congratulated by a verb, the leader's telegram after it.
        ("Kassym-Jomart Tokayev congratulated the people of Moldova on Independence Day. In a telegram to President Maia Sandu, Tokayev stressed the value of their ties.",
         "Kassym-Jomart Tokayev → Maia Sandu congratulation Independence Day"),
        // Condolences to the people, the letter to the leader after them: a condolence, with no occasion.
        ("Kassym-Jomart Tokayev extended his condolences to the people of Moldova over the floods. In a letter to President Maia Sandu, Tokayev offered help.",
         "Kassym-Jomart Tokayev → Maia Sandu condolence -"),
    ])
    func aPeopleAddressedAndAPlainMessageToItsLeaderAreOneMessage(body: String, expected: String) {
        #expect(messages(body, date: "2022-08-27") == [expected])
    }

    @Test func aPeopleTheTextSaysIsAddressedApartKeepsItsOwnMessage() {
        // "also sent": a message of its own to the people; the letter to the leader keeps no kind it does not state.
        let found = messages("In a message to President Maia Sandu, Kassym-Jomart Tokayev recalled their talks in Astana. Tokayev also sent congratulations to the people of Moldova on Independence Day.", date: "2022-08-27")
        #expect(found.contains("Kassym-Jomart Tokayev → MDA congratulation Independence Day"))
        #expect(!found.contains { $0.hasPrefix("Kassym-Jomart Tokayev → Maia Sandu congratulation") })
    }

    @Test func aLeaderOfAnotherCountryTakesNothingFromThePeople() {
        // The people of Moldova congratulated, a message to Estonia's president: two countries, two messages.
        let found = messages("Kassym-Jomart Tokayev expressed his warm congratulations to the people of Moldova on Independence Day. In a message to President Alar Karis, Tokayev recalled their talks in Astana.", date: "2022-08-27")
        #expect(!found.contains { $0.hasPrefix("Kassym-Jomart Tokayev → Alar Karis congratulation") })
    }

    @Test func aLetterOfAnotherOccasionStaysALetter() {
        // The leader's message states an occasion of its own: it is not the people's congratulation told again.
        let found = messages("Kassym-Jomart Tokayev expressed his warm congratulations to the people of Moldova on Independence Day. In a message to President Maia Sandu on the New Year, Tokayev recalled their talks.", date: "2022-08-27")
        #expect(!found.contains("Kassym-Jomart Tokayev → Maia Sandu congratulation Independence Day"))
    }

    // MARK: Naadam, Mongolia's national holiday, by its own name

    @Test(arguments: [
        ("Kassym-Jomart Tokayev sent a congratulatory telegram to the people of Mongolia on the occasion of the Naadam Festival.", "Kassym-Jomart Tokayev → MNG congratulation national holiday"),
        ("Kassym-Jomart Tokayev sent Naadam greetings to the people of Mongolia.", "Kassym-Jomart Tokayev → MNG greeting national holiday"),
        ("Kassym-Jomart Tokayev congratulated the people of Mongolia in a letter on the National Naadam holiday.", "Kassym-Jomart Tokayev → MNG congratulation national holiday"),
        ("On the National Naadam Festival, Kassym-Jomart Tokayev addressed a letter of congratulations to the people of Mongolia.", "Kassym-Jomart Tokayev → MNG congratulation national holiday"),
    ])
    func naadamIsMongoliasNationalHoliday(body: String, expected: String) {
        #expect(messages(body, date: "2023-07-11") == [expected])
    }

    @Test func theFestivalItselfSendsNothing() {
        #expect(messages("The Naadam Festival opened in Ulaanbaatar with wrestling and archery.", date: "2023-07-11").isEmpty)
    }
}
