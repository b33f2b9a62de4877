import Testing
@testable import RelationsKit

/// Mechanisms of the twentieth real-copy round (r26) for memberships, each read as a class of wordings rather than one
/// sentence. Every sentence here is invented; the countries, people and years are not those of the development items.
@Suite("extraction: real-copy round 26, memberships")
struct Real50MembershipTests: WireCopyProbe {
    // MARK: "accept" is an admission, in every form, as "admit" is

    /// The admitting side's acceptance of a country in a member's role is its admission: the decision to accept is the
    /// admission itself (also in a communiqué's present, "unanimously decide"), the procedure launched to accept is a step
    /// towards it, the future a plan; the names may follow a member noun after a comma, a colon, a dash or "namely".
    @Test(arguments: [
        ("All members of the alliance unanimously decide to accept Hungary as a full member of NATO.", ["HUN joined NATO"]),
        ("The NATO leaders decided to accept Poland and Hungary as full members.", ["POL joined NATO", "HUN joined NATO"]),
        ("NATO agreed to accept Greece into the alliance.", ["GRC joined NATO"]),
        ("The NATO summit accepted two new members: Slovakia and Slovenia.", ["SVK joined NATO", "SVN joined NATO"]),
        ("NATO admitted three new members - Poland, Hungary and the Czech Republic - in Washington.", ["POL joined NATO", "HUN joined NATO", "CZE joined NATO"]),
        ("The NATO summit launched the procedures to accept new members, Bulgaria and Romania, which are partners today.", ["BGR plans_to_join NATO", "ROU plans_to_join NATO"]),
        ("NATO will accept Spain as a member next year.", ["ESP plans_to_join NATO"]),
        ("The SCO is accepting Tajikistan as a full member at this summit.", ["TJK joined SCO"]),
    ])
    func anAcceptanceAsAMemberIsAnAdmission(sentence: String, expected: [String]) {
        #expect(memberships(sentence) == Set(expected))
    }

    /// Near-misses: "accept" with another object, a role that is no member's, a refusal, a decision still ahead, a quoted
    /// request, and a member noun that names the members already there.
    @Test(arguments: [
        "NATO accepted Turkey's proposal on the summit's agenda.",
        "The SCO decided to accept Turkey as a dialogue partner.",
        "NATO refused to accept Georgia as a member.",
        "The leaders will decide next year whether to accept Moldova as a member of the EU.",
        "Moscow will never accept Finland into NATO, the minister said.",
        "NATO accepted the member states, Poland among them, as hosts of the exercise.",
        "The alliance welcomed Austria to the summit in Madrid as a guest.",
        "Kazakhstan is ready to accept all the commitments of the OSCE.",
    ])
    func otherAcceptancesAreNoAdmission(sentence: String) {
        #expect(memberships(sentence).isEmpty)
    }
    // MARK: names completing an organisation's name are its members, not the subject

    /// The countries that complete an organisation's name ("the Union State of Russia and Belarus", "the Customs Union of
    /// Russia, Belarus and Kazakhstan") are its members, before the verb as after it: a second infinitive, a relative clause
    /// or a later clause takes the subject named before them, or none.
    @Test(arguments: [
        ("South Ossetia hopes to join the Union State of Russia and Belarus, as well as to join the Eurasian Economic Union.",
         ["XSO plans_to_join UNION_STATE", "XSO plans_to_join EAEU"]),
        ("Transnistria intends to enter the Customs Union of Russia, Belarus and Kazakhstan and later to join the Eurasian Economic Union.",
         ["XTR plans_to_join CU", "XTR plans_to_join EAEU"]),
        ("Its leader praised the Union State of Russia and Belarus and other states that would like to join this union.", []),
    ])
    func namesCompletingAnOrganisationsNameDoNotAct(sentence: String, expected: [String]) {
        #expect(memberships(sentence) == Set(expected))
    }

    /// Near-misses that must still act: a subject before the organisation's name, and a country named outside it.
    @Test(arguments: [
        ("Belarus, a member of the Union State of Russia and Belarus, has applied to join the SCO.", ["BLR plans_to_join SCO"]),
        ("The Customs Union of Russia, Belarus and Kazakhstan was set up in 2010, and Armenia joined it in 2015.", ["ARM joined CU"]),
    ])
    func namesOutsideAnOrganisationsNameStillAct(sentence: String, expected: [String]) {
        #expect(memberships(sentence) == Set(expected))
    }
}
