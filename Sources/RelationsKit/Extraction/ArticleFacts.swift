/// Everything the extractor found in one article, in the shape `relations extract` prints.
/// `start`/`end` are 0-based offsets in Unicode scalars into the stored body.
public struct ArticleFacts: Codable, Sendable, Equatable {
    public struct Leader: Codable, Sendable, Equatable, Hashable {
        public var name: String
        public var office: String
        public var country: String
        public var start: Int
        public var end: Int
    }
    public struct Anniversary: Codable, Sendable, Equatable {
        enum CodingKeys: String, CodingKey { case parties, subject, ordinal, year, since, start, end }
        /// Writes `null` for an unknown year rather than leaving the key out.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(parties, forKey: .parties)
            try container.encode(subject, forKey: .subject)
            try container.encode(ordinal, forKey: .ordinal)
            try container.encode(year, forKey: .year)
            try container.encode(since, forKey: .since)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        }
        public var parties: [String]
        /// "diplomatic relations", a treaty's name, an organisation code, or "independence".
        public var subject: String
        public var ordinal: Int
        public var year: Int?
        public var since: Int?
        public var start: Int
        public var end: Int
    }
    public struct Membership: Codable, Sendable, Equatable {
        public var org: String
        public var country: String
        public var action: String
        public var start: Int
        public var end: Int
    }
    public struct Message: Codable, Sendable, Equatable {
        enum CodingKeys: String, CodingKey { case from, to, kind, occasion, start, end }
        /// Writes `null` for an unknown occasion rather than leaving the key out.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encode(kind, forKey: .kind)
            try container.encode(occasion, forKey: .occasion)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        }
        /// A canonical person name, or an ISO3 code when no person is named.
        public var from: String
        public var to: String
        public var kind: String
        public var occasion: String?
        public var start: Int
        public var end: Int
    }
    public struct Relation: Codable, Sendable, Equatable {
        public var parties: [String]
        public var label: String
        public var start: Int
        public var end: Int
    }
    /// A gazetteer match in the body (not printed by `extract`; stored as a mention row).
    public struct Mention: Sendable, Equatable {
        public enum Entity: Sendable, Equatable { case country(String), organisation(String), person(String) }
        public var entity: Entity
        public var text: String
        public var start: Int
        public var end: Int
    }

    public var source: String
    public var sha256: String
    public var title: String?
    public var published_on: String?
    public var countries: [String] = []
    public var organisations: [String] = []
    public var leaders: [Leader] = []
    public var anniversaries: [Anniversary] = []
    public var memberships: [Membership] = []
    public var messages: [Message] = []
    public var relations: [Relation] = []
    public var mentions: [Mention] = []

    enum CodingKeys: String, CodingKey {
        case source, sha256, title, published_on, countries, organisations, leaders, anniversaries, memberships, messages, relations
    }

    public init(source: String, sha256: String, title: String?, published_on: String?) {
        self.source = source
        self.sha256 = sha256
        self.title = title
        self.published_on = published_on
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(title, forKey: .title)
        try container.encode(published_on, forKey: .published_on)
        try container.encode(countries, forKey: .countries)
        try container.encode(organisations, forKey: .organisations)
        try container.encode(leaders, forKey: .leaders)
        try container.encode(anniversaries, forKey: .anniversaries)
        try container.encode(memberships, forKey: .memberships)
        try container.encode(messages, forKey: .messages)
        try container.encode(relations, forKey: .relations)
    }
}
