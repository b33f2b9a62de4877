import Testing
@testable import RelationsKit

/// Anniversaries in the shapes of the blind17/blind18 round: whose independence it is (the country "of" names after it,
/// the possessive before it, the country named last before "its" or "the country's"); the year marked by a month with no
/// year ("next March", "on January 1" ahead, "in February" gone by); a year in another clause, of the base event or of a
/// dateline is not the year marked; "N years had passed since"; a relative clause whose antecedent is a referring noun
/// ("the organization, which marks its 25th anniversary"); pairs coordinated as the subject ("A and B, and A and C,
/// celebrate"), and the pair of the anniversary's own clause before one in the next; "the 30th Independence Day", "the
/// silver anniversary", a treaty by the name the reference gives it in brackets ("the Belovezha Accords"); a referring
/// noun after a noun of founding ("of the founding of the organisation"); an organisation's founding act named by a bare
/// noun ("after X put forward the initiative"); an approximate count ("more than five years ago") marks nothing.
/// Invented sentences, with negative cases.
@Suite("extraction: blind17/blind18 round, anniversaries")
struct Blind1718AnniversaryTests: WireCopyProbe {
    // MARK: Whose independence

    @Test(arguments: [
        ("The Turkmen leader stressed that the thirty-first anniversary of independence of Uzbekistan is a significant date for the region.", "2022-09-01", "UZB independence 31 2022"),
        ("Speaking in Baku, the Kazakh foreign minister said the 25th anniversary of the independence of the Republic of Armenia deserved a celebration.", "2016-09-21", "ARM independence 25 2016"),
        ("The Georgian president told reporters that the 30th anniversary of Moldova's independence would be marked in Chisinau.", "2021-08-20", "MDA independence 30 2021"),
    ])
    func independenceAttachedToItsCountry(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        ("On the same day, Aleksandr Lukashenko congratulated President of Tajikistan Emomali Rahmon on the 32nd anniversary of the country's independence.", "2023-09-09", "TJK independence 32 2023"),
        ("Vladimir Putin also sent a message to Sadyr Japarov on the 30th anniversary of the republic's independence.", "2021-08-31", "KGZ independence 30 2021"),
        ("In Minsk, Alexander Lukashenko wished Armenia success as it celebrated the 30th anniversary of its independence.", "2021-09-21", "ARM independence 30 2021"),
    ])
    func aPossessiveIsTheCountryNamedLastBefore(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    // MARK: The year of a month named without one

    @Test(arguments: [
        ("The Eurasian Economic Union will mark its tenth anniversary on January 1.", "2024-12-28", " EAEU 10 2025"),
        ("Erdogan added that Turkey and Kazakhstan would celebrate the 30th anniversary of their diplomatic relations next March.", "2021-12-16", "KAZ-TUR diplomatic relations 30 2022"),
        ("India and Kazakhstan marked 30 years of diplomatic relations in February, the minister recalled.", "2023-01-10", "IND-KAZ diplomatic relations 30 2022"),
        ("The Collective Security Treaty will mark its 30th anniversary in May.", "2022-03-01", " CST 30 2022"),
        ("The Eurasian Economic Union will mark its tenth anniversary on January 1, 2025.", "2024-12-28", " EAEU 10 2025"),
    ])
    func aMonthDatesTheAnniversaryNearTheArticle(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        ("India and Kazakhstan marked 30 years of diplomatic relations in February, and their ministers will meet again in 2024.", "2022-03-10", "IND-KAZ diplomatic relations 30 2022"),
        ("The ceremony coincided with the first anniversary of the Treaty on the Union of Belarus and Russia, which the two presidents signed on April 2, 1997.", "1998-04-02", "BLR-RUS Treaty on the Union of Belarus and Russia 1 1998"),
    ])
    func aYearInAnotherClauseOrOfTheBaseEventIsNotMarked(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        ("India and Kazakhstan will celebrate 30 years of diplomatic relations next month.", "2021-12-20", "IND-KAZ diplomatic relations 30 2022"),
        ("India and Kazakhstan celebrated 30 years of diplomatic relations last month.", "2023-01-20", "IND-KAZ diplomatic relations 30 2022"),
        ("India and Kazakhstan will celebrate 30 years of diplomatic relations next month.", "2022-01-20", "IND-KAZ diplomatic relations 30 2022"),
    ])
    func nextOrLastMonthAcrossTheNewYear(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test func aDatelinesDateIsNotTheYearMarked() {
        #expect(anniversaries("MOSCOW, May 20, 2023 (TASS) - The Collective Security Treaty Organization turned 20 last year, Lavrov recalled.", date: "2023-05-20") == [" CSTO 20 2022"])
    }

    @Test func aMonthInAnotherClauseDatesNothing() {
        #expect(anniversaries("India and Kazakhstan will celebrate 30 years of diplomatic relations this year, and the ministers met in February.", date: "2022-01-10") == ["IND-KAZ diplomatic relations 30 2022"])
    }

    // MARK: Other words for the count

    @Test(arguments: [
        ("Kyrgyzstan celebrates its 30th Independence Day today with a parade in Bishkek.", "2021-08-31", "KGZ independence 30 2021"),
        ("On Friday Armenia marked the 25th Independence Day, the government said.", "2016-09-21", "ARM independence 25 2016"),
        ("Kazakhstan and Russia marked the silver anniversary of diplomatic relations.", "2017-10-22", "KAZ-RUS diplomatic relations 25 2017"),
        ("Exactly three decades have passed since the leaders of Russia, Ukraine and Belarus signed the Belovezha Accords.", "2021-12-08",
         "BLR-RUS-UKR Agreement on the Creation of the Commonwealth of Independent States (Belovezha Accords) 30 2021"),
    ])
    func otherWordsForTheCount(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        ("Relations between Baku and Moscow were established thirty years ago.", "2022-04-04", "AZE-RUS diplomatic relations 30 2022"),
        ("Kazakh-Russian relations were established 30 years ago, on 22 October 1992.", "2022-10-22", "KAZ-RUS diplomatic relations 30 2022"),
        ("Armenia and Russia established relations 30 years ago.", "2022-04-03", "ARM-RUS diplomatic relations 30 2022"),
    ])
    func relationsThatWereEstablishedAreDiplomatic(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test func tradeRelationsEstablishedAreNotDiplomatic() {
        #expect(anniversaries("Trade relations between Baku and Moscow were established thirty years ago.", date: "2022-04-04").isEmpty)
    }

    @Test func anOrdinalBeforeAnotherHolidayIsNone() {
        #expect(anniversaries("Kyrgyzstan celebrates its 30th Constitution Day today.", date: "2023-05-05").isEmpty)
    }

    // MARK: "had passed since"

    @Test(arguments: [
        ("In his message to Uzbekistan's President Shavkat Mirziyoyev, Vladimir Putin recalled that twenty years had passed since the Treaty on Strategic Partnership was signed.", "2024-12-30", "RUS-UZB Treaty on Strategic Partnership 20 2024"),
        ("By the time of the summit, ten years had elapsed since the founding of the Eurasian Economic Union.", "2024-05-08", " EAEU 10 2024"),
    ])
    func aPastPerfectSpanIsAnAnniversary(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    // MARK: A relative clause after a referring noun

    @Test(arguments: [
        ("The presidents of Georgia, Ukraine, Azerbaijan and Moldova set up GUAM in Strasbourg. Here is a short history of the organization, which marks its 25th anniversary this week.", "2022-10-10", " GUAM 25 2022"),
        ("The Shanghai Cooperation Organisation met in Dushanbe. Speakers praised the bloc, whose 20th anniversary falls this year.", "2021-09-17", " SCO 20 2021"),
        ("The Collective Security Treaty was signed in Tashkent in May 1992. Ministers recalled the treaty, which turns 30 this month.", "2022-05-10", " CST 30 2022"),
    ])
    func aReferringAntecedentIsWhatIsMarked(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        ("Kyrgyzstan, which marks 25 years of independence, hosted the World Nomad Games.", "2016-08-31", "KGZ independence 25 2016"),
        ("Armenia, which is celebrating 30 years of diplomatic relations with Russia, sent a delegation.", "2022-04-03", "ARM-RUS diplomatic relations 30 2022"),
    ])
    func aRelativeClauseWithNYearsOfNamesItsSubject(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test func aRelativeClauseThatNamesItsSubjectKeepsIt() {
        let found = anniversaries("The Commonwealth of Independent States met in Minsk. Delegates visited the organization, which celebrated the 30th anniversary of diplomatic relations between Armenia and Russia.", date: "2022-04-03")
        #expect(found == ["ARM-RUS diplomatic relations 30 2022"])
    }

    // MARK: Pairs coordinated as the subject

    @Test(arguments: [
        "Russia and Tajikistan, and Russia and Turkmenistan, celebrate the thirtieth anniversary of diplomatic relations.",
        "This week marks 30 years of diplomatic relations between Russia and Tajikistan and between Russia and Turkmenistan.",
    ])
    func coordinatedPairsEachMarkIt(sentence: String) {
        #expect(anniversaries(sentence, date: "2022-04-08") == ["RUS-TJK diplomatic relations 30 2022", "RUS-TKM diplomatic relations 30 2022"])
    }

    @Test func aPairInAnotherClauseIsNotCoordinated() {
        let found = anniversaries("Armenia and Russia marked 30 years of diplomatic relations, and Belarus and Kazakhstan signed a trade deal.", date: "2022-04-08")
        #expect(found == ["ARM-RUS diplomatic relations 30 2022"])
    }

    // MARK: A referring noun after a noun of founding

    @Test(arguments: [
        ("Leaders of the Shanghai Cooperation Organisation met in Astana. The summit came less than a week before the 16th anniversary of the founding of the organisation in Shanghai.", "2017-06-09", " SCO 16 2017"),
        ("The Collective Security Treaty was signed in Tashkent. Officials recalled the 30th anniversary of the signing of the treaty.", "2022-05-15", " CST 30 2022"),
        ("The Eurasian Economic Union held its summit in Moscow. The leaders marked ten years since the creation of the Union.", "2024-05-08", " EAEU 10 2024"),
    ])
    func aReferringNounAfterItsFounding(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test func theFoundingOfACityIsNoOrganisation() {
        #expect(anniversaries("The Shanghai Cooperation Organisation met in Astana, which marked the 20th anniversary of the founding of the city.", date: "2018-07-06").isEmpty)
    }

    // MARK: A founding act named by a bare noun

    @Test(arguments: [
        ("The sixth summit of CICA opened in Astana on Thursday, three decades after Kazakhstan's first President Nursultan Nazarbayev put forward the initiative from the rostrum of the UN General Assembly.", "2022-10-13", " CICA 30 2022"),
        ("Leaders of the Conference on Interaction and Confidence-Building Measures in Asia met in Dushanbe, 27 years after Kazakhstan first voiced the idea.", "2019-06-15", " CICA 27 2019"),
    ])
    func aBareActNounFoundsTheOrganisationNamedBefore(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        ("The CIS summit opened in Minsk, ten years after Yeltsin put forward the initiative on a gas union.", "2001-11-30"),
        ("The Eurasian Economic Union summit opened in Astana, twenty years after Nazarbayev put forward the idea at Moscow State University.", "2024-05-29"),
    ])
    func anActThatFoundedNothingNamedIsNoAnniversary(sentence: String, date: String) {
        #expect(anniversaries(sentence, date: date).isEmpty)
    }

    // MARK: An approximate count

    @Test(arguments: [
        ("Nazarbayev noted that the EurAsEC treaty had been signed in Astana more than five years ago, in October 2000.", "2006-01-25"),
        ("Nearly 30 years ago the Commonwealth of Independent States was founded in Almaty.", "2021-12-21"),
        ("Some 25 years since the signing of the Agreement on the Creation of the Commonwealth of Independent States, the bloc remains loose.", "2016-12-08"),
    ])
    func anApproximateCountMarksNothing(sentence: String, date: String) {
        #expect(anniversaries(sentence, date: date).isEmpty)
    }

    @Test func anExactCountStillMarks() {
        #expect(anniversaries("Exactly 30 years ago the Commonwealth of Independent States was founded in Almaty.", date: "2021-12-21") == [" CIS 30 2021"])
    }
}
