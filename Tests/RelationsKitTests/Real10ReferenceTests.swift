import Testing
@testable import RelationsKit

/// The reference round: NATO's and the EU's members (and the EU's candidates) in `memberships.tsv`, the `members_complete`
/// column of `organisations.tsv`, and the reference check of membership events (`MembershipCheck`): an event the reference
/// flatly contradicts on the article's date is dropped (a never-member leaving or joining an organisation whose members
/// the reference lists completely, a member of long standing planning to join), while an undated article, a history
/// sentence and anything the reference cannot judge keep theirs. Invented sentences.
@Suite("reference: NATO and EU memberships, the membership check")
struct Real10ReferenceTests {
    let reference = ReferenceData.bundled
    static let extractor = Extractor()

    /// The events the extractor gives, after the reference check (`WireCopyProbe.memberships` gives them before it).
    func memberships(_ body: String, date: String?) -> Set<String> {
        let article = Article(source: "test", title: nil, dateText: date, body: TextCleaner.clean(body))
        return Set(Self.extractor.extract(article).memberships.map { "\($0.country) \($0.action) \($0.org)" })
    }

    // MARK: The table

    @Test func theTableParsesAndEveryRowHasASourceAndAConfidence() {
        #expect(reference.memberships.count == 177)
        for row in reference.memberships {
            #expect(!row.source.isEmpty, "\(row.organisation) \(row.country)")
            #expect(["high", "medium", "low"].contains(row.confidence), "\(row.organisation) \(row.country)")
            #expect(reference.country(row.country) != nil, "\(row.country) is no country of countries.tsv")
            #expect(reference.organisations.contains { $0.code == row.organisation })
            #expect(["member", "associate", "participant", "observer", "dialogue partner", "partner", "candidate"].contains(row.role))
        }
    }

    @Test func natoHasItsThirtyTwoMembersWithTheirAccessionDates() {
        let members = reference.memberships.filter { $0.organisation == "NATO" && $0.role == "member" }
        #expect(members.count == 32)
        #expect(members.allSatisfy { $0.left == nil && $0.joined?.count == 10 && $0.source.contains("nato.int") })
        #expect(members.filter { $0.joined == "1949-04-04" }.count == 12)
        let joined = Dictionary(uniqueKeysWithValues: members.map { ($0.country, $0.joined ?? "") })
        #expect(joined["EST"] == "2004-03-29" && joined["POL"] == "1999-03-12" && joined["FIN"] == "2023-04-04" && joined["SWE"] == "2024-03-07")
        #expect(joined["GEO"] == nil && joined["UKR"] == nil && joined["RUS"] == nil)
    }

    @Test func theEUHasItsTwentySevenMembersTheUnitedKingdomThatLeftAndItsCandidates() {
        let members = reference.memberships.filter { $0.organisation == "EU" && $0.role == "member" }
        #expect(members.count == 28)
        #expect(members.filter { $0.left == nil }.count == 27)
        #expect(members.first { $0.country == "GBR" }?.left == "2020-01-31")
        #expect(members.first { $0.country == "HRV" }?.joined == "2013-07-01")
        let candidates = Dictionary(uniqueKeysWithValues: reference.memberships.filter { $0.organisation == "EU" && $0.role == "candidate" }.map { ($0.country, $0.joined ?? "") })
        #expect(candidates["UKR"] == "2022-06-23" && candidates["MDA"] == "2022-06-23" && candidates["GEO"] == "2023-12-14")
        #expect(candidates["TUR"] != nil && candidates["SRB"] != nil && candidates["ALB"] != nil)
    }

    @Test func pakistanIsInTheSCOAndMoldovaAndUzbekistanAreEAEUObservers() {
        #expect(reference.memberships.contains { $0.organisation == "SCO" && $0.country == "PAK" && $0.role == "member" && $0.joined == "2017-06-09" })
        #expect(reference.memberships.contains { $0.organisation == "EAEU" && $0.country == "MDA" && $0.role == "observer" && $0.joined == "2018-05-14" })
        #expect(reference.memberships.contains { $0.organisation == "EAEU" && $0.country == "UZB" && $0.role == "observer" && $0.joined == "2020-12-11" })
    }

    @Test func theOrganisationsWhoseMembersAreAllListed() {
        let complete = Set(reference.organisations.filter { $0.membersComplete != nil }.map(\.code))
        #expect(complete == ["CIS", "CST", "CSTO", "EurAsEC", "CU", "EAEU", "UNION_STATE", "SCO", "GUAM", "NATO", "EU", "BRICS"])
        // The UN lacks its 193 members: no check may rest on it. (BRICS is complete since the real11 round.)
        #expect(!complete.contains("UN"))
    }

    @Test func aCandidacyIsNoJoiningForTheReferenceDate() {
        let index = ReferenceIndex(reference)
        #expect(index.date(of: ArticleFacts.Membership(org: "EU", country: "UKR", action: "joined", start: 0, end: 0)) == nil)
        #expect(index.date(of: ArticleFacts.Membership(org: "EU", country: "HRV", action: "joined", start: 0, end: 0)) == "2013-07-01")
        #expect(index.date(of: ArticleFacts.Membership(org: "NATO", country: "FIN", action: "joined", start: 0, end: 0)) == "2023-04-04")
    }

    // MARK: The check, end to end

    @Test(arguments: [
        "Georgia left NATO after the war, the ministry said.",
        "Georgia has suspended its membership in NATO, the ministry said.",
        "Russia joined NATO, the minister claimed.",
        "Russia has joined the North Atlantic Alliance, the spokesman said.",
        "Uzbekistan joined the Customs Union on Monday, the ministry said.",
    ])
    func aNeverMemberLeavingOrJoiningIsDropped(sentence: String) {
        #expect(memberships(sentence, date: "2019-05-14").isEmpty)
    }

    @Test(arguments: [
        "Romania plans to join the European Union, the president said.",
        "Romania has applied for membership in the European Union.",
        "Estonia intends to join NATO, the minister said.",
    ])
    func aMemberOfLongStandingPlanningToJoinIsDropped(sentence: String) {
        #expect(memberships(sentence, date: "2019-05-14").isEmpty)
    }

    @Test(arguments: [
        // Plans of states that are not members: the reference agrees.
        ("Georgia plans to join NATO, the minister said.", "GEO plans_to_join NATO"),
        ("Ukraine has applied to join the European Union.", "UKR plans_to_join EU"),
        // History sentences: the check does not know which date they speak of.
        ("Estonia joined NATO in 2004, the minister recalled.", "EST joined NATO"),
        ("Romania applied for EU membership in 1995, the president recalled.", "ROU plans_to_join EU"),
        ("Georgia left NATO in 2008, the minister said.", "GEO left NATO"),
        // A member the reference dates later: the joining is not contradicted, only dated elsewhere.
        ("Finland joined NATO, the president said.", "FIN joined NATO"),
        // A member of BRICS (complete since the real11 round) leaving: a row, so not contradicted.
        ("Brazil left BRICS, the minister said.", "BRA left BRICS"),
        // Members leaving, and a plan to join before the membership.
        ("Armenia plans to leave the CSTO, the prime minister said.", "ARM plans_to_leave CSTO"),
        ("Belarus plans to join the Shanghai Cooperation Organisation, the minister said.", "BLR plans_to_join SCO"),
        // The CSTO continues the Collective Security Treaty, whose members copy calls the CSTO's.
        ("Georgia left the CSTO, the minister recalled.", "GEO left CSTO"),
        ("Azerbaijan suspended its participation in the CSTO, the minister recalled.", "AZE suspended CSTO"),
    ])
    func whatTheReferenceDoesNotContradictStays(sentence: String, expected: String) {
        #expect(memberships(sentence, date: "2019-05-14") == [expected])
    }

    @Test(arguments: [
        ("Georgia left NATO after the war, the ministry said.", "GEO left NATO"),
        ("Romania plans to join the European Union, the president said.", "ROU plans_to_join EU"),
    ])
    func anUndatedArticleKeepsItsEvents(sentence: String, expected: String) {
        #expect(memberships(sentence, date: nil) == [expected])
    }

    // MARK: The check, rule by rule

    func event(_ org: String, _ country: String, _ action: String) -> ArticleFacts.Membership {
        ArticleFacts.Membership(org: org, country: country, action: action, start: 0, end: 0)
    }

    func check(on date: String) -> MembershipCheck {
        MembershipCheck(reference: Self.extractor.reference, document: Self.extractor.prepare(Article(source: "test", title: nil, dateText: date, body: "Nothing.")))
    }

    @Test func theRulesAloneKeepWhatTheCheckDrops() {
        let rules = Extractor(checksMemberships: false)
        let article = Article(source: "test", title: nil, dateText: "2019-05-14", body: "Georgia left NATO after the war, the ministry said.")
        #expect(rules.extract(article).memberships.map { "\($0.country) \($0.action) \($0.org)" } == ["GEO left NATO"])
        #expect(Self.extractor.extract(article).memberships.isEmpty)
    }

    @Test func aPlanToJoinIsContradictedOnlyByAMembershipFromBeforeTheArticlesYear() {
        let check = check(on: "2024-07-10")
        #expect(check.contradicts(event("EU", "ROU", "plans_to_join"), on: "2024-07-10"))
        #expect(check.contradicts(event("SCO", "IND", "plans_to_join"), on: "2024-07-10"))
        // Belarus became a member on 2024-07-04: an article of that year may still report the plan.
        #expect(!check.contradicts(event("SCO", "BLR", "plans_to_join"), on: "2024-07-10"))
        #expect(!check.contradicts(event("NATO", "SWE", "plans_to_join"), on: "2023-05-01"))
        // The United Kingdom left the EU in 2020; Uzbekistan's CSTO membership ended in 2012.
        #expect(!check.contradicts(event("EU", "GBR", "plans_to_join"), on: "2024-07-10"))
        #expect(!check.contradicts(event("CSTO", "UZB", "plans_to_join"), on: "2015-03-01"))
        #expect(check.contradicts(event("EU", "GBR", "plans_to_join"), on: "2019-03-01"))
    }

    @Test func anExitNeedsACompleteListAndNoRowOfAnyRole() {
        let check = check(on: "2019-05-14")
        #expect(check.contradicts(event("NATO", "GEO", "left"), on: "2019-05-14"))
        #expect(check.contradicts(event("EU", "RUS", "froze"), on: "2019-05-14"))
        #expect(check.contradicts(event("GUAM", "ARM", "plans_to_leave"), on: "2019-05-14"))
        // A candidate, an observer, a former member: a row of some role.
        #expect(!check.contradicts(event("EU", "UKR", "suspended"), on: "2023-05-14"))
        #expect(!check.contradicts(event("EAEU", "MDA", "left"), on: "2023-05-14"))
        #expect(!check.contradicts(event("CIS", "GEO", "left"), on: "2019-05-14"))
        // Lists that are not complete, or an article after the date they are complete to.
        #expect(!check.contradicts(event("BRICS", "BRA", "left"), on: "2019-05-14"))
        #expect(!check.contradicts(event("OSCE", "RUS", "suspended"), on: "2019-05-14"))
        #expect(!check.contradicts(event("NATO", "GEO", "left"), on: "2030-01-01"))
        #expect(check.contradicts(event("NATO", "GEO", "left"), on: "2026-03-31"))
    }

    @Test func aJoiningNeedsNoMemberRow() {
        let check = check(on: "2021-05-14")
        #expect(check.contradicts(event("NATO", "RUS", "joined"), on: "2021-05-14"))
        #expect(check.contradicts(event("EU", "UKR", "joined"), on: "2023-05-14"))
        #expect(check.contradicts(event("EAEU", "UZB", "joined"), on: "2021-05-14"))
        #expect(!check.contradicts(event("NATO", "FIN", "joined"), on: "2021-05-14"))
        #expect(!check.contradicts(event("CSTO", "GEO", "joined"), on: "2021-05-14"))
        #expect(!check.contradicts(event("BRICS", "EGY", "joined"), on: "2021-05-14"))
        // Actions the check does not judge.
        #expect(!check.contradicts(event("NATO", "RUS", "observer"), on: "2021-05-14"))
    }

    @Test func aSentenceThatNamesAYearOrSaysAgoIsHistory() {
        #expect(memberships("Georgia left NATO 10 years ago, the minister said.", date: "2019-05-14") == ["GEO left NATO"])
        #expect(memberships("Romania plans to join the European Union, the president said in 1996.", date: "2019-05-14") == ["ROU plans_to_join EU"])
    }
}
