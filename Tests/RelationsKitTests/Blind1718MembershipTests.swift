import Testing
@testable import RelationsKit

/// Membership mechanisms found on blind17 and blind18, each pinned by invented sentences in several phrasings with negative
/// cases.
@Suite("extraction: memberships, blind17 and blind18 mechanisms")
struct Blind1718MembershipTests: WireCopyProbe {

    // MARK: "did not" governs a base form: a past form coordinated after it is a predicate of its own

    @Test(arguments: [
        ("Kyrgyzstan, Tajikistan and Armenia did not ratify the protocol extending the Collective Security Treaty and left it in 1999.", "2012-05-05",
         ["KGZ left CST", "TJK left CST", "ARM left CST"]),
        ("In 1999 Tashkent did not sign the extension protocol and withdrew from the Collective Security Treaty.", "2012-05-05", ["UZB left CST"]),
        ("Moldova didn't renew the agreement and quit the Commonwealth of Independent States in 2024.", "2025-05-05", ["MDA left CIS"]),
    ])
    func aPastFormAfterDidNotIsItsOwnPredicate(text: String, date: String, expected: [String]) {
        #expect(memberships(text, date: date) == Set(expected))
    }

    @Test(arguments: [
        "Kyrgyzstan has not signed and ratified the Collective Security Treaty.",
        "Kyrgyzstan did not sign the protocol and leave the Collective Security Treaty.",
        "Kyrgyzstan never signed the protocol and left the Collective Security Treaty, officials insisted.",
    ])
    func aSharedNegationStays(text: String) {
        #expect(memberships(text, date: "2012-05-05").isEmpty)
    }

    // MARK: A coordinated predicate shares the sentence's pronoun subject, which takes up the one named before the companions

    @Test(arguments: [
        ("Kazakhstan is no newcomer to such moves. In 1999 it did not prolong the Collective Security Treaty and left it together with Armenia and Belarus.",
         ["KAZ left CST", "ARM left CST", "BLR left CST"]),
        ("Tajikistan has often changed course. It did not sign the new protocol and left the Collective Security Treaty along with Moldova.",
         ["TJK left CST", "MDA left CST"]),
    ])
    func aCoordinatedPredicateSharesThePronounSubject(text: String, expected: [String]) {
        #expect(memberships(text, date: "2012-05-05") == Set(expected))
    }

    @Test func itAfterCompanionsIsTheOneBeforeThem() {
        let text = "Kazakhstan left the Collective Security Treaty in 1999 together with Armenia and Belarus. In 2008 it suspended its membership in the Eurasian Economic Community."
        let found = memberships(text, date: "2012-05-05")
        #expect(found.contains("KAZ suspended EurAsEC"))
        #expect(!found.contains("BLR suspended EurAsEC"))
    }

    // MARK: A membership suspended or frozen is its owner's, whoever suspends it

    @Test(arguments: [
        ("The leaders of the CSTO states meeting in Minsk on Friday suspended Kyrgyzstan's membership in the Collective Security Treaty Organization.", "KGZ suspended CSTO"),
        ("The heads of state gathered in Astana froze Tajikistan's participation in the Collective Security Treaty Organization.", "TJK froze CSTO"),
    ])
    func theOwnerOfTheMembershipSuspended(text: String, expected: String) {
        #expect(memberships(text, date: "2012-05-05") == [expected])
    }

    @Test func aSubjectSuspendingItsOwnMembershipStays() {
        #expect(memberships("Belarus suspended its membership in the Eurasian Economic Community.", date: "2012-05-05") == ["BLR suspended EurAsEC"])
    }

    // MARK: A verb without its object after a counted plural subject, perhaps with its countries in apposition

    @Test(arguments: [
        ("The Eurasian Economic Union was launched in 2015. Two more states acceded in 2015: Armenia in January and, in the summer, Kyrgyzstan.",
         "2016-05-05", ["ARM joined EAEU", "KGZ joined EAEU"]),
        ("The Collective Security Treaty was signed in 1992. Two countries, namely Armenia and Belarus, pulled out in 1999.", "2012-05-05",
         ["ARM left CST", "BLR left CST"]),
        ("The Collective Security Treaty was signed in 1992. Three more republics acceded in 1993: Moldova in March, Armenia in June and, at the end of the year, Belarus.",
         "2012-05-05", ["MDA joined CST", "ARM joined CST", "BLR joined CST"]),
    ])
    func aCountedSubjectWithoutAnObject(text: String, date: String, expected: [String]) {
        #expect(memberships(text, date: date) == Set(expected))
    }

    @Test func aCountedSubjectWithoutADateOrObjectStays() {
        #expect(memberships("The Collective Security Treaty was signed in 1992. Two countries pulled out of the talks.", date: "2012-05-05").isEmpty)
    }

    // MARK: "came back to" is a return; "only to" with a step is its result

    @Test(arguments: [
        ("The Collective Security Treaty Organization was set up in 2002. Minsk came back to the CSTO in 2006, only to suspend its membership again in 2012.",
         ["BLR joined CSTO", "BLR suspended CSTO"]),
        ("Kyrgyzstan has come back to the Eurasian Economic Community after a long pause.", ["KGZ joined EurAsEC"]),
    ])
    func comingBackIsReturning(text: String, expected: [String]) {
        #expect(memberships(text, date: "2013-05-05") == Set(expected))
    }

    @Test func comingBackToAPlaceIsNoMembership() {
        #expect(memberships("The Kazakh delegation came back to Astana from the CSTO summit.", date: "2013-05-05").isEmpty)
    }

    // MARK: A participation frozen or suspended that names no organisation is in the one the text is about

    @Test(arguments: [
        ("The Collective Security Treaty Organization met in Minsk. Tajikistan has frozen its participation, although it has not formally left.", "TJK froze CSTO"),
        ("The Eurasian Economic Community held a summit in May. Belarus suspended its membership in 2008 and has not returned since.", "BLR suspended EurAsEC"),
    ])
    func aFrozenParticipationWithoutItsOrganisation(text: String, expected: String) {
        #expect(memberships(text, date: "2013-05-05") == [expected])
    }

    @Test(arguments: [
        "The Collective Security Treaty Organization met in Minsk. Tajikistan has frozen its participation in the border talks.",
        "NATO opened an office in Tbilisi. The Eurasian Economic Community met. Belarus suspended its participation in the negotiations on gas prices.",
    ])
    func aParticipationInSomethingElseStays(text: String) {
        #expect(memberships(text, date: "2013-05-05").isEmpty)
    }

    @Test func itOpeningAnotherClauseIsNoObject() {
        let found = memberships("Moldova hopes to join the European Union. Tajikistan has frozen its participation in the Collective Security Treaty Organization, although it has not left.", date: "2013-05-05")
        #expect(found == ["MDA plans_to_join EU", "TJK froze CSTO"])
    }

    // MARK: A relative clause after two names, or after a group a list sets apart, is about all of them

    @Test(arguments: [
        ("Tajikistan and Kyrgyzstan, which joined the Collective Security Treaty in 1992, have decided to stay.", "2012-05-05", ["TJK joined CST", "KGZ joined CST"]),
        ("The SCO now unites China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, as well as India and Pakistan, which joined the organisation in June.",
         "2017-09-05", ["IND joined SCO", "PAK joined SCO"]),
        ("BRICS groups Brazil, Russia, India, China and South Africa, plus Egypt, Ethiopia and Iran, which acceded to the group in January.",
         "2024-05-05", ["EGY joined BRICS", "ETH joined BRICS", "IRN joined BRICS"]),
    ])
    func aRelativeClauseAboutTheWholeGroup(text: String, date: String, expected: [String]) {
        #expect(memberships(text, date: date) == Set(expected))
    }

    @Test func aRelativeClauseAfterALongListIsAboutItsNearestName() {
        #expect(memberships("Kyrgyzstan became the fifth member after Russia, Belarus, Kazakhstan and Armenia, which joined the Eurasian Economic Union in January.", date: "2015-09-05")
                == ["KGZ joined EAEU", "ARM joined EAEU"])
    }

    // MARK: "it" granted is the observer status named before; a status since a dated event; "both countries" are the last pair

    @Test(arguments: [
        ("Belarus has had observer status in the Shanghai Cooperation Organisation since 2015, while Mongolia and Iran were granted it in 2005.", "2017-05-05",
         ["BLR observer SCO", "MNG observer SCO", "IRN observer SCO"]),
        ("Mongolia and Iran were admitted as full members of the Shanghai Cooperation Organisation at the summit in Bishkek, President of Kyrgyzstan Sadyr Japarov said. Both countries had held observer status in the organisation since the 2005 summit.",
         "2023-05-05", ["MNG joined SCO", "IRN joined SCO", "MNG observer SCO", "IRN observer SCO"]),
    ])
    func observerStatusReferredTo(text: String, date: String, expected: [String]) {
        #expect(memberships(text, date: date) == Set(expected))
    }

    @Test func itGrantedWithoutAStatusBeforeStays() {
        #expect(memberships("The Shanghai Cooperation Organisation approved the loan, and Mongolia and Iran were granted it in 2005.", date: "2017-05-05").isEmpty)
    }

    // MARK: Companions share the first predicate only; a state held since a date is its event

    @Test func companionsShareTheFirstPredicateOnly() {
        let found = memberships("Kazakhstan left the Collective Security Treaty in 1999, together with Armenia and Moldova, and returned to the organization in 2006.", date: "2012-05-05")
        #expect(found.contains("KAZ left CST") && found.contains("ARM left CST") && found.contains("MDA left CST"))
        #expect(!found.contains { $0.hasPrefix("ARM joined") || $0.hasPrefix("MDA joined") })
    }

    @Test(arguments: [
        ("Tajikistan's participation in the Collective Security Treaty Organization has remained frozen since March 2023.", "TJK froze CSTO"),
        ("Belarus's membership in the Eurasian Economic Community has been suspended since 2008.", "BLR suspended EurAsEC"),
    ])
    func aStateHeldSinceADate(text: String, expected: String) {
        #expect(memberships(text, date: "2025-05-05") == [expected])
    }

    @Test(arguments: [
        "Tajikistan's participation in the Collective Security Treaty Organization has remained frozen.",
        "The talks on Tajikistan's membership stalled, and the conflict has been frozen since 1994.",
    ])
    func aStateWithoutADateStays(text: String) {
        #expect(memberships(text, date: "2025-05-05").isEmpty)
    }

    // MARK: A name that only owns a meeting is no object; a paragraph naming none is about the article's organisation

    @Test(arguments: [
        "GUAM was set up in 1997 as a consultative forum.\n\nWho joined later?\n\nMoldova joined in April 1999, at a meeting held during NATO's 50th-anniversary summit in Washington.",
        "GUAM was set up in 1997 as a consultative forum.\n\nMoldova joined in April 1999, on the sidelines of the EU's spring summit.",
    ])
    func aMeetingsOwnerIsNoObject(text: String) {
        #expect(memberships(text, date: "2012-05-05") == ["MDA joined GUAM"])
    }

    @Test func anObjectAfterTheDateStaysTheObject() {
        #expect(memberships("GUAM was set up in 1997.\n\nMoldova joined in 2001 the Shanghai Cooperation Organisation.", date: "2012-05-05") == ["MDA joined SCO"])
    }

    // MARK: A capitalized noun heading an unknown name refers to nothing named before

    @Test(arguments: [
        "Kazakhstan is a member of the Shanghai Cooperation Organisation. Kazakhstan joined the Organization of Turkic States as a founding member in 2009.",
        "Armenia left the Collective Security Treaty Organization talks early. Armenia joined the Union of Mediterranean Cities in 2010.",
    ])
    func anUnknownNameIsNoReferringNoun(text: String) {
        #expect(!memberships(text, date: "2012-05-05").contains { $0.contains("joined") })
    }

    @Test func aCapitalizedReferringNounStillRefers() {
        #expect(memberships("The Collective Security Treaty Organization was set up in 2002. Uzbekistan joined the Organization in 2006.", date: "2012-05-05") == ["UZB joined CSTO"])
    }

    // MARK: Observer status granted with no organisation continues the last one granted

    @Test(arguments: [
        "Mongolia has received the status of an observer state in the Shanghai Cooperation Organisation. The same decision granted observer status to the Republic of India.",
        "Mongolia was granted observer status in the Shanghai Cooperation Organisation in 2004. A year later the leaders granted observer status to India.",
    ])
    func observerStatusContinuesTheLastGranted(text: String) {
        #expect(memberships(text, date: "2006-05-05") == ["MNG observer SCO", "IND observer SCO"])
    }

    @Test(arguments: [
        "The Shanghai Cooperation Organisation met in June. The leaders granted observer status to India.",
        "Mongolia was granted observer status in the Shanghai Cooperation Organisation in 2004. Russia supports granting observer status to India.",
    ])
    func observerStatusNotGrantedStays(text: String) {
        #expect(!memberships(text, date: "2006-05-05").contains { $0.hasPrefix("IND") || $0.hasPrefix("RUS") })
    }
}
