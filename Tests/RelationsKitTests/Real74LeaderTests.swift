import Testing
@testable import RelationsKit

/// Leader names of the real67–74 round. Invented sentences only, with near-misses that must not change.
///
/// A long given name one letter off a listed person's, before that person's surname, is the listed person ("President of
/// Belarus Alecander Lukashenko"); a namesake whose given name differs more ("Asylbek Jeenbekov" beside Sooronbay
/// Jeenbekov) stays a person of their own.
@Suite("extraction: leaders, real74")
struct Real74LeaderTests: WireCopyProbe {

    @Test(arguments: [
        ("President of Belarus Alecander Lukashenko stressed the ties.", "Alexander Lukashenko President BLR"),
        ("President of Belarus Alexandr Lukashenko stressed the ties.", "Alexander Lukashenko President BLR"),
    ])
    func aGivenNameOneLetterOffIsTheListedPerson(sentence: String, expected: String) {
        #expect(leaderFacts(sentence, date: "2018-07-06") == [expected])
    }

    @Test func aNamesakeStaysAPersonOfTheirOwn() {
        #expect(leaderFacts("Kyrgyz Speaker Asylbek Jeenbekov met the delegation.", date: "2019-03-01") == ["Asylbek Jeenbekov Speaker KGZ"])
    }

    @Test(arguments: [
        ("alecander", "alexander", true), ("alexandr", "alexander", true), ("alexander", "alexander", true),
        ("alexander", "alexandra", false), ("sooronbay", "asylbek", false), ("ilham", "ilhom", true), ("nursultan", "sultan", false),
    ])
    func oneEditApart(a: String, b: String, expected: Bool) {
        #expect(NameKey.withinOneEdit(a, b) == expected)
    }
}
