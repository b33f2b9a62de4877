import Testing
@testable import RelationsKit

/// Leaders in the shapes of the blind9/blind10 round: names each placed by "of" and a country before a plural office in
/// apposition; a rank ("head of state") coordinated after the person's title; a known person's full name spelt another way;
/// titles outside the conventions' offices; a predicate that gives its subject an office; "Minister for Foreign Affairs".
/// Invented sentences, with negative cases.
@Suite("extraction: blind9/blind10 round, leaders")
struct Blind910LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    // MARK: Names placed by "of" before a plural office in apposition

    @Test(arguments: [
        "The summit was attended by Alexander Lukashenko of Belarus, Nursultan Nazarbayev of Kazakhstan and Emomali Rahmon of Tajikistan, the presidents of the member states.",
        "Alexander Lukashenko of Belarus, Nursultan Nazarbayev of Kazakhstan and Emomali Rahmon of Tajikistan, presidents of the three countries, signed the statement.",
        "Present were Alexander Lukashenko of Belarus, Nursultan Nazarbayev of Kazakhstan, and Emomali Rahmon of Tajikistan, the heads of state of the founding members.",
    ])
    func namesBeforeAPluralOffice(sentence: String) {
        let found = leaders(sentence)
        #expect(found.isSuperset(of: ["Alexander Lukashenko | President | BLR", "Nursultan Nazarbayev | President | KAZ", "Emomali Rahmon | President | TJK"]))
    }

    @Test func namesBeforeAnotherPhraseAreNotPlaced() {
        let found = leaders("Talks were held with Erlan Idrissov of Kazakhstan and Sirojiddin Aslov of Tajikistan, the two ministers said.")
        #expect(found.isEmpty)
    }

    // MARK: A rank coordinated after the person's title

    @Test(arguments: [
        "Boris Yeltsin and the Chairman of the Georgian Parliament and head of state Eduard Shevardnadze signed the treaty.",
        "The Chairman of the Parliament of Georgia and Head of State Eduard Shevardnadze signed the treaty.",
        "Chairman of the Georgian Parliament and head of state Eduard Shevardnadze signed the treaty.",
    ])
    func theTitleBeforeARank(sentence: String) {
        let found = leaders(sentence, date: "1994-02-03")
        #expect(found.contains("Eduard Shevardnadze | Chairman | GEO"))
        #expect(!found.contains("Eduard Shevardnadze | President | GEO"))
    }

    @Test func aRankAloneIsTheHeadOfState() {
        #expect(leaders("Georgian head of state Eduard Shevardnadze signed the treaty.", date: "1997-02-03").contains("Eduard Shevardnadze | President | GEO"))
    }

    // MARK: A known person's full name spelt another way

    @Test(arguments: [
        ("Azerbaijan's President Ayaz Mutalibov signed the agreements.", "Ayaz Mutallibov | President | AZE", "1992-02-14"),
        ("President of Kyrgyzstan Askar Akaev met the delegation.", "Askar Akayev | President | KGZ", "1995-05-05"),
        ("Kazakh President Nursultan Nazarbaev opened the forum.", "Nursultan Nazarbayev | President | KAZ", "2005-05-05"),
    ])
    func aKnownNameSpeltAnotherWay(sentence: String, expected: String, date: String) {
        #expect(leaders(sentence, date: date) == [expected])
    }

    @Test func anotherPersonIsNotKnown() {
        #expect(leaders("Azerbaijan's Foreign Minister Elmar Mammadyarov signed the agreements.", date: "2012-02-14") == ["Elmar Mammadyarov | Foreign Minister | AZE"])
    }

    // MARK: Titles outside the conventions' offices

    @Test func aChancellorIsNoLeaderFactButSends() {
        let found = facts("The Head of State sent Christmas greetings to Federal Chancellor of Germany Angela Merkel.\n\nPresident of Kazakhstan Nursultan Nazarbayev held a meeting.", date: "2016-12-25")
        #expect(!found.leaders.contains { $0.name == "Angela Merkel" })
        #expect(found.messages.contains { $0.to == "Angela Merkel" && $0.kind == "greeting" })
    }

    // MARK: A predicate that gives its subject an office

    @Test(arguments: [
        ("Kairat Abdrakhmanov was appointed Minister of Foreign Affairs of the Republic of Kazakhstan.", "Kairat Abdrakhmanov | Foreign Minister | KAZ"),
        ("Zohrab Mnatsakanyan has been named the Foreign Minister of Armenia.", "Zohrab Mnatsakanyan | Foreign Minister | ARM"),
        ("On Tuesday Kassym-Jomart Tokayev was elected President of Kazakhstan.", "Kassym-Jomart Tokayev | President | KAZ"),
        ("In May Ilham Aliyev was re-elected as President of Azerbaijan.", "Ilham Aliyev | President | AZE"),
    ])
    func anAppointmentTiesItsSubject(sentence: String, expected: String) {
        #expect(leaders(sentence, date: "2019-06-12").contains(expected))
    }

    @Test func whoAppointsHoldsNoOffice() {
        let found = leaders("Nursultan Nazarbayev appointed Kairat Abdrakhmanov Minister of Foreign Affairs of Kazakhstan.", date: "2016-12-28")
        #expect(!found.contains { $0.hasPrefix("Nursultan Nazarbayev | Foreign Minister") })
    }

    // MARK: "Minister for Foreign Affairs"

    @Test(arguments: [
        "As Minister for Foreign Affairs of Ukraine Pavlo Klimkin has stated, the agreements will be reviewed.",
        "Ukraine's Minister for Foreign Affairs Pavlo Klimkin said the agreements will be reviewed.",
        "Pavlo Klimkin, the Ukrainian Minister for Foreign Affairs, said the agreements will be reviewed.",
    ])
    func ministerForForeignAffairs(sentence: String) {
        #expect(leaders(sentence, date: "2018-05-05") == ["Pavlo Klimkin | Foreign Minister | UKR"])
    }

    // MARK: A member of a national delegation

    @Test(arguments: [
        ("The Armenian delegation included Prime Minister Robert Kocharian and Foreign Minister Alexander Arzoumanian.", "Alexander Arzoumanian | Foreign Minister | ARM"),
        ("The Uzbek delegation also included Minister of Foreign Affairs Abdulaziz Kamilov, who met his counterpart.", "Abdulaziz Kamilov | Foreign Minister | UZB"),
        ("The delegation of Tajikistan was headed by Foreign Minister Sirojiddin Aslov.", "Sirojiddin Aslov | Foreign Minister | TJK"),
        ("Kyrgyzstan's delegation consisted of Foreign Minister Erlan Abdyldaev and Defence Minister Raimberdi Duishenbiev.", "Raimberdi Duishenbiev | Defence Minister | KGZ"),
    ])
    func aDelegationsMember(sentence: String, expected: String) {
        #expect(leaders(sentence, date: "1997-08-29").contains(expected))
    }

    @Test(arguments: [
        "The delegation arrived in Moscow. Foreign Minister Alexander Arzoumanian said the talks went well.",
        "The Russian delegation met Foreign Minister Alexander Arzoumanian.",
    ])
    func aDelegationElsewhereGivesNoCountry(sentence: String) {
        #expect(leaders(sentence, date: "1997-08-29").isEmpty)
    }
}
