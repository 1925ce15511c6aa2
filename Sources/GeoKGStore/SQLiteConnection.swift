import CSQLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SQLite's marker that bound text must be copied before the call returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One connection to an SQLite file: the only place geokg holds an `sqlite3` pointer.
final class SQLiteConnection {
    let handle: OpaquePointer
    /// The file's path, for messages.
    let path: String

    /// How long a statement waits for another connection's lock before it fails, in seconds.
    let lockTimeout: Double

    /// Opens (and creates when missing) the database at `path`. Every statement, the first included, waits
    /// up to `lockTimeout` seconds for locks other connections hold.
    init(path: String, lockTimeout: Double = 600) throws(StoreError) {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw StoreError(path: path, message: "cannot open the store: \(message)")
        }
        self.handle = handle
        self.path = path
        self.lockTimeout = lockTimeout
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, Self.milliseconds(lockTimeout))
    }

    /// `seconds` in whole milliseconds, for SQLite's busy timeout.
    private static func milliseconds(_ seconds: Double) -> Int32 {
        Int32(clamping: Int((seconds * 1000).rounded(.up)))
    }

    /// Runs `body` waiting at most `seconds` for other connections' locks, instead of `lockTimeout`.
    func waitingAtMost<R>(_ seconds: Double, _ body: () throws(StoreError) -> R) throws(StoreError) -> R {
        sqlite3_busy_timeout(handle, Self.milliseconds(min(seconds, lockTimeout)))
        defer { sqlite3_busy_timeout(handle, Self.milliseconds(lockTimeout)) }
        return try body()
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws(StoreError) {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            throw Self.isBusy(code) ? lockTimeoutError() : StoreError(path: path, message: text, sql: sql)
        }
    }

    /// Compiles `sql` for repeated use.
    func prepare(_ sql: String) throws(StoreError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw error(sql: sql)
        }
        return SQLiteStatement(statement: statement, connection: self, sql: sql)
    }

    /// The first column of the first row of `sql`, as an integer (0 when there is no row).
    func integer(_ sql: String, _ arguments: SQLValue...) throws(StoreError) -> Int64 {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        return try statement.step() ? statement.int64(0) : 0
    }

    /// The number of rows the last INSERT, UPDATE or DELETE changed.
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in a write transaction taken at once (`BEGIN IMMEDIATE`), rolled back when it throws.
    func transaction<R>(_ body: () throws -> R) throws -> R {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The SQLite library's version, such as `3.40.1`.
    static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    /// The connection's last error as a `StoreError`.
    func error(sql: String?) -> StoreError {
        if Self.isBusy(sqlite3_extended_errcode(handle)) { return lockTimeoutError() }
        return StoreError(path: path, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }

    /// Whether a result code says that another connection held a lock for longer than this one waited.
    private static func isBusy(_ code: Int32) -> Bool { code & 0xFF == SQLITE_BUSY }

    /// The error of a statement that gave up waiting for another connection's lock, naming the holder.
    func lockTimeoutError() -> StoreError {
        let holder = LockHolder.describe(storeAt: path) ?? "another process"
        let waited = lockTimeout == lockTimeout.rounded() ? String(Int(lockTimeout)) : String(lockTimeout)
        return StoreError(
            path: path,
            message:
                "the store stayed locked for more than the lock timeout (\(waited) s): \(holder) is writing to it. "
                + "Nothing half-done was stored; run the command again to finish",
            isLockTimeout: true)
    }

    /// Runs `body`, again and again while it fails for a lock another connection holds, for up to
    /// `lockTimeout` seconds in all: some steps (setting the journal mode of a store being created, say)
    /// fail at once on a lock instead of waiting for it.
    func retryingWhileLocked<R>(_ body: () throws(StoreError) -> R) throws(StoreError) -> R {
        let deadline = monotonicSeconds() + lockTimeout
        while true {
            do {
                return try body()
            } catch  where error.isLockTimeout {
                guard monotonicSeconds() < deadline else { throw error }
                usleep(20_000)
            }
        }
    }
}

/// Seconds on a clock that only moves forward, for measuring waits and durations.
package func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// A prepared statement, reset and reused for each execution.
final class SQLiteStatement {
    private let statement: OpaquePointer
    private let connection: SQLiteConnection
    private let sql: String

    fileprivate init(statement: OpaquePointer, connection: SQLiteConnection, sql: String) {
        self.statement = statement
        self.connection = connection
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// Resets the statement and binds `values` to its parameters, in order.
    func bind(_ values: [SQLValue]) throws(StoreError) {
        reset()
        for (index, value) in values.enumerated() {
            try bind(value, at: Int32(index + 1))
        }
    }

    /// Binds one value to the 1-based parameter `index`.
    func bind(_ value: SQLValue, at index: Int32) throws(StoreError) {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(statement, index)
        case .integer(let number): code = sqlite3_bind_int64(statement, index, number)
        case .real(let number): code = sqlite3_bind_double(statement, index, number)
        case .text(let text): code = bindText(text, at: index)
        }
        guard code == SQLITE_OK else { throw connection.error(sql: sql) }
    }

    /// Binds text with its byte length, so that a NUL character inside it is kept.
    private func bindText(_ text: String, at index: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return sqlite3_bind_text(statement, index, "", 0, transient) }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                sqlite3_bind_text(statement, index, chars, Int32(bytes.count), transient)
            }
        }
    }

    /// Binds an integer to the 1-based parameter `index`, without boxing it.
    func bind(_ value: Int64, at index: Int32) {
        sqlite3_bind_int64(statement, index, value)
    }

    /// Readies the statement to run again; bindings stay.
    func reset() {
        sqlite3_reset(statement)
    }

    /// Advances to the next row; `false` when there are no more.
    func step() throws(StoreError) -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(sql: sql)
        }
    }

    /// Runs a statement that returns no rows.
    func run() throws(StoreError) {
        _ = try step()
        reset()
    }

    /// Column `index` of the current row as an integer.
    func int64(_ index: Int32) -> Int64 {
        sqlite3_column_int64(statement, index)
    }

    /// Whether the statement only reads.
    var isReadOnly: Bool { sqlite3_stmt_readonly(statement) != 0 }

    /// The number of columns in a row.
    var columnCount: Int32 { sqlite3_column_count(statement) }

    /// Column `index` of the current row, of whatever type it holds.
    func value(_ index: Int32) -> SQLValue {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: .real(sqlite3_column_double(statement, index))
        case SQLITE_NULL: .null
        default: .text(text(index))
        }
    }

    /// Column `index` of the current row as text (empty for NULL).
    func text(_ index: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, index) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}
