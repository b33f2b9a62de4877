import Testing
@testable import RelationsKit

/// Anniversaries in the shapes of the eighth blind round: two treaties of one name between the same parties
/// (`treaties.tsv` has the Russia–Turkmenistan Treaty of Friendship and Cooperation of 1992 and of 2002) told apart by the
/// year the text gives for the treaty, else by the anniversary's own arithmetic; and a relative clause ("X, which will turn
/// 25 in July, ...") whose antecedent, not a name later in the sentence, is what is celebrated. Invented sentences, with
/// negative cases.
@Suite("extraction: blind8 round, anniversaries")
struct Blind8AnniversaryTests: WireCopyProbe {
    // MARK: Two treaties of one name

    @Test(arguments: [
        "A special place belongs to the Treaty of Friendship and Cooperation between Russia and Turkmenistan signed in Ashgabat on 23 April 2002, whose tenth anniversary will be marked later this month.",
        "The 2002 Treaty of Friendship and Cooperation between Russia and Turkmenistan marks its tenth anniversary this month.",
        "Russia and Turkmenistan mark the tenth anniversary of the Treaty of Friendship and Cooperation this month.",
        "Russia and Turkmenistan mark the tenth anniversary of the Treaty of Friendship and Cooperation of 2002 this month.",
    ])
    func theYearPicksTheLaterTreaty(sentence: String) {
        #expect(anniversaries(sentence, date: "2012-04-08") == ["RUS-TKM Treaty of Friendship and Cooperation (2002) 10 2012"])
    }

    @Test(arguments: [
        "Russia and Turkmenistan mark the 20th anniversary of the Treaty of Friendship and Cooperation signed in Moscow in 1992.",
        "Russia and Turkmenistan mark the 20th anniversary of the Treaty of Friendship and Cooperation this summer.",
    ])
    func theYearPicksTheEarlierTreaty(sentence: String) {
        #expect(anniversaries(sentence, date: "2012-04-08") == ["RUS-TKM Treaty of Friendship and Cooperation 20 2012"])
    }

    @Test func aTreatyOfOneNameKeepsIt() {
        #expect(anniversaries("Russia and Armenia mark the 15th anniversary of the Treaty of Friendship, Cooperation and Mutual Assistance this year.", date: "2012-08-29")
            == ["ARM-RUS Treaty of Friendship, Cooperation and Mutual Assistance 15 2012"])
    }

    // MARK: A relative clause's antecedent

    @Test(arguments: [
        "The Declaration crowns a long path from the Treaty of Friendship, Cooperation and Mutual Security between Azerbaijan and Russia, which will turn 25 in July, to the Declaration on Friendship and Strategic Partnership of 2008.",
        "The Declaration crowns a long path from the Treaty of Friendship, Cooperation and Mutual Security between Azerbaijan and Russia, which marks its 25th anniversary in July, to the Declaration on Friendship and Strategic Partnership of 2008.",
        "The Treaty of Friendship, Cooperation and Mutual Security between Azerbaijan and Russia, which turns 25 this summer, and the Declaration on Friendship and Strategic Partnership of 2008 are the basis of relations.",
    ])
    func theAntecedentIsCelebrated(sentence: String) {
        #expect(anniversaries(sentence, date: "2022-02-22") == ["AZE-RUS Treaty of Friendship, Cooperation and Mutual Security 25 2022"])
    }

    @Test func withoutARelativeClauseTheNameAfterIsCelebrated() {
        #expect(anniversaries("Azerbaijan and Russia mark the 25th anniversary of the Treaty of Friendship, Cooperation and Mutual Security this year.", date: "2022-02-22")
            == ["AZE-RUS Treaty of Friendship, Cooperation and Mutual Security 25 2022"])
    }
}
