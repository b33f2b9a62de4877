/// A tab-separated table with a header line, as in `seeds/reference/*.tsv`.
struct TSVTable {
    let file: String
    let header: [String]
    /// Data rows with their 1-based line numbers in the file.
    let rows: [(line: Int, fields: [String: String])]

    init(file: String, text: String) throws {
        self.file = file
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        while lines.last == "" { lines.removeLast() }
        guard let first = lines.first else {
            throw RelationsError.reference(file: file, line: 1, reason: "empty file")
        }
        header = first.components(separatedBy: "\t")
        var rows: [(Int, [String: String])] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let fields = line.components(separatedBy: "\t")
            guard fields.count == header.count else {
                throw RelationsError.reference(file: file, line: index + 1, reason: "has \(fields.count) fields, the header has \(header.count)")
            }
            rows.append((index + 1, Dictionary(uniqueKeysWithValues: zip(header, fields.map { $0.trimmingCharacters(in: .whitespaces) }))))
        }
        self.rows = rows
    }
}

extension Dictionary where Key == String, Value == String {
    /// The field's value, or nil when it is empty.
    func value(_ column: String) -> String? {
        guard let value = self[column], !value.isEmpty else { return nil }
        return value
    }

    /// A `; `-separated list field.
    func list(_ column: String) -> [String] {
        (self[column] ?? "").components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

import Foundation
