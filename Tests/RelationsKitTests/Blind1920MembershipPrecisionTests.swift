import Testing
@testable import RelationsKit

/// Membership extras of blind19 and blind20: a step about part of an organisation's work, a status described rather than
/// granted, "followed" after an event that could not be read, a meeting left, and an infinitive coordinated with one asked
/// for. Invented sentences, with cases that must still be read.
@Suite("extraction: memberships, blind19 and blind20 precision")
struct Blind1920MembershipPrecisionTests: WireCopyProbe {

    // MARK: A partial quantifier before the object: part of the organisation's work, not the organisation

    @Test(arguments: [
        "Kyrgyzstan stopped participating in most CSTO exercises in 2021.",
        "Armenia has suspended its participation in some CSTO meetings.",
        "The minister said Belarus had frozen its participation in several CIS bodies last year.",
        "Tajikistan halted its participation in many of the EAEU working groups.",
    ])
    func aPartOfTheOrganisationIsNoSuspension(text: String) {
        #expect(memberships(text, date: "2023-05-05").isEmpty)
    }

    @Test(arguments: [
        ("Armenia has frozen its participation in the CSTO.", "ARM froze CSTO"),
        ("Uzbekistan suspended its membership in the Collective Security Treaty Organization in 2012.", "UZB suspended CSTO"),
    ])
    func aWholeOrganisationIsStillSuspended(text: String, expected: String) {
        #expect(memberships(text, date: "2023-05-05").contains(expected))
    }

    // MARK: A status described by its predicate is no grant

    @Test(arguments: [
        "Kyiv's observer status in the Eurasian Economic Community has been largely dormant since 2014.",
        "Mongolia's observer status with the SCO remains frozen.",
        "Belarus's observer status at the SCO was questioned by several members.",
    ])
    func aStatusDescribedIsNoGrant(text: String) {
        #expect(!memberships(text, date: "2023-05-05").contains { $0.hasSuffix("observer") || $0.contains(" observer ") })
    }

    @Test(arguments: [
        ("Mongolia's observer status in the SCO was granted in 2004.", "MNG observer SCO"),
        ("Uzbekistan received observer status in the Eurasian Economic Union in 2020.", "UZB observer EAEU"),
    ])
    func aStatusGrantedIsStillRead(text: String, expected: String) {
        #expect(memberships(text, date: "2023-05-05").contains(expected))
    }

    // MARK: "followed" repeats the event just before, not an older one

    @Test func followingAnUnreadEventCopiesNoOlderOne() {
        let text = "Tajikistan joined the Eurasian Economic Union in 2016. Its founders met in Minsk. "
            + "Mongolia received observer status in 2019; Cuba followed in 2021."
        #expect(!memberships(text, date: "2023-05-05").contains("CUB joined EAEU"))
    }

    @Test func followingTheEventJustBeforeStillReads() {
        let text = "Armenia joined the Eurasian Economic Union in January 2015 and Kyrgyzstan followed in August."
        #expect(memberships(text, date: "2023-05-05").contains("KGZ joined EAEU"))
    }

    // MARK: A verb with an object of its own: a meeting left is not the organisation, "it" its subject is the country

    @Test(arguments: [
        "The Collective Security Treaty Organization met in Moscow. Armenia said on Monday that it was pulling out of the talks.",
        "The Eurasian Economic Union met in Minsk. Kyrgyzstan announced that it was withdrawing from the negotiations.",
        "Moldova withdrew from the talks on the CSTO budget.",
        "Georgia pulled out of the negotiations with the Eurasian Economic Union on Friday.",
    ])
    func aMeetingLeftIsNoExit(text: String) {
        #expect(memberships(text, date: "2023-05-05").isEmpty)
    }

    @Test(arguments: [
        ("Uzbekistan joined GUAM in April 1999. In June 2002 Tashkent announced it intended to pull out.", "UZB plans_to_leave GUAM"),
        ("Armenia said on Monday that it was pulling out of the CSTO.", "ARM plans_to_leave CSTO"),
        ("Georgia withdrew from the CIS in 2009.", "GEO left CIS"),
    ])
    func anOrganisationLeftStillReads(text: String, expected: String) {
        #expect(memberships(text, date: "2023-05-05").contains(expected))
    }

    // MARK: A coordinated infinitive shares the call of the first

    @Test(arguments: [
        "The president called upon Moldova to do the same and to leave the CIS.",
        "Russia urged Tajikistan to reform its economy and to join the Eurasian Economic Union.",
        "Washington pressed Kyiv to hold elections and to join NATO quickly.",
    ])
    func aCoordinatedInfinitiveAskedForIsNoPlan(text: String) {
        #expect(memberships(text, date: "2023-05-05").isEmpty)
    }

    @Test func aCoordinatedInfinitiveOfTheCountryIsItsPlan() {
        #expect(memberships("Armenia intends to hold a referendum and to leave the CSTO.", date: "2023-05-05").contains("ARM plans_to_leave CSTO"))
    }
}
