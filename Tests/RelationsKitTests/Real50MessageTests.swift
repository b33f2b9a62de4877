import Testing
@testable import RelationsKit

/// The classes of wording behind the messages the twentieth real-copy round found missed on real21–52, each pinned by other
/// wordings than the one that showed it, and by near misses that must not fire. Every sentence here is invented.
@Suite("extraction: real-copy round 20, messages")
struct Real50MessageTests: WireCopyProbe {
    // MARK: A letter's signer at its foot

    /// The address block and salutation of a letter printed whole, to Estonia's president.
    static let letterHead = """
    His Excellency Mr. Alar Karis, President of the Republic of Estonia

    Your Excellency,

    """

    @Test(arguments: [
        // The signer and the office on one line, under a letter with no valediction.
        ("I warmly congratulate you on Independence Day of the Republic of Estonia.\n\nMaia Sandu, President of the Republic of Moldova.",
         "Maia Sandu → Alar Karis congratulation Independence Day"),
        // A name the reference does not know, the office on the line under it.
        ("I warmly congratulate you on Independence Day of the Republic of Estonia.\n\nZhang Ming\n\nSecretary General of the Shanghai Cooperation Organization",
         "Zhang Ming → Alar Karis congratulation Independence Day"),
        // The same after a valediction.
        ("Please accept my heartfelt congratulations on Independence Day of the Republic of Estonia.\n\nRespectfully,\n\nZhang Ming\n\nSecretary General of the Shanghai Cooperation Organization",
         "Zhang Ming → Alar Karis congratulation Independence Day"),
        // A valediction over the signer and the office on one line.
        ("Please accept my heartfelt congratulations on Independence Day of the Republic of Estonia.\n\nYours sincerely,\n\nZhang Ming, Secretary General of the Shanghai Cooperation Organization",
         "Zhang Ming → Alar Karis congratulation Independence Day"),
        // The office first and the name closing the line.
        ("I am sending cordial congratulations to you and the people of Estonia on Independence Day.\n\nSincerely yours,\n\nThe President of the Republic of Moldova, Maia Sandu.",
         "Maia Sandu → Alar Karis congratulation Independence Day"),
    ])
    func aLettersSignerMayStandWithTheOfficeOnOneLineOrTwo(letter: String, expected: String) {
        #expect(messages(Self.letterHead + letter, title: "Letters addressed to the President of Estonia", date: "2022-03-01") == [expected])
    }

    @Test func severalLettersUnderOneAddressBlockAreEachSignedAtTheirFoot() {
        let body = Self.letterHead + """
        I warmly congratulate you on Independence Day of the Republic of Estonia.

        Maia Sandu, President of the Republic of Moldova.

        I extend to you my sincere congratulations on the national holiday of your country, Independence Day.

        Zhang Ming, Secretary General of the Shanghai Cooperation Organization.
        """
        #expect(messages(body, title: "Letters addressed to the President of Estonia", date: "2022-03-01") == [
            "Maia Sandu → Alar Karis congratulation Independence Day", "Zhang Ming → Alar Karis congratulation Independence Day",
        ])
    }

    @Test(arguments: [
        // A line that says what someone did is no signature, though it opens with a name and a comma.
        ("Zhang Ming, a friend of the people of Estonia, wished the country success.", "Zhang Ming"),
        // Nor is a line that names the office and goes on to a verb.
        ("Zhang Ming, Secretary General of the Shanghai Cooperation Organization, said the region was calm.", "Zhang Ming"),
        // Nor one that opens with the office, names the person and goes on.
        ("The President of the Republic of Moldova, Maia Sandu, spoke of the talks in Riga.", "Maia Sandu"),
    ])
    func aLineOfReportIsNoSignature(line: String, person: String) {
        let body = Self.letterHead + "I warmly congratulate you on Independence Day of the Republic of Estonia.\n\n" + line
        #expect(!messages(body, title: "Karis receives letters", date: "2022-03-01").contains { $0.hasPrefix(person) })
    }

    // MARK: A people addressed, and the message to its leader

    @Test(arguments: [
        // The people addressed after the message to the leader, in the words of that message.
        "Natalia Gavrilita sent a telegram of condolences to President of Estonia Alar Karis over the floods.\n\nIn the telegram Gavrilita extended condolences to the families of the victims and the people of Estonia.",
        // The people addressed first, the message to the leader told after.
        "Prime Minister of Moldova Natalia Gavrilita congratulated the people of Estonia on Independence Day.\n\nIn a congratulatory message to President of Estonia Alar Karis, Gavrilita wished the country prosperity.",
    ])
    func aPeopleAddressedInTheMessageToItsLeaderIsThatMessage(body: String) {
        let found = messages(body, date: "2022-02-24")
        #expect(found.count == 1 && found.allSatisfy { $0.hasPrefix("Natalia Gavrilița → Alar Karis") }, "\(found)")
    }

    @Test(arguments: [
        "Prime Minister of Moldova Natalia Gavrilita sent a congratulatory telegram to President of Estonia Alar Karis on Independence Day.\n\nGavrilita also sent congratulations to the people of Estonia.",
        "Prime Minister of Moldova Natalia Gavrilita sent a congratulatory telegram to President of Estonia Alar Karis on Independence Day.\n\nSeparately, Gavrilita sent congratulations to the people of Estonia on the holiday.",
    ])
    func aPeopleTheReportSaysWasAddressedBesidesHasAMessageOfItsOwn(body: String) {
        #expect(messages(body, date: "2022-02-24") == [
            "Natalia Gavrilița → Alar Karis congratulation Independence Day", "Natalia Gavrilița → EST congratulation Independence Day",
        ])
    }
}
