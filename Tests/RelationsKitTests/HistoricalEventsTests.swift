import Testing
@testable import RelationsKit

/// `historical_events.tsv`: the events of history whose anniversaries date an article ("the 30th anniversary of the
/// collapse of the Soviet Union" → 2021). The table parses, every row is sourced and dated, and the extractor reads the
/// events from the table, not from a list of its own: an event added to the data dates a text, and one left out does not.
@Suite("reference: historical events")
struct HistoricalEventsTests {
    let reference = ReferenceData.bundled

    @Test func theTableParsesAndEveryRowHasADateASourceAndAConfidence() {
        #expect(reference.events.count >= 19)
        for event in reference.events {
            #expect(!event.name.isEmpty)
            #expect(event.date.wholeMatch(of: /\d{4}(-\d{2}(-\d{2})?)?/) != nil, "\(event.name): \(event.date)")
            #expect(!event.source.isEmpty, "\(event.name)")
            #expect(["high", "medium", "low"].contains(event.confidence), "\(event.name)")
        }
    }

    @Test func noNameBelongsToTwoEvents() {
        var seen: [String: String] = [:]
        for event in reference.events {
            for name in [event.name] + event.aliases {
                let key = name.lowercased()
                #expect(seen[key] == nil, "\(name) names both \(seen[key] ?? "") and \(event.name)")
                seen[key] = event.name
            }
        }
    }

    @Test func theIndexTriesLongerNamesFirst() {
        let lengths = ReferenceIndex(reference).historicalEvents.map(\.words.count)
        #expect(!lengths.isEmpty)
        #expect(lengths == lengths.sorted(by: >))
    }

    /// An undated article that marks an anniversary of the event; its year is the event's year plus the ordinal.
    func date(_ body: String, with data: ReferenceData) -> String? {
        Extractor(reference: data).extract(Article(source: "test", title: "A title", dateText: nil, body: body)).published_on
    }

    @Test func anEventTheTableListsDatesTheText() {
        let body = "Veterans gathered in the square on the 50th anniversary of the Great Flood of Exampleton."
        #expect(date(body, with: reference) == nil)
        var data = reference
        data.events.append(.init(name: "Great Flood of Exampleton", date: "1966-03-02", aliases: ["Exampleton flood"],
                                 note: nil, source: "https://example.org", confidence: "high"))
        #expect(date(body, with: data) == "2016")
        #expect(date("The town recalled the 40th anniversary of the Exampleton flood.", with: data) == "2006")
    }

    @Test func anEventLeftOutOfTheTableDatesNothing() {
        let body = "The city held a concert on the 30th anniversary of the collapse of the Soviet Union."
        #expect(date(body, with: reference) == "2021")
        var data = reference
        data.events.removeAll { $0.name == "Dissolution of the Soviet Union" }
        #expect(date(body, with: data) == nil)
    }
}
