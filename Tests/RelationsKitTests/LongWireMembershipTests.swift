import Testing
@testable import RelationsKit

/// Memberships in long wire copy (issue #3, third round): an organisation referred to by a definite noun after
/// "leave", and observer status granted by the organisation the text is about. Invented sentences.
@Suite("extraction: long wire copy, memberships")
struct LongWireMembershipTests {
    static let extractor = Extractor()

    func memberships(_ body: String, date: String? = "2024-07-05") -> Set<String> {
        Set(Self.extractor.extract(Article(source: "test", title: nil, dateText: date, body: TextCleaner.clean(body))).memberships
            .map { "\($0.country) \($0.action) \($0.org)" })
    }

    @Test(arguments: [
        "Armenia has frozen its participation in the Collective Security Treaty Organization. In June the prime minister said that the country would leave the bloc.",
        "Armenia has frozen its participation in the Collective Security Treaty Organization. Yerevan intends to leave the organisation, officials said.",
        "Armenia has frozen its participation in the Collective Security Treaty Organization, and the country is going to leave the alliance.",
    ])
    func leavingTheBlocNamedBeforeIsAProspect(text: String) {
        #expect(memberships(text) == ["ARM froze CSTO", "ARM plans_to_leave CSTO"])
    }

    @Test(arguments: [
        "Armenia has frozen its participation in the Collective Security Treaty Organization. The delegation will leave the bloc's summit early.",
        "Armenia has frozen its participation in the Collective Security Treaty Organization. The minister will leave the meeting of the organisation early.",
    ])
    func leavingAMeetingOfTheBlocIsNoEvent(text: String) {
        #expect(memberships(text) == ["ARM froze CSTO"])
    }

    @Test(arguments: [
        "The Shanghai Cooperation Organisation decided to admit India. Mongolia, which was granted observer status at last year's summit, was also represented.",
        "Leaders of the SCO met in Astana. Mongolia, which had been granted observer status a year earlier, sent its president.",
    ])
    func observerStatusGrantedInThePassiveIsTheTopicOrganisations(text: String) {
        #expect(memberships(text, date: "2005-07-05").contains("MNG observer SCO"))
    }

    @Test func observerStatusSupportedByACountryIsNotThatCountrys() {
        #expect(!memberships("Leaders of the SCO met in Astana. Russia supports granting observer status to Mongolia.", date: "2005-07-05").contains("RUS observer SCO"))
    }
}
