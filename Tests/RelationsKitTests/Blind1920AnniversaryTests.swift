import Testing
@testable import RelationsKit

/// Anniversaries in the shapes of the blind19/blind20 round: what the trigger marks when its own phrase names nothing
/// ("will mark the 32nd anniversary of that step next month" after the clause that established relations; "the 20th
/// anniversary of its signing" after the sentence that named the treaty), and when its phrase names something else ("eight
/// years of service", "the 75th anniversary of victory"); a referring noun under lowercase modifiers ("of the regional
/// bloc"); relations "of" which the text says were established; "her country's independence"; independence named right
/// after the trigger before a treaty in a later clause. Invented sentences, with negative cases.
@Suite("extraction: blind19/blind20 round, anniversaries")
struct Blind1920AnniversaryTests: WireCopyProbe {
    // MARK: What the trigger marks when its own phrase names nothing

    @Test(arguments: [
        ("Kazakhstan and Turkey established diplomatic relations on March 2, 1992, and will celebrate the 30th anniversary of that event next week.", "2022-02-24", "KAZ-TUR diplomatic relations 30 2022"),
        ("Moldova and Turkey, which established diplomatic relations in February 1992, marked the 30th anniversary on Thursday.", "2022-02-04", "MDA-TUR diplomatic relations 30 2022"),
        ("The Collective Security Treaty Organization was set up in 2002 and celebrates the 20th anniversary this autumn.", "2022-05-16", " CSTO 20 2022"),
    ])
    func aMarkedAnniversaryOfNothingNamedIsOfTheClauseBefore(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        ("Russia and Mongolia signed the Treaty on Friendly Relations and Cooperation in January 1993. This week the two countries mark the 30th anniversary of its signing.", "2023-01-20", "MNG-RUS Treaty on Friendly Relations and Cooperation 30 2023"),
        ("Georgia and Turkey established diplomatic relations in May 1992. Next year will see the 30th anniversary of their establishment.", "2021-11-10", "GEO-TUR diplomatic relations 30 2022"),
        ("Armenia and Russia established diplomatic relations on April 3, 1992. Next month the two countries will mark the 32nd anniversary of that step.", "2024-03-23", "ARM-RUS diplomatic relations 32 2024"),
    ])
    func aPossessiveOrDemonstrativeWithNothingBeforeItInItsSentenceIsOfTheSentenceBefore(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        // The phrase after the trigger names what lasted or what is marked: nothing named before is.
        ("The Russian air base in Tajikistan, which operates under the CSTO, will mark ten years of service in October.", "2014-06-01"),
        ("Veterans of the CIS countries gathered in Minsk, where they marked the 75th anniversary of victory.", "2020-05-09"),
        ("The SCO observers in the region marked twenty years of joint patrols on Monday.", "2021-06-15"),
        ("Russia and China, the founders of the SCO, will mark the 20th anniversary of the Treaty next year.", "2020-06-12"),
        ("Veterans of the CIS countries marked the 30th anniversary of the Victory Parade in Red Square.", "2021-06-24"),
        // A possessive in a sentence that names something of its own is not of the sentence before.
        ("Russia and Mongolia signed the Treaty on Friendly Relations and Cooperation in January 1993. The new parliament of Estonia marks the 30th anniversary of its founding.", "2023-01-20"),
        ("Russia and Mongolia signed the Treaty on Friendly Relations and Cooperation in January 1993. Ukrainian veterans marked the 80th anniversary of that battle.", "2023-01-20"),
    ])
    func aPhraseThatNamesSomethingElseMarksNothingBefore(sentence: String, date: String) {
        #expect(anniversaries(sentence, date: date).isEmpty)
    }

    @Test(arguments: [
        // A noun of the thing's existence, or a pronoun that refers back, is no subject of its own.
        ("The Shanghai Cooperation Organisation will mark 20 years of operation in June.", "2021-03-01", " SCO 20 2021"),
        ("In December 1991 the Commonwealth of Independent States was founded, the 30th anniversary of which was marked in Minsk.", "2021-12-20", " CIS 30 2021"),
    ])
    func aPhraseOfExistenceOrAPronounStillLooksBack(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        ("The Eurasian Economic Union, which Kyrgyzstan joined in August, will mark the first anniversary of its founding on January 1.", "2015-12-10", " EAEU 1 2016"),
        ("The Shanghai Cooperation Organisation, which India and Pakistan joined this year, celebrated the 16th anniversary of its creation.", "2017-06-20", " SCO 16 2017"),
        // A member's act in a relative clause closed before the trigger: the organisation is what marks it.
        ("The CIS, which Georgia left in 2009, turns 30 this month.", "2021-12-08", " CIS 30 2021"),
        ("The Shanghai Cooperation Organisation, which India joined in 2017, marked its 20th anniversary on Tuesday.", "2021-06-16", " SCO 20 2021"),
    ])
    func aFoundingNamedOrAClosedRelativeClauseLeavesTheOrganisationsAnniversary(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        ("Georgia left the Commonwealth of Independent States in 2009, and the country marked the 15th anniversary in August.", "2024-08-20"),
        ("The Eurasian Economic Union, which Armenia joined ten years ago, held its summit in Minsk.", "2025-01-10"),
    ])
    func aMembersActBetweenIsNoAnniversaryOfTheOrganisation(sentence: String, date: String) {
        #expect(!anniversaries(sentence, date: date).contains { $0.contains("CIS") })
    }

    @Test(arguments: [
        ("The Eurasian Economic Union, which Armenia joined in January, will mark the first anniversary of its founding on May 29.", "2015-05-10", " EAEU 1 2015"),
        ("Kazakhstan and Turkey, whose presidents met in January, will celebrate the 30th anniversary of diplomatic relations on March 2.", "2022-02-20", "KAZ-TUR diplomatic relations 30 2022"),
    ])
    func aMonthInARelativeClauseBeforeTheTriggerIsNotTheYearMarked(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    // MARK: A referring noun under modifiers

    @Test(arguments: [
        ("Leaders of the Shanghai Cooperation Organisation met in Tashkent for a summit marking the 20th anniversary of the regional grouping.", "2021-06-15", " SCO 20 2021"),
        ("The Collective Security Treaty Organization held drills in Armenia ahead of the 20th anniversary of the military alliance.", "2022-04-01", " CSTO 20 2022"),
        ("Ministers of the Collective Security Treaty Organization met in Minsk, and the six-nation bloc's 20th anniversary was on the agenda.", "2022-05-20", " CSTO 20 2022"),
    ])
    func aModifiedReferringNounIsTheOrganisationNamedBefore(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        ("Leaders of the Shanghai Cooperation Organisation met in Tashkent, where the 20th anniversary of the regional union budget was discussed.", "2021-06-15"),
    ])
    func aModifiedNounThatModifiesAnotherIsNoReferent(sentence: String, date: String) {
        #expect(anniversaries(sentence, date: date).isEmpty)
    }

    // MARK: Relations that the text says were established

    @Test(arguments: [
        ("Georgian and Turkish diplomats marked 30 years of relations between their countries, which were established in May 1992.", "2022-05-21", "GEO-TUR diplomatic relations 30 2022"),
        ("Kazakhstan and Turkey celebrate the 30th anniversary of relations established on March 2, 1992.", "2022-03-02", "KAZ-TUR diplomatic relations 30 2022"),
    ])
    func relationsOfWhichTheTextSaysWereEstablishedAreDiplomatic(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        ("Georgian and Turkish diplomats marked 30 years of relations between their peoples.", "2022-05-21"),
        ("Kazakhstan and Turkey celebrate 30 years of trade relations established on March 2, 1992.", "2022-03-02"),
    ])
    func relationsNotSaidToBeEstablishedAreNone(sentence: String, date: String) {
        #expect(anniversaries(sentence, date: date).isEmpty)
    }

    // MARK: Whose independence

    @Test(arguments: [
        ("President of Russia Vladimir Putin congratulated President of Moldova Maia Sandu on the 30th anniversary of her country's independence.", "2021-08-27", "MDA independence 30 2021"),
        ("Belarus and Russia issued a joint statement. Belarusian President Alexander Lukashenko sent greetings to President of Armenia Armen Sarkissian on the 30th anniversary of his country's independence.", "2021-09-21", "ARM independence 30 2021"),
        ("Moscow valued its ties with Russia's neighbours, the Russian ministry said. Dmitry Medvedev also wrote to President of Kyrgyzstan Roza Otunbayeva on the 20th anniversary of her country's independence.", "2011-08-31", "KGZ independence 20 2011"),
    ])
    func aPersonsCountrysIndependenceIsTheCountryNamedLastBefore(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }

    @Test(arguments: [
        ("Last week, Vladimir Putin congratulated President Shavkat Mirziyoyev on the 30th anniversary of Uzbekistan's independence, in a message that recalled the Treaty on Strategic Partnership between Russia and Uzbekistan.", "2021-09-01", "UZB independence 30 2021"),
        ("The Russian president wrote to his Georgian counterpart on the 25th anniversary of the independence of Armenia, in a letter that praised the Treaty of Friendship, Cooperation and Mutual Assistance signed with Yerevan.", "2016-09-21", "ARM independence 25 2016"),
    ])
    func independenceRightAfterTheTriggerOutranksATreatyInALaterClause(sentence: String, date: String, expected: String) {
        #expect(anniversaries(sentence, date: date) == [expected])
    }
}
