public import GeoKGErrors

/// A failure of the triple store, naming its file and, for SQL errors, the statement.
public struct StoreError: GeoKGError, Sendable {
    /// The store's file.
    public let path: String
    /// What went wrong.
    public let message: String
    /// The SQL that failed, when one did (parameters are never inlined, so it holds no data).
    public let sql: String?
    /// Whether the store stayed locked by another writer for longer than the lock timeout: nothing of the
    /// failed step was stored, and running the command again finishes the job.
    public let isLockTimeout: Bool
    /// Whether a query was stopped for running past its time limit (`TripleStore.stoppingAfter`).
    public let isTimeLimit: Bool

    init(path: String, message: String, sql: String? = nil, isLockTimeout: Bool = false, isTimeLimit: Bool = false) {
        self.path = path
        self.message = message
        self.sql = sql
        self.isLockTimeout = isLockTimeout
        self.isTimeLimit = isTimeLimit
    }

    public var description: String {
        sql.map { "\(path): \(message) (in: \($0.prefix(200)))" } ?? "\(path): \(message)"
    }
}
