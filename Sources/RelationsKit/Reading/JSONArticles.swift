import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Articles as JSON objects with the field names scrapers use.
enum JSONArticles {
    static let urlKeys = ["url", "link", "href", "canonical_url"]
    static let titleKeys = ["title", "headline", "name"]
    static let dateKeys = ["date", "published", "published_at", "publishedAt", "datetime", "pubDate", "published_on", "time"]
    static let bodyKeys = ["text", "body", "content", "article", "full_text", "description"]

    /// One article per line; a bad line is reported with its number and the others still import.
    static func readLines(_ text: String, source: String, handle: ArticleReader.Handler) throws {
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            try readLine(String(line), location: "\(source):\(number)", handle: handle)
        }
    }

    /// One JSON Lines line, which must hold one object.
    static func readLine(_ line: String, location: String, handle: ArticleReader.Handler) throws {
        // Only parsing happens before `handle`: an error thrown by `handle` (the database, a stop) must pass through.
        try handle(parseLine(line, location: location))
    }

    /// One JSON Lines line as an article, or the problem with it. Pure, so lines can be parsed in parallel.
    static func parseLine(_ line: String, location: String) -> Result<Article, RelationsError> {
        let result: Result<Article, RelationsError>
        do {
            let value = try parse(line)
            guard let object = value as? [String: Any] else { throw RelationsError.badInput(location: location, reason: "expected a JSON object") }
            result = .success(try article(object, source: location))
        } catch let error as RelationsError {
            result = .failure(error)
        } catch let problem as NestingProblem {
            result = .failure(.badInput(location: location, reason: problem.reason))
        } catch {
            result = .failure(.badInput(location: location, reason: "invalid JSON (\(describe(error)))"))
        }
        return result
    }

    struct NestingProblem: Error { let reason: String }

    /// Parses JSON after checking that it nests no deeper than `ArticleReader.maxJSONDepth`,
    /// so that a hostile input cannot exhaust the parser's stack.
    static func parse(_ text: String) throws -> Any {
        let data = Data(text.utf8)
        var depth = 0
        var inString = false
        var escaped = false
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            for (offset, byte) in bytes.enumerated() {
                if inString {
                    if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > ArticleReader.maxJSONDepth {
                        throw NestingProblem(reason: "JSON nested deeper than \(ArticleReader.maxJSONDepth) levels (at byte offset \(offset)); not an article")
                    }
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                default: break
                }
            }
        }
        return try JSONSerialization.jsonObject(with: data, options: [])
    }

    /// One object, or an array of objects.
    static func readDocument(_ text: String, source: String, handle: ArticleReader.Handler) throws {
        let value: Any
        do {
            value = try parse(text)
        } catch let problem as NestingProblem {
            try handle(.failure(.badInput(location: source, reason: problem.reason)))
            return
        } catch {
            try handle(.failure(.badInput(location: source, reason: "invalid JSON (\(describe(error)))")))
            return
        }
        let objects: [Any] = (value as? [Any]) ?? [value]
        for (index, item) in objects.enumerated() {
            let location = objects.count > 1 ? "\(source)[\(index)]" : source
            guard let object = item as? [String: Any] else {
                try handle(.failure(.badInput(location: location, reason: "expected a JSON object")))
                continue
            }
            try handle(Result { try article(object, source: location) }.mapError { $0 as? RelationsError ?? .badInput(location: location, reason: "\($0)") })
        }
    }

    static func article(_ object: [String: Any], source: String) throws -> Article {
        func string(_ keys: [String]) -> String? {
            for key in keys { if let value = object[key] as? String, value.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) { return value } }
            return nil
        }
        guard let body = string(bodyKeys) else {
            throw RelationsError.badInput(location: source, reason: "no article text (expected one of the fields \(bodyKeys.joined(separator: ", ")))")
        }
        // Foundation's `contains` is slow; "<p" and "<br" can only match where their ASCII bytes occur.
        let mayBeHTML = containsBytes(body, "<p") || containsBytes(body, "<br")
        let text = mayBeHTML && (body.contains("<p") || body.contains("<br")) ? HTMLArticle.text(ofFragment: body) : body
        let cleaned = TextCleaner.clean(text)
        guard !cleaned.isEmpty else { throw RelationsError.badInput(location: source, reason: "the article text is empty") }
        let title = string(titleKeys).map { TextCleaner.clean($0) }
        return Article(source: source, url: string(urlKeys), title: title, dateText: string(dateKeys), body: cleaned)
    }

    /// Whether the UTF-8 of `text` contains the bytes of `needle` (which starts with "<").
    static func containsBytes(_ text: String, _ needle: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { haystack in
            needle.withUTF8Buffer { needle in
                guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
                var from = 0
                while let found = memchr(base + from, Int32(needle[0]), haystack.count - from) {
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    guard at + needle.count <= haystack.count else { return false }
                    if (1..<needle.count).allSatisfy({ haystack[at + $0] == needle[$0] }) { return true }
                    from = at + 1
                }
                return false
            }
        }
    }

    static func describe(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
}
