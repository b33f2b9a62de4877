import Testing
@testable import RelationsKit

/// Membership mechanisms of the real41–44 round, read as classes of wording rather than as the development sentences: a
/// subject list of three or more names linked by commas alone, with no "and" ("Later, A, B, C, D joined"); an acceptance
/// passive with a member's role after "as" and the organisation the paragraph is about ("were accepted as full-fledged
/// members"); the words an outlet puts before an organisation's name or noun to describe it ("the Russia-led CSTO", "the
/// post-Soviet bloc", "the six-member regional union"); and an organisation's name that only modifies a generic security
/// noun ("the CIS military alliance"), which is the security pact the article names. Invented sentences only, each class
/// with near-misses that must not fire.
@Suite("extraction: memberships, real44")
struct Real44MembershipTests: WireCopyProbe {

    // MARK: A list linked by commas alone

    @Test(arguments: [
        ("Subsequently, Kyrgyzstan, Tajikistan, Armenia, Belarus also joined the CSTO.", ["KGZ", "TJK", "ARM", "BLR"], "joined CSTO"),
        ("Estonia, Latvia, Lithuania, Slovakia joined NATO in 2004.", ["EST", "LVA", "LTU", "SVK"], "joined NATO"),
        ("In 2024 Egypt, Ethiopia, Iran have become members of BRICS.", ["EGY", "ETH", "IRN"], "joined BRICS"),
        ("Bolivia, Cuba, Venezuela, Nicaragua intend to join BRICS.", ["BOL", "CUB", "VEN", "NIC"], "plans_to_join BRICS"),
        ("Eventually Ukraine, Georgia, Moldova have quit the CIS.", ["UKR", "GEO", "MDA"], "left CIS"),
    ])
    func namesLinkedByCommasAloneAreAList(text: String, countries: [String], event: String) {
        let found = memberships(text, date: "2024-03-05")
        #expect(found == Set(countries.map { "\($0) \(event)" }))
    }

    @Test(arguments: [
        // A place after a preposition before the comma is a fronted phrase's, and the one name after it acts.
        ("At the summit in Astana, Belarus joined the SCO.", ["BLR joined SCO"]),
        ("After talks with Russia, China, Iran joined the SCO.", ["IRN joined SCO"]),
        // Two names and a comma: a fronted phrase's name, not a list.
        ("Unlike Armenia, Azerbaijan left the CST in 1999.", ["AZE left CST"]),
    ])
    func aFrontedPhraseIsNoList(text: String, expected: [String]) {
        #expect(memberships(text, date: "2024-03-05") == Set(expected))
    }

    // MARK: Accepted as a member

    @Test(arguments: [
        ("The Shanghai Cooperation Organisation met in Astana. In 2023, Iran was accepted as a full-fledged member.", ["IRN joined SCO"]),
        ("The BRICS group has grown. Egypt and Ethiopia were accepted as new members last year.", ["EGY joined BRICS", "ETH joined BRICS"]),
        ("The Eurasian Economic Union held a summit. Kyrgyzstan was accepted as the fifth member state in 2015.", ["KGZ joined EAEU"]),
        ("The SCO summit opened on Friday. Belarus was accepted as an observer in 2015.", ["BLR observer SCO"]),
    ])
    func anAcceptanceWithAMembersRoleIsAnAdmission(text: String, expected: [String]) {
        #expect(memberships(text, date: "2024-03-05") == Set(expected))
    }

    @Test(arguments: [
        "The SCO summit opened on Friday. Kazakhstan's draft was accepted as a basis for the declaration.",
        "The SCO summit opened on Friday. Turkmenistan was accepted as a guest of honour.",
        "The SCO summit opened on Friday. Azerbaijan was accepted as a dialogue partner.",
        "The SCO summit opened on Friday. Laos will be accepted as an observer if the leaders agree.",
    ])
    func anAcceptanceInAnotherRoleAdmitsNoMember(text: String) {
        #expect(!memberships(text, date: "2024-03-05").contains { $0.contains(" joined ") || $0.contains(" observer ") })
    }

    // MARK: Words that describe the organisation before its name

    @Test(arguments: [
        ("Kyrgyzstan will leave the Russia-led CSTO, its foreign minister said.", "KGZ plans_to_leave CSTO"),
        ("Tajikistan left the Moscow-dominated Collective Security Treaty Organization in 2010.", "TJK left CSTO"),
        ("Moldova quit the post-Soviet CIS last year.", "MDA left CIS"),
        ("Belarus decided to leave the six-member regional Eurasian Economic Union.", "BLR plans_to_leave EAEU"),
        ("The CSTO held drills. Later Kazakhstan left the Kremlin-backed military alliance.", "KAZ left CSTO"),
        ("Georgia left the 18-year-old Moscow-led CIS in 2009.", "GEO left CIS"),
    ])
    func anOrganisationDescribedBeforeItsNameIsTheObject(text: String, expected: String) {
        #expect(memberships(text, date: "2021-03-05") == [expected])
    }

    @Test(arguments: [
        // A description before another object: no organisation is left.
        "Kyrgyzstan left the Russia-led talks on Friday.",
        "The CSTO met. Tajikistan left the Moscow-backed military exercises early.",
        "The CSTO met. Belarus left the regional capital on Monday.",
    ])
    func aDescribedThingThatIsNoOrganisationIsNotLeft(text: String) {
        #expect(memberships(text, date: "2021-03-05").isEmpty)
    }

    // MARK: A name that qualifies a security noun

    @Test(arguments: [
        ("Uzbekistan quit the collective security treaty in April. Azerbaijan will leave the CIS military alliance as well.", "AZE plans_to_leave CST"),
        ("Georgia has left the Collective Security Treaty. Armenia will stay, but Azerbaijan said it would quit the CIS defence pact.", "AZE plans_to_leave CST"),
        ("The Collective Security Treaty expires in May. Tashkent intends to pull out of the Commonwealth of Independent States security pact.", "UZB plans_to_leave CST"),
    ])
    func aNameQualifyingASecurityNounIsThePact(text: String, expected: String) {
        let found = memberships(text, date: "1999-02-05")
        #expect(found.contains(expected))
        #expect(!found.contains { $0.hasSuffix(" CIS") })
    }

    @Test(arguments: [
        // The words after the name fit the name itself, or name a meeting: the CIS stays.
        ("The Collective Security Treaty expires in May. Georgia left the CIS free trade zone talks.", false),
        ("The Collective Security Treaty expires in May. Georgia quit the CIS in 2009.", true),
    ])
    func aNameNotQualifyingASecurityNounStays(text: String, leavesTheCIS: Bool) {
        let found = memberships(text, date: "2010-02-05")
        #expect(!found.contains { $0.hasSuffix(" CST") })
        #expect(found.contains("GEO left CIS") == leavesTheCIS)
    }
}
