import Foundation

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
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let location = "\(source):\(number)"
            do {
                let value = try JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [])
                guard let object = value as? [String: Any] else { throw RelationsError.badInput(location: location, reason: "expected a JSON object") }
                try handle(.success(try article(object, source: location)))
            } catch let error as RelationsError {
                try handle(.failure(error))
            } catch {
                try handle(.failure(.badInput(location: location, reason: "invalid JSON (\(describe(error)))")))
            }
        }
    }

    /// One object, or an array of objects.
    static func readDocument(_ text: String, source: String, handle: ArticleReader.Handler) throws {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
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
            for key in keys { if let value = object[key] as? String, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return value } }
            return nil
        }
        guard let body = string(bodyKeys) else {
            throw RelationsError.badInput(location: source, reason: "no article text (expected one of the fields \(bodyKeys.joined(separator: ", ")))")
        }
        let text = body.contains("<p") || body.contains("<br") ? HTMLArticle.text(ofFragment: body) : body
        let cleaned = TextCleaner.clean(text)
        guard !cleaned.isEmpty else { throw RelationsError.badInput(location: source, reason: "the article text is empty") }
        let title = string(titleKeys).map { TextCleaner.clean($0) }
        return Article(source: source, url: string(urlKeys), title: title, dateText: string(dateKeys), body: cleaned)
    }

    static func describe(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
}
