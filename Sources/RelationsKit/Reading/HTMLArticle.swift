import Foundation

/// An article saved as an HTML page: the title from `<h1>` or `<title>`, the body from `<article>`
/// (else `<main>`, else `<body>`) with scripts, styles, navigation, sidebars, forms and "read more"
/// blocks dropped and entities decoded.
enum HTMLArticle {
    static func parse(_ html: String, source: String) throws -> Article {
        let title = firstElement("h1", in: html).map(text(ofFragment:)) ?? firstElement("title", in: html).map(text(ofFragment:))
        let container = firstElement("article", in: html) ?? firstElement("main", in: html) ?? firstElement("body", in: html)
        guard let container else { throw RelationsError.badInput(location: source, reason: "HTML without a <body> or <article>") }
        var body = TextCleaner.clean(text(ofFragment: container))
        if let title, body.hasPrefix(title) { body = String(body.dropFirst(title.count)).trimmingCharacters(in: .whitespacesAndNewlines) }
        guard !body.isEmpty else { throw RelationsError.badInput(location: source, reason: "the HTML page has no article text") }
        let canonical = match(#"<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']"#, in: html)
            ?? match(#"<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']"#, in: html)
        let date = match(#"<meta[^>]+(?:property|name)=["'](?:article:published_time|pubdate|date|DC.date.issued)["'][^>]*content=["']([^"']+)["']"#, in: html)
            ?? match(#"<time[^>]+datetime=["']([^"']+)["']"#, in: html)
        return Article(source: source, url: canonical, title: title.map { TextCleaner.clean($0) }, dateText: date, body: body)
    }

    static func match(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(found.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    /// The inner HTML of the first element named `tag`.
    static func firstElement(_ tag: String, in html: String) -> String? {
        match("<\(tag)(?:\\s[^>]*)?>([\\s\\S]*?)</\(tag)\\s*>", in: html)
    }

    /// Text of an HTML fragment, one line per block element.
    static func text(ofFragment html: String) -> String {
        var text = html
        let dropped = ["script", "style", "noscript", "nav", "aside", "header", "footer", "form", "figure", "iframe", "svg", "button", "template"]
        for tag in dropped {
            text = text.replacingOccurrences(of: "<\(tag)(?:\\s[^>]*)?>[\\s\\S]*?</\(tag)\\s*>", with: "\n", options: [.regularExpression, .caseInsensitive])
        }
        // Blocks whose class or id says they are not the article.
        text = text.replacingOccurrences(of: #"<(div|section|ul)[^>]*(?:class|id)=["'][^"']*(?:read-more|readmore|related|sidebar|share|social|advert|promo|breadcrumb|tags|subscribe|comments)[^"']*["'][^>]*>[\s\S]*?</\1\s*>"#,
                                         with: "\n", options: [.regularExpression, .caseInsensitive])
        text = text.replacingOccurrences(of: "<!--[\\s\\S]*?-->", with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: "<(br|/p|/div|/h[1-6]|/li|/tr|/blockquote|p|div|h[1-6]|li)(\\s[^>]*)?/?>", with: "\n", options: [.regularExpression, .caseInsensitive])
        text = text.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        text = decodeEntities(text)
        let lines = text.components(separatedBy: "\n").map { $0.replacingOccurrences(of: "[ \\t]+", with: " ", options: .regularExpression).trimmingCharacters(in: .whitespaces) }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "\u{2013}", "mdash": "\u{2014}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "hellip": "\u{2026}", "copy": "\u{00A9}", "reg": "\u{00AE}", "deg": "\u{00B0}", "euro": "\u{20AC}", "shy": "\u{00AD}", "zwsp": "\u{200B}",
    ]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) { replacement = String(scalar) }
                else if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) { replacement = String(scalar) }
                else { replacement = namedEntities[name] }
                if let replacement {
                    result += replacement
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = after
        }
        return result + rest
    }
}
