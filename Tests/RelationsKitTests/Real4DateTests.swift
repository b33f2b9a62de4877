import Testing
@testable import RelationsKit

/// Publication dates, anniversaries, relationship labels and countries in the shapes of the real4 round (real wire copy),
/// by mechanism. Invented articles, each mechanism with a negative case.
@Suite("extraction: real4 round, dates, anniversaries, relations and countries")
struct Real4DateTests: WireCopyProbe {
    func date(_ body: String, title: String? = "A title") -> String? { facts(body, title: title, date: nil).published_on }
    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2014-06-10").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }
    func countries(_ body: String) -> Set<String> { Set(facts(body).countries) }

    // MARK: A head line that repeats the title beside the page's date stamp

    @Test(arguments: [
        ("Kazakh leader greets Armenian counterpart on the holiday",
         "Kazakhstan 23/03/2024 Kazakh leader greets Armenian counterpart on the holiday\n\nThe president of Kazakhstan sent a message to Armenia.",
         "2024-03-23"),
        ("Armenia backs the union idea",
         "Armenia backs the union ideaOctober 19, 2011 | 15:34\n\nArmenian officials welcomed the proposal, the premier said.",
         "2011-10-19"),
        ("Minsk hosts a forum of the two states",
         "Minsk hosts a forum of the two states 14 May 2015\n\nBelarus and Russia opened the forum, the ministry said.",
         "2015-05-14"),
    ])
    func aTitleRepeatedBesideItsDate(title: String, body: String, expected: String) {
        #expect(date(body, title: title) == expected)
    }

    @Test func aSentenceThatGoesOnAfterTheTitleIsNoStamp() {
        let body = "Armenia backs the union idea, officials told reporters on 19 October 2011 in a statement to the press and the public.\n\nThe premier spoke at length."
        #expect(date(body, title: "Armenia backs the union idea") != "2011-10-19")
    }

    // MARK: A label that is a document's topic

    @Test(arguments: [
        "The president of Kazakhstan signed a law ratifying the treaty on allied relations with Uzbekistan.",
        "Russia and Belarus adopted a declaration on strategic partnership in Minsk.",
        "The agreement on comprehensive strategic partnership between Kazakhstan and China entered into force.",
        "Armenia and Russia drafted a pact of military alliance last year.",
    ])
    func aDocumentsTopicIsNoLabel(body: String) {
        #expect(relations(body).isEmpty)
    }

    @Test func alliedRelationsStatedOutrightStay() {
        #expect(relations("Kazakhstan and Uzbekistan enjoy allied relations, the president said.") == ["KAZ-UZB allied relations"])
    }

    // MARK: An alliance an organisation is

    @Test(arguments: [
        "The Collective Security Treaty Organization (CSTO) is a military-political alliance of six states, Armenia and Russia among them.",
        "The CSTO remains a defensive alliance, officials in Armenia and Russia said.",
    ])
    func anOrganisationThatIsAnAllianceIsAGrouping(body: String) {
        #expect(relations(body).isEmpty)
    }

    @Test func aRelationshipThatIsAnAllianceStays() {
        #expect(relations("Armenia and Russia said their relationship is a military alliance.") == ["ARM-RUS alliance"])
    }

    // MARK: A page's classification line

    @Test(arguments: [
        "Region:Armenia, Azerbaijan, Russia\nTheme: Politics\n\nRussia said Azerbaijan had not applied for observer status.",
        "Regions: Armenia, Azerbaijan, Russia\n\nRussia said Azerbaijan had not applied for observer status.",
        "Keywords: Armenia, Azerbaijan, Russia\n\nRussia said Azerbaijan had not applied for observer status.",
    ])
    func aClassificationLineNamesNoCountry(body: String) {
        #expect(countries(body) == ["AZE", "RUS"])
    }

    @Test func aSentenceAboutARegionStays() {
        #expect(countries("The region: Armenia, Azerbaijan and Russia met in Moscow to discuss it.\n\nRussia hosted the talks.").contains("ARM"))
    }

    // MARK: A country's name inside a region's

    @Test(arguments: [
        "The helicopter crashed in Iran's East Azerbaijan province, Kazakhstan's president said.",
        "Rescuers searched the West Azerbaijan Province of Iran, Kazakhstan's ministry said.",
    ])
    func aRegionNamedAfterACountryNamesNoCountry(body: String) {
        #expect(!countries(body).contains("AZE"))
    }

    @Test func theCountryNamedOtherwiseStays() {
        #expect(countries("The helicopter crashed in Iran's East Azerbaijan province, near the border with Azerbaijan.").contains("AZE"))
    }

    // MARK: A treaty named by the organisation it created

    @Test(arguments: [
        ("This year Belarus and Russia celebrate the 15th anniversary of the Union State Treaty.", "2014-11-06", "BLR-RUS Treaty on the Creation of a Union State 15 2014"),
        ("Belarus and Russia marked the 20th anniversary of the Union State Treaty in Minsk.", "2019-12-08", "BLR-RUS Treaty on the Creation of a Union State 20 2019"),
    ])
    func anOrganisationsNameBeforeTreatyNamesItsTreaty(text: String, date: String, expected: String) {
        #expect(anniversaries(text, date: date).contains(expected))
    }

    @Test func theOrganisationAloneStaysTheOrganisation() {
        let found = anniversaries("This year we celebrate the 15th anniversary of the Union State.", date: "2014-11-06")
        #expect(!found.contains { $0.contains("Treaty") })
    }
}
