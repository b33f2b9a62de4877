import ArgumentParser
import RelationsKit

@main
struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "Turn news articles about diplomacy into an SQLite database, and ask it questions.",
        discussion: """
            Import articles (plain text, JSON Lines, JSON, HTML) with `relations import`; read the facts with \
            `relations query NAME` or `relations query sql "SELECT ..."`, search them with `relations search WORDS`, \
            or open the database in sqlite3 (each report is a view there).

            The database is ./relations.db unless --db or the RELATIONS_DB environment variable names another.
            """,
        version: "0.1.0",
        subcommands: [Import.self, Query.self, Search.self, Extract.self, Eval.self]
    )
}
