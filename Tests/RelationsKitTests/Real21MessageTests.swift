import Testing
@testable import RelationsKit

/// Messages in the shapes of the real21/real22/real26 rounds' wire copy. Invented sentences only, with near-misses.
@Suite("extraction: real21 round, messages")
struct Real21MessageTests: WireCopyProbe {
    // MARK: Lists whose items name a state's head without a name (`headsListTail`, `headsOfStatesItem`)

    @Test func aPassivesAgentsGoOnPastThePersonsToHeadsNamedByTheirStates() {
        let found = messages("Congratulations on Nowruz were sent to President Ilham Aliyev by Turkish President Recep Tayyip Erdogan, the leaders of Georgia and Kyrgyzstan, and the emir of Qatar.", date: "2019-03-21")
        #expect(found == ["Recep Tayyip Erdogan → Ilham Aliyev congratulation Nowruz", "GEO → Ilham Aliyev congratulation Nowruz",
                          "KGZ → Ilham Aliyev congratulation Nowruz", "QAT → Ilham Aliyev congratulation Nowruz"])
    }

    @Test func anOpenEndClosesTheAgentsAsAnd() {
        let found = messages("Condolences were sent to Chinese President Hu Jintao by Uzbek President Islam Karimov, Russian President Dmitry Medvedev, the heads of state of Mongolia and Laos, among others.", date: "2008-05-14")
        #expect(found == ["Islam Karimov → Hu Jintao condolence -", "Dmitry Medvedev → Hu Jintao condolence -", "MNG → Hu Jintao condolence -", "LAO → Hu Jintao condolence -"])
    }

    @Test func aHeadsOfficeTheReferenceFillsIsItsHolder() {
        // "the Armenian president" on 2012-01-01 is the reference's holder; "the king of Jordan" has none there, so the state.
        let found = messages("Alexander Lukashenko sent New Year greetings to Kazakh President Nursultan Nazarbayev, the Armenian president, and the king of Jordan.", date: "2012-01-01")
        #expect(found == ["Alexander Lukashenko → Nursultan Nazarbayev greeting New Year", "Alexander Lukashenko → Serzh Sargsyan greeting New Year",
                          "Alexander Lukashenko → JOR greeting New Year"])
    }

    @Test func pluralOfficesAndKingsAfterTheNamed() {
        let found = messages("Greetings were sent to Nursultan Nazarbayev by Vladimir Putin, Chinese President Xi Jinping, the king of Saudi Arabia and the presidents of Turkey and Iran.", date: "2015-12-16")
        for sender in ["Vladimir Putin", "Xi Jinping", "SAU", "TUR", "IRN"] {
            #expect(found.contains("\(sender) → Nursultan Nazarbayev greeting -"))
        }
        #expect(found.count == 5)
    }

    @Test func anAppositionAddsNoOne() {
        let passive = messages("Messages were sent to Nazarbayev by Vladimir Putin, the Russian president, and Alexander Lukashenko.", date: "2015-12-16")
        #expect(passive == ["Vladimir Putin → Nursultan Nazarbayev letter -", "Alexander Lukashenko → Nursultan Nazarbayev letter -"])
        let active = messages("Alexander Lukashenko sent New Year greetings to Nursultan Nazarbayev, the Kazakh president, and the king of Jordan.", date: "2012-01-01")
        #expect(active == ["Alexander Lukashenko → Nursultan Nazarbayev greeting New Year", "Alexander Lukashenko → JOR greeting New Year"])
    }

    @Test(arguments: [
        // Another clause after the comma: the leaders are its subject.
        "Vladimir Putin sent greetings to Nursultan Nazarbayev, the leaders of Kyrgyzstan and Tajikistan met in Dushanbe.",
        // No "and" closes the list: the comma ends the agents.
        "Greetings were sent to Nursultan Nazarbayev by Vladimir Putin, the leaders of Kyrgyzstan, the agency said.",
        // The king is the source, not an agent.
        "New Year greetings were sent to Nursultan Nazarbayev by Vladimir Putin, the king of Jordan said on Monday.",
    ])
    func aCommaThatOpensNoListAddsNoSender(sentence: String) {
        let found = messages(sentence, date: "2015-12-16")
        #expect(found.allSatisfy { $0.hasPrefix("Vladimir Putin → Nursultan Nazarbayev ") })
        #expect(found.count == 1)
    }

    @Test func aSendingNotKnownSendsNothing() {
        let found = messages("It is not known whether messages were sent to Nursultan Nazarbayev by Vladimir Putin, the leaders of Kyrgyzstan and the emir of Qatar.", date: "2015-12-16")
        #expect(found.isEmpty)
    }

    // MARK: A roundup's sender set off from its verb (`isSubjectGap`)

    static let roundupLead = "Leaders of foreign countries are sending their congratulations to Nursultan Nazarbayev on the occasion of his birthday.\n\n"

    @Test(arguments: [
        "Shavkat Mirziyoyev, President of Uzbekistan, commended the contribution of Nazarbayev to cooperation.",
        "President of Uzbekistan Shavkat Mirziyoyev, in turn, stressed the role Nazarbayev played.",
        "Shavkat Mirziyoyev, for his part, noted the role Nazarbayev played.",
    ])
    func anAppositionOrAnAdverbialBetweenCommasKeepsTheSubject(paragraph: String) {
        let found = messages(Self.roundupLead + paragraph, date: "2019-12-16")
        #expect(found.contains { $0.hasPrefix("Shavkat Mirziyoyev → Nursultan Nazarbayev ") })
    }

    @Test(arguments: [
        // A clause between the commas: the subject's verb is another's.
        "Shavkat Mirziyoyev, whom Nazarbayev thanked last year, stressed the role of the two nations.",
        // Said on the phone.
        "Shavkat Mirziyoyev, in a phone call, stressed the role Nazarbayev played.",
    ])
    func aClauseOrACallBetweenCommasSendsNothing(paragraph: String) {
        let found = messages(Self.roundupLead + paragraph, date: "2019-12-16")
        #expect(!found.contains { $0.hasPrefix("Shavkat Mirziyoyev → ") })
    }

    // MARK: A leader's own people (`ownPeople`)

    @Test(arguments: [
        "President Kassym-Jomart Tokayev congratulated the people on Independence Day in a message published by Akorda.",
        "Kassym-Jomart Tokayev congratulated his compatriots on Independence Day in a message.",
        "President Kassym-Jomart Tokayev congratulated the nation on Independence Day in a message.",
    ])
    func aPeopleOfNoCountryIsTheSendersOwn(sentence: String) {
        #expect(messages(sentence, date: "2021-12-16") == ["Kassym-Jomart Tokayev → KAZ congratulation Independence Day"])
    }

    @Test func aPeopleBesideALeaderIsNoMessageOfItsOwn() {
        let found = messages("Shavkat Mirziyoyev congratulated Vladimir Putin and the people on the New Year in a telegram.", date: "2020-01-01")
        #expect(found == ["Shavkat Mirziyoyev → Vladimir Putin congratulation New Year"])
    }

    @Test func aPeopleOfAnotherCountryStaysThatCountry() {
        let found = messages("President Kassym-Jomart Tokayev congratulated the people of Uzbekistan on Independence Day in a message.", date: "2021-12-16")
        #expect(found == ["Kassym-Jomart Tokayev → UZB congratulation Independence Day"])
    }

    @Test func aPeopleCongratulatedAtACeremonyIsNoMessage() {
        #expect(messages("President Kassym-Jomart Tokayev congratulated the people on Independence Day at a ceremony in Nur-Sultan.", date: "2021-12-16").isEmpty)
    }

    // MARK: A ruler's style before a full name; a head's noun in apposition with the person

    @Test(arguments: [
        "Ilham Aliyev sent a letter of condolences to the emir of Qatar, Sheikh Tamim bin Hamad Al Thani.",
        "Ilham Aliyev sent a letter of condolences to Emir Tamim bin Hamad Al Thani.",
        "Ilham Aliyev sent a letter of condolences to the new emir of Qatar, Sheikh Tamim bin Hamad Al Thani, after the death.",
    ])
    func aRulerNamedInFullIsTheNameAloneAndTheStateDescribesHim(sentence: String) {
        #expect(messages(sentence, date: "2019-11-12") == ["Ilham Aliyev → Tamim bin Hamad Al Thani condolence -"])
    }

    @Test func aStyleBeforeOneNameStaysWithIt() {
        let found = messages("Ilham Aliyev sent a letter of condolences to Sheikh Tamim and to Pope Francis.", date: "2019-11-12")
        #expect(found == ["Ilham Aliyev → Sheikh Tamim condolence -", "Ilham Aliyev → Pope Francis condolence -"])
    }

    @Test func aHeadsNounBeforeAnotherItemIsAnItemOfItsOwn() {
        // "the emir of Qatar" closes the list after "and": no person in apposition with it, so the state.
        let found = messages("Ilham Aliyev sent a letter of condolences to the president of Turkey, Recep Tayyip Erdogan, and to the emir of Qatar.", date: "2019-11-12")
        #expect(found == ["Ilham Aliyev → Recep Tayyip Erdogan condolence -", "Ilham Aliyev → QAT condolence -"])
    }

    // MARK: A message told again without its occasion (`retellsWithoutOccasion`)

    @Test func aCondolenceToldAgainWithoutItsOccasionIsTheSameMessage() {
        let found = messages("Ilham Aliyev conveyed condolences to Turkish President Recep Tayyip Erdogan on the anniversary of the earthquake. In a letter, Ilham Aliyev expressed his deep sympathy.", date: "2024-02-06")
        #expect(found == ["Ilham Aliyev → Recep Tayyip Erdogan condolence anniversary"])
    }

    @Test func aCongratulationToldAgainWithoutItsOccasionIsTheSameMessage() {
        let found = messages("Ilham Aliyev congratulated Turkish President Recep Tayyip Erdogan on his birthday. In a telegram, Ilham Aliyev congratulated Recep Tayyip Erdogan and wished him success.", date: "2024-02-06")
        #expect(found == ["Ilham Aliyev → Recep Tayyip Erdogan congratulation birthday"])
    }

    @Test func aMessageSaidToBeSeparateStaysTwo() {
        let found = messages("Ilham Aliyev conveyed condolences to Turkish President Recep Tayyip Erdogan on the anniversary of the earthquake. Separately, Ilham Aliyev sent a letter of condolence to Turkish President Recep Tayyip Erdogan over the floods in Izmir.", date: "2024-02-06")
        #expect(found == ["Ilham Aliyev → Recep Tayyip Erdogan condolence anniversary", "Ilham Aliyev → Recep Tayyip Erdogan condolence -"])
    }

    // MARK: An office before a body's name is no new person (`namesBody`)

    @Test func anOfficeBeforeTheBodysNameNamesNoOne() {
        let found = messages("Gurbanguly Berdimuhamedov, Chairman of the Halk Maslahaty, sent congratulations to Vladimir Putin on his election victory. \"Your work is highly valued,\" Chairman Halk Maslahaty stressed in his message.", date: "2018-03-20")
        #expect(found == ["Gurbanguly Berdimuhamedov → Vladimir Putin congratulation election victory"])
    }

    @Test func anOfficeBeforeANewNameStillNamesThePerson() {
        #expect(messages("Foreign Minister Vladimir Makei sent a letter to Sergey Lavrov.", date: "2018-03-20") == ["Vladimir Makei → Sergey Lavrov letter -"])
    }

    // MARK: A title the conventions do not list, before or after a new name (`titledNameAfterAdjective`, `newNameBeforeOffice`)

    @Test(arguments: [
        "US Secretary of State Antony Blinken sent a message to the people of Kazakhstan.",
        "Antony Blinken, the Secretary of State of the United States, sent a message to the people of Kazakhstan.",
        "Antony Blinken, the Secretary of State of the United States congratulated Kazakhstan in a message.",
    ])
    func theTitledPersonSendsNotTheirState(sentence: String) {
        let found = messages(sentence, date: "2022-10-25")
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.hasPrefix("Antony Blinken → KAZ ") })
    }

    @Test(arguments: [
        "Russian Culture Minister Mikhail Shvydkoy sent a congratulatory letter to Prime Minister Ilham Aliyev.",
        "The Russian Minister of Culture Mikhail Shvydkoy sent a congratulatory letter to Prime Minister Ilham Aliyev.",
        "Mikhail Shvydkoy, the Minister of Culture of Russia, sent a congratulatory letter to Prime Minister Ilham Aliyev.",
    ])
    func aMinisterOfNoConventionsOfficeIsAPerson(sentence: String) {
        #expect(messages(sentence, date: "2003-08-06") == ["Mikhail Shvydkoy → Ilham Aliyev congratulation -"])
    }

    @Test func anOfficeOfTheConventionsStaysItsHolder() {
        #expect(messages("Russian President Vladimir Putin sent a congratulatory letter to Prime Minister Ilham Aliyev.", date: "2003-08-06")
            == ["Vladimir Putin → Ilham Aliyev congratulation -"])
    }

    // MARK: An addressee after the message's noun phrase with no "to" (translated copy)

    @Test(arguments: [
        "President of Ukraine Vladimir Zelensky forwarded telegram of congratulations President of Turkmenistan Gurbanguly Berdimuhamedov on the 25th anniversary of the permanent neutrality of Turkmenistan.",
        "President of Ukraine Vladimir Zelensky sent a congratulatory letter President Gurbanguly Berdimuhamedov on the 25th anniversary of the permanent neutrality of Turkmenistan.",
        "President of Ukraine Vladimir Zelensky forwarded a telegram of congratulations to President of Turkmenistan Gurbanguly Berdimuhamedov on the 25th anniversary of the permanent neutrality of Turkmenistan.",
    ])
    func thePersonAfterTheMessageIsItsAddressee(sentence: String) {
        #expect(messages(sentence, date: "2020-12-12") == ["Volodymyr Zelensky → Gurbanguly Berdimuhamedov congratulation anniversary"])
    }

    @Test(arguments: [
        // A comma: the person after it opens another clause.
        "Vladimir Putin sent a telegram, President Gurbanguly Berdimuhamedov said on Monday.",
        // No verb of sending: the person after the message is its sender.
        "In a telegram of congratulations President of Ukraine Vladimir Zelensky wished the Turkmen people peace.",
    ])
    func aPersonAfterTheMessageThatIsNoObjectReceivesNothing(sentence: String) {
        #expect(!messages(sentence, date: "2020-12-12").contains { $0.contains("→ Gurbanguly Berdimuhamedov") })
    }

    // MARK: A state's founding named with a word of which state it was (`statesFounding`)

    @Test(arguments: [
        "Vladimir Putin sent greetings to President of Mongolia Khaltmaagiin Battulga on the occasion of the 2,229th anniversary of foundation of the first Mongolian Statehood.",
        "Vladimir Putin sent greetings to President of Mongolia Khaltmaagiin Battulga on the 30th anniversary of the founding of the modern Mongolian state.",
    ])
    func theFoundingOfTheFirstStateIsItsNationalHoliday(sentence: String) {
        #expect(messages(sentence, date: "2020-07-11") == ["Vladimir Putin → Khaltmaagiin Battulga greeting national holiday"])
    }

    @Test(arguments: [
        "Vladimir Putin sent greetings to President of Mongolia Khaltmaagiin Battulga on the 30th anniversary of the founding of the first joint venture.",
        "Vladimir Putin sent greetings to President of Mongolia Khaltmaagiin Battulga on the 30th anniversary of the establishment of the first diplomatic relations.",
    ])
    func theFoundingOfAnythingElseIsAnAnniversary(sentence: String) {
        #expect(messages(sentence, date: "2020-07-11") == ["Vladimir Putin → Khaltmaagiin Battulga greeting anniversary"])
    }
}
