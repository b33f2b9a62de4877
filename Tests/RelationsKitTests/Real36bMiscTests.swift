import Testing
@testable import RelationsKit

/// An office given by taking it, in the shapes of the second real36 round: an ordinal in digits or words counts the
/// holders and leaves the office ("elected 6th President of X", "X's 6-th President"), and an election won for an office
/// reads as "elected as" ("on his victory in the election for President of X"). Invented sentences, with negative cases:
/// a race, a candidacy, a defeat, a hope.
@Suite("extraction: real36b round, offices taken")
struct Real36bOfficeTakenTests: WireCopyProbe {
    func leaders(_ body: String) -> Set<String> {
        Set(facts(body, date: "2023-08-31").leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    @Test(arguments: [
        "Emomali Rahmon congratulated Sadyr Japarov on being elected 6th President of Kyrgyzstan.",
        "Sadyr Japarov, the 6th President of Kyrgyzstan, arrived in Dushanbe on Thursday.",
        "Sadyr Japarov, Kyrgyzstan's 6-th President, arrived in Dushanbe on Thursday.",
        "Sadyr Japarov became the sixth President of Kyrgyzstan.",
        "Emomali Rahmon congratulated Sadyr Japarov on his victory in the election for President of Kyrgyzstan.",
        "Emomali Rahmon congratulated Sadyr Japarov on winning the election for President of Kyrgyzstan.",
        "Messages poured in for Sadyr Japarov after his win in the elections for President of Kyrgyzstan.",
    ])
    func theOfficeTakenIsHeld(sentence: String) {
        #expect(leaders(sentence).contains("Sadyr Japarov | President | KGZ"))
    }

    @Test(arguments: [
        "Almaz Tokonov is running in the election for President of Kyrgyzstan.",
        "Almaz Tokonov, the candidate for President of Kyrgyzstan, arrived in Osh on Thursday.",
        "Almaz Tokonov lost the election for President of Kyrgyzstan.",
        "Almaz Tokonov, who hopes to become the 7th President of Kyrgyzstan, arrived in Osh on Thursday.",
    ])
    func aRaceOrACandidacyIsNoOffice(sentence: String) {
        #expect(!leaders(sentence).contains { $0.hasPrefix("Almaz Tokonov") })
    }
}
