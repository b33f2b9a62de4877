import Testing
@testable import RelationsKit

/// Anniversaries in the shapes of the blind15/blind16 round: what is celebrated is found in the trigger's own clause (a
/// coordinated clause has its own subject, a name after the trigger in another clause is none); a gapped second clause
/// ("..., and the CSTO its 20th"); a date in apposition does not push the subject out of reach; a founding treaty known by
/// a bracketed alias is read under its name alone, with its parties from the reference when multilateral; an organisation's
/// count that disagrees with the reference's founding is of something else (relations and treaties stay, for the conflicts
/// report); a coordinated subject with a counted plural
/// ("Russia and the two republics") gives one pair each. Invented sentences, with negative cases.
@Suite("extraction: blind15/blind16 round, anniversaries")
struct Blind1516AnniversaryTests: WireCopyProbe {
    // MARK: The subject is in the trigger's clause

    @Test(arguments: [
        "Last week Armenia and Russia marked 32 years since the establishment of diplomatic relations, and next year the CIS will turn 35.",
        "In April the presidents recalled the establishment of diplomatic relations between Armenia and Russia, while next year the Commonwealth of Independent States will celebrate its 35th anniversary.",
    ])
    func aCoordinatedClauseHasItsOwnSubject(sentence: String) {
        #expect(anniversaries(sentence, date: "2025-05-20").contains(" CIS 35 2026"))
    }

    @Test func aTreatyInTheFirstClauseIsNotWhatTheSecondMarks() {
        let found = anniversaries("In June the two countries marked the 20th anniversary of the Treaty of Friendship, Cooperation and Mutual Assistance between Kazakhstan and Russia, and the Collective Security Treaty, which Kazakhstan signed in Tashkent, also turned 20 this year.", date: "2012-11-02")
        #expect(found.contains(" CST 20 2012"))
    }

    @Test(arguments: [
        "The Collective Security Treaty marked its 30th anniversary this year, and the Collective Security Treaty Organization its 20th.",
        "The Collective Security Treaty celebrated its thirtieth anniversary in May; the Collective Security Treaty Organization its twentieth.",
    ])
    func aGappedClauseMarksItsOwnAnniversary(sentence: String) {
        #expect(anniversaries(sentence, date: "2022-12-28") == [" CST 30 2022", " CSTO 20 2022"])
    }

    @Test func anOrdinalAfterItsWithANounIsNoGap() {
        #expect(anniversaries("The Commonwealth of Independent States marked its 30th anniversary in December, and Belarus hosted its 20th summit.", date: "2021-12-28") == [" CIS 30 2021"])
    }

    @Test(arguments: [
        "In April 1999 Uzbekistan joined the group in Washington, where NATO was celebrating its 50th anniversary, and the organization was renamed GUUAM.",
        "Uzbekistan joined in Washington in April 1999, when NATO marked its 50th anniversary, and the bloc of GUAM states gained a fifth member.",
    ])
    func anOrganisationInTheNextClauseIsNotCelebrated(sentence: String) {
        let found = anniversaries("The GUAM Organization for Democracy and Economic Development was set up by Georgia, Ukraine, Azerbaijan and Moldova, and NATO welcomed it. " + sentence, date: "2017-10-10")
        #expect(!found.contains { $0.hasPrefix(" GUAM 50") })
        #expect(found.contains(" NATO 50 1999"))
    }

    @Test func anOrganisationAfterTheTriggerInAnotherClauseIsNone() {
        #expect(anniversaries("The ministers marked the 25th anniversary this year, and the SCO approved its budget.", date: "2024-06-05").isEmpty)
    }

    // MARK: A date in apposition

    @Test(arguments: [
        ("Twenty years ago, on October 10, 1997, the Organization for Democracy and Economic Development - GUAM was born.", " GUAM 20 2017"),
        ("Twenty-five years ago, on 15 June 2001, in Shanghai, the six leaders proclaimed the Shanghai Cooperation Organisation.", " SCO 25 2026"),
    ])
    func aDateInAppositionKeepsTheSubjectInReach(sentence: String, expected: String) {
        #expect(anniversaries(sentence, date: expected.hasSuffix("2017") ? "2017-10-10" : "2026-06-15") == [expected])
    }

    // MARK: A founding treaty under its name

    @Test(arguments: [
        "Today marks 25 years since the signing of the Agreement on the Creation of the Commonwealth of Independent States, known as the Belovezha Accords.",
        "Minsk recalled the 25th anniversary of the Agreement on the Creation of the Commonwealth of Independent States.",
    ])
    func aMultilateralTreatyTakesItsParties(sentence: String) {
        #expect(anniversaries(sentence, date: "2016-12-08").contains("BLR-RUS-UKR Agreement on the Creation of the Commonwealth of Independent States (Belovezha Accords) 25 2016"))
    }

    // MARK: The count agrees with the reference

    @Test(arguments: [
        ("On 12 December Turkmenistan will celebrate the 10th anniversary of the UN General Assembly resolution on its permanent neutrality.", "2005-11-20"),
        ("The leaders turned the five-nation mechanism launched here five years ago into the Shanghai Cooperation Organisation.", "2001-06-15"),
        ("In June the SCO celebrated its 20th anniversary, counting from the first summit of the Shanghai Five.", "2016-06-24"),
    ])
    func anOrganisationsCountFromAnotherYearIsOfSomethingElse(sentence: String, date: String) {
        #expect(anniversaries(sentence, date: date).isEmpty)
    }

    @Test func anOrganisationsCountThatAgreesStays() {
        #expect(anniversaries("On 24 October the world marked the 60th anniversary of the United Nations.", date: "2005-11-20") == [" UN 60 2005"])
    }

    @Test func relationsCountedFromAnotherYearStayForTheConflictsReport() {
        #expect(anniversaries("Kazakhstan and Russia celebrated the 40th anniversary of diplomatic relations.", date: "2005-11-20") == ["KAZ-RUS diplomatic relations 40 2005"])
    }

    // MARK: A coordinated subject with a counted plural

    @Test(arguments: [
        "Officials in Sukhumi and Tskhinvali are preparing celebrations. On September 9, Russia and the two breakaway regions will mark the first anniversary of the establishment of diplomatic relations.",
        "Abkhazia and South Ossetia held parades. Russia and both republics celebrated the first anniversary of diplomatic relations on Wednesday.",
    ])
    func aCountedPluralBesideTheHub(text: String) {
        #expect(anniversaries(text, date: "2009-09-10") == ["RUS-XAB diplomatic relations 1 2009", "RUS-XSO diplomatic relations 1 2009"])
    }

    @Test func twoNamedCountriesStayOnePair() {
        #expect(anniversaries("Abkhazia held a parade. Russia and Armenia will mark the 17th anniversary of diplomatic relations.", date: "2009-09-10") == ["ARM-RUS diplomatic relations 17 2009"])
    }
}
