import Testing
@testable import RelationsKit

/// Relation labels of the real37–40 round: a label belongs to the pair the sentence states, not to a bloc the sentence
/// names it of. An organisation named just before what it is said to be, by a verb of naming, "as" or a copula, wherever it
/// stands ("called the SCO an alliance", "set up the SCO as a security alliance", "which some describe as", "often called");
/// a bare "alliance" modifying a noun after a preposition ("in alliance planning"); a kind described or a goal ("such an
/// alliance", "towards an alliance"); a document's topic with its parties between the noun and "on" ("a document between A
/// and B on Comprehensive Strategic Partnership"). Invented sentences, with labels that must still be read.
@Suite("extraction: real37–40 round, relation labels")
struct Real40RelationLabelTests: WireCopyProbe {
    func relations(_ body: String) -> Set<String> {
        Set(facts(body, date: "2015-06-05").relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
    }

    @Test(arguments: [
        "Commentators have called the SCO an alliance against the West, although Kazakhstan and China reject the label.",
        "In 2001 Kyrgyzstan and China agreed to set up the Shanghai Cooperation Organisation as a security alliance.",
        "The Eurasian Economic Union, which some describe as an economic alliance, brought Armenia and Kazakhstan together.",
        "NATO, often called a defensive alliance, invited Finland and Sweden to talks.",
        "NATO said it would involve Finland and Sweden in alliance planning.",
        "Tajik officials said Tajikistan and Kyrgyzstan were working towards such an alliance.",
        "Tajikistan and Kyrgyzstan are moving towards an alliance, the ministers said.",
        "Kazakhstan and China will sign a document between Kazakhstan and the People's Republic of China on Comprehensive Strategic Partnership.",
        "The treaty between Uzbekistan and Russia on allied relations was ratified by the Senate.",
        "Kazakhstan signed an agreement with Kyrgyzstan on strategic partnership.",
    ])
    func aBlocsOrADocumentsWordIsNoLabel(sentence: String) {
        #expect(relations(sentence).isEmpty)
    }

    @Test(arguments: [
        ("Kazakhstan and Kyrgyzstan are bound by an alliance.", "KAZ-KGZ alliance"),
        ("Armenia and Russia, both members of the CSTO, have been an alliance for decades.", "ARM-RUS alliance"),
        ("Uzbekistan lives in alliance with Russia, the minister said.", "RUS-UZB alliance"),
        ("Relations between Armenia and Russia were raised to alliance level.", "ARM-RUS alliance"),
        ("Kazakhstan and Russia have a military alliance within the CSTO.", "KAZ-RUS alliance"),
        ("The CSTO summit noted that Armenia and Russia remain an alliance.", "ARM-RUS alliance"),
        ("Armenia and Russia are working toward the strategic partnership they agreed in 2010, the ministers said.", "ARM-RUS strategic partnership"),
    ])
    func aPairsLabelIsStillRead(body: String, expected: String) {
        #expect(relations(body).contains(expected))
    }
}
