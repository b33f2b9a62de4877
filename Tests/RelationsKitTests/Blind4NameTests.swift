import Testing
@testable import RelationsKit

/// Names left over from the blind3 round: an American institution named after the US state of Georgia is not the
/// country, and "the Commonwealth" alone in this copy is the CIS. Invented sentences, with negative cases.
@Suite("extraction: blind4 round, names")
struct Blind4NameTests: WireCopyProbe {
    @Test(arguments: [
        "A reception was held at the Georgia Institute of Technology in Atlanta.",
        "Kazakh students at the Georgia Institute of Technology and Georgia Tech alumni attended.",
    ])
    func anAmericanInstitutionIsNotTheCountry(sentence: String) {
        #expect(!facts(sentence).countries.contains("GEO"))
    }

    @Test func theCountryBesideTheInstitutionIsStillTheCountry() {
        #expect(facts("Georgia sent a delegation to the Georgia Institute of Technology.").countries == ["GEO"])
    }

    @Test(arguments: [
        "The servicemen died \"defending the common borders of the Commonwealth\", Emomali Rahmon said.",
        "The Commonwealth will hold its next summit in Dushanbe.",
    ])
    func theCommonwealthAloneIsTheCIS(sentence: String) {
        #expect(facts(sentence).organisations == ["CIS"])
    }

    @Test(arguments: [
        "The athletes won three medals at the Commonwealth Games.",
        "India is a member of the Commonwealth of Nations.",
        "The British Commonwealth held its summit in London.",
    ])
    func anotherCommonwealthIsNotTheCIS(sentence: String) {
        #expect(facts(sentence).organisations.isEmpty)
    }

    @Test func theCommonwealthsFullNameIsOneMention() {
        #expect(facts("Leaders of the Commonwealth of Independent States met in Minsk.").mentions.filter { if case .organisation = $0.entity { true } else { false } }.count == 1)
    }

    @Test(arguments: [
        "Kazakhstan's President Nursultan Nazarbayev said the accession of Azerbaijan strengthened the Commonwealth.",
        "Russian President Boris Yeltsin welcomed the accession of Azerbaijan to the CIS.",
    ])
    func theCountryAfterAccessionOfAccedes(sentence: String) {
        #expect(memberships(sentence, date: "1993-09-24") == ["AZE joined CIS"])
    }
}
