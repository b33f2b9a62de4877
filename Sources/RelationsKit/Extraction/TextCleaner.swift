import Foundation

/// Prepares an article's text for storage: Unicode NFC, `\n` line ends, page furniture
/// ("All news", "Read more", photo credits, share buttons) and repeated paragraphs removed.
/// The result is the body that offsets point into.
public enum TextCleaner {
    /// Lines that are page furniture when they stand alone (compared case-insensitively, trimmed).
    static let furnitureLines: Set<String> = [
        "all news", "read more", "read also", "read more:", "share", "print", "tweet", "subscribe",
        "advertisement", "related news", "related articles", "latest news", "most read", "top stories",
        "comments", "follow us", "back to top", "show more", "more news", "news feed", "also read",
    ]
    /// Prefixes of furniture lines ("Photo: TASS", "Read more: ...").
    static let furniturePrefixes = ["photo:", "photo by", "photo credit", "photo ©", "©", "read more:", "read also:",
                                    "also read:", "tags:", "follow us on", "share on", "source:", "image:", "video:"]

    public static func clean(_ raw: String) -> String {
        let text = raw.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
        var kept: [String] = []
        var seenParagraphs = Set<String>()
        var blank = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{200B}\u{FEFF}")))
            if line.isEmpty {
                blank += 1
                continue
            }
            if isFurniture(line) { continue }
            if line.count >= 40 {
                let key = line.lowercased()
                if seenParagraphs.contains(key) { continue }
                seenParagraphs.insert(key)
            }
            if !kept.isEmpty { kept.append(blank > 0 ? "\n\n" : "\n") }
            kept.append(line)
            blank = 0
        }
        return kept.joined()
    }

    static func isFurniture(_ line: String) -> Bool {
        let lower = line.lowercased()
        if furnitureLines.contains(lower) { return true }
        return furniturePrefixes.contains { lower.hasPrefix($0) } && line.count < 160
    }
}
