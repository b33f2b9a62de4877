import Testing
@testable import RelationsKit

/// A letter's address block: "His Excellency⏎Mr A B,⏎President of the Republic of X⏎Dear Mr President": the name and the
/// office stand on lines of their own, and the line break closes the apposition. The name on the office's line before is
/// that office's holder; a name on a later line opens the next letter's block and is not. Invented sentences, with near misses.
@Suite("extraction: real53-56 round, a letter's address block")
struct Real56AddressTests: WireCopyProbe {
    func leaders(_ body: String) -> Set<String> {
        Set(facts(body, title: "Greetings", date: "2015-06-05").leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    @Test(arguments: [
        ("To His Excellency\n\nMr Ahmed Karimov,\n\nPresident of the Republic of Tajikistan\n\nYour Excellency!\n\nWe congratulate you on the holiday.",
         "Ahmed Karimov | President | TJK"),
        ("His Excellency\nMr. Tomas Keller,\nPrime Minister of the Kingdom of Sweden\nDear Prime Minister,\nWe send our greetings.",
         "Tomas Keller | Prime Minister | SWE"),
        ("Mrs Ines Duarte,\nMinister of Foreign Affairs of Portugal\nDear Minister,\nWe send our greetings.", "Ines Duarte | Foreign Minister | PRT"),
        ("His Excellency\nMr Raul Andrade,\nActing President of the Republic of Peru\nYour Excellency,\nWe send our greetings.",
         "Raul Andrade | President | PER"),
    ])
    func theNameOnItsLineHoldsTheOfficeOnTheNext(body: String, expected: String) {
        #expect(leaders(body).contains(expected))
    }

    @Test func aSignatureThenTheNextLettersAddressAreTwoLeaders() {
        let body = "I wish your people peace!\nAna Ruiz,\nPresident of the Republic of Chile\nHis Excellency\nMr. Omar Haddad,\n"
            + "President of the Republic of Tunisia\nDear Mr. President!\nWe send greetings."
        #expect(leaders(body) == ["Ana Ruiz | President | CHL", "Omar Haddad | President | TUN"])
    }

    @Test func anOfficeInAppositionDoesNotPassToTheNameOnTheNextLine() {
        let body = "Ana Ruiz,\nPresident of the Republic of Chile\n\nHis Excellency Mr Joao Silva Mendes, President of the Republic of Angola\n\nDear Mr. President,"
        #expect(leaders(body) == ["Ana Ruiz | President | CHL", "Joao Silva Mendes | President | AGO"])
    }

    // MARK: Near misses

    @Test func aHeadlineOverAnOfficeLineIsNoHolder() {
        #expect(leaders("Harvest Talks Resume\nPresident of the Republic of Peru\nThe meeting ended.").isEmpty)
    }

    @Test func aBylineOverADatelineIsNoHolder() {
        #expect(leaders("By Maria Lopez\nLIMA, May 4\nThe President of Peru spoke on Monday.").isEmpty)
        #expect(leaders("Maria Lopez,\nSANTIAGO, March 3 - The President of Chile said on Monday that talks would resume.").isEmpty)
    }

    @Test func twoPersonsOnTwoLinesKeepTheirOwnOffices() {
        #expect(leaders("Ana Ruiz,\nTomas Keller, Prime Minister of Sweden, arrived.") == ["Tomas Keller | Prime Minister | SWE"])
    }

    @Test func aStaffPostOnTheOfficeLineIsNoLeader() {
        #expect(leaders("Ana Ruiz,\nAdviser to the President of the Republic of Chile\nDear Madam,").isEmpty)
    }
}
