import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Catches SIGINT (Ctrl-C) and SIGTERM so that a command can stop cleanly.
///
/// Both signals are blocked in every thread and taken by one thread waiting in `sigwait`, so the handler
/// runs as ordinary code, not in a signal context. The first signal calls `handler`; a second one ends the
/// process at once (SQLite rolls back an unfinished transaction the next time the file is opened).
enum SignalTrap {
    /// 130 for SIGINT, 143 for SIGTERM: the shell's convention of 128 + the signal number.
    static func exitStatus(_ signal: Int32) -> Int32 { 128 + signal }

    static func name(_ signal: Int32) -> String { signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "signal \(signal)" }

    /// Call before any other thread starts, so that every thread inherits the blocked mask.
    /// Also ignores SIGXFSZ, so that reaching a file size limit fails the write (and SQLite rolls back)
    /// instead of killing the process.
    static func install(_ handler: @escaping @Sendable (Int32) -> Void) {
        signal(SIGXFSZ, SIG_IGN)
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let waited = signals
        let waiter = Thread {
            var signals = waited
            var seen = 0
            while true {
                var caught: Int32 = 0
                guard sigwait(&signals, &caught) == 0 else { continue }
                seen += 1
                if seen > 1 {
                    FileHandle.standardError.write(Data("relations: stopped at once by a second \(name(caught))\n".utf8))
                    _exit(exitStatus(caught))
                }
                handler(caught)
            }
        }
        waiter.start()
    }
}

/// The first signal caught, if any (set from the signal thread, read by the command).
final class CaughtSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int32?

    func record(_ signal: Int32) { lock.withLock { if value == nil { value = signal } } }
    var signal: Int32? { lock.withLock { value } }
}
