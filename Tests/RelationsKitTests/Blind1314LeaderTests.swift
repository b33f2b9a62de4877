import Testing
@testable import RelationsKit

/// Leaders in the shapes of the blind13/blind14 round: a plural office whose "of" opens a list of countries each followed
/// by its holder ("the presidents of Armenia A, Belarus B and Kazakhstan C"). Invented sentences, with negative cases.
@Suite("extraction: blind13/blind14 round, leaders")
struct Blind1314LeaderTests: WireCopyProbe {
    func leaders(_ body: String, date: String? = "2015-06-05") -> Set<String> {
        Set(facts(body, date: date).leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    @Test(arguments: [
        "Taking part in the talks were the presidents of Belarus Alexander Lukashenko, Kazakhstan Nursultan Nazarbayev and Tajikistan Emomali Rahmon.",
        "The presidents of Belarus Alexander Lukashenko, Kazakhstan Nursultan Nazarbayev, and Tajikistan Emomali Rahmon signed the statement.",
    ])
    func countriesEachFollowedByItsHolder(sentence: String) {
        let found = leaders(sentence)
        #expect(found.isSuperset(of: ["Alexander Lukashenko | President | BLR", "Nursultan Nazarbayev | President | KAZ", "Emomali Rahmon | President | TJK"]))
    }

    @Test func theForeignMinistersTheSame() {
        let found = leaders("The foreign ministers of Russia Sergey Lavrov and Kazakhstan Erlan Idrissov met in Astana.")
        #expect(found.isSuperset(of: ["Sergey Lavrov | Foreign Minister | RUS", "Erlan Idrissov | Foreign Minister | KAZ"]))
    }

    @Test func aCountryWithoutAHolderPlacesNoOne() {
        let found = leaders("The presidents of Belarus and Kazakhstan met Emomali Rahmon in Dushanbe.")
        #expect(!found.contains { $0.hasPrefix("Emomali Rahmon | President | BLR") || $0.hasPrefix("Emomali Rahmon | President | KAZ") })
    }
}

extension Blind1314LeaderTests {
    @Test(arguments: [
        "The reception was attended by Speaker Ruslan Nurmatov, Kazakh Ambassador to Kyrgyzstan Yerlan Sadykov and members of the government.",
        "Guests included Ruslan Nurmatov, Russian Ambassador to Georgia Pavel Sokolov, and several ministers.",
    ])
    func aTitleBeforeTheNextNameIsNotTheFirstOnes(sentence: String) {
        #expect(!leaders(sentence).contains { $0.hasPrefix("Ruslan Nurmatov") })
    }

    @Test func anApposedAmbassadorStillIs() {
        #expect(leaders("Yerlan Sadykov, Kazakh Ambassador to Kyrgyzstan, handed over the message.").contains("Yerlan Sadykov | Ambassador | KAZ"))
    }
}
