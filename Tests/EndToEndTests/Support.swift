import Foundation
import Testing

/// Runs the built `relations` binary as a user would, and captures what it prints.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

enum Binary {
    /// The `relations` executable next to the test bundle (SwiftPM builds it for this test target).
    static let url: URL = {
        if let override = ProcessInfo.processInfo.environment["RELATIONS_BIN"] { return URL(fileURLWithPath: override) }
        let me = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var folder = me.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("relations")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return me.deletingLastPathComponent().appendingPathComponent("relations")
    }()
}

@discardableResult
func run(_ executable: URL, _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], directory: URL? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "RELATIONS_DB")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    if let directory { process.currentDirectoryURL = directory }
    // stderr goes to a file so that a chatty child cannot fill a second pipe while stdout is read.
    let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("relations-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let out = Pipe(), input = Pipe()
    let err = try FileHandle(forWritingTo: errorFile)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try launch(process)
    if let stdin { writeAll(input.fileHandleForWriting.fileDescriptor, Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let stdoutData = readAll(out.fileHandleForReading.fileDescriptor)
    process.waitUntilExit()
    try err.close()
    let stderrData = try Data(contentsOf: errorFile)
    return CommandResult(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
}

/// Starts the process. A binary the test has just copied can be "busy" (ETXTBSY) for a moment: a child that another
/// test forked at the same time holds the copy's write descriptor until it execs. That start is tried again.
private func launch(_ process: Process) throws {
    for attempt in 1... {
        do {
            return try process.run()
        } catch let error as NSError where error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY) && attempt < 50 {
            Thread.sleep(forTimeInterval: 0.02)
        }
    }
}

/// Reads a pipe to its end. A read interrupted by a signal is tried again: FileHandle's `readDataToEndOfFile` traps
/// on EINTR ("Interrupted system call"), which ended a full test run once.
private func readAll(_ descriptor: Int32) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            data.append(contentsOf: buffer[..<count])
        } else if count < 0, errno == EINTR {
            continue
        } else {
            return data
        }
    }
}

/// Writes all of `data` to a pipe, trying again after a signal (as `readAll`) or a short write.
private func writeAll(_ descriptor: Int32, _ data: Data) {
    data.withUnsafeBytes { bytes in
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count > 0 {
                offset += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}

/// `relations ARGS...`
@discardableResult
func relations(_ arguments: String..., stdin: String? = nil, directory: URL? = nil) throws -> CommandResult {
    try run(Binary.url, arguments, stdin: stdin, directory: directory)
}

/// `sqlite3 FILE SQL` with list output, one row per line, fields separated by "|".
func sqlite3(_ database: URL, _ sql: String) throws -> [String] {
    let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["sqlite3", "-batch", database.path, sql])
    #expect(result.status == 0, "sqlite3 failed: \(result.stderr)")
    return result.stdout.split(separator: "\n").map(String.init)
}

/// A fresh temporary folder, removed by the caller with `cleanUp`.
struct TemporaryFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("relations-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func file(_ name: String) -> URL { url.appendingPathComponent(name) }
    func cleanUp() { try? FileManager.default.removeItem(at: url) }
}
