import Foundation
import Testing

/// Ad-hoc SQL and report parameters cannot change the database, reach outside it, exhaust memory or hang.
@Suite("hostile SQL, end to end")
struct HostileSQLTests {
    static let refused: [(sql: String, says: String)] = [
        ("INSERT INTO countries (iso3, name) VALUES ('ZZZ', 'Nowhere')", "INSERT is not allowed"),
        ("UPDATE countries SET name = 'x'", "UPDATE is not allowed"),
        ("DELETE FROM articles", "DELETE is not allowed"),
        ("WITH doomed AS (SELECT id FROM articles) DELETE FROM articles WHERE id IN doomed", "DELETE is not allowed"),
        ("DROP TABLE countries", "DROP is not allowed"),
        ("CREATE TABLE notes (x)", "CREATE is not allowed"),
        ("CREATE TEMP VIEW v AS SELECT 1", "CREATE is not allowed"),
        ("ATTACH 'elsewhere.db' AS other", "ATTACH is not allowed"),
        ("-- a comment first\nATTACH 'elsewhere.db' AS other", "ATTACH is not allowed"),
        ("/* hidden */ PRAGMA writable_schema = 1", "PRAGMA writable_schema = 1 is not allowed"),
        ("PRAGMA journal_mode = DELETE", "PRAGMA journal_mode = DELETE is not allowed"),
        ("SELECT load_extension('/tmp/evil.so')", "the function load_extension() is not allowed"),
        ("BEGIN IMMEDIATE", "a transaction statement is not allowed"),
        ("VACUUM INTO 'copy.db'", "not allowed"),
        ("SELECT 1; DROP TABLE countries", "one statement at a time"),
        ("", "empty SQL"),
    ]

    @Test func writesAttachPragmaAssignmentsAndExtensionsAreRefusedAndTheFileIsUnchanged() throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        let before = try Data(contentsOf: seeded.db)
        let state = try seeded.state()
        for (sql, says) in Self.refused {
            // Through standard input, so that SQL starting with "--" is not taken for an option.
            let result = try run(Binary.url, ["query", "sql", "-", "--db", seeded.path], stdin: sql, directory: seeded.folder.url)
            #expect(result.status == 65, "\(sql): \(result.stderr)")
            #expect(result.stderr.contains(says), "\(sql): \(result.stderr)")
        }
        #expect(try Data(contentsOf: seeded.db) == before)
        #expect(try seeded.state() == state)
        #expect(!FileManager.default.fileExists(atPath: seeded.file("elsewhere.db").path))
        #expect(!FileManager.default.fileExists(atPath: seeded.file("copy.db").path))
    }

    @Test func readingPragmasAndTableValuedPragmasStillWork() throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        for sql in ["PRAGMA table_info(countries)", "SELECT name FROM pragma_table_info('countries')", "PRAGMA user_version", "PRAGMA integrity_check"] {
            let result = try relations("query", "sql", sql, "--db", seeded.path)
            #expect(result.status == 0, "\(sql): \(result.stderr)")
            #expect(result.stdout.split(separator: "\n").count >= 2, "\(sql): \(result.stdout)")
        }
    }

    @Test func parametersAreBoundNeverSpliced() throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        let state = try seeded.state()
        let hostile = "x'); DROP TABLE countries; --"
        let echoed = try relations("query", "sql", "SELECT :v AS v", "-p", "v", hostile, "--db", seeded.path, "--no-headers")
        #expect(echoed.status == 0, "\(echoed.stderr)")
        #expect(echoed.stdout == hostile + "\n")
        let subject = try relations("query", "anniversaries", "--subject", "%' OR 1=1; DROP TABLE countries; --", "--db", seeded.path, "--no-headers")
        #expect(subject.status == 0, "\(subject.stderr)")
        #expect(subject.stdout == "")
        let country = try relations("query", "anniversaries", "--country", "ARM' OR '1'='1", "--db", seeded.path)
        #expect(country.status == 64)
        #expect(country.stderr.contains("unknown country"))
        #expect(try seeded.state() == state)
    }

    @Test func aRunawayRecursiveQueryIsStoppedByTheTimeout() throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        let started = Date()
        let result = try relations("query", "sql", "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n", "--timeout", "1", "--db", seeded.path)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("stopped after 1.0 s (raise it with --timeout)"), "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 15)
    }

    @Test func ctrlCStopsARunawayQuery() throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        let running = try BackgroundRun(["query", "sql", "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n", "--timeout", "120", "--db", seeded.path])
        // Once the trap is set, a signal stops the query whether or not its statement has started.
        #expect(waitUntil(seconds: 60) { running.trapsSignal(SIGINT) })
        Thread.sleep(forTimeInterval: 0.2)
        let signalled = Date()
        kill(running.process.processIdentifier, SIGINT)
        let result = try running.finish()
        #expect(result.status == 130, "\(result.stderr)")
        #expect(result.stderr.contains("query stopped by SIGINT"), "\(result.stderr)")
        // Stopped by the signal, long before the 120 s timeout.
        #expect(Date().timeIntervalSince(signalled) < 60)
    }

    @Test func anEnormousResultIsStreamedNotHeldInMemory() throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        let sql = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 1000000) SELECT x, printf('%050d', x) AS pad FROM n"
        // 150 MB of address space is too little to hold a million rows and their text, enough to stream them.
        let result = try relationsLimited("ulimit -v 150000", ["query", "sql", sql, "--db", seeded.path, "--format", "csv", "--timeout", "120"])
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        let lines = result.stdout.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(lines.count == 1_000_001)
        #expect(lines.last == "1000000,00000000000000000000000000000000000000000001000000")
    }

    @Test func theTableFormatShowsTenThousandRowsAndSaysSo() throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        let result = try relations("query", "sql", "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 20000) SELECT x FROM n", "--db", seeded.path, "--format", "table")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 10_002)
        #expect(result.stderr.contains("showing the first 10000 rows"))
        let json = try relations("query", "sql", "SELECT iso3 FROM countries WHERE iso3 IN ('ARM', 'AZE') ORDER BY iso3", "--db", seeded.path, "--format", "json")
        #expect(json.stdout == "[{\"iso3\": \"ARM\"},\n {\"iso3\": \"AZE\"}]\n")
    }
}
