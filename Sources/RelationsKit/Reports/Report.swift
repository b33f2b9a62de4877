/// A canned report: a named SQL query with named `:parameters`, a title and a description.
/// Each report reads a view of the same name (created by a migration), so a sqlite3 user
/// gets the same rows with `SELECT * FROM <view> WHERE ...`.
public struct Report: Sendable {
    public struct Parameter: Sendable {
        public enum Kind: String, Sendable { case year, date, country, organisation, text }
        public let name: String
        public let kind: Kind
        public let help: String
    }

    public let name: String
    public let title: String
    public let summary: String
    public let parameters: [Parameter]
    /// SQL with `:name` placeholders; a parameter left out is bound to NULL, which the SQL reads as "any".
    public let sql: String

    /// The reports, by name.
    public static let all: [Report] = [
        Report(
            name: "anniversaries",
            title: "Anniversaries marked",
            summary: "Anniversaries of diplomatic relations, treaties, organisations and independence that articles say were marked, with the year since and the evidence.",
            parameters: [
                .init(name: "year", kind: .year, help: "Year the anniversary was marked."),
                .init(name: "country", kind: .country, help: "A party: name, alias, demonym, ISO2 or ISO3."),
                .init(name: "subject", kind: .text, help: "Subject contains this text (\"diplomatic relations\", \"Treaty\", \"CIS\")."),
            ],
            sql: """
                SELECT country, year, ordinal, since, subject, published_on, title, evidence
                FROM anniversaries_report
                WHERE (:year IS NULL OR year = :year)
                  AND (:country IS NULL OR :country IN (iso3_a, iso3_b))
                  AND (:subject IS NULL OR subject LIKE '%' || :subject || '%')
                ORDER BY country, year, subject_kind = 'treaty', ordinal DESC, subject
                """),
    ]

    public static func named(_ name: String) -> Report? { all.first { $0.name == name } }
}
