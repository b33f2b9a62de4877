import Testing
@testable import RelationsKit

/// Membership families found on blind9 and blind10, and the conventions' rulings of that round, each pinned by invented
/// sentences in several phrasings with negative cases.
@Suite("extraction: memberships, blind9 and blind10 families")
struct Blind910MembershipTests: WireCopyProbe {

    // MARK: A status held since a stated date is the event of that date

    @Test(arguments: [
        ("Mongolia has held observer status in the Shanghai Cooperation Organisation since 2004.", ["MNG observer SCO"]),
        ("Turkmenistan has been an observer at the Eurasian Economic Union since March 2021, officials said.", ["TKM observer EAEU"]),
        ("Iran, which had been an observer state since 2005, became a full member of the SCO.", ["IRN observer SCO", "IRN joined SCO"]),
        ("Uzbekistan, an observer of the Eurasian Economic Union since 2020, is studying the benefits of deeper integration.", ["UZB observer EAEU"]),
        ("Talks covered the CIS and the Eurasian Economic Union, where Cuba has held observer status since December 2020.", ["CUB observer EAEU"]),
        ("Kazakhstan has been a member of the Collective Security Treaty Organization since 2002.", ["KAZ joined CSTO"]),
        ("Armenia and Kyrgyzstan have been members of the Eurasian Economic Union since 2015.", ["ARM joined EAEU", "KGZ joined EAEU"]),
        ("Tajikistan, a full member of the SCO since 2001, hosted the meeting.", ["TJK joined SCO"]),
        ("Turkey has been a dialogue partner of the SCO since 2013 and an observer since 2022.", ["TUR observer SCO"]),
    ])
    func aStatusHeldSinceADateIsAnEvent(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2024-07-05") == Set(expected))
    }

    @Test(arguments: [
        "Mongolia has held observer status in the Shanghai Cooperation Organisation for two decades.",
        "Turkmenistan has taken part in the CIS as an associate member since 2005.",
        "Azerbaijan has been a dialogue partner of the Shanghai Cooperation Organisation since 2016.",
        "Moldova holds observer status in the EAEU, a status it has not used since 2022.",
        "Georgia has not been a member of the CIS since 2009.",
        "The member states of the CSTO since 2002 have held annual exercises.",
    ])
    func aStatusWithoutADateOrOfAnotherKindIsNoEvent(sentence: String) {
        #expect(memberships(sentence, date: "2024-07-05").isEmpty)
    }

    // MARK: "and" links only a list's last two names

    @Test(arguments: [
        ("The bloc was founded in 2001 by China, Russia and Kazakhstan, and Uzbekistan joined the following year.", ["UZB joined"]),
        ("The pact was signed by Armenia, Belarus and Russia, and Tajikistan acceded to it in May.", ["TJK joined"]),
    ])
    func aClosedListDoesNotContinueOverAClause(sentence: String, expected: [String]) {
        #expect(Set(memberships("The Collective Security Treaty Organization met. " + sentence).map { $0.components(separatedBy: " ").prefix(2).joined(separator: " ") }) == Set(expected))
    }

    @Test func aPlaceAfterAPrepositionIsNoCoordinatedSubject() {
        #expect(memberships("The presidents met in Minsk, and Kazakhstan joined the CSTO.") == ["KAZ joined CSTO"])
    }

    @Test func aListClosedByAndStillCoordinates() {
        #expect(memberships("Kyrgyzstan, Tajikistan and Uzbekistan joined the CSTO in 2006.")
            == ["KGZ joined CSTO", "TJK joined CSTO", "UZB joined CSTO"])
    }

    // MARK: Signing up to a treaty is joining it

    @Test(arguments: [
        ("Azerbaijan signed up to the Collective Security Treaty in September 1993.", ["AZE joined CST"]),
        ("Moldova, which joined the Commonwealth in 1994, has since signed up to the CIS Charter.", ["MDA joined CIS"]),
        ("Officials say Turkmenistan will sign up to the Shanghai Cooperation Organisation charter next year.", ["TKM plans_to_join SCO"]),
    ])
    func signingUpToATreatyIsJoining(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2010-05-05") == Set(expected))
    }

    @Test func aFoundersSignatureStaysNoEvent() {
        #expect(memberships("Russia and Armenia signed the Collective Security Treaty in Tashkent.", date: "1992-05-20").isEmpty)
    }

    // MARK: In the passive, who joins follows "by"

    @Test(arguments: [
        ("The leaders of Georgia, Ukraine and Moldova were joined by Azerbaijan in the consultative group GUAM.", ["AZE joined GUAM"]),
        ("Russia and Belarus, the founders of the Union State, were later joined by Kazakhstan in the Eurasian Economic Union.", ["KAZ joined EAEU"]),
    ])
    func whoJoinsInThePassiveFollowsBy(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2015-05-05") == Set(expected))
    }

    // MARK: Membership made a goal is a plan to join

    @Test(arguments: [
        ("Ukraine remains committed to its course towards membership in the European Union and NATO.", ["UKR plans_to_join EU", "UKR plans_to_join NATO"]),
        ("Georgia has made membership of NATO its main foreign policy goal.", ["GEO plans_to_join NATO"]),
        ("Moldova reaffirmed its aspirations for membership in the EU.", ["MDA plans_to_join EU"]),
    ])
    func membershipAsAGoalIsAPlan(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2018-05-05") == Set(expected))
    }

    @Test(arguments: [
        "Armenia's membership of the EAEU took effect on 2 January.",
        "Kazakhstan said membership of the EAEU had brought new markets.",
        "Belarus has no aspirations for membership in NATO.",
    ])
    func membershipWithoutAGoalIsNoPlan(sentence: String) {
        #expect(!memberships(sentence, date: "2018-05-05").contains { $0.contains("plans_to_join") })
    }

    // MARK: A coordinated predicate without a subject of its own shares the one before

    @Test(arguments: [
        ("Tashkent has often changed course. The republic left the Collective Security Treaty in 1999, returned to the organisation in 2006 and in 2008 froze its participation in the Eurasian Economic Community.",
         // The organisation taken up in 2006 is the one built on the treaty in 2002 (every corpus's gold reads it so).
         ["UZB left CST", "UZB joined CSTO", "UZB froze EurAsEC"]),
        ("Georgia joined the CIS in 1993, withdrew from it in 2009 and later suspended its participation in GUAM.",
         ["GEO joined CIS", "GEO left CIS", "GEO suspended GUAM"]),
    ])
    func aCoordinatedPredicateSharesTheSubject(body: String, expected: [String]) {
        #expect(memberships(body, date: "2012-05-05") == Set(expected))
    }

    // MARK: A grouping named by its founders

    @Test(arguments: [
        ("Uzbekistan joined the regional grouping of Georgia, Ukraine, Azerbaijan and Moldova in April.", ["UZB joined GUAM"]),
        ("Kyrgyzstan applied to join the customs bloc of Russia, Belarus and Kazakhstan.", ["KGZ plans_to_join CU"]),
    ])
    func aGroupingNamedByItsFounders(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2011-05-05") == Set(expected))
    }

    @Test(arguments: [
        "The Georgia-Ukraine-Azerbaijan-Moldova group met in Kiev. Uzbekistan was admitted to the alliance on Saturday.",
        "Leaders of the Georgia-Ukraine-Azerbaijan-Moldova grouping met in Kiev, and Uzbekistan joined the bloc.",
    ])
    func aGroupingNamedByACompoundOfItsFounders(body: String) {
        #expect(memberships(body, date: "1999-04-26") == ["UZB joined GUAM"])
    }

    @Test func aGroupingOfOtherCountriesIsNoOrganisation() {
        #expect(memberships("Uzbekistan joined the informal group of Georgia and Ukraine in April.", date: "2011-05-05").isEmpty)
    }

    // MARK: The consequence after "and thereby" is outside the first predicate's negation

    @Test(arguments: [
        ("Two states, namely Azerbaijan and Georgia, refused to sign the protocol extending the Collective Security Treaty and thereby withdrew from it.",
         ["AZE left CST", "GEO left CST"]),
        ("Uzbekistan declined to renew its participation and thus withdrew from the Collective Security Treaty.", ["UZB left CST"]),
    ])
    func aConsequenceIsNotNegated(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "1999-05-05") == Set(expected))
    }

    // MARK: "the bloc" named in the sentence before

    @Test func theBlocIsTheOrganisationOfTheSentenceBefore() {
        let body = "The SCO summit opened in Astana. The SCO welcomed Belarus.\n\nArmenia has frozen its participation in the Collective Security Treaty Organization. Its prime minister said Armenia would leave the bloc."
        #expect(memberships(body, date: "2024-07-05").contains("ARM plans_to_leave CSTO"))
        #expect(!memberships(body, date: "2024-07-05").contains("ARM plans_to_leave SCO"))
    }

    // MARK: Admission names no organisation when the text is about it

    @Test func anAdmissionWithoutItsOrganisationIsTheTopics() {
        let body = "Leaders founded the Shanghai Cooperation Organisation on Friday.\n\nUzbekistan, which had attended as a guest, was admitted as the sixth full member."
        #expect(memberships(body, date: "2001-06-15") == ["UZB joined SCO"])
    }

    // MARK: The subject from a possessive, a speaker, or the sentence before

    @Test(arguments: [
        ("Delegates expect Belarus to follow. Its Supreme Soviet voted in April to join the Collective Security Treaty.", ["BLR plans_to_join CST"]),
        ("Moldova has asked for talks. Its parliament decided to leave the Commonwealth of Independent States.", ["MDA plans_to_leave CIS"]),
    ])
    func aPossessiveOpeningTheSentenceIsItsCountry(body: String, expected: [String]) {
        #expect(memberships(body, date: "1993-05-05") == Set(expected))
    }

    @Test(arguments: [
        "Nikol Pashinyan was reappointed Prime Minister of Armenia on Monday. In his first remarks he reaffirmed the goal of joining the European Union, while declining to impose sanctions on Russia.",
        "Prime Minister of Armenia Nikol Pashinyan spoke in parliament. She repeated that joining the European Union remained possible, despite objections from Russia.",
    ])
    func aSpeakersGerundIsNotTheObjectsAfterIt(body: String) {
        #expect(!memberships(body, date: "2024-05-05").contains { $0.hasPrefix("RUS") })
    }

    @Test(arguments: [
        ("Georgia joined the CIS in 1993 under pressure from Moscow. It had already quit the Collective Security Treaty in 1999.", "GEO left CST"),
        ("Azerbaijan signed a trade deal with Russia. It left the Collective Security Treaty in 1999.", "AZE left CST"),
    ])
    func itIsTheSubjectNotTheObjectOfAPreposition(body: String, expected: String) {
        #expect(memberships(body, date: "2010-05-05").contains(expected))
    }

    // MARK: Observer status referred to

    @Test(arguments: [
        ("Turkmenistan was granted observer status in the Eurasian Economic Union. The same status was granted to Mongolia.", ["TKM observer EAEU", "MNG observer EAEU"]),
        ("Iran obtained observer status at the SCO in 2005, and India received the same status on the same day.", ["IRN observer SCO", "IND observer SCO"]),
    ])
    func theSameStatusIsTheObserverStatusBefore(body: String, expected: [String]) {
        #expect(memberships(body, date: "2021-05-05") == Set(expected))
    }

    @Test func theSameStatusWithoutAnObserverBeforeIsNothing() {
        #expect(memberships("Mongolia was praised at the SCO summit. The same status was granted to Cuba.", date: "2021-05-05").isEmpty)
    }

    @Test func observerStatusGrantedTakesTheOrganisationTheSentenceRefersTo() {
        let body = "Ministers met the heads of the EurAsEC Integration Committee. They noted that the observer status granted to Armenia in May had raised the profile of the Community."
        #expect(memberships(body, date: "2003-10-09") == ["ARM observer EurAsEC"])
    }

    // MARK: An announced exit and the exit are two events when both are stated

    @Test(arguments: [
        ("Moldova ceased to be a member of the Commonwealth of Independent States on Friday. The decision was announced by the president last year.",
         ["MDA left CIS", "MDA plans_to_leave CIS"]),
        ("Uzbekistan withdrew from GUAM in May. President Karimov had announced the decision in a letter to his counterparts.",
         ["UZB left GUAM", "UZB plans_to_leave GUAM"]),
        ("Georgia announced its withdrawal from the CIS in 2008 and left the organisation in 2009.", ["GEO plans_to_leave CIS", "GEO left CIS"]),
    ])
    func anAnnouncementStatedApartIsThePlan(body: String, expected: [String]) {
        #expect(memberships(body, date: "2009-08-20") == Set(expected))
    }

    @Test(arguments: [
        "Georgia left the CIS in 2009. The decision to sever relations with Russia was announced earlier.",
        "Georgia left the CIS in 2009. The decision was not announced in advance.",
        "Georgia left the CIS in 2009. The decision was welcomed in Kiev.",
    ])
    func anotherDecisionOrNoAnnouncementIsNoPlan(body: String) {
        #expect(memberships(body, date: "2009-08-20") == ["GEO left CIS"])
    }

    // MARK: Ending a country's part in all of an organisation's bodies is leaving

    @Test(arguments: [
        ("Georgia ended its participation in the statutory bodies of the CIS in 2009.", ["GEO left CIS"]),
        ("The president signed a decree terminating Armenia's participation in the bodies of the Collective Security Treaty Organization.", ["ARM left CSTO"]),
        ("Parliament welcomed the termination of Belarus's participation in the GUAM bodies.", ["BLR left GUAM"]),
        ("Azerbaijan has recalled all its representatives from the CSTO's statutory bodies.", ["AZE left CSTO"]),
        ("Kyrgyzstan, which withdrew its envoys from all CIS bodies last year, kept its trade agreements.", ["KGZ left CIS"]),
        ("All representatives of Tajikistan have been recalled from the bodies of the Eurasian Economic Union.", ["TJK left EAEU"]),
        ("All Moldovan delegates are being recalled from CIS bodies, the ministry said.", ["MDA left CIS"]),
        ("Uzbekistan intends to end its participation in the CSTO bodies.", ["UZB plans_to_leave CSTO"]),
        ("Tajikistan announced it would recall its representatives from the EAEU statutory bodies.", ["TJK plans_to_leave EAEU"]),
    ])
    func endingThePartInAllTheBodiesIsLeaving(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2024-05-19") == Set(expected))
    }

    @Test(arguments: [
        ("Moldova has stopped taking part in most of the CIS bodies.", [String]()),
        ("Armenia recalled several of its representatives from the CSTO bodies.", []),
        ("Kazakhstan ended its participation in the CSTO exercises.", []),
        ("Belarus recalled its ambassador from Vilnius after the CIS summit.", []),
        ("Ukraine has not ended its participation in the CIS bodies.", []),
        ("Uzbekistan has halted its participation in the work of the bodies of the Eurasian Economic Community.", ["UZB suspended EurAsEC"]),
    ])
    func someBodiesOrAPauseIsNoLeaving(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2024-05-19") == Set(expected))
    }

    // MARK: Weighing a step is no plan

    @Test(arguments: [
        "Armenia is considering leaving the CSTO.",
        "Tajikistan is studying the possibility of joining the Eurasian Economic Union.",
        "Uzbekistan examines a possible accession to the EAEU.",
        "Moldova is weighing whether to quit the CIS.",
        "Kazakhstan mulled an application to join the SCO last year.",
        "Mongolia is exploring the prospect of joining the Eurasian Economic Union.",
        "Officials in Dushanbe have long contemplated Tajikistan's accession to the EAEU.",
        "Tajikistan's accession to the Eurasian Economic Union is being studied by the government.",
        "Azerbaijan's withdrawal from the CIS is under consideration in Baku.",
    ])
    func weighingAStepIsNoPlan(sentence: String) {
        #expect(memberships(sentence, date: "2024-05-19").isEmpty)
    }

    @Test(arguments: [
        ("Armenia considered the proposal and decided to leave the CSTO.", ["ARM plans_to_leave CSTO"]),
        ("After long consideration, Uzbekistan decided to join the Eurasian Economic Union.", ["UZB plans_to_join EAEU"]),
        ("Kyrgyzstan, which studied the treaty for a year, has applied to join the EAEU.", ["KGZ plans_to_join EAEU"]),
        ("Georgia intends to withdraw from the CIS.", ["GEO plans_to_leave CIS"]),
    ])
    func anIntentionOrADecisionAfterWeighingIsAPlan(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2024-05-19") == Set(expected))
    }
}
