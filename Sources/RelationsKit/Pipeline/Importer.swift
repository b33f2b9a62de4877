import Dispatch
import Foundation
import GRDB

/// What an import did.
public struct ImportSummary: Codable, Sendable {
    public var new = 0
    public var updated = 0
    public var unchanged = 0
    public var rejected = 0
    /// Facts stored for new and updated articles (leaders, anniversaries, memberships, messages, labels).
    public var facts = 0
    public var mentions = 0
    public var referenceReloaded = false
    public var seconds = 0.0
    /// The import was asked to stop (`Importer.stop`) before it read everything; what is counted was stored.
    public var stopped = false

    public var articles: Int { new + updated + unchanged }

    /// "3 articles (2 new, 0 updated, 1 unchanged, 1 rejected), 14 facts, 0.21 s"
    public var line: String {
        "\(articles) article\(articles == 1 ? "" : "s") (\(new) new, \(updated) updated, \(unchanged) unchanged, \(rejected) rejected), "
            + "\(facts) fact\(facts == 1 ? "" : "s"), \(String(format: "%.2f", seconds)) s"
    }
}

/// A request to stop, safe to make from any thread (a signal handler's thread, a timer).
public final class StopRequest: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    public init() {}

    public func request() { lock.withLock { requested = true } }
    public var isRequested: Bool { lock.withLock { requested } }
}

/// The import pipeline: read → extract (in parallel, pure) → store (one writer, one transaction per batch).
/// A batch is stored whole or not at all, so an interrupted import leaves every article complete or absent.
/// After `stop.request()` the import stores no further batch: a batch whose transaction has begun is
/// committed, the articles read since are dropped, and the summary says `stopped`. Importing the same
/// inputs again completes the job.
public final class Importer {
    public let database: RelationsDatabase
    public let extractor: Extractor
    public var batchSize = 256
    public let stop: StopRequest
    /// Called for every input that could not be imported (the import goes on).
    public var onProblem: (RelationsError) -> Void = { _ in }
    /// Called for an article that was repaired on the way in ("file: invalid UTF-8 at byte offset 12 ..."); it is imported.
    public var onWarning: (String) -> Void = { _ in }

    public init(database: RelationsDatabase, extractor: Extractor = Extractor(), stop: StopRequest = StopRequest()) {
        self.database = database
        self.extractor = extractor
        self.stop = stop
    }

    /// Loads the bundled reference tables when they changed (or were never loaded).
    @discardableResult
    public func loadReference(_ data: ReferenceData = .bundled) throws -> Bool {
        try database.writer.write { db in try ReferenceLoader.load(data, into: db) }
    }

    /// Imports the articles bundled with the build (`seeds/articles/`).
    public func importBundledSeeds() throws -> ImportSummary {
        try run { add in
            for file in Bundled.seedArticles {
                let format = InputFormat.from(fileName: file.name)
                try ArticleReader.read(data: Data(file.text.utf8), location: "seeds/articles/\(file.name)", format: format, handle: add)
            }
        }
    }

    /// Imports files, folders and "-" (standard input).
    public func importPaths(_ paths: [String], format: InputFormat? = nil) throws -> ImportSummary {
        try run { add in
            for path in paths { try ArticleReader.read(path: path, format: format, handle: add) }
        }
    }

    private func run(_ produce: (ArticleReader.Handler) throws -> Void) throws -> ImportSummary {
        let started = Date()
        var summary = ImportSummary()
        summary.referenceReloaded = try loadReference()
        var batch: [Article] = []
        let importedAt = ISO8601DateFormatter().string(from: Date())
        struct Stopped: Error {}
        func flush() throws {
            guard !batch.isEmpty else { return }
            let facts = extractAll(batch)
            if stop.isRequested { throw Stopped() }
            let articles = batch
            batch.removeAll(keepingCapacity: true)
            let outcomes = try database.writer.write { db in
                try zip(articles, facts).map { article, facts in try ArticleStore.store(article, facts: facts, importedAt: importedAt, db: db) }
            }
            for (outcome, facts) in zip(outcomes, facts) {
                switch outcome {
                case .new: summary.new += 1
                case .updated: summary.updated += 1
                case .unchanged: summary.unchanged += 1
                }
                if outcome != .unchanged {
                    summary.facts += facts.leaders.count + facts.anniversaries.count + facts.memberships.count + facts.messages.count + facts.relations.count
                    summary.mentions += facts.mentions.count
                }
            }
        }
        do {
            try produce { result in
                if stop.isRequested { throw Stopped() }
                switch result {
                case let .success(article):
                    if let warning = article.warning { onWarning("\(article.source): \(warning)") }
                    batch.append(article)
                    if batch.count >= batchSize { try flush() }
                case let .failure(problem):
                    summary.rejected += 1
                    onProblem(problem)
                }
            }
            try flush()
        } catch is Stopped {
            summary.stopped = true
        } catch let error as RelationsError {
            throw error
        } catch {
            throw RelationsDatabase.describe(error, path: database.path)
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Extracts facts from a batch on all cores, keeping input order.
    func extractAll(_ articles: [Article]) -> [ArticleFacts] {
        let extractor = self.extractor
        let results = UnsafeMutableBufferPointer<ArticleFacts?>.allocate(capacity: articles.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            output[index] = extractor.extract(articles[index])
        }
        return results.map { $0! }
    }
}
