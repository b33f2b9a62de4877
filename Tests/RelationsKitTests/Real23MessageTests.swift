import Testing
@testable import RelationsKit

/// Roundups in the wording of many outlets (real23/real26/real28 rounds): one occasion and one recipient or sender shared across a
/// group of leaders named by their states (`MessageRules+Roundups`). Invented sentences only, with near-misses that must not fire.
@Suite("extraction: real23 round, roundup messages")
struct Real23MessageTests: WireCopyProbe {
    // MARK: A group of senders named by their states, after "by" or "from" (`leaderGroupStates`)

    @Test(arguments: [
        "President Kassym-Jomart Tokayev was congratulated on Independence Day by a number of foreign leaders, including those of Turkey, Iran and Mongolia.",
        "Kassym-Jomart Tokayev received congratulations on Independence Day from several world leaders, among them those of Turkey, Iran and Mongolia.",
        "On Independence Day Kassym-Jomart Tokayev was congratulated by the leaders of friendly countries: Turkey, Iran and Mongolia.",
        "Kassym-Jomart Tokayev was greeted on Independence Day by state leaders such as those of Turkey, Iran, as well as Mongolia.",
        "Congratulations on Independence Day were sent to Kassym-Jomart Tokayev by the leaders of Turkey, Iran and Mongolia.",
    ])
    func aGroupOfLeadersSendsOneMessageForEachState(body: String) {
        let found = messages(body, title: "Tokayev receives congratulations", date: "2023-12-16")
        for state in ["TUR", "IRN", "MNG"] { #expect(found.contains { $0.hasPrefix("\(state) → Kassym-Jomart Tokayev") }, "\(state)") }
        #expect(found.count == 3)
    }

    @Test func headsOfStateAreTheirPresidents() {
        let found = messages("Shavkat Mirziyoyev was congratulated on his birthday by several heads of state, including those of Kazakhstan, Kyrgyzstan and Tajikistan.", date: "2023-07-24")
        #expect(found == ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation birthday", "Sadyr Japarov → Shavkat Mirziyoyev congratulation birthday",
                          "Emomali Rahmon → Shavkat Mirziyoyev congratulation birthday"])
    }

    @Test(arguments: [
        // Negation, a call, and a spoken remark at a meeting: no message.
        "President Kassym-Jomart Tokayev has not been congratulated by the leaders of Turkey, Iran and Mongolia.",
        "Kassym-Jomart Tokayev was congratulated by phone by a number of leaders, including those of Turkey, Iran and Mongolia.",
        "The leaders of Turkey, Iran and Mongolia met in Astana and discussed trade.",
    ])
    func noMessageFromAGroupThatSentNone(body: String) {
        #expect(messages(body, date: "2023-12-16").isEmpty)
    }

    // MARK: A group of recipients named by their states after a colon, a dash or an introducer

    @Test(arguments: [
        "Greetings were sent to the heads of the CIS states — Kazakhstan, Kyrgyzstan and Tajikistan.",
        "Greetings were sent to the heads of the CIS member states: Kazakhstan, Kyrgyzstan, Tajikistan.",
        "Greetings also went to the heads of neighbouring states, including Kazakhstan, Kyrgyzstan and Tajikistan.",
        "Greetings were addressed to the presidents of the following countries: Kazakhstan, Kyrgyzstan and Tajikistan.",
    ])
    func recipientsListedAfterTheirGroup(sentence: String) {
        let found = messages("Shavkat Mirziyoyev has sent New Year greetings to the leaders of several countries. " + sentence, date: "2023-12-31")
        for person in ["Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon"] {
            #expect(found.contains("Shavkat Mirziyoyev → \(person) greeting New Year"), "\(person)")
        }
        #expect(found.count == 3)
    }

    @Test func leadersListedAfterADashAreTheirStates() {
        let found = messages("Congratulations were sent by Ilham Aliyev to the leaders of the Turkic states — Turkey, Hungary and Kyrgyzstan, as well as to the people of Georgia.", date: "2021-05-09")
        #expect(found == ["Ilham Aliyev → TUR congratulation -", "Ilham Aliyev → HUN congratulation -", "Ilham Aliyev → KGZ congratulation -",
                          "Ilham Aliyev → GEO congratulation -"])
    }

    @Test func aGroupThatIsOnlyTheSubjectOfAnotherVerbIsNoRecipient() {
        #expect(messages("The heads of the CIS states — Kazakhstan, Kyrgyzstan and Tajikistan — met in Dushanbe to discuss trade.", date: "2023-10-13").isEmpty)
    }

    // MARK: A plural office's states as the subject (`listedSubjects`)

    @Test(arguments: [
        "The Presidents of Kazakhstan, Kyrgyzstan and Tajikistan, as well as other foreign leaders, congratulated Shavkat Mirziyoyev on Independence Day.",
        "The Presidents of Kazakhstan, Kyrgyzstan, Tajikistan sent congratulatory telegrams to Shavkat Mirziyoyev on Independence Day.",
    ])
    func theStatesOfAPluralOfficeAllSend(body: String) {
        let found = messages(body, date: "2023-09-01")
        for person in ["Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon"] {
            #expect(found.contains("\(person) → Shavkat Mirziyoyev congratulation Independence Day"), "\(person)")
        }
    }

    @Test func aPluralOfficeAfterToIsNoSubject() {
        let found = messages("To the presidents of Kazakhstan and Kyrgyzstan Shavkat Mirziyoyev sent congratulations on the New Year.", date: "2023-12-31")
        #expect(!found.contains { $0.hasPrefix("Kassym-Jomart Tokayev →") || $0.hasPrefix("Sadyr Japarov →") })
    }

    // MARK: An office with no country of its own beside a people (`bareOfficeAddressee`)

    @Test(arguments: [
        "Kassym-Jomart Tokayev congratulated the Uzbek people and the President on Independence Day.",
        "Kassym-Jomart Tokayev sent congratulations to the head of state and the people of Uzbekistan on Independence Day.",
        "Kassym-Jomart Tokayev congratulated the President and the people of Uzbekistan on Independence Day.",
    ])
    func theBareOfficeIsTheHolderOfThePeoplesState(body: String) {
        let found = messages(body, date: "2023-09-01")
        #expect(found == ["Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation Independence Day"])
    }

    @Test func anOfficeOutsideTheRecipientPhraseIsNoAddressee() {
        let found = messages("Kassym-Jomart Tokayev congratulated the Uzbek people on Independence Day, the President's press office said.", date: "2023-09-01")
        #expect(!found.contains { $0.contains("→ Shavkat Mirziyoyev") })
    }

    // MARK: A roundup's summary closed by its source's attribution (`summary`, `withoutAttribution`)

    @Test(arguments: [
        "Congratulations continue to pour in following Kassym-Jomart Tokayev's victory in the presidential election, the Akorda press service told reporters.",
        "Messages of congratulation keep arriving after Kassym-Jomart Tokayev's victory in the presidential election, a spokesman told journalists on Monday.",
    ])
    func theSummarysRecipientGoesToTheSendersAfterIt(summary: String) {
        let found = messages(summary + " Among the first to send congratulatory telegrams were Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov.", date: "2022-11-22")
        #expect(found == ["Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation election victory", "Sadyr Japarov → Kassym-Jomart Tokayev congratulation election victory"])
    }

    @Test func aCallReportedWithAnAttributionIsStillSpoken() {
        #expect(messages("Shavkat Mirziyoyev congratulated Kassym-Jomart Tokayev by telephone on his victory, the press service told reporters.", date: "2022-11-22").isEmpty)
    }

    // MARK: A sender named only by an office with no country, after the article named its holder (`officeSubject`)

    @Test(arguments: [
        "The president made the remarks in a congratulatory message to his Kazakh counterpart Kassym-Jomart Tokayev on Independence Day.",
        "The Iranian president also sent a congratulatory message to Kassym-Jomart Tokayev on Independence Day.",
    ])
    func theOfficeIsThePersonNamedBefore(sentence: String) {
        let found = messages("Iranian President Ebrahim Raisi said relations with Kazakhstan had reached their peak. " + sentence, date: "2022-12-16")
        #expect(found == ["Ebrahim Raisi → Kassym-Jomart Tokayev congratulation Independence Day"])
    }

    @Test func theOfficeSpokenAtAMeetingIsNoMessage() {
        let found = messages("Iranian President Ebrahim Raisi arrived in Astana. The president congratulated Kassym-Jomart Tokayev at their meeting on Independence Day.", date: "2022-12-16")
        #expect(found.isEmpty)
    }

    // MARK: What a message's quoted words name is its content, not its addressee

    @Test(arguments: [
        "\"Under your leadership, Kyrgyzstan has embarked on deep reforms,\" reads the message of President of Kazakhstan Kassym-Jomart Tokayev.",
        "\"Kyrgyzstan has achieved great success under your leadership,\" says the telegram from President of Kazakhstan Kassym-Jomart Tokayev.",
    ])
    func aQuotedStateIsNoRecipient(sentence: String) {
        let found = messages("Congratulatory messages continue to arrive addressed to President of Kyrgyzstan Sadyr Japarov on Independence Day. " + sentence, date: "2023-08-31")
        #expect(found == ["Kassym-Jomart Tokayev → Sadyr Japarov congratulation Independence Day"])
    }

    // MARK: A message passed on by word of mouth is spoken (`broadcastWords`)

    @Test(arguments: [
        "Chinese President Xi Jinping sent a verbal message to Kazakh President Kassym-Jomart Tokayev over the unrest.",
        "The envoy conveyed an oral message from Xi Jinping to Kassym-Jomart Tokayev.",
        "Xi Jinping passed on oral greetings to Kassym-Jomart Tokayev through his special envoy.",
    ])
    func aVerbalMessageIsNoWrittenOne(sentence: String) {
        #expect(messages(sentence, date: "2022-01-07").isEmpty)
    }

    @Test func aWrittenMessageBesideIsStillOne() {
        #expect(messages("Chinese President Xi Jinping sent a message to Kazakh President Kassym-Jomart Tokayev over the unrest.", date: "2022-01-07")
            == ["Xi Jinping → Kassym-Jomart Tokayev letter -"])
    }

    // MARK: "Felicitate" is to congratulate

    @Test(arguments: [
        "Iranian President Ebrahim Raisi felicitated Kassym-Jomart Tokayev on Independence Day in a message.",
        "In a message to Kassym-Jomart Tokayev, President Ebrahim Raisi of Iran felicitated Kazakhstan's Independence Day.",
        "Iranian President Ebrahim Raisi sent felicitations to Kassym-Jomart Tokayev on Independence Day.",
    ])
    func felicitationsAreCongratulations(body: String) {
        #expect(messages(body, date: "2022-12-16") == ["Ebrahim Raisi → Kassym-Jomart Tokayev congratulation Independence Day"])
    }

    @Test func felicitatedAtAMeetingIsSpoken() {
        #expect(messages("Ebrahim Raisi felicitated Kassym-Jomart Tokayev on Independence Day at their meeting in Tehran.", date: "2022-12-16").isEmpty)
    }

    // MARK: A recipient named in full whom the reference does not list (`unknownRecipientName`)

    @Test(arguments: [
        ("Vladimir Putin congratulated Anthony Albanese on his election victory.", "Vladimir Putin → Anthony Albanese congratulation election victory"),
        ("Kassym-Jomart Tokayev sent a congratulatory telegram to Mr Joko Widodo on Independence Day.", "Kassym-Jomart Tokayev → Joko Widodo congratulation Independence Day"),
        ("Shavkat Mirziyoyev sent condolences to Fumio Kishida over the earthquake.", "Shavkat Mirziyoyev → Fumio Kishida condolence -"),
    ])
    func anUnlistedPersonIsTheRecipientAsWritten(sentence: String, expected: String) {
        #expect(messages(sentence, date: "2023-08-17") == [expected])
    }

    @Test(arguments: [
        "Vladimir Putin sent a congratulatory message to the forum, Anthony Albanese said.",
        "Kassym-Jomart Tokayev sent greetings to Navruz Bayram participants.",
    ])
    func wordsThatAreNoRecipientsName(sentence: String) {
        let found = messages(sentence, date: "2023-08-17")
        #expect(!found.contains { $0.contains("Anthony Albanese") || $0.contains("Navruz Bayram") })
    }

    // MARK: The last item of a recipient list, a plural group whose states "and" joins

    @Test(arguments: [
        "Kassym-Jomart Tokayev sent congratulations to the leaders of Hungary, Serbia, and the peoples of Georgia and Armenia on Victory Day.",
        "Congratulations on Victory Day went from Kassym-Jomart Tokayev to the leaders of Hungary and Serbia, as well as to the peoples of Georgia and Armenia.",
    ])
    func aPluralGroupAfterAndKeepsBothStates(sentence: String) {
        let found = messages(sentence, date: "2023-05-09")
        for state in ["HUN", "SRB", "GEO", "ARM"] { #expect(found.contains("Kassym-Jomart Tokayev → \(state) congratulation Victory Day"), "\(state)") }
    }

    // MARK: An office of one country in a casing the gazetteer does not read is its holder

    @Test(arguments: [
        ("Nursultan Nazarbayev sent a condolence telegram to the head of Government of the Russian Federation over the crash.", "Nursultan Nazarbayev → Dmitry Medvedev condolence -"),
        ("Nursultan Nazarbayev sent a condolence telegram to the head of State of the Republic of Belarus over the crash.", "Nursultan Nazarbayev → Alexander Lukashenko condolence -"),
    ])
    func aHeadOfGovernmentOrStateIsTheHolder(sentence: String, expected: String) {
        #expect(messages(sentence, date: "2015-11-01") == [expected])
    }

    @Test func aHeadOfGovernmentWhoSpeaksSendsNothing() {
        #expect(messages("The head of Government of the Russian Federation said the crash was a tragedy.", date: "2015-11-01").isEmpty)
    }
}
