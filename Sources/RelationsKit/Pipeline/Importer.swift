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

/// How far an import has come, for a progress line.
public struct ImportProgress: Sendable {
    /// Articles read and handled (stored, found unchanged or rejected).
    public var articles: Int
    /// Bytes of article text handled.
    public var bytes: Int
    public var seconds: Double
    /// The size of all inputs, when known (files, not standard input).
    public var totalBytes: Int?
}

/// The import pipeline: read → extract (in parallel, pure) → store (one writer; a transaction holds one batch, or
/// several when the writer is the slower stage).
///
/// Batches flow through two stages that overlap: while one batch is stored, the next is checked against the
/// database (an article whose URL, or text when it has no URL, is already stored unchanged is not extracted
/// again) and extracted on all cores. At most two batches are in flight, so memory does not grow with the
/// corpus. The batches already extracted when the one before them is stored go into its transaction, up to
/// `transactionSize` articles. A batch is stored whole or not at all, so an interrupted import leaves every article
/// complete or absent. After `stop.request()` the import stores no further batch: a transaction that has begun is
/// committed with the batches stored in it, the articles read since are dropped, and the summary says `stopped`.
/// Importing the same inputs again completes the job.
public final class Importer: @unchecked Sendable {
    public let database: RelationsDatabase
    public let extractor: Extractor
    public var batchSize = 256
    /// Batches already extracted when the one before them is stored go into the same transaction, up to this many
    /// articles: each transaction writes every page it changed once, and the facts' date indexes are changed all over,
    /// so at 100,000 articles a transaction of 1,024 rewrote most of their pages for few rows each. 8,192 halved the
    /// bytes an import of 100,000 writes (4.7 GB against 10.4 GB; 32,768: 3.7 GB) at the same peak memory: the
    /// page cache stays bounded, and the batches are freed as they are stored.
    public var transactionSize = 8192
    public let stop: StopRequest
    /// Called for every input that could not be imported (the import goes on).
    public var onProblem: (RelationsError) -> Void = { _ in }
    /// Called for an article that was repaired on the way in ("file: invalid UTF-8 at byte offset 12 ..."); it is imported.
    public var onWarning: (String) -> Void = { _ in }
    /// Called after each stored batch, from the writing thread.
    public var onProgress: (ImportProgress) -> Void = { _ in }

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
        try run(totalBytes: nil) { add, _ in
            for file in Bundled.seedArticles {
                let format = InputFormat.from(fileName: file.name)
                try ArticleReader.read(data: Data(file.text.utf8), location: "seeds/articles/\(file.name)", format: format, handle: add)
            }
        }
    }

    /// Imports files, folders and "-" (standard input); inside folders, `glob` filters the files.
    public func importPaths(_ paths: [String], format: InputFormat? = nil, glob: String? = nil) throws -> ImportSummary {
        try run(totalBytes: ArticleReader.totalBytes(paths, glob: glob)) { add, known in
            for path in paths { try ArticleReader.read(path: path, format: format, glob: glob, known: known, handle: add) }
        }
    }

    /// What the reader hands on: an article, or the raw input of one already stored from the same bytes.
    enum Entry {
        case article(Article)
        case known(KnownInput)
    }

    /// An article on its way through the pipeline.
    struct Item {
        /// Nil for a known input, which is not read unless the article stored from it was replaced meanwhile.
        var article: Article?
        var known: KnownInput?
        var sha256 = ""
        /// Nil when the article is already stored unchanged.
        var facts: ArticleFacts?
        /// The stored unchanged article whose `input_hash` is still to be filled in (stored before migration 0007).
        var fillInputHash: Int64?
    }

    /// State shared by the reading thread and the two stages.
    final class Flow: @unchecked Sendable {
        let lock = NSLock()
        var summary = ImportSummary()
        var error: (any Error)?
        var progress = ImportProgress(articles: 0, bytes: 0, seconds: 0, totalBytes: nil)
        let slots = DispatchSemaphore(value: 2)
        let group = DispatchGroup()
        let extracting = DispatchQueue(label: "relations.import.extract")
        let writing = DispatchQueue(label: "relations.import.write")
        /// Input hashes of the articles this import replaced: a known input with one of them must be read after all.
        var replaced = Set<InputHash>()
        /// Extracted batches waiting for the writer, in order.
        var ready: [[Item]] = []
        /// Hashes of the keys (URL, else text) of the articles this import stored: an article found unchanged before
        /// an earlier one with its key was stored (in a transaction not yet committed) is looked at again.
        var written = Set<Int>()
        func nextReady() -> [Item]? { lock.withLock { ready.isEmpty ? nil : ready.removeFirst() } }
        var failed: Bool { lock.withLock { error != nil } }
        func fail(_ error: any Error) { lock.withLock { if self.error == nil { self.error = error } } }
    }

    struct Stopped: Error {}

    private func run(totalBytes: Int?, _ produce: (ArticleReader.Handler, KnownInputs) throws -> Void) throws -> ImportSummary {
        let started = Date()
        let flow = Flow()
        flow.summary.referenceReloaded = try loadReference()
        flow.progress.totalBytes = totalBytes
        let importedAt = ISO8601DateFormatter().string(from: Date())
        var batch: [Entry] = []
        // A larger page cache for the writer (SQLite's default is 2 MB): the indexes and the full-text index
        // being filled are read back less often. Bounded, so memory still does not grow with the corpus (64 MB,
        // tried with transactions of 1,024 articles, made 100,000 no faster and peak memory 30 MB larger).
        // And a checkpoint every 10,000 pages of write-ahead log (40 MB) rather than 1,000: pages written again
        // and again (indexes, the full-text index) are copied into the database file less often.
        // And statement journals in memory: every statement that writes several rows, or fires a trigger, keeps the
        // original of each page it changes until it ends (so that it can be undone alone); in a temporary file that
        // was about two thirds of all the bytes an import wrote (1.3 GB for 10,000 articles, a 71 MB database).
        // They are not the write-ahead log: a crash still leaves the database as of the last commit.
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = -32768")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        // The input hashes already stored: 32 bytes an article, read once, so that an unchanged input is
        // recognised before it is decoded.
        let storedHashes = try database.writer.read { db in
            var hashes = Set<InputHash>()
            let cursor = try Data.fetchCursor(db, sql: "SELECT input_hash FROM articles WHERE input_hash IS NOT NULL")
            while let data = try cursor.next() { if let hash = InputHash(data: data) { hashes.insert(hash) } }
            return hashes
        }

        func submit() throws {
            guard !batch.isEmpty else { return }
            if stop.isRequested { throw Stopped() }
            if let error = flow.lock.withLock({ flow.error }) { throw error }
            let articles = batch
            batch.removeAll(keepingCapacity: true)
            flow.slots.wait()
            flow.group.enter()
            flow.extracting.async {
                let items = flow.failed || self.stop.isRequested ? [] : self.prepare(articles, flow: flow)
                flow.lock.withLock { flow.ready.append(items) }
                flow.writing.async { self.write(flow: flow, importedAt: importedAt, started: started) }
            }
        }

        let known = KnownInputs(hashes: storedHashes) { input in
            if self.stop.isRequested { throw Stopped() }
            batch.append(.known(input))
            if batch.count >= self.batchSize { try submit() }
        }
        do {
            try produce({ result in
                if self.stop.isRequested { throw Stopped() }
                switch result {
                case let .success(article):
                    if let warning = article.warning { self.onWarning("\(article.source): \(warning)") }
                    batch.append(.article(article))
                    if batch.count >= self.batchSize { try submit() }
                case let .failure(problem):
                    flow.lock.withLock { flow.summary.rejected += 1 }
                    self.onProblem(problem)
                }
            }, known)
            try submit()
        } catch is Stopped {
            flow.lock.withLock { flow.summary.stopped = true }
        } catch {
            flow.group.wait()
            throw Self.describe(error, path: database.path)
        }
        flow.group.wait()
        if let error = flow.lock.withLock({ flow.error }) { throw Self.describe(error, path: database.path) }
        var summary = flow.lock.withLock { flow.summary }
        if stop.isRequested { summary.stopped = true }
        summary.seconds = Date().timeIntervalSince(started)
        if PhaseTimes.enabled { FileHandle.standardError.write(Data((PhaseTimes.shared.report(wall: summary.seconds) + "\n").utf8)) }
        return summary
    }

    static func describe(_ error: any Error, path: String) -> any Error {
        if error is RelationsError { return error }
        return RelationsDatabase.describe(error, path: path)
    }

    /// Hashes a batch, skips the articles already stored unchanged, and extracts the rest on all cores.
    func prepare(_ entries: [Entry], flow: Flow) -> [Item] {
        let articles = entries.compactMap { if case let .article(article) = $0 { article } else { nil } }
        let hashes = parallelMap(articles) { article in PhaseTimes.measure("hash the body") { article.sha256 } }
        let stored: [Int: ArticleStore.Stored]
        do {
            stored = try PhaseTimes.measure("look up URLs (unchanged?)") {
                try database.writer.read { db in try ArticleStore.unchanged(articles, hashes: hashes, db: db) }
            }
        } catch {
            flow.fail(error)
            return []
        }
        let extractor = self.extractor
        let prepared = parallelMap(Array(articles.indices)) { index in
            let unchanged = stored[index]
            return Item(article: articles[index], sha256: hashes[index],
                        facts: unchanged != nil ? nil : PhaseTimes.measure("extract") { extractor.extract(articles[index], sha256: hashes[index]) },
                        fillInputHash: unchanged.flatMap { $0.hasInputHash || articles[index].inputHash == nil ? nil : $0.id })
        }
        var items: [Item] = []
        items.reserveCapacity(entries.count)
        var next = prepared.makeIterator()
        for entry in entries {
            switch entry {
            case .article: items.append(next.next()!)
            case let .known(input): items.append(Item(known: input))
            }
        }
        return items
    }

    /// Reads and extracts a known input after all, because the article stored from it was replaced during this import.
    func reread(_ item: Item) -> Item? {
        guard let input = item.known, let result = input.read() else { return nil }
        switch result {
        case let .success(article):
            let sha256 = article.sha256
            return Item(article: article, sha256: sha256, facts: extractor.extract(article, sha256: sha256))
        case let .failure(problem):
            onProblem(problem)
            return nil
        }
    }

    /// Stores the next extracted batch, and those extracted meanwhile, in one transaction (up to `transactionSize`
    /// articles). Each batch frees its slot once stored, so that the next can be read and extracted, and leaves the
    /// group once committed. Runs on the writing queue, once for every batch submitted.
    func write(flow: Flow, importedAt: String, started: Date) {
        var taken = 0, stored = 0
        defer {
            for _ in stored..<taken { flow.slots.signal() }
            for _ in 0..<taken { flow.group.leave() }
        }
        guard var items = flow.nextReady() else { return }  // stored already, with the batch before it
        taken = 1
        guard !items.isEmpty, !flow.failed, !stop.isRequested else { return }
        do {
            try PhaseTimes.measure("store (one thread)") { try database.writer.write { db in
                var articles = 0
                while true {
                    try store(items, db: db, importedAt: importedAt, flow: flow, started: started)
                    stored += 1
                    flow.slots.signal()
                    articles += items.count
                    guard articles < transactionSize, !flow.failed, !stop.isRequested, let next = flow.nextReady() else { break }
                    taken += 1
                    guard !next.isEmpty else { break }
                    items = next
                }
            } }
        } catch {
            flow.fail(error)
        }
    }

    /// The key an article is stored under (its URL, else its text), hashed.
    static func key(_ article: Article, sha256: String) -> Int {
        var hasher = Hasher()
        if let url = article.url { hasher.combine(0); hasher.combine(url) } else { hasher.combine(1); hasher.combine(sha256) }
        return hasher.finalize()
    }

    /// Stores a batch in the writer's transaction and counts what happened.
    func store(_ items: [Item], db: Database, importedAt: String, flow: Flow, started: Date) throws {
        var items = items
        // Only this (writing) thread touches `flow.replaced` and `flow.written`.
        var replaced = flow.replaced
        let writer = ArticleStore.Writer(db: db, importedAt: importedAt)
        let outcomes = try items.indices.map { index -> ArticleStore.Outcome in
            if let known = items[index].known {
                guard replaced.contains(known.hash) else { return .unchanged }
                guard let item = reread(items[index]) else { return .unchanged }
                items[index] = item
            }
            // Found unchanged when its batch was extracted, but an article with its key was stored since (perhaps
            // in this transaction, which that look did not see): extracted after all, the writer decides.
            if items[index].facts == nil, let article = items[index].article,
               flow.written.contains(Self.key(article, sha256: items[index].sha256)) {
                items[index].facts = extractor.extract(article, sha256: items[index].sha256)
            }
            let item = items[index]
            guard let article = item.article, let facts = item.facts else {
                if let id = item.fillInputHash, let hash = item.article?.inputHash {
                    try ArticleStore.fillInputHash(hash, article: id, db: db)
                }
                return .unchanged
            }
            let (outcome, old) = try writer.store(article, facts: facts)
            if let old { replaced.insert(old) }
            if outcome != .unchanged { flow.written.insert(Self.key(article, sha256: item.sha256)) }
            return outcome
        }
        try writer.flush()
        flow.replaced = replaced
        let progress: ImportProgress = flow.lock.withLock {
            for (outcome, item) in zip(outcomes, items) {
                switch outcome {
                case .new: flow.summary.new += 1
                case .updated: flow.summary.updated += 1
                case .unchanged: flow.summary.unchanged += 1
                }
                if outcome != .unchanged, let facts = item.facts {
                    flow.summary.facts += facts.leaders.count + facts.anniversaries.count + facts.memberships.count + facts.messages.count + facts.relations.count
                    flow.summary.mentions += facts.mentions.count
                }
                flow.progress.bytes += item.article?.body.utf8.count ?? item.known?.bytes.count ?? 0
            }
            flow.progress.articles += items.count
            flow.progress.seconds = Date().timeIntervalSince(started)
            return flow.progress
        }
        onProgress(progress)
    }
}
