import Foundation
import GRDB

/// Writes an article and its facts. An article is identified by its URL when it has one, otherwise
/// by the SHA-256 of its body: an unchanged article is left alone, a changed one has its facts replaced.
/// Call inside a write transaction.
enum ArticleStore {
    public enum Outcome: String, Sendable { case new, updated, unchanged }

    /// Stores the articles of one transaction in order. New rows are gathered and inserted with one multi-row
    /// INSERT (explicit ids, the same SQLite would give one by one), then their facts: the full-text index is
    /// filled by a trigger, and FTS5 writes its pending terms out at every statement that fires it, so one
    /// statement for many articles saves most of that work. Whatever depends on the gathered rows (the same URL
    /// or text again, a row to delete) first inserts them, so the result is that of storing one by one.
    final class Writer {
        let db: Database
        let importedAt: String
        private var pending: [(article: Article, facts: ArticleFacts)] = []
        private var pendingKeys = Set<String>()

        init(db: Database, importedAt: String) {
            self.db = db
            self.importedAt = importedAt
        }

        /// Also returns, for an updated article, the input hash of the row it replaced (see `InputHash`).
        func store(_ article: Article, facts: ArticleFacts) throws -> (Outcome, replaced: InputHash?) {
            let key = article.url.map { "url " + $0 } ?? "sha256 " + facts.sha256
            if pendingKeys.contains(key) { try flush() }
            let existing: Row? = try PhaseTimes.measure("  of which looking up stored articles") {
                if let url = article.url {
                    return try Row.fetchOne(db.cachedStatement(sql: "SELECT id, sha256, input_hash FROM articles WHERE url = ?"), arguments: [url])
                }
                return try Row.fetchOne(db.cachedStatement(sql: "SELECT id, sha256, input_hash FROM articles WHERE url IS NULL AND sha256 = ?"), arguments: [facts.sha256])
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
                try flush()
                try db.cachedStatement(sql: "DELETE FROM articles WHERE id = ?").execute(arguments: [existing["id"] as Int64])
                outcome = .updated
                replaced = (existing["input_hash"] as Data?).flatMap(InputHash.init(data:))
            }
            pending.append((article, facts))
            pendingKeys.insert(key)
            return (outcome, replaced)
        }

        /// Inserts the gathered articles and their facts. Call before the transaction ends.
        func flush() throws {
            guard !pending.isEmpty else { return }
            let first = try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) + 1 FROM articles")) ?? 1
            let row = "(?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)"
            let sql = "INSERT INTO articles (id, url, source, outlet, title, published_on, body, sha256, imported_at, input_hash) VALUES "
                + Array(repeating: row, count: pending.count).joined(separator: ", ")
            var values: [(any DatabaseValueConvertible)?] = []
            values.reserveCapacity(pending.count * 9)
            for (offset, (article, facts)) in pending.enumerated() {
                values += [first + Int64(offset), article.url, article.source, article.title, facts.published_on, article.body, facts.sha256,
                           importedAt, article.inputHash?.data] as [(any DatabaseValueConvertible)?]
            }
            try PhaseTimes.measure("  of which articles and full-text index") {
                try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values))
            }
            try PhaseTimes.measure("  of which facts") {
                try storeFacts(pending.enumerated().map { ($0.element.facts, first + Int64($0.offset)) }, db: db)
            }
            pending.removeAll(keepingCapacity: true)
            pendingKeys.removeAll(keepingCapacity: true)
        }
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

    /// Rows for one table, inserted many to a statement (each statement costs more than a row).
    struct Rows {
        let insert: String
        let columns: Int
        var values: [(any DatabaseValueConvertible)?] = []
        static let perStatement = 64

        init(_ insert: String, columns: Int) {
            self.insert = insert
            self.columns = columns
        }

        mutating func append(_ row: [(any DatabaseValueConvertible)?]) { values += row }

        /// Inserts the rows in order, so that they get the ids that inserting them one by one would give.
        func write(_ db: Database) throws {
            var start = 0
            let total = values.count / columns
            let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
            while start < total {
                let count = min(Rows.perStatement, total - start)
                let sql = insert + " VALUES " + Array(repeating: row, count: count).joined(separator: ", ")
                try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(Array(values[(start * columns)..<((start + count) * columns)])))
                start += count
            }
        }
    }

    /// Stores the facts of several articles. Persons are looked up (and added) in the order storing the
    /// articles one by one would, and each table's rows are inserted in that order, so the ids are the same.
    static func storeFacts(_ articles: [(facts: ArticleFacts, article: Int64)], db: Database) throws {
        let countries = knownCountries
        var persons: [String: Int64] = [:]
        func person(_ name: String) throws -> Int64 {
            if let id = persons[name] { return id }
            if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM persons WHERE name = ?"), arguments: [name]) {
                persons[name] = id
                return id
            }
            try db.cachedStatement(sql: "INSERT INTO persons (name, origin) VALUES (?, 'article')").execute(arguments: [name])
            persons[name] = db.lastInsertedRowID
            return db.lastInsertedRowID
        }
        var mentions = Rows("INSERT INTO mentions (article, country, organisation, person, text, span_start, span_end, published_on)", columns: 8)
        var offices = Rows("INSERT INTO office_mentions (article, person, country, office, span_start, span_end, published_on)", columns: 7)
        var anniversaries = Rows("""
            INSERT INTO anniversaries (article, country_a, country_b, organisation, subject_kind, subject, treaty, ordinal, year_marked, year_since, span_start, span_end, published_on)
            """, columns: 13)
        var messages = Rows("""
            INSERT INTO messages (article, sender_person, sender_country, recipient_person, recipient_country, kind, occasion, sent_on, span_start, span_end)
            """, columns: 10)
        var events = Rows("INSERT INTO membership_events (article, organisation, country, action, span_start, span_end, published_on)", columns: 7)
        var labels = Rows("INSERT INTO relationship_labels (article, country_a, country_b, label, span_start, span_end, published_on)", columns: 7)
        for (facts, article) in articles {
            for mention in facts.mentions {
                var country: String?, organisation: String?, personID: Int64?
                switch mention.entity {
                case let .country(code): country = code
                case let .organisation(code): organisation = code
                case let .person(name): personID = try person(name)
                }
                mentions.append([article, country, organisation, personID, mention.text, mention.start, mention.end, facts.published_on])
            }
            for leader in facts.leaders {
                offices.append([article, try person(leader.name), leader.country, leader.office, leader.start, leader.end, facts.published_on])
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
                anniversaries.append([article, pair.first, pair.count > 1 ? pair[1] : nil, organisation, kind, anniversary.subject, treaty,
                                      anniversary.ordinal, anniversary.year, anniversary.since, anniversary.start, anniversary.end, facts.published_on])
            }
            for message in facts.messages {
                let senderIsCountry = countries.contains(message.from)
                let recipientIsCountry = countries.contains(message.to)
                messages.append([article,
                                 senderIsCountry ? nil : try person(message.from), senderIsCountry ? message.from : nil,
                                 recipientIsCountry ? nil : try person(message.to), recipientIsCountry ? message.to : nil,
                                 message.kind, message.occasion, facts.published_on, message.start, message.end])
            }
            for event in facts.memberships {
                events.append([article, event.org, event.country, event.action, event.start, event.end, facts.published_on])
            }
            for relation in facts.relations {
                let pair = russiaFirst(relation.parties)
                guard pair.count == 2 else { continue }
                labels.append([article, pair[0], pair[1], relation.label, relation.start, relation.end, facts.published_on])
            }
        }
        let lastFactIDs = try DerivedFacts.lastFactIDs(db)
        for rows in [mentions, offices, anniversaries, messages, events, labels] { try rows.write(db) }
        if let first = articles.map(\.article).min(), let last = articles.map(\.article).max() {
            try DerivedFacts.countArticles(first: first, last: last, db: db)
            try DerivedFacts.countFacts(first: first, last: last, db: db)
        }
        // Once all their facts are stored: which countries the messages are between, and which facts contradict the reference.
        // A batch with no facts of a kind has no derived rows from them: those statements are not run.
        try DerivedFacts.derive(after: lastFactIDs, db: db) { table in
            switch table {
            case "messages": articles.contains { !$0.facts.messages.isEmpty }
            case "anniversaries": articles.contains { !$0.facts.anniversaries.isEmpty }
            case "office_mentions": articles.contains { !$0.facts.leaders.isEmpty }
            case "membership_events": articles.contains { !$0.facts.memberships.isEmpty }
            default: true
            }
        }
    }

    /// Russia first when it is a party (the database's convention), the rest in order.
    static func russiaFirst(_ parties: [String]) -> [String] {
        parties.contains("RUS") ? ["RUS"] + parties.filter { $0 != "RUS" } : parties
    }
}
