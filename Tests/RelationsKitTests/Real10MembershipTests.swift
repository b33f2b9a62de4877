import Testing
@testable import RelationsKit

/// Membership mechanisms of the tenth real-copy round (real7's misses and extras, then the pool9 audit's): a demonstrative
/// or counted plural ("these countries", "those seven states") refers back to the last group of names; accession talks
/// launched, and an admission procedure launched, are a step towards joining; an exit called temporary is a suspension; the present in speech reported in the past is a plan; a
/// country's own decision on a step is its plan; a generic plural subject names no country; names inside a parenthesis
/// between dashes do not act; a memorandum on a joining is a step towards it; a member of an organisation the reference does
/// not know is no member of the article's; accession applied for and support for a joining are plans; observer status
/// provided is granted. Invented sentences, each mechanism with a negative case.
@Suite("extraction: memberships, real10")
struct Real10MembershipTests: WireCopyProbe {

    // MARK: A demonstrative or counted plural refers back to the last group of names

    @Test(arguments: [
        ("Flags of Latvia, Estonia and Slovakia went up in Brussels, marking the admission of these countries to NATO.",
         Set(["LVA joined NATO", "EST joined NATO", "SVK joined NATO"])),
        ("Latvia, Estonia and Slovakia were invited to Prague in 2002. These nations began accession negotiations with NATO in 1999.",
         Set(["LVA plans_to_join NATO", "EST plans_to_join NATO", "SVK plans_to_join NATO"])),
        ("Latvia, Estonia and Slovakia sent envoys. Since joining NATO, these countries have warned about Russia.",
         Set(["LVA joined NATO", "EST joined NATO", "SVK joined NATO"])),
        ("Officials from Latvia, Estonia and Slovakia met in Riga. Those three countries joined NATO in 2004.",
         Set(["LVA joined NATO", "EST joined NATO", "SVK joined NATO"])),
    ])
    func aDemonstrativePluralRefersToTheLastGroup(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2024-04-01") == expected)
    }

    @Test(arguments: [
        "Since joining NATO, these countries have warned about Russia.",
        "Officials from Latvia met in Riga. Since joining NATO, these countries have warned about Russia.",
    ])
    func aDemonstrativeWithNoGroupBeforeNamesNoOne(text: String) {
        #expect(memberships(text, date: "2024-04-01").isEmpty)
    }

    // MARK: Accession talks are a step towards joining

    @Test(arguments: [
        "Montenegro began accession negotiations with NATO in 2015.",
        "In 2005 Croatia opened accession talks with the European Union.",
    ])
    func accessionTalksArePlans(text: String) {
        let found = memberships(text, date: "2016-04-01")
        #expect(found.count == 1 && found.allSatisfy { $0.contains("plans_to_join") }, "\(found)")
    }

    @Test func concludedAccessionTalksAreNoJoining() {
        let found = memberships("Croatia concluded accession talks with the European Union in 2011.", date: "2012-04-01")
        #expect(!found.contains(where: { $0.contains(" joined ") }), "\(found)")
    }

    // MARK: An admission procedure launched for a country is a step towards joining

    @Test(arguments: [
        ("The SCO met in Ufa. The leaders decided to launch the admission procedure for India and Pakistan.", Set(["IND plans_to_join SCO", "PAK plans_to_join SCO"])),
        ("The SCO met in Ufa. The heads of state decided in favour of starting the admission procedure with regard to Iran.", Set(["IRN plans_to_join SCO"])),
    ])
    func anAdmissionProcedureLaunchedIsAPlan(text: String, expected: Set<String>) {
        #expect(memberships(text, date: "2015-07-10") == expected)
    }

    @Test(arguments: [
        "The SCO met in Ufa. Admission to the summit venue was free for Iranian journalists.",
        "The SCO met in Ufa. Iran welcomed the free admission of its students to Russian universities.",
    ])
    func anAdmissionToSomethingElseIsNoMembership(text: String) {
        #expect(memberships(text, date: "2015-07-10").isEmpty)
    }

    // MARK: An exit called temporary is a suspension

    @Test(arguments: [
        "Uzbekistan has announced it is temporarily withdrawing from the Eurasian Economic Community.",
        "Uzbekistan temporarily withdrew from the Eurasian Economic Community in 2008.",
        "Uzbekistan withdrew temporarily from the Eurasian Economic Community in 2008.",
    ])
    func aTemporaryExitIsASuspension(text: String) {
        #expect(memberships(text, date: "2008-11-12") == ["UZB suspended EurAsEC"])
    }

    @Test func aPlainExitStaysLeaving() {
        #expect(memberships("Uzbekistan withdrew from the Eurasian Economic Community in 2008.", date: "2008-11-12") == ["UZB left EurAsEC"])
    }

    // MARK: The present in speech reported in the past is a plan

    @Test(arguments: [
        "The foreign minister announced on Monday that Uzbekistan pulls out of GUAM.",
        "Officials said Uzbekistan quits GUAM because the group has achieved nothing.",
    ])
    func aReportedPresentIsAPlan(text: String) {
        #expect(memberships(text, date: "2005-06-14") == ["UZB plans_to_leave GUAM"])
    }

    @Test func aReportedPerfectIsTheExit() {
        #expect(memberships("The foreign minister announced on Monday that Uzbekistan has pulled out of GUAM.", date: "2005-06-14") == ["UZB left GUAM"])
    }

    // MARK: A country's own decision on a step is its plan

    @Test(arguments: [
        "On 20 September 1993 the parliament of Azerbaijan adopted a decision on joining the Commonwealth of Independent States.",
        "The Supreme Council of Azerbaijan took the decision to join the CIS in 1993.",
    ])
    func anOwnDecisionOnAStepIsAPlan(text: String) {
        #expect(memberships(text, date: "1993-12-24") == ["AZE plans_to_join CIS"])
    }

    @Test func theAdmittingSidesDecisionIsTheAdmission() {
        #expect(memberships("The SCO heads of state signed a decision granting Belarus full membership in the organisation.", date: "2024-07-04") == ["BLR joined SCO"])
    }

    // MARK: A generic plural subject names no country

    @Test(arguments: [
        "\"We are leaving the CIS and suggest that other countries also leave this union led by Russia,\" the president said.",
        "Other countries will also leave the CIS dominated by Russia, the Georgian president predicted.",
    ])
    func aGenericPluralSubjectNamesNoCountry(text: String) {
        #expect(!memberships(text, date: "2008-08-12").contains(where: { $0.hasPrefix("RUS") }))
    }

    @Test func aNamedSubjectStillActs() {
        #expect(memberships("Moldova will also leave the CIS, the president predicted.", date: "2008-08-12") == ["MDA plans_to_leave CIS"])
    }

    // MARK: Names inside a parenthesis between dashes do not act

    @Test(arguments: [
        "Moldova – a small country lying between Ukraine and Romania – has taken another step towards joining the European Union.",
        "Moldova — wedged between Ukraine and Romania — has applied to join the European Union.",
    ])
    func namesBetweenDashesDoNotAct(text: String) {
        let found = memberships(text, date: "2022-06-24")
        #expect(found == ["MDA plans_to_join EU"], "\(found)")
    }

    @Test(arguments: [
        "Three of its former members - Azerbaijan, Georgia and Uzbekistan - withdrew from the Collective Security Treaty in 1999.",
        "The three states \u{2013} Azerbaijan, Georgia and Uzbekistan \u{2013} withdrew from the Collective Security Treaty in 1999.",
    ])
    func aListBetweenDashesSpellsOutTheSubject(text: String) {
        #expect(memberships(text, date: "2002-10-07") == ["AZE left CST", "GEO left CST", "UZB left CST"])
    }

    // MARK: A memorandum on a joining is a step towards it

    @Test(arguments: [
        "The SCO leaders signed memorandums on India and Pakistan's joining the organization in Tashkent.",
        "The leaders signed a memorandum on Iran joining the SCO.",
    ])
    func aMemorandumOnAJoiningIsAPlan(text: String) {
        let found = memberships(text, date: "2016-06-24")
        #expect(!found.isEmpty && found.allSatisfy { $0.contains("plans_to_join SCO") }, "\(found)")
    }

    // MARK: A member of an organisation the reference does not know is no member of the article's

    @Test(arguments: [
        "Armenia froze its participation in the CSTO. In February Armenia officially became a member of the International Criminal Court.",
        "Armenia froze its participation in the CSTO. Armenia became a member of the Organization of Turkic Poets in 2010.",
    ])
    func anUnknownOrganisationIsNotTheArticles(text: String) {
        #expect(memberships(text, date: "2024-03-01") == ["ARM froze CSTO"])
    }

    @Test func aReferringNounStillRefersBack() {
        #expect(memberships("Armenia signed the treaty on the Eurasian Economic Union. In January Armenia became a member of the Union.", date: "2015-03-01")
            .contains("ARM joined EAEU"))
    }

    // MARK: Accession applied for, and support for a joining, are plans

    @Test(arguments: [
        "The president said Ukraine would apply for fast-track NATO accession.",
        "Nine countries signed a statement in favor of Ukraine joining NATO.",
    ])
    func applyingForAccessionOrSupportIsAPlan(text: String) {
        #expect(memberships(text, date: "2022-10-04") == ["UKR plans_to_join NATO"])
    }

    // MARK: Observer status provided is granted

    @Test func observerStatusProvidedIsGranted() {
        #expect(memberships("Belarus is grateful to the SCO members for providing it with observer status last year.", date: "2016-06-24") == ["BLR observer SCO"])
    }

    @Test func observerStatusHeldIsNoEvent() {
        #expect(memberships("Belarus, with its observer status in the SCO, attended the summit.", date: "2016-06-24").isEmpty)
    }
}
