import CSQLite

/// Statements stopped at a deadline: a long query gives up instead of holding a reader forever.
extension SQLiteConnection {
    /// Runs `body`, interrupting any statement still running `seconds` after the start. A statement stopped so
    /// fails with SQLite's interrupt error, which `body` passes on; `timedOut` tells it from other failures.
    func stoppingAfter<R>(_ seconds: Double, _ body: () throws -> R) throws -> (result: R?, timedOut: Bool) {
        let deadline = Deadline(at: monotonicSeconds() + seconds)
        let context = Unmanaged.passRetained(deadline)
        defer { context.release() }
        // SQLite calls the handler every thousand virtual machine steps; a nonzero answer interrupts.
        sqlite3_progress_handler(
            handle, 1000,
            { pointer in
                guard let pointer else { return 0 }
                let deadline = Unmanaged<Deadline>.fromOpaque(pointer).takeUnretainedValue()
                if monotonicSeconds() < deadline.time { return 0 }
                deadline.passed = true
                return 1
            }, context.toOpaque())
        defer { sqlite3_progress_handler(handle, 0, nil, nil) }
        do {
            return (try body(), false)
        } catch  where deadline.passed {
            return (nil, true)
        }
    }

    /// Refuses every statement that would change the file, on this connection.
    func refuseWrites() throws(StoreError) {
        try execute("PRAGMA query_only = ON")
    }
}

/// A moment on the monotonic clock, and whether a statement ran past it.
private final class Deadline {
    let time: Double
    var passed = false

    init(at time: Double) {
        self.time = time
    }
}
