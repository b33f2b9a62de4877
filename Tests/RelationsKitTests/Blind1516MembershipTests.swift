import Testing
@testable import RelationsKit

/// Membership mechanisms found on blind15 and blind16 (and the blind13/blind14 misses they also explain), each pinned by
/// invented sentences in several phrasings with negative cases.
@Suite("extraction: memberships, blind15 and blind16 mechanisms")
struct Blind1516MembershipTests: WireCopyProbe {

    // MARK: A list of countries each with its own date attaches to the verb

    @Test(arguments: [
        ("The Eurasian Economic Union was launched in 2015. Two more states acceded to the union that year: Armenia in January and Kyrgyzstan in August.",
         "2016-05-05", ["ARM joined EAEU", "KGZ joined EAEU"]),
        ("The Collective Security Treaty was signed in 1992. Three states acceded to the treaty in 1993: Azerbaijan on 24 September, Georgia in December, and Belarus at the end of the year.",
         "2012-05-05", ["AZE joined CST", "GEO joined CST", "BLR joined CST"]),
    ])
    func aListOfCountriesWithDates(text: String, date: String, expected: [String]) {
        #expect(memberships(text, date: date) == Set(expected))
    }

    @Test func aMonthBeforeACommaIsNoUSCity() {
        // "September, Georgia" is no "Columbus, Georgia".
        #expect(facts("Azerbaijan signed in September, Georgia in December.", date: "2012-05-05").countries.contains("GEO"))
    }

    // MARK: Companions after a comma: "together with", "along with", "as did", "and so did"

    @Test(arguments: [
        ("In 1997 Ukraine became a founding member of GUAM, together with Georgia, Moldova and Azerbaijan.", "2012-05-05",
         ["UKR joined GUAM", "GEO joined GUAM", "MDA joined GUAM", "AZE joined GUAM"]),
        ("Azerbaijan left the Collective Security Treaty in 1999, along with Georgia and Uzbekistan.", "2012-05-05",
         ["AZE left CST", "GEO left CST", "UZB left CST"]),
        ("Georgia left the Collective Security Treaty in 1999, as did Azerbaijan.", "2012-05-05", ["GEO left CST", "AZE left CST"]),
        ("Armenia joined the Eurasian Economic Union in January, and so did Kyrgyzstan.", "2016-05-05", ["ARM joined EAEU", "KGZ joined EAEU"]),
    ])
    func companionsAfterAComma(sentence: String, date: String, expected: [String]) {
        #expect(memberships(sentence, date: date) == Set(expected))
    }

    @Test func aCommaStillEndsTheVerbsClause() {
        #expect(memberships("Georgia left the Collective Security Treaty in 1999, a decision Azerbaijan welcomed.", date: "2012-05-05") == ["GEO left CST"])
    }

    // MARK: "It" and "its" take up the subject, not an object of a preposition or of a verb of telling

    @Test(arguments: [
        ("Kazakhstan has told Russia, which chairs the bloc this year, that it intends to leave the Collective Security Treaty Organization.", "KAZ plans_to_leave CSTO"),
        ("Belarus joined the Collective Security Treaty along with Georgia and Azerbaijan in 1993. A decade later it joined the Eurasian Economic Community.", "BLR joined EurAsEC"),
        ("The Collective Security Treaty Organization expects Uzbekistan to return. Tajikistan notified the CSTO secretariat in Minsk of its decision to quit the bloc.", "TJK plans_to_leave CSTO"),
    ])
    func itTakesUpTheSubject(text: String, expected: String) {
        let found = memberships(text, date: "2012-05-05")
        #expect(found.contains(expected))
        #expect(!found.contains { $0.hasPrefix("RUS") || $0.hasPrefix("GEO plans") || $0.hasPrefix("AZE joined EurAsEC") || $0.hasPrefix("BLR plans") })
    }

    @Test func itAfterANamedHeadWithOfIsTheHead() {
        #expect(memberships("Tashkent said it will not renew its participation in the Collective Security Treaty, the defence pact of the Commonwealth of Independent States, and will quit it in April.", date: "1999-03-05")
                == ["UZB plans_to_leave CST"])
    }

    // MARK: A status held since a founding, a party since a date, a date fronted

    @Test(arguments: [
        ("Tajikistan has been a member of the Shanghai Cooperation Organisation since its founding in June 2001.", "TJK joined SCO"),
        ("Armenia has been a party to the Collective Security Treaty since its signing in May 1992.", "ARM joined CST"),
        ("He recalled the Collective Security Treaty, to which Belarus has been a party since 1993.", "BLR joined CST"),
        ("Belarus joined the CIS in 1991. Since 2015, Belarus has been an observer of the Shanghai Cooperation Organisation.", "BLR observer SCO"),
        ("Ukraine joined the CIS in 1991. From 2002 Ukraine held observer status in the Eurasian Economic Community.", "UKR observer EurAsEC"),
    ])
    func aStatusHeldSinceADate(text: String, expected: String) {
        #expect(memberships(text, date: "2018-05-05").contains(expected))
    }

    @Test(arguments: [
        "Georgia has been a party to the conflict since 1992.",
        "Since 2015, Belarus has not been an observer of the Shanghai Cooperation Organisation.",
    ])
    func noStatusHeld(text: String) {
        #expect(memberships(text, date: "2018-05-05").isEmpty)
    }

    // MARK: The acceding state's signature on its accession treaty joins; a treaty still to sign or a law ratifying it does not

    @Test(arguments: [
        ("Armenia signed the treaty on its accession to the Eurasian Economic Union in Minsk.", "2014-10-10", "ARM joined EAEU"),
        ("The heads of state signed the treaty on Armenia's accession to the Eurasian Economic Union in Minsk.", "2014-10-10", "ARM plans_to_join EAEU"),
        ("Armenia is expected to sign the treaty on its accession to the Eurasian Economic Union next month.", "2014-09-10", "ARM plans_to_join EAEU"),
        ("President Atambayev signed the law ratifying the treaty on Kyrgyzstan's accession to the Eurasian Economic Union.", "2015-05-21", "KGZ plans_to_join EAEU"),
        ("Armenia joined the Eurasian Economic Union in January. On 23 December Kyrgyzstan also signed a treaty of accession.", "2015-05-21", "KGZ joined EAEU"),
    ])
    func anAccessionTreatySigned(text: String, date: String, expected: String) {
        #expect(memberships(text, date: date).contains(expected))
    }

    // MARK: An indefinite noun brings in the organisation the sentence names after it

    @Test func anIndefiniteNounIsNamedLater() {
        #expect(memberships("Moldova joined a new regional bloc that year, which later took the name GUAM.", date: "2015-05-21") == ["MDA joined GUAM"])
    }

    @Test func aGroupOfCountriesIsNoOrganisation() {
        #expect(memberships("Kazakhstan joined a group of countries calling on the UN to act.", date: "2015-05-21").isEmpty)
    }

    // MARK: Ceasing to be a member leaves

    @Test(arguments: [
        ("Turkmenistan on Friday ceased to be a full member of the Commonwealth of Independent States.", "2005-08-26", "TKM left CIS"),
        ("Mongolia stopped being a member of the organisation in 2010, when it left the Shanghai Cooperation Organisation.", "2012-08-26", "MNG left SCO"),
    ])
    func ceasingToBeAMember(sentence: String, date: String, expected: String) {
        let found = memberships(sentence, date: date)
        #expect(found.contains(expected))
        #expect(!found.contains { $0.contains("joined") })
    }

    // MARK: Weighing the question of a step is no plan

    @Test(arguments: [
        "Georgia would examine the question of joining the Commonwealth, Shevardnadze said.",
        "Georgia would consider the issue of joining the Commonwealth of Independent States.",
    ])
    func weighingTheQuestion(sentence: String) {
        #expect(memberships(sentence, date: "1993-08-26").isEmpty)
    }

    // MARK: A membership not renewed ends

    @Test(arguments: [
        ("Uzbekistan will not renew its participation in the Collective Security Treaty when its term runs out.", "1999-04-05", ["UZB plans_to_leave CST"]),
        ("Azerbaijan did not renew its membership in the Collective Security Treaty in 1999.", "2005-04-05", ["AZE left CST"]),
        ("Azerbaijan did not renew the visa agreement with Russia.", "2005-04-05", []),
    ])
    func notRenewed(sentence: String, date: String, expected: [String]) {
        #expect(memberships(sentence, date: date) == Set(expected))
    }

    // MARK: Leaving all of an organisation's bodies; an adverb before the particle; "its withdrawal"

    @Test(arguments: [
        ("The Georgian parliament voted to quit the CIS statutory bodies in 2008.", "2009-04-05", "GEO plans_to_leave CIS"),
        ("Kiev announced its intention to withdraw finally from the CIS.", "2018-04-15", "UKR plans_to_leave CIS"),
        ("Georgia joined the CIS in 1993. After the war Tbilisi announced its withdrawal, and a year later Georgia left the organisation.", "2012-08-19", "GEO plans_to_leave CIS"),
    ])
    func leavingSteps(text: String, date: String, expected: String) {
        #expect(memberships(text, date: date).contains(expected))
    }

    @Test(arguments: [
        "Georgia's withdrawal from the CIS took effect on Tuesday. Russian troops remain in the region despite calls from Tbilisi for their withdrawal.",
        "Under the Charter, the withdrawal takes effect a year after the depositary in Minsk, Belarus, is notified.",
    ])
    func aWithdrawalOfNoCountry(text: String) {
        #expect(memberships(text, date: "2009-08-19").allSatisfy { $0 == "GEO left CIS" })
    }

    // MARK: A notice of a step starts it; reported as the day's news in the perfect, it is the step

    @Test(arguments: [
        ("On 18 August 2008 Georgia notified the CIS Executive Committee of its withdrawal from the Commonwealth of Independent States.", "GEO plans_to_leave CIS"),
        ("Kazakhstan joined the Collective Security Treaty Organization in 2002. A year ago the Kazakh Foreign Ministry sent a note to the CSTO secretariat informing it of the country's withdrawal from the organisation.", "KAZ plans_to_leave CSTO"),
        ("Kyrgyzstan has officially notified the member states of its withdrawal from the Collective Security Treaty Organization.", "KGZ left CSTO"),
    ])
    func aNoticeOfWithdrawal(text: String, expected: String) {
        #expect(memberships(text, date: "2013-09-03").contains(expected))
    }

    // MARK: Coordination: objects after an adverb, a predicate after a comma

    @Test func anObjectCoordinatedAfterAnAdverb() {
        #expect(memberships("Armenia decided to join the Customs Union and later the Eurasian Economic Union.", date: "2013-09-03")
                == ["ARM plans_to_join CU", "ARM plans_to_join EAEU"])
    }

    @Test(arguments: [
        "In 2005 Tashkent expelled US troops from the base, applied to join the Eurasian Economic Community and signed a treaty with Russia.",
        "After the unrest, Uzbekistan closed the American air base, decided to join the Eurasian Economic Community and turned to Moscow.",
    ])
    func aPredicateAfterACommaSharesTheSubject(sentence: String) {
        #expect(memberships(sentence, date: "2012-08-19") == ["UZB plans_to_join EurAsEC"])
    }

    // MARK: "A full member" is joining only as the result of a change

    @Test(arguments: [
        ("Kiev has formally remained a participant rather than a full member of the Commonwealth of Independent States.", []),
        ("The obligations of a full member of the Eurasian Economic Union are heavy, Kyrgyz officials said.", []),
        ("The new rules made Kyrgyzstan a full member of the Eurasian Economic Union.", ["KGZ joined EAEU"]),
    ])
    func aFullMemberAsStatusOrChange(sentence: String, expected: [String]) {
        #expect(memberships(sentence, date: "2016-03-19") == Set(expected))
    }

    // MARK: A step without its object continues the last event's organisation

    @Test(arguments: [
        ("Armenia joined the Eurasian Economic Union in January. The leaders also agreed to wind up the Eurasian Economic Community, and Kyrgyzstan signed a treaty of accession.",
         "KGZ joined EAEU"),
        ("Georgia and Azerbaijan, which joined the Collective Security Treaty in 1993, have decided to withdraw. The protocol was signed in Moscow. Belarus, which acceded at the end of 1993, signed it.",
         "BLR joined CST"),
    ])
    func aStepWithoutItsObject(text: String, expected: String) {
        let found = memberships(text, date: "2015-05-21")
        #expect(found.contains(expected))
        #expect(!found.contains { $0.hasSuffix("EurAsEC") })
    }

    // MARK: A semicolon closes the clause: the subject of "the same status" follows it

    @Test(arguments: [
        "Uzbekistan has held observer status in the Eurasian Economic Union since December 2020; the same status was granted to Cuba at that time.",
        "Uzbekistan was granted observer status in the Eurasian Economic Union in December 2020; the same status was granted to Cuba.",
    ])
    func theSameStatusAfterASemicolon(text: String) {
        #expect(memberships(text, date: "2023-03-21") == ["UZB observer EAEU", "CUB observer EAEU"])
    }

    // MARK: Becoming an observer; weighing a status to obtain

    @Test(arguments: [
        "The Eurasian Economic Union met in Minsk. Moldova, which became the bloc's first observer in 2018, sent a delegation.",
        "In May 2018 Moldova became the first observer state of the Eurasian Economic Union.",
    ])
    func becomingAnObserver(text: String) {
        #expect(memberships(text, date: "2021-05-05") == ["MDA observer EAEU"])
    }

    @Test func obtainingAStatusWeighedIsNothing() {
        #expect(memberships("Kiev is still studying the possibility of obtaining observer status in the Eurasian Economic Union.", date: "2013-05-05").isEmpty)
    }

    // MARK: A relative clause that makes the step a decision

    @Test(arguments: [
        ("Saakashvili said that Georgia's withdrawal from the Commonwealth of Independent States, which the Parliament decided unanimously last August, closes a chapter.",
         "2009-07-22", ["GEO plans_to_leave CIS"]),
        ("Georgia's withdrawal from the Commonwealth of Independent States, which took effect last August, closed a chapter.", "2010-07-22", ["GEO left CIS"]),
    ])
    func aDecidedStep(sentence: String, date: String, expected: [String]) {
        #expect(memberships(sentence, date: date) == Set(expected))
    }
}
