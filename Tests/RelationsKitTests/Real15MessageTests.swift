import Testing
@testable import RelationsKit

/// Messages and leaders in the mechanisms the real15 and real16 sets found failing: a message recorded or broadcast is not a
/// written one, a letter's address block or signature whose office line opens with an article or a qualifier ("The President
/// of X", "The First President of X"), the kind the article says its receiver gets, China's Spring Festival as a New Year
/// (and a generic "national holiday" that a shared holiday does not name), a military rank glued before a name, the one whose
/// death a condolence article reports (neither sender nor recipient anywhere in it), and a people beside its own leader in a
/// sentence that refers back to the message. Invented articles, with negative cases.
@Suite("extraction: real15 round, messages and leaders")
struct Real15MessageTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2023-02-06") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) \($0.office) \($0.country)" })
    }

    // MARK: Recorded or broadcast messages are not written

    @Test(arguments: [
        "President Gitanas Nausėda recorded a short video message of congratulations to the people of Ukraine.",
        "President Gitanas Nausėda congratulated the people of Ukraine in a televised address.",
        "Gitanas Nausėda, the President of Lithuania, sent a video greeting to the Ukrainian people on Independence Day.",
        "In a TV address to the people of Ukraine, President Gitanas Nausėda conveyed his congratulations.",
        "President Gitanas Nausėda also released a recorded message of greetings to the people of Ukraine.",
    ])
    func aBroadcastMessageIsNoWrittenOne(body: String) {
        let found = messages("VILNIUS, 24 August 2024. " + body, date: "2024-08-24")
        #expect(found.isEmpty)
    }

    @Test(arguments: [
        "President Gitanas Nausėda sent a congratulatory letter to the people of Ukraine.",
        "President Gitanas Nausėda sent a telegram of congratulations to the people of Ukraine, which was also read out in a video address.",
    ])
    func aWrittenMessageStaysEvenBesideAVideo(body: String) {
        let found = messages("VILNIUS, 24 August 2024. " + body, date: "2024-08-24")
        #expect(found.contains { $0.hasPrefix("Gitanas Nausėda → UKR congratulation") })
    }

    // MARK: A letter's office line opening with an article or a qualifier

    static func letterPage(addresseeOffice: String, signer: String, signerOffice: String, lead: String) -> String {
        """
        TASHKENT, 21 March 2022. \(lead)

        His Excellency,
        Mr. Shavkat Mirziyoyev
        \(addresseeOffice)

        Dear Mr. President!

        Please accept my warm congratulations on the spring holiday of Navruz.

        I wish you good health and your people peace and well-being.

        \(signer),
        \(signerOffice)
        """
    }

    @Test(arguments: [
        ("The President of the Republic of Uzbekistan", "Xi Jinping", "The President of the People's Republic of China", "Xi Jinping"),
        ("President of the Republic of Uzbekistan", "Nursultan Nazarbayev", "The First President of the Republic of Kazakhstan", "Nursultan Nazarbayev"),
        ("The President of the Republic of Uzbekistan", "Sadyr Japarov", "President of the Kyrgyz Republic", "Sadyr Japarov"),
    ])
    func aSignerUnderAnOfficeLineWithAnArticle(addresseeOffice: String, signer: String, signerOffice: String, expected: String) {
        let lead = "The President of Uzbekistan Shavkat Mirziyoyev is receiving congratulations on Navruz from the heads of foreign states."
        let found = messages(Self.letterPage(addresseeOffice: addresseeOffice, signer: signer, signerOffice: signerOffice, lead: lead), date: "2022-03-21")
        #expect(found.contains("\(expected) → Shavkat Mirziyoyev congratulation Nowruz"))
        #expect(!found.contains { $0.hasPrefix("CHN →") || $0.hasPrefix("KAZ →") })
    }

    @Test func theReceivedKindIsTheLettersKind() {
        let lead = "The President of Uzbekistan Shavkat Mirziyoyev has been receiving holiday greetings from the heads of state."
        let found = messages(Self.letterPage(addresseeOffice: "The President of the Republic of Uzbekistan", signer: "Xi Jinping",
                                             signerOffice: "The President of the People's Republic of China", lead: lead), date: "2022-03-21")
        #expect(found.contains("Xi Jinping → Shavkat Mirziyoyev greeting Nowruz"))
    }

    @Test func aNameOverALineThatIsNoOfficeSignsNothing() {
        let lead = "The President of Uzbekistan Shavkat Mirziyoyev is receiving congratulations on Navruz from the heads of foreign states."
        let found = messages(Self.letterPage(addresseeOffice: "The President of the Republic of Uzbekistan", signer: "Xi Jinping",
                                             signerOffice: "The Great Hall of the People", lead: lead), date: "2022-03-21")
        #expect(!found.contains { $0.hasPrefix("Xi Jinping →") })
    }

    // MARK: The Spring Festival, and a national holiday that a shared holiday does not name

    @Test(arguments: [
        "President Kassym-Jomart Tokayev congratulated President of China Xi Jinping on the occasion of the Spring Festival.",
        "President Kassym-Jomart Tokayev sent a congratulatory message to President of China Xi Jinping on the Spring Festival, the Chinese New Year.",
        "President Kassym-Jomart Tokayev congratulated President of China Xi Jinping on the Lunar New Year.",
    ])
    func theSpringFestivalIsANewYear(body: String) {
        let found = messages("ASTANA, 10 February 2024. " + body, date: "2024-02-10")
        #expect(found.contains("Kassym-Jomart Tokayev → Xi Jinping congratulation New Year"))
    }

    @Test func nowruzCalledTheSpringFestivalStaysNowruz() {
        let found = messages("BAKU, 20 March 2023. President Vladimir Putin congratulated President Ilham Aliyev on Novruz, the Spring Festival.", date: "2023-03-20")
        #expect(found.contains("Vladimir Putin → Ilham Aliyev congratulation Nowruz"))
    }

    @Test func aNationalHolidayInAnArticleAboutTheSpringFestival() {
        let body = """
        ASTANA, 10 February 2024. President Kassym-Jomart Tokayev congratulated President of China Xi Jinping on the Spring Festival.

        Earlier, Kassym-Jomart Tokayev congratulated President of Lithuania Gitanas Nausėda on the national holiday.
        """
        let found = messages(body, title: "Tokayev congratulates Xi on the Spring Festival", date: "2024-02-10")
        #expect(found.contains("Kassym-Jomart Tokayev → Gitanas Nausėda congratulation national holiday"))
    }

    // MARK: A military rank before a name

    @Test(arguments: [
        "Azerbaijani Defense Minister Col-Gen Zakir Hasanov sent his condolences to the Turkish side.",
        "Azerbaijani Defense Minister Colonel General Zakir Hasanov sent his condolences to the Turkish side.",
        "Azerbaijani Defense Minister Col. Gen. Zakir Hasanov sent his condolences to the Turkish side.",
        "Azerbaijani Defense Minister Army General Zakir Hasanov sent his condolences to the Turkish side.",
    ])
    func aRankIsNoPartOfTheName(body: String) {
        let found = leaders("BAKU, 6 February 2023. " + body)
        #expect(found.contains("Zakir Hasanov Defence Minister AZE"))
        #expect(!found.contains { $0.contains("Gen") || $0.contains("Col") })
    }

    @Test func aTitleAfterARankWordIsNoName() {
        let found = messages("MOSCOW, 6 February 2023. The chief of the General Staff sent a letter of condolences to the Turkish side, and General Secretary of the party Ivan Petrov sent a telegram to President Recep Tayyip Erdogan.", date: "2023-02-06")
        #expect(!found.contains { $0.hasPrefix("Staff") || $0.hasPrefix("Secretary") })
    }

    // MARK: The one whose death is reported neither sends nor receives, anywhere in the article

    @Test(arguments: [
        "\"His (Karimov's) passing is a heavy loss for the whole people,\" Putin said in the telegram of condolences.",
        "\"Islam Karimov's death is a heavy loss for the whole people,\" Putin wrote in the telegram.",
        "In the telegram, Putin recalled that Islam Karimov had led the country for a quarter of a century.",
    ])
    func theDeceasedSendsNothing(second: String) {
        let body = "MOSCOW, 2 September 2016. Russian President Vladimir Putin has expressed condolences over the death of Uzbek President Islam Karimov to Acting President Nigmatilla Yuldashev.\n\n" + second
        let found = messages(body, date: "2016-09-02")
        #expect(found.contains("Vladimir Putin → Nigmatilla Yuldashev condolence -"))
        #expect(!found.contains { $0.hasPrefix("Islam Karimov →") || $0.contains("→ Islam Karimov") })
    }

    @Test func aLeaderWhoseMotherDiedStillReceives() {
        let body = "MOSCOW, 2 September 2016. Russian President Vladimir Putin has sent condolences to Kazakh President Nursultan Nazarbayev over the death of the mother of Nursultan Nazarbayev.\n\nPutin also sent a telegram of condolences to Nursultan Nazarbayev."
        let found = messages(body, date: "2016-09-02")
        #expect(found.contains("Vladimir Putin → Nursultan Nazarbayev condolence -"))
    }

    // MARK: A people beside its own leader, in a sentence that refers back to the message

    @Test(arguments: [
        "In his message, the Tajik leader extends deep condolences to President Kassym-Jomart Tokayev and the people of Kazakhstan.",
        "In the message, Rahmon expressed condolences to President Kassym-Jomart Tokayev and the entire people of Kazakhstan.",
        "The message also conveys condolences to Kassym-Jomart Tokayev and the people of Kazakhstan.",
    ])
    func aPeopleBesideItsLeaderInADescribedMessage(second: String) {
        let body = "DUSHANBE, 10 January 2022. Tajik President Emomali Rahmon sent a message of condolences to his Kazakh counterpart Kassym-Jomart Tokayev over the deadly unrest.\n\n" + second
        let found = messages(body, date: "2022-01-10")
        #expect(found.contains("Emomali Rahmon → Kassym-Jomart Tokayev condolence -"))
        #expect(!found.contains { $0.hasPrefix("Emomali Rahmon → KAZ") })
    }

    @Test func aPeopleAddressedOnItsOwnIsAMessage() {
        let body = "DUSHANBE, 10 January 2022. Tajik President Emomali Rahmon sent a message of condolences to his Kazakh counterpart Kassym-Jomart Tokayev over the deadly unrest.\n\nRahmon also sent a separate message of condolences to the people of Kyrgyzstan."
        let found = messages(body, date: "2022-01-10")
        #expect(found.contains("Emomali Rahmon → KGZ condolence -"))
    }
}
