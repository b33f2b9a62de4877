import Testing
@testable import RelationsKit

/// Leaders in the mechanisms the real9 development set found failing. Invented sentences.
@Suite("extraction: real9 round, leaders")
struct Real9EntityTests: WireCopyProbe {
    func leaders(_ body: String, date: String = "2021-05-20") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) \($0.office) \($0.country)" })
    }

    // MARK: a style of address is never a name

    /// A letter's salutation on the line after the addressee's office ("Your Excellency,") is a courtesy: no leader is made
    /// of it, whatever the office line says.
    @Test(arguments: [
        "President of the Republic of Kazakhstan\n\nYour Excellency,\n\nI warmly congratulate you on the national holiday.",
        "Prime Minister of Armenia\n\nYour Excellency,\nPlease accept my sincere greetings.",
        "To the President of Uzbekistan\n\nYour Majesty,\nI send my best wishes.",
        "Foreign Minister of Georgia\nYour Highness,\nIt is an honour to write to you.",
    ])
    func aSalutationIsNoName(body: String) {
        #expect(leaders(body).allSatisfy { !$0.contains("Excellency") && !$0.contains("Majesty") && !$0.contains("Highness") && !$0.hasPrefix("Your") })
    }

    /// Negative case: a name after the office on its own line is still read, and a style of address before a name still
    /// passes to the name.
    @Test(arguments: [
        ("The President of Kazakhstan, His Excellency Kassym-Jomart Tokayev, opened the forum.", "Kassym-Jomart Tokayev President KAZ"),
        ("The talks were led by the Prime Minister of Armenia Nikol Pashinyan.", "Nikol Pashinyan Prime Minister ARM"),
    ])
    func aNameAfterAStyleIsStillRead(sentence: String, expected: String) {
        #expect(leaders(sentence).contains(expected))
    }
}
