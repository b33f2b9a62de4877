/// One article as read from an input, before extraction.
public struct Article: Sendable {
    /// Where it came from: a path, "path:line" for JSON Lines, or "<stdin>".
    public var source: String
    public var url: String?
    public var title: String?
    /// A publication date as the input gave it (a JSON field), if any.
    public var dateText: String?
    /// The cleaned body (see `TextCleaner`); fact offsets point into it.
    public var body: String
    /// Something the reader repaired on the way in (invalid UTF-8 replaced by U+FFFD), for a warning.
    public var warning: String?
    /// The hash of the raw input it was read from, when one input is always this one article (a JSON Lines line).
    public var inputHash: InputHash?

    public init(source: String, url: String? = nil, title: String? = nil, dateText: String? = nil, body: String) {
        self.source = source
        self.url = url
        self.title = title
        self.dateText = dateText
        self.body = body
    }

    /// SHA-256 of the body, the article's identity when it has no URL.
    public var sha256: String { Hashing.sha256Hex(body) }
}
