import GRDB

/// The derived tables of `Migrations/0006_derived_facts.sql`: `message_countries` (the rows of the view
/// `message_parties_derived`) and `conflicting_facts` (the rows of `anniversary_conflicts_derived`,
/// `office_conflicts_derived` and `membership_conflicts_derived`), and the article counts of
/// `0009_country_profile.sql` and `0012_organisation_articles.sql` (`country_article_counts`, `organisation_article_counts`),
/// and the fact counts of `0015_article_fact_counts.sql` (`article_fact_counts`).
///
/// They are kept true in three ways:
/// - `derive(after:)` adds the rows of the facts a batch of articles has just stored (the import calls it once per
///   batch; a trigger on every inserted fact would do the same work, but SQLite would then keep a statement journal
///   for each fact it stores, which made imports 20% slower);
/// - triggers follow the updates and deletes of facts, and changes of an article's date (sqlite3 users; an article
///   deleted with its facts takes its derived rows with it, `ON DELETE CASCADE`);
/// - the reference data they are derived from (office terms, memberships, diplomatic relations, treaties) has no
///   trigger: whenever the reference tables are reloaded, `recompute` derives both tables again from scratch.
enum DerivedFacts {
    /// The highest id in each fact table (`messages`, `anniversaries`, `office_mentions`, `membership_events`), 0 when
    /// empty. Taken before a batch's facts are inserted: SQLite gives new rows ids above the highest, so the batch's
    /// facts are those above it, whether their articles are new or replaced.
    static func lastFactIDs(_ db: Database) throws -> [String: Int64] {
        var last: [String: Int64] = [:]
        for insert in inserts {
            last[insert.table] = try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM \(insert.table)")) ?? 0
        }
        return last
    }

    /// Adds the derived rows of the facts stored since `lastFactIDs` gave `last`: one statement per derived view for a
    /// whole batch, each reading its facts by a range of ids (one statement per article took a quarter of the writer's
    /// time at 10,000 articles).
    ///
    /// `has(table)` says whether the batch stored rows in a fact table: the statement of a table where it stored none
    /// would add nothing, and is not run.
    static func derive(after last: [String: Int64], db: Database, has: (String) -> Bool = { _ in true }) throws {
        for (insert, sql) in zip(inserts, deriveStatements) where has(insert.table) {
            try db.cachedStatement(sql: sql).execute(arguments: ["last": last[insert.table] ?? 0])
        }
    }

    /// Each derived table's rows, from the view that defines them; `fact` and `table` name the fact each row is derived
    /// from, to pick the rows of one article.
    private static let inserts: [(sql: String, fact: String, table: String)] = [
        // With each message's date (0008), which every message of the article has from the article.
        ("INSERT INTO message_countries (message, side, iso3, sent_on) SELECT message, side, iso3, (SELECT sent_on FROM messages WHERE id = message) FROM message_parties_derived",
         "message", "messages"),
        ("INSERT INTO conflicting_facts (kind, iso3, anniversary) SELECT 'anniversary', iso3, anniversary FROM anniversary_conflicts_derived",
         "anniversary", "anniversaries"),
        ("INSERT INTO conflicting_facts (kind, iso3, office_mention) SELECT 'office', iso3, office_mention FROM office_conflicts_derived",
         "office_mention", "office_mentions"),
        ("INSERT INTO conflicting_facts (kind, iso3, membership_event) SELECT 'membership', iso3, membership_event FROM membership_conflicts_derived",
         "membership_event", "membership_events"),
    ]

    static let deriveStatements: [String] = inserts.map { insert in "\(insert.sql) WHERE \(insert.fact) > :last" }

    /// Counts the articles with ids `first...last`, just stored with their mentions, in `country_article_counts`
    /// (0009) and `organisation_article_counts` (0012): one statement each for a batch, instead of a trigger on every
    /// mention stored. Mentions deleted or changed
    /// later are followed by triggers.
    static func countArticles(first: Int64, last: Int64, db: Database) throws {
        for (table, column) in [("country_article_counts", "country"), ("organisation_article_counts", "organisation")] {
            try db.cachedStatement(sql: """
                INSERT INTO \(table) (\(column), articles)
                SELECT \(column), count(DISTINCT article) FROM mentions WHERE article BETWEEN :first AND :last AND \(column) IS NOT NULL GROUP BY \(column)
                ON CONFLICT (\(column)) DO UPDATE SET articles = articles + excluded.articles
                """).execute(arguments: ["first": first, "last": last])
        }
    }

    /// Counts the facts of the articles with ids `first...last`, just stored, in `article_fact_counts` (0015), from the
    /// rows stored (the view `article_fact_counts_derived`), so that the count is what `articles_report` used to count.
    static func countFacts(first: Int64, last: Int64, db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO article_fact_counts (article, facts)
            SELECT article, facts FROM article_fact_counts_derived WHERE article BETWEEN :first AND :last
            """).execute(arguments: ["first": first, "last": last])
    }

    /// Derives both tables again from scratch.
    static func recompute(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM message_countries; DELETE FROM conflicting_facts")
        for insert in inserts { try db.execute(sql: insert.sql) }
    }
}
