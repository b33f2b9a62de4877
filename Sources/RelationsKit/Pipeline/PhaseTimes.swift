import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// CPU time spent in each phase of an import, summed over threads; printed to stderr at the end of an import
/// when the environment variable `RELATIONS_PHASES` is set (README, "Performance"). Off, it costs one branch.
final class PhaseTimes: @unchecked Sendable {
    static let enabled = ProcessInfo.processInfo.environment["RELATIONS_PHASES"] != nil
    static let shared = PhaseTimes()
    private let lock = NSLock()
    private var seconds: [String: Double] = [:]
    private var order: [String] = []

    /// Runs `body`, adding the CPU time of the calling thread to `phase`.
    @inline(__always)
    static func measure<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        shared.add(phase, 0)  // listed in the order phases begin
        let start = threadSeconds()
        defer { shared.add(phase, threadSeconds() - start) }
        return try body()
    }

    func add(_ phase: String, _ value: Double) {
        lock.withLock {
            if seconds[phase] == nil { order.append(phase) }
            seconds[phase, default: 0] += value
        }
    }

    static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func processSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// "phase  CPU s  share" lines, then the process's CPU time and the wall time.
    func report(wall: Double) -> String {
        let total = PhaseTimes.processSeconds()
        return lock.withLock {
            func name(_ text: String) -> String { text.padding(toLength: 44, withPad: " ", startingAt: 0) }
            var lines = order.map { name($0) + String(format: "%7.2f s CPU  %5.1f%%", seconds[$0]!, 100 * seconds[$0]! / total) }
            // Phases named with leading spaces are parts of the phase before them.
            let other = total - seconds.filter { !$0.key.hasPrefix(" ") }.values.reduce(0, +)
            lines.append(name("other (start-up, reading lines, pipeline)") + String(format: "%7.2f s CPU  %5.1f%%", other, 100 * other / total))
            lines.append(name("process") + String(format: "%7.2f s CPU, %.2f s wall (%.2f cores busy)", total, wall, total / wall))
            return lines.joined(separator: "\n")
        }
    }
}
