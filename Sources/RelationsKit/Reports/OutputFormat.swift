import Foundation

/// How reading commands print a `ResultTable`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, tsv, json, jsonl, markdown

    /// Renders the table. `width` limits the table format's line length (long cells end in "…").
    public func render(_ table: ResultTable, headers: Bool = true, width: Int? = nil) -> String {
        switch self {
        case .table: return renderTable(table, headers: headers, width: width)
        case .csv: return renderDelimited(table, headers: headers, separator: ",")
        case .tsv: return renderDelimited(table, headers: headers, separator: "\t")
        case .json: return "[" + table.rows.map { jsonObject(table.columns, $0) }.joined(separator: ",\n ") + "]\n"
        case .jsonl: return table.rows.map { jsonObject(table.columns, $0) + "\n" }.joined()
        case .markdown: return renderMarkdown(table, headers: headers)
        }
    }

    /// Renders the sections of a report one after another. A single untitled section renders as a plain table.
    /// Titles: a heading line in table and markdown, a "# title" line in CSV and TSV; JSON is one object with a
    /// key per section, and JSON Lines gives each row a "section" field.
    public func render(_ sections: [Report.Result], headers: Bool = true, width: Int? = nil) -> String {
        if sections.count == 1, sections[0].title == nil { return render(sections[0].table, headers: headers, width: width) }
        switch self {
        case .json:
            let members = sections.enumerated().map { index, section in
                jsonString(section.title ?? "section \(index + 1)") + ": " + render(section.table).trimmingCharacters(in: .newlines)
            }
            return "{" + members.joined(separator: ",\n ") + "}\n"
        case .jsonl:
            return sections.enumerated().map { index, section in
                let title = ResultTable.Value.text(section.title ?? "section \(index + 1)")
                return render(ResultTable(columns: ["section"] + section.table.columns, rows: section.table.rows.map { [title] + $0 }))
            }.joined()
        case .table, .markdown, .csv, .tsv:
            let heading = self == .markdown ? "## " : self == .table ? "" : "# "
            return sections.map { section in
                (section.title.map { heading + $0 + "\n" } ?? "") + render(section.table, headers: headers, width: width)
            }.joined(separator: "\n")
        }
    }

    static let nullMarker = "∅"

    private func renderTable(_ table: ResultTable, headers: Bool, width: Int?) -> String {
        let cells = table.rows.map { row in row.map { value -> String in
            if case .null = value { return OutputFormat.nullMarker }
            return value.text.replacingOccurrences(of: "\n", with: " ")
        } }
        var widths = table.columns.map { headers ? $0.count : 0 }
        for row in cells { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        // Shrink the widest columns until the line fits.
        if let width, !widths.isEmpty {
            let gap = 2 * (widths.count - 1)
            while widths.reduce(0, +) + gap > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 12 {
                widths[widest] -= 1
            }
        }
        func line(_ row: [String], numeric: [Bool]) -> String {
            row.enumerated().map { index, cell in
                var text = cell
                if text.count > widths[index] { text = String(text.prefix(max(widths[index] - 1, 0))) + "…" }
                let pad = String(repeating: " ", count: widths[index] - text.count)
                return numeric[index] ? pad + text : text + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var output: [String] = []
        let numeric = table.columns.indices.map { index in
            // Right-aligned when every value is a number or NULL, and at least one is a number.
            table.rows.contains { row in
                switch row[index] { case .integer, .real: return true; default: return false }
            } && table.rows.allSatisfy { row in
                switch row[index] { case .integer, .real, .null: return true; default: return false }
            }
        }
        if headers {
            output.append(line(table.columns, numeric: numeric))
            output.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        }
        output += cells.map { line($0, numeric: numeric) }
        return output.joined(separator: "\n") + "\n"
    }

    private func renderDelimited(_ table: ResultTable, headers: Bool, separator: String) -> String {
        let tsv = separator == "\t"
        let newline = tsv ? "\n" : "\r\n"
        // One string, appended to in place: a report of tens of thousands of rows is written without a string per line.
        var output = String()
        output.reserveCapacity((table.rows.count + 1) * max(table.columns.count, 1) * 24)
        func append(_ text: String) {
            if tsv {
                // Most cells have nothing to escape: look at the bytes once before replacing.
                guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
                    output += text
                    return
                }
                output += text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
                return
            }
            guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
                output += text
                return
            }
            output += "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        if headers {
            for (index, column) in table.columns.enumerated() {
                if index > 0 { output += separator }
                append(column)
            }
            output += newline
        }
        for row in table.rows {
            for (index, value) in row.enumerated() {
                if index > 0 { output += separator }
                switch value {
                case .null: break
                case let .integer(number): output += String(number)
                case let .text(text): append(text)
                default: append(value.text)
                }
            }
            output += newline
        }
        return output
    }

    private func renderMarkdown(_ table: ResultTable, headers: Bool) -> String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var lines: [String] = []
        if headers {
            lines.append("| " + table.columns.map(cell).joined(separator: " | ") + " |")
            lines.append("|" + table.columns.map { _ in " --- " }.joined(separator: "|") + "|")
        }
        lines += table.rows.map { row in "| " + row.map { value in if case .null = value { return "" } else { return cell(value.text) } }.joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }

    private func jsonObject(_ columns: [String], _ row: [ResultTable.Value]) -> String {
        "{" + zip(columns, row).map { name, value in jsonString(name) + ": " + jsonValue(value) }.joined(separator: ", ") + "}"
    }

    private func jsonValue(_ value: ResultTable.Value) -> String {
        switch value {
        case .null: return "null"
        case let .integer(number): return String(number)
        case let .real(number): return number.isFinite ? String(number) : "null"
        case let .text(text): return jsonString(text)
        case let .blob(data): return jsonString(data.base64EncodedString())
        }
    }

    private func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04x", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
