import Testing
@testable import RelationsKit

/// Messages, the real51–real52 round: go-betweens. A message named with its sender's possessive ("A's letter to B") and carried
/// by someone the passive's "by" names ("was delivered by Ambassador C") goes from the possessor; the one who carried it sends
/// nothing. Invented sentences (other countries, people and years than the development items), with near-misses that must not
/// fire: a passive whose message names no possessor keeps its "by" agent as the sender.
@Suite("extraction: real51–52 round, messages")
struct Real52MessageTests: WireCopyProbe {
    // MARK: A possessive sender makes the passive's agent a go-between

    /// A person's or a state's possessive, with or without a kind before the medium; the verb of carrying "delivered", "conveyed",
    /// "passed on"; the recipient after the medium or after the verb; a day or an adverb between.
    @Test(arguments: [
        ("ASTANA, 5 May 2021. Kassym-Jomart Tokayev's letter to Shavkat Mirziyoyev was delivered on Tuesday by Kazakh Ambassador Daniyar Sarsenov.",
         "Kassym-Jomart Tokayev → Shavkat Mirziyoyev letter -"),
        ("BAKU, 3 March 2020. Ilham Aliyev's congratulatory message to Emomali Rahmon was conveyed by the Azerbaijani envoy Rauf Guliyev.",
         "Ilham Aliyev → Emomali Rahmon congratulation -"),
        ("DUSHANBE, 2 June 2022. Emomali Rahmon's greetings were passed on to Sadyr Japarov by Tajik Ambassador Rustam Nazarov on Friday.",
         "Emomali Rahmon → Sadyr Japarov greeting -"),
        ("TASHKENT, 7 July 2022. Uzbekistan's message of condolences to Kassym-Jomart Tokayev was delivered by Ambassador Oybek Usmonov.",
         "UZB → Kassym-Jomart Tokayev condolence -"),
    ])
    func aPossessiveSenderMakesTheAgentAGoBetween(body: String, message: String) {
        #expect(messages(body, date: nil) == [message])
    }

    /// Near misses: a passive whose message names no possessor before it, or one after it (the recipient's), keeps the agent
    /// after "by" as the sender.
    @Test(arguments: [
        ("TASHKENT, 7 July 2022. Congratulations were sent to Shavkat Mirziyoyev by Kassym-Jomart Tokayev.",
         "Kassym-Jomart Tokayev → Shavkat Mirziyoyev congratulation -"),
        ("TASHKENT, 7 July 2022. A letter to Emomali Rahmon was signed by Shavkat Mirziyoyev on Monday.",
         "Shavkat Mirziyoyev → Emomali Rahmon letter -"),
        ("TASHKENT, 7 July 2022. Condolences were conveyed to Shavkat Mirziyoyev's family by Ilham Aliyev in a telegram.",
         "Ilham Aliyev → Shavkat Mirziyoyev condolence -"),
    ])
    func withoutAPossessorTheAgentSends(body: String, message: String) {
        #expect(messages(body, date: nil) == [message])
    }
}
