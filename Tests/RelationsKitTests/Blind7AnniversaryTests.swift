import Testing
@testable import RelationsKit

/// Anniversaries in the shapes of the seventh blind round: "the Nth anniversary of which" refers back like "whose", a
/// country's possessive before independence, a capitalized noun that heads an organisation's name ("the Conference"), and
/// a country's joining or leaving dated "N years ago" is no anniversary of the organisation. Invented sentences, with
/// negative cases.
@Suite("extraction: blind7 round, anniversaries")
struct Blind7AnniversaryTests: WireCopyProbe {
    // MARK: "of which"

    @Test(arguments: [
        "Kyrgyzstan and Russia established relations in March 1992. In June the Treaty of Friendship, Cooperation and Mutual Assistance was signed, the thirtieth anniversary of which will be celebrated this year.",
        "Kyrgyzstan and Russia signed the Treaty of Friendship, Cooperation and Mutual Assistance in 1992, the 30th anniversary of which falls this year.",
    ])
    func ofWhichRefersBackToTheTreaty(body: String) {
        #expect(anniversaries(body, date: "2022-03-20").contains("KGZ-RUS Treaty of Friendship, Cooperation and Mutual Assistance 30 2022"))
    }

    @Test func ofWhichAfterRelationsIsTheirs() {
        #expect(anniversaries("Kyrgyzstan and Russia established diplomatic relations in 1992, the 30th anniversary of which is marked today.", date: "2022-03-20")
            == ["KGZ-RUS diplomatic relations 30 2022"])
    }

    // MARK: A country's possessive before independence

    @Test(arguments: [
        "Putin congratulated Sooronbai Jeenbekov on the 28th anniversary of the Kyrgyz Republic's independence.",
        "Putin congratulated Sooronbai Jeenbekov on the 28th anniversary of Kyrgyzstan's independence.",
        "Putin congratulated Sooronbai Jeenbekov on the 28th anniversary of the independence of the Kyrgyz Republic.",
    ])
    func independenceOwnedByACountry(sentence: String) {
        #expect(anniversaries(sentence, date: "2019-08-31") == ["KGZ independence 28 2019"])
    }

    @Test func theSpeakersCountryIsNotTheIndependences() {
        let body = "President of Kazakhstan Nursultan Nazarbayev stressed that a quarter of a century of independence had been a period of trials for the Armenian people."
        #expect(anniversaries(body, date: "2016-09-21") == ["ARM independence 25 2016"])
    }

    // MARK: A capitalized noun heading a name

    @Test(arguments: [
        "Delegations of the Conference on Interaction and Confidence-Building Measures in Asia (CICA) are arriving in Astana.\n\nThe summit coincides with the 30th anniversary of the Conference.",
        "Delegations of the Conference on Interaction and Confidence-Building Measures in Asia are arriving in Astana. The summit marks the 30th anniversary of the Conference.",
    ])
    func aCapitalizedNounIsTheOrganisationItHeads(body: String) {
        #expect(anniversaries(body, date: "2022-10-12") == [" CICA 30 2022"])
    }

    @Test func aLowercaseConferenceIsNotTheOrganisation() {
        #expect(anniversaries("Delegations of the Conference on Interaction and Confidence-Building Measures in Asia arrived.\n\nThe press marked the 30th anniversary of the conference hall.", date: "2022-10-12").isEmpty)
    }

    // MARK: Joining or leaving dated "N years ago"

    @Test(arguments: [
        "Armenia is not leaving the Eurasian Economic Union, which the country joined nine years ago.",
        "Georgia recalled the CIS, which it left fifteen years ago.",
        "Armenia is a member of the EAEU, which it acceded to nine years ago.",
    ])
    func aMembershipDatedAgoIsNoAnniversary(sentence: String) {
        #expect(anniversaries(sentence, date: "2024-02-23").isEmpty)
    }

    @Test func theOrganisationsFoundingAgoIsStillOne() {
        #expect(anniversaries("The Commonwealth of Independent States was founded thirty years ago.", date: "2021-12-08") == [" CIS 30 2021"])
    }
}
