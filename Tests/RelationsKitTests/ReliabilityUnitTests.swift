import Foundation
import Testing
@testable import RelationsKit

@Suite("reading limits and the SQL guard")
struct ReliabilityUnitTests {
    @Test func rareInvalidUTF8IsRepairedAndCommonInvalidUTF8IsRefused() throws {
        let repaired = try TextDecoding.decode(Array("abc".utf8) + [0xC3] + Array(" def".utf8)).get()
        #expect(repaired.text == "abc\u{FFFD} def")
        #expect(repaired.warning?.contains("byte offset 3 (1 bad byte)") == true)
        let latin1 = Array(repeating: UInt8(0xE9), count: 40) + Array(" text".utf8)
        guard case let .failure(problem) = TextDecoding.decode(latin1) else { Issue.record("accepted"); return }
        #expect(problem.reason.contains("not UTF-8 text (40 of its 45 bytes"))
        // A byte-order mark is not text, and offsets count from the file's first byte.
        let afterMark = try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x41, 0xFF, 0x42]).get()
        #expect(afterMark.text == "A\u{FFFD}B")
        #expect(afterMark.warning?.contains("byte offset 4") == true)
    }

    @Test func utf16InBothByteOrdersIsRead() throws {
        let little: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x16, 0x04]
        let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x41, 0x04, 0x16]
        #expect(try TextDecoding.decode(little).get().text == "AЖ")
        #expect(try TextDecoding.decode(big).get().text == "AЖ")
        guard case .failure = TextDecoding.decode([0xFF, 0xFE, 0x41]) else { Issue.record("odd length accepted"); return }
    }

    @Test func jsonNestingIsCountedOutsideStringsOnly() throws {
        let limit = ArticleReader.maxJSONDepth
        #expect(throws: Never.self) { try JSONArticles.parse(String(repeating: "[", count: limit) + String(repeating: "]", count: limit)) }
        #expect(throws: JSONArticles.NestingProblem.self) { try JSONArticles.parse(String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)) }
        let bracketsInText = #"{"text": "\#(String(repeating: "[{", count: 500))\" \\"}"#
        #expect(throws: Never.self) { try JSONArticles.parse(bracketsInText) }
    }

    @Test func longLinesAreSkippedAndCountedWithoutBeingKept() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("relations-lines-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let long = String(repeating: "x", count: 3 * InputFile.chunkSize + 17)
        try Data("first\n\(long)\nthird\nlast without newline".utf8).write(to: URL(fileURLWithPath: path))
        let input = try InputFile.open(path).get()
        var lines: [String] = []
        while let line = try input.nextLine(limit: 1000) {
            switch line {
            case let .text(bytes): lines.append(String(decoding: bytes, as: UTF8.self))
            case let .tooLong(length): lines.append("<\(length) bytes>")
            }
        }
        #expect(lines == ["first", "<\(long.utf8.count) bytes>", "third", "last without newline"])
    }

    @Test func theGuardSeesThroughCommentsAndKeepsReadingPragmas() {
        #expect(SQLGuard.onlyCommentsAndSpace("  ; -- done\n /* really */ "))
        #expect(!SQLGuard.onlyCommentsAndSpace("-- x\nDROP TABLE t"))
        #expect(SQLGuard.refuse(SQLITE_PRAGMA_CODE, "table_info", "countries") == nil)
        #expect(SQLGuard.refuse(SQLITE_PRAGMA_CODE, "user_version", nil) == nil)
        #expect(SQLGuard.refuse(SQLITE_PRAGMA_CODE, "user_version", "3") == "PRAGMA user_version = 3")
        #expect(SQLGuard.refuse(SQLITE_PRAGMA_CODE, "writable_schema", nil) == "PRAGMA writable_schema")
    }
}

/// SQLITE_PRAGMA from sqlite3.h, so that this file needs no C module.
private let SQLITE_PRAGMA_CODE: Int32 = 19
