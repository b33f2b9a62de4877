import Testing
@testable import RelationsKit

/// The many ways wire copy phrases the same fact, one test per phenomenon. Every sentence here is invented.
@Suite("extraction: wire copy phrasings, dates")
struct WireCopyDateTests: WireCopyProbe {
    // MARK: Dates

    @Test func anAnniversaryOfTheVictoryDatesAYearlessDateline() {
        let found = facts("MINSK, 3 July (BelTA) - President of Russia Dmitry Medvedev congratulated President of Belarus Alexander Lukashenko. This year Belarusians celebrate the holiday in the year of the 65th anniversary of the Great Victory.", date: nil)
        #expect(found.published_on == "2010-07-03")
    }

    @Test func aYearAnIntentionPointsToIsAfterTheArticle() {
        let found = facts("CHISINAU. Feb 4 (Interfax) - Moldova intends to submit its application for membership of the European Union in 2015, Moldovan Prime Minister Iurie Leanca told reporters on Tuesday.", date: nil)
        #expect(found.published_on == "2014-02-04")
    }
}
