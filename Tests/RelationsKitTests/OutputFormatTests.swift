import Foundation
import Testing
@testable import RelationsKit

@Suite("output formats")
struct OutputFormatTests {
    let table = ResultTable(columns: ["name", "since", "note"], rows: [
        [.text("Armenia"), .integer(1992), .text("A long note that will not fit in a narrow terminal at all")],
        [.text("Transnistria"), .null, .null],
    ])

    @Test func theTableAlignsNumbersMarksNullAndCutsLongTextToTheWidth() {
        let text = OutputFormat.table.render(table, width: 40)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(lines)")
        #expect(lines[2] == "Armenia        1992  A long note that w…")
        #expect(lines[2].hasSuffix("…"))
        #expect(lines[3] == "Transnistria      ∅  ∅")
    }

    @Test func jsonKeepsNumbersAndNulls() throws {
        let json = OutputFormat.json.render(table)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows[0]["since"] as? Int == 1992)
        #expect(rows[1]["since"] is NSNull)
        #expect(OutputFormat.json.render(ResultTable(columns: ["a"], rows: [])) == "[]\n")
    }

    @Test func delimitedFormatsEscapeAndCanLeaveOutTheHeader() {
        let tricky = ResultTable(columns: ["a", "b"], rows: [[.text("x, \"y\""), .text("tab\there")]])
        #expect(OutputFormat.csv.render(tricky) == "a,b\r\n\"x, \"\"y\"\"\",tab\there\r\n")
        #expect(OutputFormat.tsv.render(tricky, headers: false) == "x, \"y\"\ttab\\there\n")
    }

    @Test func sectionsAreHeadedOrKeyed() throws {
        let sections = [Report.Result(title: "one", table: table), Report.Result(title: "two", table: ResultTable(columns: ["x"], rows: [[.integer(1)]]))]
        let json = OutputFormat.json.render(sections)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [[String: Any]]])
        #expect(object["two"]?.first?["x"] as? Int == 1)
        #expect(OutputFormat.jsonl.render(sections).split(separator: "\n").last == "{\"section\": \"two\", \"x\": 1}")
        #expect(OutputFormat.markdown.render(sections).contains("## two\n| x |"))
        // One untitled section prints as a plain table.
        #expect(OutputFormat.tsv.render([Report.Result(title: nil, table: table)]) == OutputFormat.tsv.render(table))
    }
}
