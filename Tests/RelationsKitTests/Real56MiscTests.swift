import Foundation
import Testing
@testable import RelationsKit

/// Classes of wording from the real53–real56 round in the areas of leaders and anniversaries: a name of five words or more
/// in apposition before its office ("Luiz Inacio Lula da Silva, President of Brazil"), particles inside it and a Gulf ruler's
/// style before it ("Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE"); two recorded offices stacked in one
/// apposition ("A, Vice President and Prime Minister of X"); an anniversary of two states' relations or ties with no
/// "diplomatic" ("the 30th anniversary of Turkish-Kyrgyz ties"). Invented sentences, with near-misses.
@Suite("extraction: real53–real56 round, leaders and anniversaries")
struct Real56MiscTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2019-05-03") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    // MARK: A long name in apposition before its office

    @Test(arguments: [
        ("A cable came from Luiz Inacio Lula da Silva, President of Brazil, on Monday.", "Luiz Inacio Lula da Silva | President | BRA"),
        ("Sheikh Tamim bin Hamad Al Thani, Emir of Qatar, and Sheikh Nasser bin Saud Al Sabah, Prime Minister of Kuwait, sent cables.",
         "Nasser bin Saud Al Sabah | Prime Minister | KWT"),
        ("Letters were sent by:\nSheikh Hamdan bin Khalid Al Nahyan, President of the United Arab Emirates;\nKing Hamad of Bahrain.",
         "Hamdan bin Khalid Al Nahyan | President | ARE"),
        ("The talks were joined by Haitham bin Tariq bin Taimur Al Said, Foreign Minister of Oman.", "Haitham bin Tariq bin Taimur Al Said | Foreign Minister | OMN"),
    ])
    func aLongNameBeforeItsOfficeIsReadWhole(body: String, expected: String) {
        let found = leaders(body)
        #expect(found.contains(expected))
        // Not the name's tail, nor the name with the ruler's style.
        let name = expected.components(separatedBy: " | ")[0]
        #expect(!found.contains { $0.hasPrefix("Sheikh ") || $0 != expected && name.hasSuffix(" " + $0.components(separatedBy: " | ")[0]) })
    }

    @Test func aStyleBeforeOneNameStaysTheName() {
        // "Sheikh Hasina" is a name of two words: the style is read as its first.
        #expect(leaders("A letter came from Sheikh Hasina, Prime Minister of Bangladesh.").contains("Sheikh Hasina | Prime Minister | BGD"))
    }

    @Test func aShortNameAfterALongSentenceStaysShort() {
        // The words before the name belong to the sentence, not to the name.
        let found = leaders("On Monday the delegation was received by Emil Dragan, President of Romania.")
        #expect(found.contains("Emil Dragan | President | ROU"))
        #expect(found.count == 1)
    }

    // MARK: Two offices stacked in one apposition

    @Test(arguments: [
        ("A letter went to Khalid Nasser, Vice President and Foreign Minister of Egypt.",
         ["Khalid Nasser | Vice President | EGY", "Khalid Nasser | Foreign Minister | EGY"]),
        ("Sheikh Rashid bin Saeed Al Maktoum, Vice-President, Prime Minister of the United Arab Emirates and Ruler of Dubai, sent a cable.",
         ["Rashid bin Saeed Al Maktoum | Vice President | ARE", "Rashid bin Saeed Al Maktoum | Prime Minister | ARE"]),
        ("Greetings came from Ahmed Karim, President and Prime Minister of Tunisia, on the holiday.",
         ["Ahmed Karim | President | TUN", "Ahmed Karim | Prime Minister | TUN"]),
        ("The guests included Omar Saleh, the Vice President & Defence Minister of Yemen.",
         ["Omar Saleh | Vice President | YEM", "Omar Saleh | Defence Minister | YEM"]),
    ])
    func stackedOfficesAreBothTheHolders(body: String, expected: [String]) {
        let found = leaders(body)
        for fact in expected { #expect(found.contains(fact)) }
    }

    @Test(arguments: [
        // A deputy's title stacked before the office is no office of its own.
        ("A letter went to Khalid Nasser, Deputy Prime Minister and Foreign Minister of Egypt.", "Khalid Nasser | Prime Minister | EGY"),
        // Two persons, each with an office of their own.
        ("The President, Mr Ahmed Karim, and Prime Minister of Tunisia Sami Ben Youssef met the delegation.", "Sami Ben Youssef | President | TUN"),
        // An office with its own country before it is another state's.
        ("The talks brought together Ahmed Karim, Moroccan Ambassador, Prime Minister of Tunisia Sami Ben Youssef.", "Ahmed Karim | Ambassador | TUN"),
    ])
    func anotherTitleIsNoStackedOffice(body: String, absent: String) {
        #expect(!leaders(body).contains(absent))
    }

    // MARK: An anniversary of relations or ties with no "diplomatic"

    @Test(arguments: [
        ("The event commemorates the 30th anniversary of Turkish-Kyrgyz ties.", "KGZ-TUR diplomatic relations 30 2022"),
        ("The sides opened a new page of the golden 30th anniversary of Chinese-Tajik relations.", "CHN-TJK diplomatic relations 30 2022"),
        ("The embassy hosted a reception on the 30th anniversary of India-Uzbekistan relations.", "IND-UZB diplomatic relations 30 2022"),
        ("Both presidents hailed the 30th anniversary of bilateral relations between Kazakhstan and Turkey.", "KAZ-TUR diplomatic relations 30 2022"),
        ("Minsk and Hanoi marked the 30th jubilee of relations between Belarus and Vietnam.", "BLR-VNM diplomatic relations 30 2022"),
    ])
    func anAnniversaryOfRelationsIsOfDiplomaticRelations(body: String, expected: String) {
        #expect(anniversaries(body, date: "2022-05-05").contains(expected))
    }

    @Test(arguments: [
        // Another kind of relations, and a document named after them.
        "The forum marked the 30th anniversary of trade relations between Kazakhstan and Turkey.",
        "Vietnam and Russia marked the 10th anniversary of the friendly relations treaty between the two countries.",
        "Vietnam and Russia marked the 10th anniversary of Vietnam-Russia relations treaty.",
        // A count of years that is no anniversary.
        "Kazakhstan and Turkey have built strong ties over 30 years.",
    ])
    func otherRelationsAreNoAnniversaryOfDiplomaticRelations(body: String) {
        #expect(!anniversaries(body, date: "2022-05-05").contains { $0.contains("diplomatic relations") })
    }
}
