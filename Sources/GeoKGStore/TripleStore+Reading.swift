#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A store opened to answer queries only, as a server does.
extension TripleStore {
    /// Opens the existing store at `path` for reading: the connection refuses every write.
    /// - Throws: `StoreError` when there is no store at `path` or it cannot be opened.
    public convenience init(readingAt path: String) throws(StoreError) {
        guard access(path, R_OK) == 0 else { throw StoreError(path: path, message: "there is no store here to read") }
        try self.init(path: path)
        try connection.refuseWrites()
    }

    /// Runs `body`, stopping any statement of this store still running `seconds` after the start.
    /// - Throws: `StoreError` with `isTimeLimit` when the time ran out, else what `body` throws.
    public func stoppingAfter<R>(_ seconds: Double, _ body: () throws -> R) throws -> R {
        let (result, timedOut) = try connection.stoppingAfter(seconds, body)
        guard let result, !timedOut else {
            let limit = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            throw StoreError(path: path, message: "the query ran past the time limit of \(limit) s", isTimeLimit: true)
        }
        return result
    }
}
