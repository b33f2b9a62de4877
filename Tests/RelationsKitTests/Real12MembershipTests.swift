import Testing
@testable import RelationsKit

/// Membership mechanisms of the real12 memberships round, each a family of wordings with a negative case: one of an
/// organisation's bodies is not the organisation; membership reactivated or reinstated is joining; a gerund phrase that is
/// its clause's subject reports no event; a name an organisation owns ("NATO's Partnership for Peace") is not the
/// organisation; an observer status that is an issue considered, or preferred, is not granted; "became members" with the
/// organisation elided; "did not join until 2006" states the joining; a verb without its object after a short time
/// ("joined shortly afterwards", "is in the process of joining"); a generic noun after an unknown organisation refers to
/// it; a founder's ratification at the founding founds; "is now a full member" states the change; an anniversary of a
/// country's membership marks its joining. Invented sentences.
@Suite("extraction: memberships, real12")
struct Real12MembershipTests: WireCopyProbe {

    // MARK: One of an organisation's bodies is not the organisation

    @Test(arguments: [
        "Moldova will withdraw from the CIS Inter-Parliamentary Assembly, the speaker said.",
        "Armenia has decided to quit the CSTO Parliamentary Assembly.",
        "Caracas is seeking support for its bid to join the UN Security Council as a non-permanent member.",
        "Kazakhstan joined the UN Security Council as a non-permanent member in 2017.",
    ])
    func aBodyIsNotTheOrganisation(text: String) {
        #expect(memberships(text).isEmpty)
    }

    @Test func leavingTheOrganisationItselfStays() {
        #expect(memberships("Moldova will withdraw from the CIS, the speaker said.") == ["MDA plans_to_leave CIS"])
    }

    // MARK: Membership reactivated or reinstated is joining

    @Test(arguments: [
        ("Since reactivating its membership in the CSTO in 2006, Uzbekistan has leaned towards Moscow.", "UZB joined CSTO"),
        ("Tajikistan reactivated its membership in the CSTO in 2003.", "TJK joined CSTO"),
        ("Georgia revived its membership in GUAM in 2006.", "GEO joined GUAM"),
    ])
    func reactivatedMembershipIsJoining(text: String, expected: String) {
        #expect(memberships(text).contains(expected))
    }

    @Test func reactivatedOtherThingsAreNothing() {
        #expect(memberships("Uzbekistan reactivated its gas pipeline to Russia in 2006.").isEmpty)
    }

    // MARK: A gerund phrase that is its clause's subject

    @Test(arguments: [
        "The EU granted candidate status to Ukraine. Lavrov said Ukraine and Moldova joining the 27-nation bloc presented no risks for Russia.",
        "Finland joining NATO poses a threat to the north, the minister said.",
        "For the poorer members, joining the EAEU has remained a distant prospect.",
        "Analysts said Georgia leaving the CIS means little for trade.",
    ])
    func aGerundSubjectReportsNoEvent(text: String) {
        #expect(!memberships(text).contains { $0.contains("joined") || $0.contains("left") })
    }

    @Test func aGerundReportedStays() {
        #expect(memberships("Finland joined NATO in April 2023, which poses a challenge to Moscow.").contains("FIN joined NATO"))
    }

    // MARK: A name an organisation owns is not the organisation

    @Test(arguments: [
        "Ukraine joined NATO's \"Partnership for Peace\" programme in 1994.",
        "Armenia joined the EU's Eastern Partnership in 2009.",
        "Belarus withdrew from the EU's Eastern Partnership in 2021.",
    ])
    func anOwnedNameIsNotTheOrganisation(text: String) {
        #expect(memberships(text).isEmpty)
    }

    @Test func theOrganisationItselfStays() {
        #expect(memberships("Poland joined NATO in 1999.") == ["POL joined NATO"])
    }

    // MARK: Observer status considered or preferred is not granted

    @Test(arguments: [
        "At the summit the issue of granting Uzbekistan observer status in the EAEU was considered.",
        "The leaders discussed the question of giving Cuba observer status in the EAEU.",
        "Ukraine has always kept the CIS at a distance, preferring an observer status.",
    ])
    func observerStatusConsideredOrPreferred(text: String) {
        #expect(!memberships(text).contains { $0.contains("observer") })
    }

    @Test func observerStatusGrantedStays() {
        #expect(memberships("At the summit Uzbekistan was granted observer status in the EAEU.").contains("UZB observer EAEU"))
    }

    // MARK: "became members" with the organisation elided

    @Test(arguments: [
        ("BRICS expanded when Egypt, Iran and Ethiopia officially became members earlier this year.", Set(["EGY joined BRICS", "IRN joined BRICS", "ETH joined BRICS"])),
        ("The SCO grew after India and Pakistan became full members in 2017.", Set(["IND joined SCO", "PAK joined SCO"])),
    ])
    func becameMembersOfTheOrganisationNamed(text: String, expected: Set<String>) {
        #expect(memberships(text) == expected)
    }

    @Test func becameMembersOfAnUnknownOrganisation() {
        #expect(memberships("Egypt and Iran became members of the Organization of Islamic Cooperation long ago.").isEmpty)
    }

    // MARK: "not ... until" a time states the event

    @Test(arguments: [
        ("EurAsEC was founded in 2000; Uzbekistan did not join until January 2006.", "UZB joined EurAsEC"),
        ("Georgia was not admitted to the CIS until December 1993.", "GEO joined CIS"),
        ("Azerbaijan did not accede to the Collective Security Treaty until 1993.", "AZE joined CST"),
    ])
    func notUntilStatesTheEvent(text: String, expected: String) {
        #expect(memberships(text).contains { $0.hasPrefix(expected) })
    }

    @Test(arguments: [
        "Uzbekistan did not join the EAEU.",
        "Uzbekistan did not join the EAEU, and it will not do so until the tariffs fall.",
    ])
    func notJoiningStaysDenied(text: String) {
        #expect(memberships(text).isEmpty)
    }

    // MARK: A verb without its object after a short time or a process

    @Test(arguments: [
        ("In 1992 six republics signed the Collective Security Treaty. Belarus joined shortly afterwards.", "BLR joined CST"),
        ("In 1992 six republics signed the Collective Security Treaty. Belarus joined a short while later.", "BLR joined CST"),
        ("Belarus and Kazakhstan are members of EurAsEC, which was set up in 2000. Uzbekistan is in the process of joining.", "UZB plans_to_join EurAsEC"),
    ])
    func aVerbWithoutItsObject(text: String, expected: String) {
        #expect(memberships(text).contains(expected))
    }

    // MARK: A generic noun after an unknown organisation refers to it

    @Test(arguments: [
        "The CSTO met in Minsk. Talks snagged over joining the World Trade Organization (WTO): Russia and Kazakhstan are both candidates for accession to the global trade body.",
        "The EAEU summit ended. Belarus hopes to join the World Trade Organization, and Minsk applied to join the organisation in 1993.",
    ])
    func aGenericNounAfterAnUnknownOrganisation(text: String) {
        #expect(memberships(text).isEmpty)
    }

    @Test func aGenericNounAfterAKnownOrganisation() {
        #expect(memberships("The CSTO met in Minsk. Uzbekistan rejoined the organisation in 2006.").contains("UZB joined CSTO"))
    }

    // MARK: The hyphenated treaty

    @Test(arguments: [
        ("In 1999, Uzbekistan left the CIS Collective-Security Treaty.", "UZB left CST"),
        ("Uzbekistan suspended its membership in the Collective-Security Treaty Organization in 2012.", "UZB suspended CSTO"),
    ])
    func hyphenatedTreatyNames(text: String, expected: String) {
        #expect(memberships(text).contains(expected))
    }

    // MARK: A founder's ratification at the founding founds

    @Test func foundersRatifyingAtTheFounding() {
        #expect(memberships("Back in 1991, Ukraine ratified the agreement establishing the CIS.").isEmpty)
        #expect(memberships("Russia, Belarus and Kazakhstan are at work to ratify the treaty establishing the Eurasian Economic Union.", date: "2014-06-20").isEmpty)
    }

    @Test func aLateRatificationJoins() {
        #expect(memberships("Azerbaijan ratified the agreement establishing the CIS in 1993.").contains("AZE joined CIS"))
    }

    // MARK: "is now a full member" states the change

    @Test(arguments: [
        ("Uzbekistan has lifted its moratorium and is now a fully-fledged member of the CSTO.", "UZB joined CSTO"),
        ("Iran is now a full member of the SCO, officials said.", "IRN joined SCO"),
    ])
    func nowAFullMember(text: String, expected: String) {
        #expect(memberships(text).contains(expected))
    }

    @Test func aFullMemberIsAStatus() {
        #expect(memberships("Iran is a full member of the SCO, officials said.").isEmpty)
    }

    // MARK: An anniversary of a country's membership marks its joining

    @Test(arguments: [
        ("The president attended the celebration of the 15th anniversary of Lithuania's membership in NATO.", "LTU joined NATO"),
        ("Tallinn is marking 20 years of Estonia's membership of the EU.", "EST joined EU"),
        ("Officials marked the tenth anniversary of the membership of Armenia in the EAEU.", "ARM joined EAEU"),
    ])
    func anniversaryOfMembership(text: String, expected: String) {
        #expect(memberships(text).contains(expected))
    }

    @Test func anniversaryOfOurMembership() {
        #expect(memberships("We are proud to celebrate the anniversary of our membership in NATO.").isEmpty)
    }

    // MARK: A compound modifier before the generic noun

    @Test(arguments: [
        ("Unhappy with Russia's dominance of the CSTO, Uzbekistan announced its withdrawal from the Moscow-led regional security alliance.", "UZB plans_to_leave CSTO"),
        ("Armenia froze its part in the CSTO last year and has now quit the Russia-dominated bloc.", "ARM left CSTO"),
    ])
    func aCompoundModifierBeforeTheNoun(text: String, expected: String) {
        #expect(memberships(text).contains(expected))
    }

    @Test func aCompoundModifierWithoutAnOrganisation() {
        #expect(memberships("Uzbekistan quit the Moscow-led talks on water.").isEmpty)
    }

    // MARK: An accession of a country with no "to"

    @Test(arguments: [
        ("The Shanghai Five became the SCO with the accession of Uzbekistan in 2001.", "UZB joined SCO"),
        ("NATO grew again with the accession of Albania and Croatia in 2009.", "ALB joined NATO"),
    ])
    func accessionOfACountryWithoutTo(text: String, expected: String) {
        #expect(memberships(text).contains(expected))
    }

    @Test func accessionOfACountryWithNoOrganisationBefore() {
        #expect(memberships("With the accession of Uzbekistan in 2001, trade grew.").isEmpty)
    }

    // MARK: "it" in a notice's content clause is the notice's sender

    @Test(arguments: [
        "Moldova, which chairs GUAM, received official notification from Uzbekistan that it was withdrawing from the organization.",
        "Moldova, which chairs GUAM, got a note from Uzbekistan that it was pulling out of the group.",
    ])
    func aNoticeFromACountry(text: String) {
        let found = memberships(text)
        #expect(found.contains("UZB plans_to_leave GUAM"))
        #expect(!found.contains { $0.hasPrefix("MDA") })
    }

    // MARK: "it" for a treaty signed

    @Test func aTreatySignedAsIt() {
        #expect(memberships("The Collective Security Treaty was signed in 1992. Georgia signed it under pressure in 1993.").contains("GEO joined CST"))
    }

    @Test(arguments: [
        "The Collective Security Treaty was signed in Tashkent in 1992. Russia signed it on the first day.",
        "A trade agreement was drafted in 2010. Georgia signed it in 2011.",
    ])
    func aFoundersOrAnotherDocumentSignedAsIt(text: String) {
        #expect(memberships(text).isEmpty)
    }
}
