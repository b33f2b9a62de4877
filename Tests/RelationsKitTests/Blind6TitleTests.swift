import Testing
@testable import RelationsKit

/// Facts only a title states, in the shape of the sixth blind round: a page that publishes a letter names its sender and
/// addressee with their offices in the title, and the body is the letter ("Dear Ms X, ... Signature"). Invented pages, with
/// negative cases.
@Suite("extraction: blind6 round, titles")
struct Blind6TitleTests: WireCopyProbe {
    static let letter = "Dear Ms Battsetseg,\n\nPlease accept my sincere congratulations on the centenary of our relations.\n\nI wish you good health and success.\n\nSergey Lavrov"

    @Test(arguments: [
        "Foreign Minister Sergey Lavrov's greetings to Minister of Foreign Affairs of Mongolia Batmunkh Battsetseg on the 100th anniversary of diplomatic relations",
        "Foreign Minister Sergey Lavrov's message of greetings to Foreign Minister of Mongolia Batmunkh Battsetseg on the 100th anniversary of diplomatic relations",
    ])
    func aLettersTitleNamesItsSenderAndAddressee(title: String) {
        let found = facts(Self.letter, title: title, date: "2021-11-05")
        let leaders = Set(found.leaders.map { "\($0.name) | \($0.office) | \($0.country)" })
        #expect(leaders == ["Sergey Lavrov | Foreign Minister | RUS", "Batmunkh Battsetseg | Foreign Minister | MNG"])
        #expect(found.messages.map { "\($0.from) → \($0.to) \($0.kind) \($0.occasion ?? "-")" } == ["Sergey Lavrov → Batmunkh Battsetseg greeting anniversary"])
    }

    @Test func aTitlesLeaderHasItsEvidenceInTheBody() {
        let body = TextCleaner.clean(Self.letter)
        let found = facts(Self.letter, title: "Foreign Minister Sergey Lavrov's greetings to Minister of Foreign Affairs of Mongolia Batmunkh Battsetseg", date: "2021-11-05")
        let scalars = Array(body.unicodeScalars)
        for leader in found.leaders {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[leader.start..<leader.end])
            #expect(leader.name.hasSuffix(String(view)))
        }
    }

    @Test func anAddresseeTheLetterDoesNotNameIsNoLeaderButStillReceives() {
        let body = "Dear Mr President,\n\nI was deeply saddened by the news of the earthquake.\n\nKassym-Jomart Tokayev"
        let found = facts(body, title: "President Kassym-Jomart Tokayev's condolences to President of Turkey Recep Tayyip Erdogan", date: "2023-02-06")
        #expect(!found.leaders.contains { $0.name == "Recep Tayyip Erdogan" })
        #expect(found.messages.contains { $0.from == "Kassym-Jomart Tokayev" && $0.to == "Recep Tayyip Erdogan" && $0.kind == "condolence" })
    }

    @Test func aTitleOverAReportIsNoLetter() {
        let found = facts("Vladimir Putin met students in Moscow on Friday.", title: "Putin's greetings to President of Mongolia Ukhnaagiin Khurelsukh", date: "2021-11-05")
        #expect(found.messages.isEmpty)
    }

    @Test func aTitlesLeaderTheBodyNeverNamesIsLeftOut() {
        let found = facts("The talks took place on Friday.", title: "President of Mongolia Ukhnaagiin Khurelsukh visits Moscow", date: "2021-11-05")
        #expect(found.leaders.isEmpty)
    }
}

/// A title in Title Case and an address to a people. Invented pages, negative cases.
@Suite("extraction: blind6 round, titles, negative cases")
struct Blind6TitleNegativeTests: WireCopyProbe {
    @Test func capitalizedWordsOfATitleInTitleCaseAreNoNewPerson() {
        let found = facts("Ties between the two countries are strong. Hails of praise came from Astana.", title: "Russian President Hails Strong Ties With Kazakhstan", date: "2021-11-05")
        #expect(found.leaders.isEmpty)
    }

    @Test func anAddressToAPeopleIsNoLetter() {
        let body = "Dear compatriots,\n\nToday we celebrate the day of our independence.\n\nKassym-Jomart Tokayev"
        let found = facts(body, title: "President Kassym-Jomart Tokayev's address to the people of Kazakhstan", date: "2021-12-16")
        #expect(found.messages.isEmpty)
    }
}
