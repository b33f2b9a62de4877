import Foundation
import Testing

/// SIGINT or SIGTERM during an import leaves a consistent database in which every article is complete
/// or absent, and running the import again finishes the job.
@Suite("interruption, end to end")
struct InterruptionTests {
    func interrupt(with signal: Int32, expecting status: Int32) throws {
        let seeded = try SeededDatabase()
        defer { seeded.cleanUp() }
        let folder = seeded.file("wire")
        try writeSmallArticles(2000, into: folder)
        let seedArticles = try seeded.articles()

        let running = try BackgroundRun(["import", "--db", seeded.path, folder.path])
        // Signal once the first batch is stored, while the rest are still being read.
        let started = waitUntil(seconds: 60) { ((try? seeded.articles()) ?? 0) > seedArticles }
        #expect(started)
        kill(running.process.processIdentifier, signal)
        let stopped = try running.finish()

        let stored = try seeded.articles() - seedArticles
        if stopped.status == 0 {
            // The import won the race and finished first; nothing to check about stopping.
            #expect(stored == 2000)
            return
        }
        #expect(stopped.status == status, "\(stopped.stderr)")
        #expect(stopped.stdout.contains("Stopped by"), "\(stopped.stdout)")
        #expect(stopped.stderr.contains("Run the same import again to finish"), "\(stopped.stderr)")
        #expect(stored > 0 && stored < 2000, "stored \(stored)")
        #expect(try sqlite3(seeded.db, "PRAGMA integrity_check") == ["ok"])
        #expect(try sqlite3(seeded.db, "PRAGMA foreign_key_check") == [])
        // Every article is stored with all its facts: the articles are alike, so each has as many mentions.
        let perArticle = "SELECT DISTINCT (SELECT count(*) FROM mentions m WHERE m.article = a.id) FROM articles a WHERE a.source LIKE '%/wire/%'"
        let countsWhenStopped = try sqlite3(seeded.db, perArticle)
        #expect(countsWhenStopped.count == 1, "\(countsWhenStopped)")
        // The stdout summary counts what was stored.
        #expect(stopped.stdout.contains("imported \(stored) articles (\(stored) new"), "\(stopped.stdout)")

        let again = try seeded.importing(folder.path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("2000 articles (\(2000 - stored) new, 0 updated, \(stored) unchanged, 0 rejected)"), "\(again.stdout)")
        #expect(try seeded.articles() - seedArticles == 2000)
        #expect(try sqlite3(seeded.db, perArticle) == countsWhenStopped)
        #expect(try sqlite3(seeded.db, "PRAGMA integrity_check") == ["ok"])
        #expect(try sqlite3(seeded.db, "PRAGMA foreign_key_check") == [])
    }

    @Test func ctrlCStopsAfterABatchAndARerunCompletes() throws {
        try interrupt(with: SIGINT, expecting: 130)
    }

    @Test func sigtermStopsAfterABatchAndARerunCompletes() throws {
        try interrupt(with: SIGTERM, expecting: 143)
    }
}
