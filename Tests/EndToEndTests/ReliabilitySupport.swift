import Foundation
import Testing

/// A temporary database that already holds the seed import, and ways to check it was not harmed.
struct SeededDatabase {
    let folder: TemporaryFolder
    let db: URL
    var path: String { db.path }

    init() throws {
        folder = try TemporaryFolder()
        // Open to everyone, so that a test can run the binary as an unprivileged user (see `asNobody`).
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.url.path)
        db = folder.file("relations.db")
        let seeded = try relations("import", "--db", db.path)
        #expect(seeded.status == 0, "seed import failed: \(seeded.stderr)")
    }

    func file(_ name: String) -> URL { folder.file(name) }

    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: file(name))
        return file(name).path
    }

    func write(_ name: String, bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: file(name))
        return file(name).path
    }

    /// `relations import --db <this> ARGS...`
    func importing(_ arguments: String...) throws -> CommandResult {
        try run(Binary.url, ["import", "--db", path] + arguments)
    }

    /// Row counts of the article tables, then `PRAGMA integrity_check` and `PRAGMA foreign_key_check`.
    func state() throws -> [String] {
        let counts = try sqlite3(db, """
            SELECT 'articles ' || (SELECT count(*) FROM articles) || ', mentions ' || (SELECT count(*) FROM mentions)
              || ', anniversaries ' || (SELECT count(*) FROM anniversaries) || ', messages ' || (SELECT count(*) FROM messages)
              || ', persons ' || (SELECT count(*) FROM persons) || ', countries ' || (SELECT count(*) FROM countries)
            """)
        return counts + (try sqlite3(db, "PRAGMA integrity_check")) + (try sqlite3(db, "PRAGMA foreign_key_check"))
    }

    /// Number of stored articles.
    func articles() throws -> Int { Int(try sqlite3(db, "SELECT count(*) FROM articles").first ?? "") ?? -1 }

    func cleanUp() { folder.cleanUp() }
}

/// Whether this process runs as root, where file permissions do not stop reads or writes.
var runningAsRoot: Bool { getuid() == 0 }

/// Runs the binary as the unprivileged user `nobody` when the tests run as root (so that permissions mean
/// something), or as is otherwise. Nil when that is impossible (root without `setpriv`).
func runUnprivileged(_ arguments: [String]) throws -> CommandResult? {
    guard runningAsRoot else { return try run(Binary.url, arguments) }
    let setpriv = "/usr/bin/setpriv"
    guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
    let probe = try run(URL(fileURLWithPath: setpriv), ["--reuid=65534", "--regid=65534", "--clear-groups", Binary.url.path, "--version"])
    guard probe.status == 0 else { return nil }
    return try run(URL(fileURLWithPath: setpriv), ["--reuid=65534", "--regid=65534", "--clear-groups", Binary.url.path] + arguments)
}

/// Writes `megabytes` MB made of `unit` repeated, without holding the whole file in memory.
func writeLarge(_ url: URL, prefix: String = "", megabytes: Int, unit: UInt8 = UInt8(ascii: "x"), suffix: String = "") throws {
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    try handle.write(contentsOf: Data(prefix.utf8))
    let chunk = Data(repeating: unit, count: 1_000_000)
    for _ in 0..<megabytes { try handle.write(contentsOf: chunk) }
    try handle.write(contentsOf: Data(suffix.utf8))
}

/// Runs `relations ARGS...` in a shell with `ulimit` settings (e.g. "ulimit -v 600000").
/// glibc reserves 64 MB of address space for each thread's malloc arena, which would make an address-space
/// limit depend on how many threads ran; one arena keeps the measure about the program's own memory.
func relationsLimited(_ limits: String, _ arguments: [String]) throws -> CommandResult {
    let quoted = ([Binary.url.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    return try run(URL(fileURLWithPath: "/bin/sh"), ["-c", "\(limits); MALLOC_ARENA_MAX=1 exec \(quoted)"])
}

/// A `relations` process running in the background, for tests that signal it or run beside it.
final class BackgroundRun {
    let process = Process()
    private let output = FileManager.default.temporaryDirectory.appendingPathComponent("relations-bg-\(UUID().uuidString)")

    init(_ arguments: [String]) throws {
        process.executableURL = Binary.url
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "RELATIONS_DB")
        process.environment = environment
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: output.path + ".err", contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: output.path + ".err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Whether the process blocks `signal` in its main thread, as `relations` does once it has set up its signal trap:
    /// a signal sent earlier would end it the default way, without its message. Read from /proc/PID/status ("SigBlk"),
    /// once the process runs the binary (before its exec, the spawning child blocks every signal).
    func trapsSignal(_ signal: Int32) -> Bool {
        let pid = process.processIdentifier
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe"),
              executable == Binary.url.resolvingSymlinksInPath().path,
              let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigBlk:") }),
              let mask = UInt64(line.dropFirst("SigBlk:".count).trimmingCharacters(in: .whitespaces), radix: 16) else { return false }
        return mask & (1 << UInt64(signal - 1)) != 0
    }

    /// Waits for the process to end and returns what it printed.
    func finish() throws -> CommandResult {
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(atPath: output.path + ".err")
        }
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: try Data(contentsOf: output), as: UTF8.self),
                             stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: output.path + ".err")), as: UTF8.self))
    }
}

/// Polls `condition` every 20 ms for up to `seconds`; true when it held.
func waitUntil(seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.02)
    }
    return false
}

/// Writes `count` small articles, each naming Russia, Armenia and Kazakhstan, into `folder`.
func writeSmallArticles(_ count: Int, into folder: URL, tag: String = "") throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for index in 0..<count {
        let text = "Talks \(tag)\(index)\n\nRussia, Armenia and Kazakhstan discussed trade in round \(tag)\(index), the ministry said.\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "%@%05d.txt", tag, index)))
    }
}
