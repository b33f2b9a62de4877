import Testing
@testable import RelationsKit

/// Anniversaries in the shapes of the blind11/blind12 round: an organisation founded by the act "N years since" names
/// ("since X put forward the idea of CICA"); a relative year "in two years"; a relative year after ", and" belongs to
/// another clause; "Their 30th anniversary" opening a sentence refers to the one before; a referring noun opening the clause
/// ("the treaty itself, on which the CSTO rests, marked its 30th anniversary"); "of its neutrality" is no founding; a name
/// with a bracketed alternative ("Treaty (Agreement) on ..."); every organisation's anniversary, world bodies included
/// ("NATO's 50th anniversary summit"), in the year the sentence gives when it agrees with the reference. Invented
/// sentences, with negative cases.
@Suite("extraction: blind11/blind12 round, anniversaries")
struct Blind1112AnniversaryTests: WireCopyProbe {
    // MARK: "N years since" an act that founded the organisation

    @Test(arguments: [
        "The leaders marked thirty years since Nursultan Nazarbayev put forward the idea of CICA from the rostrum of the UN General Assembly.",
        "It is thirty years since Kazakhstan put forward the initiative of convening the Conference on Interaction and Confidence-Building Measures in Asia.",
        "This autumn marks 30 years since the Kazakh President proposed convening CICA at the UN General Assembly.",
    ])
    func theActFoundedTheOrganisation(sentence: String) {
        #expect(anniversaries(sentence, date: "2022-10-14") == [" CICA 30 2022"])
    }

    @Test(arguments: [
        "Twenty years have passed since President Vladimir Putin proposed the creation of the Collective Security Treaty Organization.",
        "Twenty years have passed since the presidents proposed establishing the CSTO at a summit in Moscow.",
    ])
    func theCreationOfAnotherOrganisation(sentence: String) {
        #expect(anniversaries(sentence, date: "2022-10-07") == [" CSTO 20 2022"])
    }

    @Test func anIdeaOlderThanTheOrganisationIsNot() {
        #expect(anniversaries("Twenty years have passed since Nursultan Nazarbayev put forward the idea of the Eurasian Union in a lecture in Moscow.", date: "2014-03-29").isEmpty)
    }

    @Test(arguments: [
        "Thirty years have passed since Nazarbayev first spoke about the idea at the UN General Assembly.",
        "Twenty years have passed since Putin proposed the idea at a session of the CSTO Collective Security Council.",
        "Ten years have passed since Armenia joined the Eurasian Economic Union.",
    ])
    func aPlaceOrAnotherActIsNot(sentence: String) {
        #expect(anniversaries(sentence, date: "2025-10-05").isEmpty)
    }

    // MARK: "in two years"

    @Test func inTwoYears() {
        #expect(anniversaries("Uzbekistan and Russia signed the Treaty on Strategic Partnership in Tashkent, whose twentieth anniversary will be marked in two years.", date: "2022-03-20")
            == ["RUS-UZB Treaty on Strategic Partnership 20 2024"])
    }

    @Test func inThreeYearsTime() {
        #expect(anniversaries("The Commonwealth of Independent States will celebrate its 35th anniversary in three years' time, the Executive Committee said.", date: "2023-05-10")
            == [" CIS 35 2026"])
    }

    @Test func yearsFromNow() {
        #expect(anniversaries("Russia and Mongolia will mark the centenary of diplomatic relations two years from now.", date: "2019-09-03")
            == ["MNG-RUS diplomatic relations 100 2021"])
    }

    @Test func inYearsOfTheAnniversaryItselfIsNoOffset() {
        #expect(anniversaries("Kazakhstan and Russia have achieved a great deal in 30 years of diplomatic relations.", date: "2022-10-22")
            == ["KAZ-RUS diplomatic relations 30 2022"])
    }

    @Test func aSpanInThePastIsNoOffset() {
        #expect(anniversaries("Kazakhstan and Russia, which celebrated the 30th anniversary of diplomatic relations in October, doubled their trade in ten years.", date: "2022-12-01")
            == ["KAZ-RUS diplomatic relations 30 2022"])
    }

    @Test func inYearsOfAnotherClauseIsNot() {
        #expect(anniversaries("The CSTO marks its 20th anniversary this year; the joint air defence system will be ready in two years.", date: "2022-10-07")
            == [" CSTO 20 2022"])
    }

    // MARK: A relative year after ", and" is another clause's

    @Test func aCoordinatedPredicatesYearIsNot() {
        #expect(anniversaries("The ministers approved the agenda of the summit in December, when the Commonwealth will mark its 30th anniversary, and endorsed the plan of cultural events for next year.", date: "2021-10-15")
            == [" CIS 30 2021"])
    }

    @Test func aCoordinatedClausesYearIsNot() {
        #expect(anniversaries("Armenia and Russia mark the 30th anniversary of diplomatic relations, and next year they will open a new consulate in Gyumri.", date: "2022-04-03")
            == ["ARM-RUS diplomatic relations 30 2022"])
    }

    @Test func theAnniversarysOwnRelativeYearStillCounts() {
        #expect(anniversaries("Armenia and Russia will mark the 30th anniversary of diplomatic relations next year, and the ministers will meet in Yerevan.", date: "2021-04-03")
            == ["ARM-RUS diplomatic relations 30 2022"])
    }

    // MARK: "Their 30th anniversary" opening a sentence

    @Test func theirRefersToTheRelationsBefore() {
        #expect(anniversaries("Diplomatic relations between Ukraine and Russia were established in February 1992. Their 30th anniversary, which fell ten days ago, was not marked by either side.", date: "2022-02-24")
            == ["RUS-UKR diplomatic relations 30 2022"])
    }

    @Test func itsRefersToTheTreatyBefore() {
        #expect(anniversaries("Armenia and Russia signed the Treaty of Friendship, Cooperation and Mutual Assistance in Moscow. Its 25th anniversary falls this week.", date: "2022-08-26")
            == ["ARM-RUS Treaty of Friendship, Cooperation and Mutual Assistance 25 2022"])
    }

    @Test func itsRefersToTheOrganisationBefore() {
        #expect(anniversaries("The Collective Security Treaty Organization was founded in Chisinau. Its twentieth anniversary will be celebrated in Yerevan.", date: "2022-11-01")
            == [" CSTO 20 2022"])
    }

    @Test func hisIsAPersonsAndNoAnniversary() {
        #expect(anniversaries("Nursultan Nazarbayev addressed the forum of the Eurasian Economic Union. His 80th anniversary was marked in July.", date: "2020-09-01").isEmpty)
    }

    // MARK: A referring noun opening the clause

    @Test(arguments: [
        "Azerbaijan, Georgia and Uzbekistan left the Collective Security Treaty in 1999; the treaty itself, on which the CSTO still rests, marked its 30th anniversary in 2022.",
        "Azerbaijan, Georgia and Uzbekistan left the Collective Security Treaty in 1999. The treaty, on which the CSTO still rests, marked its 30th anniversary in 2022.",
    ])
    func theClausesSubjectMarksIt(text: String) {
        #expect(anniversaries(text, date: "2024-02-23") == [" CST 30 2022"])
        #expect(anniversaries(text, date: nil) == [" CST 30 2022"])
    }

    @Test func theOrganisationOpeningTheClause() {
        #expect(anniversaries("Uzbekistan returned to the Collective Security Treaty Organization in 2006; the organisation, which the EAEU now overshadows, marked its 20th anniversary last year.", date: "2023-03-01")
            == [" CSTO 20 2022"])
    }

    // MARK: "of its neutrality" is no founding

    @Test(arguments: [
        "Turkmenistan, whose permanent neutrality was recognised by the United Nations General Assembly in December 1995, will mark the 27th anniversary of its neutrality this year.",
        "Kazakhstan, a member of the UN since 1992, marks the 30th anniversary of its membership this year.",
    ])
    func aCountrysOwnStepIsNoOrganisationsAnniversary(sentence: String) {
        #expect(anniversaries(sentence, date: "2022-04-15").isEmpty)
    }

    @Test func itsFoundingStillIs() {
        #expect(anniversaries("The Shanghai Cooperation Organisation will celebrate the 20th anniversary of its founding in Dushanbe.", date: "2021-06-15")
            == [" SCO 20 2021"])
    }

    // MARK: A bracketed alternative in a treaty's name

    @Test(arguments: [
        "In October, the Treaty on Strategic Partnership between Turkmenistan and the Russian Federation, signed in Ashgabat in 2017, will mark five years since its signing.",
        "Turkmenistan and Russia mark the fifth anniversary of the Agreement on Strategic Partnership this autumn.",
    ])
    func eitherWordNamesTheTreaty(sentence: String) {
        #expect(anniversaries(sentence, date: "2022-04-15") == ["RUS-TKM Treaty (Agreement) on Strategic Partnership 5 2022"])
    }

    @Test func theSameWordsForOtherPartiesAreTheirTreaty() {
        #expect(anniversaries("Uzbekistan and Russia mark the 20th anniversary of the Treaty on Strategic Partnership.", date: "2024-06-16")
            == ["RUS-UZB Treaty on Strategic Partnership 20 2024"])
    }

    // MARK: World bodies

    @Test(arguments: [
        "Uzbekistan joined the group in April 1999, at a meeting of the leaders held during NATO's 50th anniversary summit in the United States.",
        "Uzbekistan joined the group in April 1999, at a meeting held in Washington during NATO's 50th-anniversary summit, and for six years the organisation was known as GUUAM.",
        "Uzbekistan joined the group six years ago, in April 1999, on the margins of the NATO summit that marked the 50th anniversary of the North Atlantic Alliance.",
        "Uzbekistan joined the group in April 1999 at the NATO summit marking the 50th anniversary of the North Atlantic alliance.",
    ])
    func theYearTheSentenceGivesIsMarked(sentence: String) {
        #expect(anniversaries(sentence, date: "2005-05-11") == [" NATO 50 1999"])
        #expect(anniversaries(sentence, date: nil) == [" NATO 50 1999"])
    }

    @Test func theAlliancesAnniversary() {
        #expect(anniversaries("Uzbekistan will join the group at the NATO summit in Washington later this month, marking the alliance's 50th anniversary.", date: "1999-04-02")
            == [" NATO 50 1999"])
    }

    @Test(arguments: [
        "Secretary-General Antonio Guterres opened the celebrations of the 75th anniversary of the United Nations.",
        "The UN marks its 75th anniversary this year.",
    ])
    func theUnitedNations(sentence: String) {
        #expect(anniversaries(sentence, date: "2020-10-24") == [" UN 75 2020"])
    }

    @Test(arguments: [
        "The leaders gathered in Washington for the 50th anniversary summit.",
        "The 28th session of the UN Human Rights Council opened in Geneva.",
        "The treaty was signed in 1999 at the 20th CIS summit.",
    ])
    func aSummitOfNoOnesAnniversary(sentence: String) {
        #expect(anniversaries(sentence, date: "2005-05-11").isEmpty)
    }

    @Test func aLetterInformingOfADecisionHasNoAnniversaryOccasion() {
        #expect(messages("Uzbekistan joined the group in April 1999, during NATO's 50th-anniversary summit. President of Uzbekistan Islam Karimov informed President of Moldova Vladimir Voronin of the decision in a letter.", date: "2005-05-11")
            == ["Islam Karimov → Vladimir Voronin letter -"])
    }
}
