import Testing
@testable import RelationsKit

/// Anniversaries and relationship labels in the families the real10 and real12 development sets found failing: a
/// country's joining is no anniversary of the organisation, "our independence" is the speaker's country's, independence of
/// several coordinated countries is each one's; an alliance one wants, one joined in a relative clause, or of a regional
/// kind under any determiner is no label. Invented sentences, each with a negative case.
@Suite("extraction: real12 round, anniversaries and labels")
struct Real12AnniversaryTests: WireCopyProbe {
    func relations(_ body: String, date: String = "2019-03-21") -> Set<String> {
        Set(facts(body, date: date).relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    // MARK: A country's joining is no anniversary of the organisation

    @Test(arguments: [
        "Estonia marked the 20th anniversary of joining the transatlantic alliance, NATO.",
        "Latvia celebrates 20 years of membership in the European Union.",
        "The minister spoke on the 20th anniversary of Lithuania's accession to NATO.",
        "Lithuania marks 20 years since it joined NATO.",
    ])
    func aJoiningsAnniversaryIsNoneOfTheOrganisation(sentence: String) {
        #expect(anniversaries(sentence, date: "2024-03-29").isEmpty)
    }

    @Test func anOrganisationsOwnAnniversaryStays() {
        #expect(anniversaries("NATO marked the 75th anniversary of its founding, and Estonia joined the celebrations.", date: "2024-04-04").count == 1)
    }

    // MARK: Whose independence

    @Test func ourIndependenceInAQuotationIsTheSpeakersCountry() {
        let body = "Kazakhstan marked its 24th Independence Day.\n\n\"It would be right to start preparing for the 25th anniversary of our independence next year,\" the head of state said."
        #expect(anniversaries(body, date: "2015-12-16").contains("KAZ independence 25 2016"))
    }

    @Test(arguments: [
        ("It is the 20th anniversary since the restoration of independence in both Estonia and Latvia, the minister said.", ["EST independence 20 2011", "LVA independence 20 2011"]),
        ("The choir sang for the 20th anniversary of the independence of Latvia, Ukraine and Estonia.", ["EST independence 20 2011", "UKR independence 20 2011", "LVA independence 20 2011"]),
    ])
    func independenceOfCoordinatedCountriesIsEachOnes(sentence: String, expected: [String]) {
        #expect(anniversaries(sentence, date: "2011-05-05") == Set(expected))
    }

    @Test func oneCountrysIndependenceStaysOne() {
        #expect(anniversaries("The 20th anniversary of Latvia's independence was marked, the minister told the Estonian envoy.", date: "2011-05-05") == ["LVA independence 20 2011"])
    }

    // MARK: Labels: an alliance wanted, joined, or regional

    @Test(arguments: [
        "Georgia and Russia agree that the treaty without an alliance to back it up would remain on paper.",
        "Without a military alliance, Armenia and Russia would face the threat alone, the minister said.",
    ])
    func anAllianceWantedIsNoLabel(sentence: String) {
        #expect(relations(sentence).isEmpty)
    }

    @Test(arguments: [
        "Uzbekistan left GUUAM. The political and economic alliance, which Tashkent joined in 1999, sought ties outside Russian influence.",
        "Russia and Belarus discussed the alliance that Georgia left years ago.",
    ])
    func anAllianceJoinedInARelativeClauseIsABloc(sentence: String) {
        #expect(relations(sentence).isEmpty)
    }

    @Test func aRegionalAllianceUnderAnyDeterminerIsABloc() {
        #expect(relations("The envoys of Russia and Armenia said our regional alliance was created for peace.").isEmpty)
    }

    @Test func twoStatesOwnAllianceStaysALabel() {
        #expect(relations("Armenia and Russia are bound by a military alliance.") == ["ARM-RUS alliance"])
    }
}
