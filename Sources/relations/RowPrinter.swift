import Foundation
import RelationsKit

/// Writes a query's rows as they arrive, a few hundred at a time, so that a result of any size needs
/// little memory. The table format must see every row to size its columns, so it shows at most
/// `tableLimit` rows and says on stderr how to get the rest.
final class RowPrinter {
    static let chunkSize = 500
    static let tableLimit = 10_000

    /// Thrown by `add` when the table format has all the rows it will show.
    struct TableFull: Error {}

    let format: OutputFormat
    let headers: Bool
    let width: Int?
    private var columns: [String] = []
    private var pending: [[ResultTable.Value]] = []
    private var wroteSomething = false

    init(format: OutputFormat, headers: Bool, width: Int?) {
        self.format = format
        self.headers = headers
        self.width = width
    }

    func begin(_ columns: [String]) {
        self.columns = columns
        if format == .json { write("[") }
    }

    func add(_ row: [ResultTable.Value]) throws {
        if format == .table, pending.count == Self.tableLimit { throw TableFull() }
        pending.append(row)
        if format != .table, pending.count >= Self.chunkSize { flush() }
    }

    /// Writes what is left; `complete` is false when the table format stopped at its limit.
    func finish(complete: Bool = true) {
        if format == .json {
            flush()
            write("]\n")
        } else if !pending.isEmpty || !wroteSomething {
            flush()
        }
        if !complete {
            FileHandle.standardError.write(Data("relations: showing the first \(Self.tableLimit) rows; --format tsv, csv, json or jsonl prints them all\n".utf8))
        }
    }

    private func flush() {
        let table = ResultTable(columns: columns, rows: pending)
        pending.removeAll(keepingCapacity: true)
        if format == .json {
            for object in OutputFormat.jsonl.render(table).split(separator: "\n") {
                write((wroteSomething ? ",\n " : "") + object)
                wroteSomething = true
            }
            return
        }
        write(format.render(table, headers: headers && !wroteSomething, width: width))
        wroteSomething = true
    }

    private func write(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
}
