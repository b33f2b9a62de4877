import Foundation
import GRDB

/// Writes an article and its facts. An article is identified by its URL when it has one, otherwise
/// by the SHA-256 of its body: an unchanged article is left alone, a changed one has its facts replaced.
/// Call inside a write transaction.
enum ArticleStore {
    public enum Outcome: String, Sendable { case new, updated, unchanged }

    /// Also returns, for an updated article, the input hash of the row it replaced (see `InputHash`).
    static func store(_ article: Article, facts: ArticleFacts, importedAt: String, db: Database) throws -> (Outcome, replaced: InputHash?) {
        let existing: Row?
        if let url = article.url {
            existing = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, sha256, input_hash FROM articles WHERE url = ?"), arguments: [url])
        } else {
            existing = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, sha256, input_hash FROM articles WHERE url IS NULL AND sha256 = ?"), arguments: [facts.sha256])
        }
        var outcome = Outcome.new
        var replaced: InputHash?
        if let existing {
            if existing["sha256"] as String == facts.sha256 {
                if existing["input_hash"] as Data? == nil, let hash = article.inputHash {
                    try fillInputHash(hash, article: existing["id"], db: db)
                }
                return (.unchanged, nil)
            }
            // Changed text under the same URL: drop the old row; its facts go with it (ON DELETE CASCADE).
            try db.cachedStatement(sql: "DELETE FROM articles WHERE id = ?").execute(arguments: [existing["id"] as Int64])
            outcome = .updated
            replaced = (existing["input_hash"] as Data?).flatMap(InputHash.init(data:))
        }
        try db.cachedStatement(sql: """
            INSERT INTO articles (url, source, outlet, title, published_on, body, sha256, imported_at, input_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [article.url, article.source, nil as String?, article.title, facts.published_on, article.body, facts.sha256, importedAt,
                                     article.inputHash?.data])
        let id = db.lastInsertedRowID
        try storeFacts(facts, article: id, db: db)
        return (outcome, replaced)
    }

    /// Records the input hash of an article stored before there were input hashes (migration 0007),
    /// so that the next import recognises its input unread.
    static func fillInputHash(_ hash: InputHash, article id: Int64, db: Database) throws {
        try db.cachedStatement(sql: "UPDATE articles SET input_hash = ? WHERE id = ? AND input_hash IS NULL").execute(arguments: [hash.data, id])
    }

    /// A stored article with the same text as one being imported.
    struct Stored {
        let id: Int64
        let hasInputHash: Bool
    }

    /// The articles (by index) already stored with the same text: by URL when they have one, else by hash.
    static func unchanged(_ articles: [Article], hashes: [String], db: Database) throws -> [Int: Stored] {
        var result: [Int: Stored] = [:]
        for (index, article) in articles.enumerated() {
            let row: Row?
            if let url = article.url {
                row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, sha256, input_hash IS NOT NULL AS known FROM articles WHERE url = ?"), arguments: [url])
            } else {
                row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, sha256, input_hash IS NOT NULL AS known FROM articles WHERE url IS NULL AND sha256 = ?"), arguments: [hashes[index]])
            }
            if let row, row["sha256"] as String == hashes[index] { result[index] = Stored(id: row["id"], hasInputHash: row["known"]) }
        }
        return result
    }

    /// The ISO3 codes of the reference countries: a message's "from"/"to" is a country when it is one of them.
    static let knownCountries = Set(ReferenceData.bundled.countries.map(\.iso3))

    static func storeFacts(_ facts: ArticleFacts, article: Int64, db: Database) throws {
        let countries = knownCountries
        func person(_ name: String) throws -> Int64 {
            if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM persons WHERE name = ?"), arguments: [name]) { return id }
            try db.cachedStatement(sql: "INSERT INTO persons (name, origin) VALUES (?, 'article')").execute(arguments: [name])
            return db.lastInsertedRowID
        }
        for mention in facts.mentions {
            var country: String?, organisation: String?, personID: Int64?
            switch mention.entity {
            case let .country(code): country = code
            case let .organisation(code): organisation = code
            case let .person(name): personID = try person(name)
            }
            try db.cachedStatement(sql: "INSERT INTO mentions (article, country, organisation, person, text, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .execute(arguments: [article, country, organisation, personID, mention.text, mention.start, mention.end])
        }
        for leader in facts.leaders {
            try db.cachedStatement(sql: "INSERT INTO office_mentions (article, person, country, office, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [article, try person(leader.name), leader.country, leader.office, leader.start, leader.end])
        }
        for anniversary in facts.anniversaries {
            let pair = russiaFirst(anniversary.parties)
            let isRelations = anniversary.subject == "diplomatic relations"
            let isIndependence = anniversary.subject == "independence"
            let organisation = !isRelations && !isIndependence && anniversary.parties.isEmpty ? anniversary.subject : nil
            var treaty: Int64?
            if !isRelations, !isIndependence, organisation == nil {
                treaty = try Int64.fetchOne(db.cachedStatement(sql: """
                    SELECT t.id FROM treaties t WHERE t.name = ?
                    AND (SELECT count(*) FROM treaty_parties p WHERE p.treaty = t.id AND p.country IN (?, ?)) = ?
                    """), arguments: [anniversary.subject, pair.first, pair.count > 1 ? pair[1] : pair.first, Set(pair).count])
            }
            let kind = isRelations ? "diplomatic relations" : isIndependence ? "independence" : organisation != nil ? "organisation" : "treaty"
            try db.cachedStatement(sql: """
                INSERT INTO anniversaries (article, country_a, country_b, organisation, subject_kind, subject, treaty, ordinal, year_marked, year_since, span_start, span_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [article, pair.first, pair.count > 1 ? pair[1] : nil, organisation, kind, anniversary.subject, treaty,
                                         anniversary.ordinal, anniversary.year, anniversary.since, anniversary.start, anniversary.end])
        }
        for message in facts.messages {
            let senderIsCountry = countries.contains(message.from)
            let recipientIsCountry = countries.contains(message.to)
            try db.cachedStatement(sql: """
                INSERT INTO messages (article, sender_person, sender_country, recipient_person, recipient_country, kind, occasion, sent_on, span_start, span_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [article,
                                         senderIsCountry ? nil : try person(message.from), senderIsCountry ? message.from : nil,
                                         recipientIsCountry ? nil : try person(message.to), recipientIsCountry ? message.to : nil,
                                         message.kind, message.occasion, facts.published_on, message.start, message.end])
        }
        for event in facts.memberships {
            try db.cachedStatement(sql: "INSERT INTO membership_events (article, organisation, country, action, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [article, event.org, event.country, event.action, event.start, event.end])
        }
        for relation in facts.relations {
            let pair = russiaFirst(relation.parties)
            guard pair.count == 2 else { continue }
            try db.cachedStatement(sql: "INSERT INTO relationship_labels (article, country_a, country_b, label, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [article, pair[0], pair[1], relation.label, relation.start, relation.end])
        }
    }

    /// Russia first when it is a party (the database's convention), the rest in order.
    static func russiaFirst(_ parties: [String]) -> [String] {
        parties.contains("RUS") ? ["RUS"] + parties.filter { $0 != "RUS" } : parties
    }
}
