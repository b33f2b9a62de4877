import Foundation
import Testing
@testable import RelationsKit

@Suite("extraction on the seed article")
struct SeedExtractionTests {
    static let facts: ArticleFacts = {
        let file = Bundled.seedArticles.first { $0.name.hasSuffix(".txt") }!
        var article: Article?
        try! ArticleReader.read(data: Data(file.text.utf8), location: file.name, format: .text) { article = try $0.get() }
        return Extractor().extract(article!)
    }()

    @Test func publicationDateComesFromTheDatelineAndTheWeekday() {
        #expect(Self.facts.published_on == "2017-12-30")
        #expect(Self.facts.title == "Putin sends New Year greetings to CIS leaders")
    }

    @Test func theFiveAnniversariesWithTheirArithmetic() {
        let found = Self.facts.anniversaries.map { "\($0.parties.joined(separator: "-")) \($0.ordinal) \($0.subject) \($0.year ?? 0) \($0.since ?? 0)" }
        #expect(Set(found) == [
            "AZE-RUS 25 diplomatic relations 2017 1992",
            "ARM-RUS 25 diplomatic relations 2017 1992",
            "ARM-RUS 20 Treaty of Friendship, Cooperation and Mutual Assistance 2017 1997",
            "BLR-RUS 25 diplomatic relations 2017 1992",
            "KAZ-RUS 25 diplomatic relations 2017 1992",
        ])
    }

    @Test func evidenceOffsetsCutTheSentenceOutOfTheBody() throws {
        let file = Bundled.seedArticles.first { $0.name.hasSuffix(".txt") }!
        var article: Article?
        try ArticleReader.read(data: Data(file.text.utf8), location: file.name, format: .text) { article = try $0.get() }
        let body = Array(article!.body.unicodeScalars)
        for anniversary in Self.facts.anniversaries {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: body[anniversary.start..<anniversary.end])
            let evidence = String(view)
            #expect(evidence.contains(String(anniversary.ordinal)))
            #expect(evidence.contains("anniversary") || evidence.contains("years since"))
        }
    }

    @Test func leadersAreTiedToTheirCountries() {
        let leaders = Set(Self.facts.leaders.map { "\($0.name)|\($0.office)|\($0.country)" })
        for expected in ["Ilham Aliyev|President|AZE", "Serzh Sargsyan|President|ARM", "Alexander Lukashenko|President|BLR",
                         "Nursultan Nazarbayev|President|KAZ", "Igor Dodon|President|MDA", "Emomali Rahmon|President|TJK",
                         "Gurbanguly Berdimuhamedov|President|TKM", "Shavkat Mirziyoyev|President|UZB", "Vladimir Putin|President|RUS",
                         "Petro Poroshenko|President|UKR"] {
            #expect(leaders.contains(expected), "missing \(expected)")
        }
    }

    @Test func ukrainesPlanToQuitTheCISIsAMembershipEvent() {
        #expect(Self.facts.memberships.map { "\($0.country) \($0.action) \($0.org)" } == ["UKR plans_to_leave CIS"])
    }

    @Test func organisationsAndCountries() {
        #expect(Self.facts.organisations == ["CIS", "CSTO", "EAEU", "UNION_STATE"])
        #expect(Self.facts.countries == ["ARM", "AZE", "BLR", "KAZ", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB"])
    }
}

extension SeedExtractionTests {
    @Test func eightNewYearGreetingsAndNoneToUkraine() {
        let messages = Set(Self.facts.messages.map { "\($0.from) → \($0.to) | \($0.kind) | \($0.occasion ?? "-")" })
        #expect(messages == [
            "Vladimir Putin → Ilham Aliyev | greeting | New Year",
            "Vladimir Putin → Serzh Sargsyan | greeting | New Year",
            "Vladimir Putin → Alexander Lukashenko | greeting | New Year",
            "Vladimir Putin → Nursultan Nazarbayev | greeting | New Year",
            "Vladimir Putin → Igor Dodon | greeting | New Year",
            "Vladimir Putin → Emomali Rahmon | greeting | New Year",
            "Vladimir Putin → Gurbanguly Berdimuhamedov | greeting | New Year",
            "Vladimir Putin → Shavkat Mirziyoyev | greeting | New Year",
        ])
    }

    @Test func relationshipLabelsNameTheirPair() {
        let labels = Set(Self.facts.relations.map { "\($0.parties.joined(separator: "-")) \($0.label)" })
        for expected in ["KAZ-RUS strategic partnership", "KAZ-RUS alliance", "RUS-TJK strategic partnership", "RUS-TKM strategic partnership",
                         "RUS-UZB strategic partnership", "RUS-UZB alliance", "ARM-RUS alliance"] {
            #expect(labels.contains(expected), "missing \(expected)")
        }
        // "the two allied countries" describes the parties and labels no relations (both real6 annotators of this text).
        #expect(!labels.contains("BLR-RUS allied relations"))
    }
}
