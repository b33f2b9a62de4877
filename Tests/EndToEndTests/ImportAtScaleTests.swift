import Foundation
import Testing

/// Every input format, idempotence by URL or text, and the machine-readable summary.
@Suite("import at scale, end to end")
struct ImportAtScaleTests {
    /// Three JSON Lines articles with the field names scrapers use.
    static let wire = """
        {"url": "https://example.org/a", "headline": "Russia, Armenia mark 30 years of relations", "published_at": "2022-04-03T10:00:00Z", "content": "MOSCOW, April 3. /TASS/. Russia and Armenia marked the 30th anniversary of diplomatic relations on Sunday."}
        {"link": "https://example.org/b", "title": "Kazakh leader greets Putin", "date": "2023-06-12", "body": "ASTANA, 12 June (Kazinform) - President of Kazakhstan Kassym-Jomart Tokayev sent a congratulatory telegram to Russian President Vladimir Putin on Russia Day."}
        {"title": "No URL here", "datetime": "2019-05-05", "text": "Belarus and Russia discussed the Union State in Minsk."}

        """

    func summary(_ result: CommandResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout) \(result.stderr)")
    }

    @Test func jsonLinesPlainAndGzipImportOnceAndAreUnchangedTheSecondTime() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let db = folder.file("r.db").path
        try Self.wire.write(to: folder.file("wire.jsonl"), atomically: true, encoding: .utf8)
        let gzip = try run(URL(fileURLWithPath: "/usr/bin/env"), ["gzip", "-k", folder.file("wire.jsonl").path])
        #expect(gzip.status == 0)

        let first = try summary(relations("import", folder.file("wire.jsonl").path, "--db", db, "--summary", "json"))
        #expect(first["new"] as? Int == 3)
        #expect(first["rejected"] as? Int == 0)
        #expect((first["facts"] as? Int ?? 0) >= 2)

        // The same articles compressed: identified by URL (or text), nothing new.
        let again = try summary(relations("import", folder.file("wire.jsonl.gz").path, "--db", db, "--summary", "json"))
        #expect(again["new"] as? Int == 0)
        #expect(again["unchanged"] as? Int == 3)
        #expect(try sqlite3(folder.file("r.db"), "SELECT count(*) FROM articles") == ["3"])
        let dates = try sqlite3(folder.file("r.db"), "SELECT published_on FROM articles ORDER BY published_on")
        #expect(dates == ["2019-05-05", "2022-04-03", "2023-06-12"])
    }

    @Test func aChangedArticleHasItsFactsReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let db = folder.file("r.db")
        try #"{"url": "https://example.org/x", "title": "T", "date": "2017-12-30", "text": "Russia and Belarus marked the 25th anniversary of diplomatic relations."}"#
            .write(to: folder.file("v1.jsonl"), atomically: true, encoding: .utf8)
        try #"{"url": "https://example.org/x", "title": "T", "date": "2017-12-30", "text": "Russia and Kazakhstan marked the 25th anniversary of diplomatic relations."}"#
            .write(to: folder.file("v2.jsonl"), atomically: true, encoding: .utf8)
        try relations("import", folder.file("v1.jsonl").path, "--db", db.path)
        #expect(try sqlite3(db, "SELECT country_b FROM anniversaries") == ["BLR"])
        let second = try summary(relations("import", folder.file("v2.jsonl").path, "--db", db.path, "--summary", "json"))
        #expect(second["updated"] as? Int == 1)
        #expect(try sqlite3(db, "SELECT count(*) FROM articles") == ["1"])
        #expect(try sqlite3(db, "SELECT country_b FROM anniversaries") == ["KAZ"])
        #expect(try sqlite3(db, "PRAGMA foreign_key_check") == [])
    }

    @Test func foldersAreReadRecursivelyAndGlobFiltersThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let inputs = folder.file("inputs")
        try FileManager.default.createDirectory(at: inputs.appendingPathComponent("2017/december"), withIntermediateDirectories: true)
        try "Greetings\n\nMOSCOW, December 30. /TASS/. Russia and Armenia marked the 25th anniversary of diplomatic relations in 2017.\n"
            .write(to: inputs.appendingPathComponent("2017/december/a.txt"), atomically: true, encoding: .utf8)
        try "<html><head><title>Minsk talks</title></head><body><nav>All news</nav><article><h1>Minsk talks</h1><p>MINSK, May 5. Belarus and Russia discussed the Union State.</p><script>var x = 1;</script></article></body></html>"
            .write(to: inputs.appendingPathComponent("b.html"), atomically: true, encoding: .utf8)
        try "not an article".write(to: inputs.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)

        let all = try summary(relations("import", inputs.path, "--db", folder.file("all.db").path, "--summary", "json"))
        #expect(all["new"] as? Int == 2)
        let only = try summary(relations("import", inputs.path, "--glob", "*.html", "--db", folder.file("html.db").path, "--summary", "json"))
        #expect(only["new"] as? Int == 1)
        #expect(try sqlite3(folder.file("html.db"), "SELECT title FROM articles") == ["Minsk talks"])
        let body = try sqlite3(folder.file("html.db"), "SELECT body FROM articles").joined(separator: "\n")
        #expect(!body.contains("var x") && !body.contains("All news"))
    }

    @Test func standardInputWithAFormatOverride() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let result = try relations("import", "-", "--format", "jsonl", "--db", folder.file("r.db").path, "--summary", "json", stdin: Self.wire)
        #expect(try summary(result)["new"] as? Int == 3)
        // Progress is for terminals: a pipe gets none.
        #expect(!result.stderr.contains("articles/s"))
    }
}
