import Testing
@testable import RelationsKit

/// Messages, and the leaders a list names, in the mechanisms the real13 and real14 sets found failing: a plural office followed
/// by country and name pairs set off by commas or dashes and parted by semicolons, senders listed after the verb in such pairs,
/// senders after "from ..., including" under titles the tables do not list, a Korean given name's syllable, a title the
/// gazetteer does not know ending a run of capitalized words before a name, a people addressed by senders the sentence does not
/// name, a day a country's possessive names, a letter page under a date stamp with a salutation by given name, and a letter
/// printed whole that greets a people beside "you". Invented articles, with negative cases.
@Suite("extraction: real13 round, messages and listed leaders")
struct Real13MessageTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2024-06-12") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) \($0.office) \($0.country)" })
    }

    static let announcement = "ASTANA, 12 June 2024. Heads of state have sent congratulations to the President of Kazakhstan, Kassym-Jomart Tokayev, on his birthday.\n"

    // MARK: A plural office, then country and name pairs

    @Test(arguments: [
        "The summit opened with speeches by the Presidents of Russia, Vladimir Putin; Uzbekistan, Shavkat Mirziyoyev; and Belarus, Alexander Lukashenko.",
        "The summit opened with speeches by the presidents of Russia, Vladimir Putin, Uzbekistan, Shavkat Mirziyoyev, and Belarus, Alexander Lukashenko.",
        "The summit opened with speeches by the heads of state of Russia - Vladimir Putin; Uzbekistan - Shavkat Mirziyoyev; and Belarus - Alexander Lukashenko.",
        "The summit opened with speeches by the presidents: Russia, Vladimir Putin; Uzbekistan, Shavkat Mirziyoyev; and Belarus, Alexander Lukashenko.",
    ])
    func countryAndNamePairsAfterAPluralOffice(body: String) {
        let found = leaders("ASTANA, 12 June 2024. " + body)
        #expect(found.isSuperset(of: ["Vladimir Putin President RUS", "Shavkat Mirziyoyev President UZB", "Alexander Lukashenko President BLR"]))
    }

    @Test func aKoreanGivenNameKeepsItsSyllable() {
        let found = leaders("SEOUL, 12 June 2025. Messages came from the presidents of South Korea, Lee Jae-myung; and Russia, Vladimir Putin.", date: "2025-06-12")
        #expect(found.contains("Lee Jae-myung President KOR"))
        #expect(!found.contains { $0.hasPrefix("Lee Jae ") })
    }

    @Test func aListOfCountriesBeforeACommaAndANameTiesNoOne() {
        let found = leaders("ASTANA, 12 June 2024. The talks between the presidents of Kazakhstan, Uzbekistan and Kyrgyzstan, Vladimir Putin said, went well.")
        #expect(!found.contains { $0.hasPrefix("Vladimir Putin President KAZ") || $0.hasPrefix("Vladimir Putin President KGZ") })
    }

    // MARK: Senders listed after the verb

    @Test(arguments: [
        "Among those who extended congratulations were the Presidents of Russia, Vladimir Putin; Uzbekistan, Shavkat Mirziyoyev; and Belarus, Alexander Lukashenko.",
        "Among the heads of state who sent their congratulations were the presidents of Russia, Vladimir Putin; Uzbekistan, Shavkat Mirziyoyev; and Belarus, Alexander Lukashenko.",
        "The first to send congratulations were the presidents: Russia, Vladimir Putin; Uzbekistan, Shavkat Mirziyoyev; and Belarus, Alexander Lukashenko.",
    ])
    func sendersInPairsAfterTheVerb(second: String) {
        let found = messages(Self.announcement + second, date: "2024-06-12")
        for sender in ["Vladimir Putin", "Shavkat Mirziyoyev", "Alexander Lukashenko"] {
            #expect(found.contains("\(sender) → Kassym-Jomart Tokayev congratulation birthday"))
        }
    }

    // MARK: Senders after "from ..., including", under titles the tables do not list

    @Test(arguments: [
        "Congratulatory messages also came from senior officials, including Russian Prime Minister Mikhail Mishustin, Deputy Chairman of the Russian Security Council Dmitry Medvedev, and Chairwoman of the Federation Council Valentina Matviyenko.",
        "Greetings also came from officials, including Russian Prime Minister Mikhail Mishustin, Deputy Chairman of the Russian Security Council Dmitry Medvedev, Chairwoman of the Federation Council Valentina Matviyenko, and Kaluga Governor Vladislav Shapsha.",
        "Messages of congratulation arrived from other dignitaries, such as Russian Prime Minister Mikhail Mishustin, Deputy Chairman of the Russian Security Council Dmitry Medvedev and Chairwoman of the Federation Council Valentina Matviyenko.",
    ])
    func sendersUnderTitlesAfterIncluding(second: String) {
        let found = messages(Self.announcement + second, date: "2024-06-12")
        for sender in ["Mikhail Mishustin", "Dmitry Medvedev", "Valentina Matviyenko"] {
            #expect(found.contains { $0.hasPrefix("\(sender) → Kassym-Jomart Tokayev") })
        }
        #expect(!found.contains { $0.contains("Governor") })
    }

    @Test func aClauseAfterTheListEndsIt() {
        let body = Self.announcement + "Greetings also came from officials, including Russian Prime Minister Mikhail Mishustin, and a film shown that evening featured Dmitry Medvedev."
        let found = messages(body, date: "2024-06-12")
        #expect(found.contains { $0.hasPrefix("Mikhail Mishustin → Kassym-Jomart Tokayev") })
        #expect(!found.contains { $0.hasPrefix("Dmitry Medvedev") })
    }

    // MARK: A people addressed by senders the sentence does not name

    @Test(arguments: ["to the Polish people", "to the people of Poland", "to the nation of Poland"])
    func aPeopleAnnouncedReceivesTheNextMessages(people: String) {
        let body = "VILNIUS, 11 April 2010. The presidents of the three Baltic states have sent their condolences \(people) after the air crash.\n\nLithuanian President Dalia Grybauskaite also sent her condolences."
        #expect(messages(body, date: "2010-04-11").contains("Dalia Grybauskaitė → POL condolence -"))
    }

    @Test func noAnnouncementNoRecipient() {
        let body = "VILNIUS, 11 April 2010. A plane crashed near Smolensk.\n\nLithuanian President Dalia Grybauskaite also sent her condolences."
        #expect(messages(body, date: "2010-04-11").isEmpty)
    }

    // MARK: A day a country's possessive names

    @Test(arguments: ["Lithuania's State Restoration Day", "Lithuania's Statehood Day", "Lithuania's Coronation Day"])
    func aCountrysOwnDayIsItsNationalHoliday(day: String) {
        let body = "MINSK, February 16. /TASS/. \"Our nations are close neighbours,\" the Belarusian president said in his greeting on the occasion of \(day)."
        #expect(messages(body, date: "2022-02-16") == ["Alexander Lukashenko → LTU greeting national holiday"])
    }

    @Test func anInternationalDayIsNoCountrysHoliday() {
        let body = "MINSK, February 16. /TASS/. \"Our nations are close neighbours,\" the Belarusian president said in his greeting on the occasion of the International Day of Peace."
        #expect(!messages(body, date: "2022-02-16").contains { $0.hasSuffix("national holiday") })
    }

    // MARK: A letter page under a date stamp, with a salutation by given name

    static func letterPage(stamp: String, salutation: String) -> String {
        (stamp.isEmpty ? "" : stamp + "\n") + salutation + "\nOn behalf of the people of Uzbekistan, I send you my warmest congratulations on the national holiday of Kazakhstan – Independence Day.\n"
            + "I am sure that the friendship between our two countries will grow.\nRespectfully,\nShavkat Mirziyoyev\nPresident of the Republic of Uzbekistan\nTashkent, 16 December 2022"
    }

    @Test(arguments: [("16 December 2022, 10:05", "Dear Kassym-Jomart Kemelevich,"), ("", "Dear Kassym-Jomart Kemelevich,"), ("16.12.2022 10:05", "Dear Kassym-Jomart Kemelevich!")])
    func aSalutationByGivenNameIsTheHolder(stamp: String, salutation: String) {
        let found = messages(Self.letterPage(stamp: stamp, salutation: salutation), title: "To President of Kazakhstan", date: "2022-12-16")
        #expect(found == ["Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Independence Day"])
    }

    @Test func aSalutationByOfficeLeavesTheCountry() {
        let found = messages(Self.letterPage(stamp: "16 December 2022, 10:05", salutation: "Dear Mr President,"), title: "To President of Kazakhstan", date: "2022-12-16")
        #expect(found == ["Shavkat Mirziyoyev → KAZ congratulation Independence Day"])
    }

    // MARK: A letter printed whole that greets a people beside "you"

    @Test func thePeopleBesideYouShareTheLetter() {
        let body = """
            President of Uzbekistan Shavkat Mirziyoyev has sent a congratulatory letter to President of Kazakhstan Kassym-Jomart Tokayev on Independence Day.

            The letter reads:

            His Excellency Mr. Kassym-Jomart Tokayev, President of the Republic of Kazakhstan

            Dear Colleague,

            Allow me to extend my sincere congratulations to you and to the people of Kazakhstan on the occasion of Independence Day.

            I also thank you for your congratulations on the Independence Day of Uzbekistan last September.

            Sincerely,

            Shavkat Mirziyoyev

            President of the Republic of Uzbekistan
            """
        let found = messages(body, title: "Mirziyoyev sends congratulatory letter to Tokayev", date: "2022-12-16")
        #expect(found.contains("Shavkat Mirziyoyev → Kassym-Jomart Tokayev congratulation Independence Day"))
        #expect(found.contains { $0.hasPrefix("Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation") })
        #expect(!found.contains { $0.contains("→ KAZ") || $0.hasPrefix("UZB →") })
    }
    // MARK: A state in the title stands for no person the body names

    @Test func theTitlesStateIsTheSignerTheBodyNames() {
        let body = "President of the Republic of Estonia Alar Karis has sent a congratulatory letter to President of Kazakhstan Kassym-Jomart Tokayev on Independence Day.\n\nThe letter reads:\n\nDear Colleague,\n\nPlease accept my congratulations on Independence Day.\n\nSincerely,\n\nAlar Karis"
        let found = messages(body, title: "Estonian President sends congratulatory letter to President Kassym-Jomart Tokayev", date: "2022-12-16")
        #expect(found.contains("Alar Karis → Kassym-Jomart Tokayev congratulation Independence Day"))
        #expect(!found.contains { $0.hasPrefix("EST →") })
    }

    // MARK: The "of" of a message's kind names no sender

    @Test func theKindsOfNamesNoSender() {
        let body = "KYIV, 16 December 2015. President of Ukraine Petro Poroshenko forwarded a telegram of congratulations President of Kazakhstan Nursultan Nazarbayev on Independence Day."
        #expect(!messages(body, date: "2015-12-16").contains { $0.hasPrefix("Nursultan Nazarbayev → Petro Poroshenko") })
    }

    @Test(arguments: ["The congratulatory message of President Vladimir Putin to Kassym-Jomart Tokayev was published on Monday.",
                      "The telegram of Russian President Vladimir Putin to Kassym-Jomart Tokayev was published on Monday."])
    func theOfOfAMessageStillNamesItsSender(body: String) {
        #expect(messages("ASTANA, 16 December 2019. " + body, date: "2019-12-16").contains { $0.hasPrefix("Vladimir Putin → Kassym-Jomart Tokayev") })
    }
    // MARK: Two occasions joined before the message word

    @Test(arguments: [("New Year and Christmas greetings", "New Year"), ("New Year and Orthodox Christmas greetings", "New Year"), ("Christmas greetings", "Christmas")])
    func theFirstOfTwoOccasionsBeforeTheMessage(phrase: String, expected: String) {
        let body = "MOSCOW, 30 December 2021. In his \(phrase) to President of Kazakhstan Kassym-Jomart Tokayev, Vladimir Putin noted the progress of cooperation."
        #expect(messages(body, date: "2021-12-30") == ["Vladimir Putin → Kassym-Jomart Tokayev greeting \(expected)"])
    }
    // MARK: A name before a title the conventions do not list

    @Test(arguments: ["Chargé d'affaires of the Embassy of Azerbaijan in Kazakhstan", "Consul General of Azerbaijan in Almaty", "Charge d'Affaires of Azerbaijan"])
    func aNameBeforeADiplomatsTitleSends(title: String) {
        let body = "ASTANA, 16 December 2023. In his congratulatory message to Kazakhstan on Independence Day, Rauf Guliyev, \(title), noted the close ties between the two countries."
        #expect(messages(body, date: "2023-12-16").contains("Rauf Guliyev → KAZ congratulation Independence Day"))
    }

    @Test func aNameBeforeAPlainNounSendsNothing() {
        let body = "ASTANA, 16 December 2023. In his congratulatory message to Kazakhstan on Independence Day, Rauf Guliyev, a businessman from Baku, noted the close ties."
        #expect(!messages(body, date: "2023-12-16").contains { $0.hasPrefix("Rauf Guliyev") })
    }
    // MARK: A group's name, then the pairs set off by dashes

    @Test(arguments: [
        "The presidents of the Customs Union's member-states -- Russia's Vladimir Putin, Kazakhstan's Nursultan Nazarbayev, and Belarus's Alexander Lukashenko -- signed the road map.",
        "The presidents of the bloc's member states (Russia's Vladimir Putin, Kazakhstan's Nursultan Nazarbayev and Belarus's Alexander Lukashenko) signed the road map.",
        "The presidents of the union's founding states: Russia's Vladimir Putin, Kazakhstan's Nursultan Nazarbayev and Belarus's Alexander Lukashenko signed the road map.",
    ])
    func pairsAfterAGroupsName(body: String) {
        let found = leaders("BISHKEK, 30 May 2014. " + body, date: "2014-05-30")
        #expect(found.isSuperset(of: ["Vladimir Putin President RUS", "Nursultan Nazarbayev President KAZ", "Alexander Lukashenko President BLR"]))
    }

    @Test func aDashAfterAGroupWithNoNamesTiesNoOne() {
        let found = leaders("BISHKEK, 30 May 2014. The presidents of the member-states -- all of them present -- signed the road map.", date: "2014-05-30")
        #expect(found.isEmpty)
    }
}
