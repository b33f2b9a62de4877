import Testing
@testable import RelationsKit

/// Leader wording of the real65–70 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A plural office may be "of" a group of states described in small words before its holders follow a comma, the first
/// placed by its country's possessive ("The presidents of the countries participating in that union, Kazakhstan's A,
/// Kyrgyzstan's B, and Uzbekistan's C"). A second post coordinated after the first, with its body's name, stands between
/// the first office and the person the reference knows, who holds both ("Russian Prime Minister and Chairman of the Council
/// of Ministers of the Belarus-Russia Union State A"); the countries inside the body's name are no recipients.
@Suite("extraction: leaders, real70")
struct Real70LeaderTests: WireCopyProbe {

    @Test func aGroupDescribedInSmallWordsListsItsHolders() {
        let text = "The presidents of the countries participating in that union, Kazakhstan's Nursultan Nazarbayev, Kyrgyzstan's Askar Akayev, and Uzbekistan's Islam Karimov, had said last year that Tajikistan would be admitted."
        #expect(leaderFacts(text, date: "1999-03-01") == ["Nursultan Nazarbayev President KAZ", "Askar Akayev President KGZ", "Islam Karimov President UZB"])
    }

    @Test(arguments: [
        // No group of states: the clause after the comma is another's.
        "The presidents of the union met, Kazakhstan's Nursultan Nazarbayev said.",
        // A group named by a country's word is not described in small words.
        "The presidents of the Central Asian states, Kazakhstan's Nursultan Nazarbayev said, met in Almaty.",
    ])
    func otherPhrasesTieNoOne(text: String) {
        #expect(leaderFacts(text, date: "1999-03-01").isEmpty)
    }

    @Test func aCoordinatedSecondPostKeepsTheFirstOffice() {
        let text = "Belarusian President Aleksandr Lukashenko congratulated Russian Prime Minister and Chairman of the Council of Ministers of the Belarus-Russia Union State Mikhail Mishustin on his 60th birthday."
        #expect(facts(text, date: "2025-03-03").leaders.contains { $0.name == "Mikhail Mishustin" && $0.office == "Prime Minister" && $0.country == "RUS" })
        #expect(messages(text, date: "2025-03-03") == ["Alexander Lukashenko → Mikhail Mishustin congratulation birthday"])
    }

    @Test func aSecondPostWithoutAKnownPersonTiesNoOne() {
        // Words in small letters are no body's name; an unknown name after the post is not taken for a known holder.
        #expect(!facts("Putin met Russian Prime Minister and the head of the delegation Mikhail Mishustin.", date: "2025-03-03").leaders.contains { $0.office == "Prime Minister" })
    }
}
