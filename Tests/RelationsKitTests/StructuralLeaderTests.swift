import Testing
@testable import RelationsKit

/// Mechanisms rather than phrasings (issue #3, second round): offices tied to names by apposition. Invented sentences.
@Suite("extraction: structural mechanisms, leaders")
struct StructuralLeaderTests {
    static let extractor = Extractor()

    func leaders(_ body: String, date: String? = "2022-02-22") -> Set<String> {
        Set(Self.extractor.extract(Article(source: "test", title: nil, dateText: date, body: TextCleaner.clean(body))).leaders
            .map { "\($0.name) | \($0.office) | \($0.country)" })
    }

    @Test(arguments: [
        "The idea was put forward by Nursultan Nazarbayev, then President of Kazakhstan, at the United Nations.",
        "The idea was put forward by Nursultan Nazarbayev, then the President of Kazakhstan, at the United Nations.",
        "The idea was first voiced by Nursultan Nazarbayev, then Kazakhstan's President, in New York.",
    ])
    func anAdverbOfTimeMayOpenTheApposition(sentence: String) {
        #expect(leaders(sentence).contains("Nursultan Nazarbayev | President | KAZ"))
    }

    @Test(arguments: [
        "Jeyhun Bayramov and Sergey Lavrov, foreign ministers of Azerbaijan and Russia respectively, also took part in the talks.",
        "Jeyhun Bayramov and Sergey Lavrov, the foreign ministers of Azerbaijan and Russia respectively, also took part in the talks.",
        "The talks were also attended by Jeyhun Bayramov and Sergey Lavrov, foreign ministers of Azerbaijan and Russia, respectively.",
    ])
    func namesBeforeAPluralOfficeArePairedWithItsCountriesInOrder(sentence: String) {
        #expect(leaders(sentence) == ["Jeyhun Bayramov | Foreign Minister | AZE", "Sergey Lavrov | Foreign Minister | RUS"])
    }
}
