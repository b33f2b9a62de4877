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
