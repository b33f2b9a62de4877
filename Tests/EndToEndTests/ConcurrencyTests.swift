import Foundation
import Testing

/// Several processes on one database file: imports wait for each other (WAL, a busy timeout, IMMEDIATE
/// transactions), queries read beside them, and nothing is lost.
@Suite("concurrent use, end to end")
struct ConcurrencyTests {
    @Test func twoImportsAtOnceBothFinishWithNothingLost() throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        try writeSmallArticles(1500, into: seeded.file("left"), tag: "L")
        try writeSmallArticles(1500, into: seeded.file("right"), tag: "R")
        let before = try seeded.articles()
        let left = try BackgroundRun(["import", "--db", seeded.path, seeded.file("left").path])
        let right = try BackgroundRun(["import", "--db", seeded.path, seeded.file("right").path])
        let leftResult = try left.finish(), rightResult = try right.finish()
        #expect(leftResult.status == 0, "\(leftResult.stderr)")
        #expect(rightResult.status == 0, "\(rightResult.stderr)")
        #expect(leftResult.stdout.contains("1500 new"))
        #expect(rightResult.stdout.contains("1500 new"))
        #expect(try seeded.articles() == before + 3000)
        #expect(try sqlite3(seeded.db, "PRAGMA integrity_check") == ["ok"])
        #expect(try sqlite3(seeded.db, "PRAGMA foreign_key_check") == [])
    }

    @Test func importsThatCreateTheSameNewFileAtOnceAllSucceed() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        for name in ["a", "b"] {
            try FileManager.default.createDirectory(at: folder.file(name), withIntermediateDirectories: true)
            try Data("Talks \(name)\n\nRussia and Armenia discussed trade (\(name)).\n".utf8).write(to: folder.file(name).appendingPathComponent("x.txt"))
        }
        // Each round races three processes to create and migrate one new file.
        for round in 0..<3 {
            let db = folder.file("new-\(round).db").path
            let runs = try [["import", "--db", db], ["import", "--db", db, folder.file("a").path], ["import", "--db", db, folder.file("b").path]].map(BackgroundRun.init)
            for result in try runs.map({ try $0.finish() }) { #expect(result.status == 0, "\(result.stderr)") }
            #expect(try sqlite3(URL(fileURLWithPath: db), "SELECT count(*) FROM articles") == ["3"])
            #expect(try sqlite3(URL(fileURLWithPath: db), "PRAGMA integrity_check") == ["ok"])
        }
    }

    @Test func aQueryWhileAnImportRunsAnswers() throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        try writeSmallArticles(2000, into: seeded.file("wire"))
        let before = try seeded.articles()
        let importing = try BackgroundRun(["import", "--db", seeded.path, seeded.file("wire").path])
        _ = waitUntil(seconds: 60) { ((try? seeded.articles()) ?? 0) > before }
        let wasRunning = importing.process.isRunning
        let started = Date()
        let count = try relations("query", "sql", "SELECT count(*) AS n FROM articles", "--db", seeded.path, "--format", "csv", "--no-headers")
        let report = try relations("query", "anniversaries", "--year", "2017", "--db", seeded.path, "--no-headers")
        let elapsed = Date().timeIntervalSince(started)
        let imported = try importing.finish()
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(count.status == 0, "\(count.stderr)")
        let seen = Int(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        #expect(seen >= before && seen <= before + 2000)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.split(separator: "\n").count == 5)
        #expect(elapsed < 10, "queries waited \(elapsed) s for the import")
        if !wasRunning { print("note: the import had finished before the query; the overlap was not tested this time") }
        #expect(try seeded.articles() == before + 2000)
    }
}
