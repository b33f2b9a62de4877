import Testing
@testable import RelationsKit

/// Persons' names of the real47–50 round read across what stands inside them (`Gazetteer.interruptsName`): an editor's
/// square bracket ("Mr. X [Y, President of Z]", "[Z President X] Y") and a patronymic between the first name and the surname,
/// or both. The first name then decides between persons of one surname, also with no date to ask the tables, and the
/// person is named as the tables name them. Invented sentences, with near-misses: a salutation by first name and patronymic,
/// a bracket that opens no name.
@Suite("extraction: real47–50 round, names across brackets and patronymics")
struct Real50NameTests: WireCopyProbe {
    func leaders(_ body: String, date: String?) -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    @Test(arguments: [
        // Two Japarovs in the tables; no date: the first name inside the bracket's name decides.
        ("\"Mr. Sadyr [Japarov, President of Kyrgyzstan] invited me,\" the minister said.", nil, "Sadyr Japarov | President | KGZ"),
        ("\"We met with [Tajik President Emomali] Rahmon last week,\" he said.", "2023-05-03", "Emomali Rahmon | President | TJK"),
        ("Kassym-Jomart Kemelevich Tokayev, the President of Kazakhstan, arrived in Baku.", "2023-05-03", "Kassym-Jomart Tokayev | President | KAZ"),
        ("President of Uzbekistan Shavkat Miromonovich Mirziyoyev received the delegation.", "2023-05-03", "Shavkat Mirziyoyev | President | UZB"),
        ("\"My friend Emomali Sharipovich [Rahmon, President of Tajikistan] knows it,\" he said.", "2023-05-03", "Emomali Rahmon | President | TJK"),
    ] as [(String, String?, String)])
    func aNameIsReadAcrossABracketOrAPatronymic(body: String, date: String?, expected: String) {
        #expect(leaders(body, date: date) == [expected])
    }

    @Test(arguments: [
        "Dear Sadyr Nurgozhoevich, I congratulate you on the holiday, wrote the President of Turkey.",
        "\"Kassym-Jomart [the head of state] has spoken,\" the President of Kazakhstan's aide said.",
        "Vladimir Vladimirovich, thank you, said the Prime Minister of Armenia.",
    ])
    func aSalutationOrABracketOutsideANameTiesNoOne(body: String) {
        #expect(leaders(body, date: "2023-05-03").isEmpty)
    }
}

/// Anniversaries of the real47–50 round: a treaty's name with the serial comma before its last topic ("Friendship,
/// Cooperation, and Mutual Assistance"), not a clause after it; the nouns of an organisation's coming into being and of the
/// act that brought it about between the trigger and its name ("of the conclusion of the Collective Security Treaty", "of
/// the initiative on convocation of the CICA"), an act the reference does not date the organisation from marking nothing;
/// and names the reference now knows treaties by. Invented sentences, with near-misses.
@Suite("extraction: real47–50 round, anniversaries of treaties and organisations")
struct Real50AnniversaryTests: WireCopyProbe {
    @Test(arguments: [
        ("Russia and Armenia marked the 25th anniversary of the Treaty of Friendship, Cooperation, and Mutual Assistance, and Kazakhstan and Russia signed a protocol.",
         "2022-08-29", "ARM-RUS Treaty of Friendship, Cooperation and Mutual Assistance 25 2022"),
        ("The visit coincided with the 30th anniversary of the two nations' Treaty of Friendship, Cooperation, and Mutual Assistance, and Russia and Kyrgyzstan signed new deals.",
         "2022-06-10", "KGZ-RUS Treaty of Friendship, Cooperation and Mutual Assistance 30 2022"),
        ("Armenia marked the 30th anniversary of the conclusion of the Collective Security Treaty.", "2022-05-15", " CST 30 2022"),
        ("The forum marked the 30th anniversary of the idea of the CICA.", "2022-10-05", " CICA 30 2022"),
        ("The summit is dated to the 30th anniversary of the initiative on convocation of the CICA.", "2022-10-12", " CICA 30 2022"),
        ("Russia and Uzbekistan mark the 15th anniversary of the Treaty of Alliance.", "2020-11-14", "RUS-UZB Treaty on Allied Relations 15 2020"),
        ("Officials marked the 15th anniversary of the Declaration on the Establishment of the Shanghai Cooperation Organization.", "2016-06-15",
         "CHN-KAZ-KGZ-RUS-TJK-UZB Declaration on the Establishment of the Shanghai Cooperation Organisation 15 2016"),
    ])
    func theAnniversaryIsRead(body: String, date: String, expected: String) {
        #expect(anniversaries(body, date: date) == [expected])
    }

    @Test(arguments: [
        // The Eurasian Union was proposed in 1994; the reference dates the organisation from 2014.
        ("The forum marked the 20th anniversary of the initiative of the Eurasian Economic Union.", "2014-05-29"),
        ("The forum marked the 10th anniversary of the conclusion of talks within the CIS.", "2014-05-29"),
        // A treaty of alliance between other parties is no row of the reference.
        ("Britain and France marked the 100th anniversary of their Treaty of Alliance.", "2016-06-15"),
    ])
    func nothingIsMarked(body: String, date: String) {
        #expect(anniversaries(body, date: date).isEmpty)
    }
}
