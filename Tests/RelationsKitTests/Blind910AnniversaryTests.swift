import Testing
@testable import RelationsKit

/// Anniversaries in the shapes of the blind9/blind10 round: a document named by its owner ("its Charter") is the owner's,
/// and a name's list does not run on into an apposition; "N years since the [1997] treaty" refers back like "of the treaty";
/// a year a "when" clause describes is the year marked; "between Russia and the two republics" pairs Russia with each;
/// treaty names the reference knows, written in small letters; "N years since" a person's act is no anniversary of an
/// organisation named in it; a count that is no jubilee before "ago" dates an event. Invented sentences, with negative cases.
@Suite("extraction: blind9/blind10 round, anniversaries")
struct Blind910AnniversaryTests: WireCopyProbe {
    // MARK: A document named by its owner

    @Test(arguments: [
        "The Collective Security Treaty Organization marked two decades since the signing of its Charter in the Moldovan capital.",
        "President Tokayev addressed the member states of the Collective Security Treaty Organization on the 20th anniversary of the signing of its Charter, the Akorda press service reports.",
        "The CSTO celebrates the twentieth anniversary of the adoption of its Charter, the Secretariat said.",
    ])
    func anOwnedCharterIsTheOrganisations(sentence: String) {
        #expect(anniversaries(sentence, date: "2022-10-07") == [" CSTO 20 2022"])
    }

    @Test func anOwnedTreatyWithItsNameIsTheTreaty() {
        #expect(anniversaries("Armenia and Russia mark the 25th anniversary of their Treaty of Friendship, Cooperation and Mutual Assistance this week.", date: "2022-08-29")
            == ["ARM-RUS Treaty of Friendship, Cooperation and Mutual Assistance 25 2022"])
    }

    @Test func aNameStopsBeforeAnApposition() {
        #expect(anniversaries("Armenia and Russia mark the 25th anniversary of the Treaty of Friendship, Cooperation and Mutual Assistance, the Kremlin press service reports.", date: "2022-08-29")
            == ["ARM-RUS Treaty of Friendship, Cooperation and Mutual Assistance 25 2022"])
    }

    // MARK: "since the treaty"

    @Test(arguments: [
        "The declaration builds on the Treaty of Friendship, Cooperation and Mutual Security between Azerbaijan and Russia of 1997. In July, the two countries will also mark a quarter of a century since the 1997 treaty was signed.",
        "Azerbaijan and Russia signed the Treaty of Friendship, Cooperation and Mutual Security in Moscow. This summer marks 25 years since the treaty was signed.",
        "The Treaty of Friendship, Cooperation and Mutual Security was signed by Azerbaijan and Russia in 1997. The sides will mark 25 years since this treaty entered into force.",
    ])
    func sinceTheTreatyRefersBack(text: String) {
        #expect(anniversaries(text, date: "2022-02-22") == ["AZE-RUS Treaty of Friendship, Cooperation and Mutual Security 25 2022"])
    }

    @Test func sinceTheTreatyTextIsNoReferent() {
        #expect(anniversaries("Azerbaijan and Russia signed the Treaty of Friendship, Cooperation and Mutual Security in Moscow. Twenty-five years have passed since the treaty text was published in full.", date: "2022-02-22").isEmpty)
    }

    // MARK: A year a "when" clause describes

    @Test(arguments: [
        "\"We are already preparing for 2021, when Russia and Mongolia will celebrate the centenary of the establishment of diplomatic relations.\"",
        "The sides look ahead to 2021 when Mongolia and Russia will mark the 100th anniversary of diplomatic relations.",
        "In 2021, when Russia and Mongolia celebrate the centenary of diplomatic relations, a summit will be held in Moscow.",
    ])
    func theWhenClausesYearIsMarked(sentence: String) {
        #expect(anniversaries(sentence, date: "2019-09-03") == ["MNG-RUS diplomatic relations 100 2021"])
    }

    @Test func aWhenClauseOfAnotherStatementIsNot() {
        #expect(anniversaries("The ministers planned trade targets for 2025, when the current programme ends, but Russia and Mongolia mark the centenary of diplomatic relations this year.", date: "2021-11-05")
            == ["MNG-RUS diplomatic relations 100 2021"])
    }

    // MARK: "between Russia and the two republics"

    @Test(arguments: [
        "Lavrov sent messages to the foreign ministers of Abkhazia and South Ossetia on the tenth anniversary of the establishment of diplomatic relations between Russia and the two republics.",
        "The ministers of Abkhazia and South Ossetia received greetings on the tenth anniversary of diplomatic relations between Moscow and both republics.",
        "Abkhazia and South Ossetia celebrated the tenth anniversary of diplomatic relations between the Russian Federation and the two states.",
    ])
    func theCountedPluralIsEachOfTheNamed(sentence: String) {
        #expect(anniversaries(sentence, date: "2018-09-09") == ["RUS-XAB diplomatic relations 10 2018", "RUS-XSO diplomatic relations 10 2018"])
    }

    @Test func aPairAfterBetweenStaysOnePair() {
        #expect(anniversaries("Rahmon and Putin marked the 25th anniversary of diplomatic relations between Tajikistan and Russia, the Tajik president's press service reported.", date: "2017-04-08")
            == ["RUS-TJK diplomatic relations 25 2017"])
    }

    // MARK: Treaty names in small letters

    @Test(arguments: [
        "Russia recognised Abkhazia and South Ossetia in 2008. Treaties of friendship, cooperation and mutual assistance with both republics were signed on Sept. 17, 2008; their tenth anniversary will be marked next week.",
        "Russia recognised Abkhazia and South Ossetia in 2008. The tenth anniversary of the treaties of friendship, cooperation and mutual assistance with both republics will be marked next week.",
    ])
    func aKnownNameInSmallLettersIsTheTreaty(text: String) {
        #expect(anniversaries(text, date: "2018-09-09") == ["RUS-XAB Treaty of Friendship, Cooperation and Mutual Assistance 10 2018",
                                                           "RUS-XSO Treaty of Friendship, Cooperation and Mutual Assistance 10 2018"])
    }

    @Test func aSmallLetterNameForOnePair() {
        #expect(anniversaries("India and Russia mark the 20th anniversary of the treaty of friendship and cooperation this year.", date: "2013-01-28")
            == ["IND-RUS Treaty of Friendship and Cooperation 20 2013"])
    }

    @Test func anUnknownNameInSmallLettersIsNothing() {
        #expect(anniversaries("India and Russia mark the 20th anniversary of the treaty of friendship with their neighbours this year.", date: "2013-01-28").isEmpty)
    }

    // MARK: "N years since" a person's act

    @Test(arguments: [
        "Ten years have passed since President Nursultan Nazarbayev, speaking at the 47th session of the UN General Assembly, put forward the initiative.",
        "Twenty years have passed since Foreign Minister Tokayev first addressed the OSCE Permanent Council in Vienna.",
        "It is ten years since Nazarbayev proposed the idea at the UN General Assembly.",
    ])
    func aPersonsActIsNoOrganisationsAnniversary(sentence: String) {
        #expect(anniversaries(sentence, date: "2002-10-05").isEmpty)
    }

    @Test func theOrganisationsFoundingStillIs() {
        #expect(anniversaries("Ten years have passed since the creation of the CIS.", date: "2001-12-08") == [" CIS 10 2001"])
    }

    // MARK: A count that is no jubilee, before "ago"

    @Test(arguments: [
        "That status was sealed in the Treaty on Friendly Relations and Comprehensive Strategic Partnership between Russia and Mongolia, which Putin signed during his visit two years ago.",
        "Russia and Mongolia signed the Treaty on Friendly Relations and Comprehensive Strategic Partnership three years ago.",
    ])
    func aDatingCountMarksNothing(sentence: String) {
        #expect(anniversaries(sentence, date: "2021-11-05").isEmpty)
    }

    @Test func aJubileeCountStillMarks() {
        #expect(anniversaries("The Treaty of Friendship, Cooperation and Mutual Assistance between Armenia and Russia signed in Moscow ten years ago laid a firm foundation.", date: "2007-08-29")
            == ["ARM-RUS Treaty of Friendship, Cooperation and Mutual Assistance 10 2007"])
    }
}
