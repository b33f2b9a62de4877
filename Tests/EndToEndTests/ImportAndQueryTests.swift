import Foundation
import Testing

@Suite("import and query, end to end")
struct ImportAndQueryTests {
    static let expected2017 = [
        "Armenia\t2017\t25\t1992\tdiplomatic relations",
        "Armenia\t2017\t20\t1997\tTreaty of Friendship, Cooperation and Mutual Assistance",
        "Azerbaijan\t2017\t25\t1992\tdiplomatic relations",
        "Belarus\t2017\t25\t1992\tdiplomatic relations",
        "Kazakhstan\t2017\t25\t1992\tdiplomatic relations",
    ]

    @Test func importingTheSeedsThenAskingFor2017GivesTheFiveAnniversaries() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let db = folder.file("relations.db").path

        let imported = try relations("import", "--db", db)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("1 article (1 new, 0 updated, 0 unchanged, 0 rejected)"))

        let report = try relations("query", "anniversaries", "--year", "2017", "--db", db, "--format", "tsv")
        #expect(report.status == 0, "\(report.stderr)")
        let lines = report.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "country\tyear\tordinal\tsince\tsubject\tpublished_on\ttitle")
        let rows = lines.dropFirst().map { $0.split(separator: "\t").prefix(5).joined(separator: "\t") }
        #expect(rows == Self.expected2017)
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix("\t2017-12-30\tPutin sends New Year greetings to CIS leaders") })
    }

    @Test func theEvidenceIsOneOptionAway() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let db = folder.file("r.db").path
        try relations("import", "--db", db)
        let report = try relations("query", "anniversaries", "--year", "2017", "--evidence", "--db", db, "--format", "jsonl")
        let objects = try report.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.count == 5)
        let azerbaijan = try #require(objects.first { $0["country"] as? String == "Azerbaijan" })
        #expect((azerbaijan["evidence"] as? String)?.contains("25 years since the establishment of diplomatic relations") == true)
        #expect(azerbaijan["ordinal"] as? Int == 25)
    }

    @Test func sqlite3SeesTheSameFacts() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let db = folder.file("r.db")
        try relations("import", "--db", db.path)
        let rows = try sqlite3(db, """
            SELECT c.name, a.ordinal, a.year_since, a.subject FROM anniversaries a JOIN countries c ON c.iso3 = a.country_b
            WHERE a.year_marked = 2017 ORDER BY c.name, a.subject_kind = 'treaty', a.ordinal DESC
            """)
        #expect(rows == [
            "Armenia|25|1992|diplomatic relations",
            "Armenia|20|1997|Treaty of Friendship, Cooperation and Mutual Assistance",
            "Azerbaijan|25|1992|diplomatic relations",
            "Belarus|25|1992|diplomatic relations",
            "Kazakhstan|25|1992|diplomatic relations",
        ])
        // Every anniversary's evidence, cut from the body by its offsets, names its ordinal.
        let evidence = try sqlite3(db, "SELECT substr(ar.body, an.span_start + 1, an.span_end - an.span_start) FROM anniversaries an JOIN articles ar ON ar.id = an.article")
        #expect(evidence.count == 5)
        #expect(evidence.allSatisfy { $0.contains("25") || $0.contains("20th") })
        // The tables the card names are there.
        let tables = try sqlite3(db, "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name")
        for name in ["countries", "leaders", "anniversaries", "organisations", "memberships", "articles", "messages"] {
            #expect(tables.contains(name), "missing \(name)")
        }
        #expect(try sqlite3(db, "PRAGMA foreign_key_check") == [])
        #expect(try sqlite3(db, "PRAGMA integrity_check") == ["ok"])
    }

    @Test func importingTwiceChangesNoRowCount() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let db = folder.file("r.db")
        try relations("import", "--db", db.path)
        let countSQL = """
            SELECT (SELECT count(*) FROM articles) || ' ' || (SELECT count(*) FROM anniversaries) || ' ' || (SELECT count(*) FROM messages)
              || ' ' || (SELECT count(*) FROM mentions) || ' ' || (SELECT count(*) FROM persons) || ' ' || (SELECT count(*) FROM countries)
              || ' ' || (SELECT count(*) FROM office_terms) || ' ' || (SELECT count(*) FROM treaties)
            """
        let before = try sqlite3(db, countSQL)
        let again = try relations("import", "--db", db.path)
        #expect(again.status == 0)
        #expect(again.stdout.contains("(0 new, 0 updated, 1 unchanged, 0 rejected)"))
        #expect(try sqlite3(db, countSQL) == before)
    }

    @Test func aDatabaseFromANewerVersionIsRefusedAndLeftUnchanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let db = folder.file("r.db")
        try relations("import", "--db", db.path)
        _ = try sqlite3(db, "PRAGMA journal_mode = DELETE; INSERT INTO grdb_migrations (identifier) VALUES ('9999_from_the_future')")
        let before = try Data(contentsOf: db)
        for arguments in [["import", "--db", db.path], ["query", "anniversaries", "--db", db.path]] {
            let result = try run(Binary.url, arguments)
            #expect(result.status != 0)
            #expect(result.stderr.contains("newer version of relations"))
        }
        #expect(try Data(contentsOf: db) == before)
    }

    @Test func theDefaultDatabaseIsInTheCurrentFolderOrRelationsDB() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let result = try relations("import", directory: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.file("relations.db").path))
        let viaEnvironment = try run(Binary.url, ["import"], environment: ["RELATIONS_DB": folder.file("env.db").path], directory: folder.url)
        #expect(viaEnvironment.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("env.db").path))
    }

    @Test func theBinaryWorksFromAnyFolderWithNoFilesBesideIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let copy = folder.file("relations")
        try FileManager.default.copyItem(at: Binary.url, to: copy)
        let result = try run(copy, ["import", "--db", folder.file("x.db").path], directory: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try run(copy, ["query", "anniversaries", "--year", "2017", "--db", folder.file("x.db").path, "--no-headers"])
        #expect(report.stdout.split(separator: "\n").count == 5)
    }
}
