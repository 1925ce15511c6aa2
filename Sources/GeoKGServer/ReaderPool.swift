import Dispatch
import Foundation
import GeoKG

/// One read-only connection to the store and the query engine over it, lent to one request at a time.
final class StoreReader {
    let store: TripleStore
    let engine: QueryEngine

    init(path: String) throws {
        store = try TripleStore(readingAt: path)
        engine = try QueryEngine(store: store)
    }
}

/// Read-only connections to the store, opened as needed up to a number and kept for the next request. The
/// blocking SQLite work runs on threads of its own, never on the server's event loops.
final class ReaderPool: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var idle: [StoreReader] = []
    private let slots: DispatchSemaphore
    private let queue = DispatchQueue(label: "geokg.readers", attributes: .concurrent)

    /// A pool of at most `size` connections to the store at `path`.
    init(path: String, size: Int) {
        self.path = path
        slots = DispatchSemaphore(value: max(size, 1))
    }

    /// Runs `body` with a reader of its own, off the event loops, waiting while every reader is busy.
    func withReader<R: Sendable>(_ body: @escaping @Sendable (StoreReader) throws -> R) async throws -> R {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                self.slots.wait()
                defer { self.slots.signal() }
                continuation.resume(
                    with: Result {
                        let reader = try self.take()
                        defer { self.giveBack(reader) }
                        return try body(reader)
                    })
            }
        }
    }

    private func take() throws -> StoreReader {
        if let reader = lock.withLock({ idle.popLast() }) { return reader }
        return try StoreReader(path: path)
    }

    private func giveBack(_ reader: StoreReader) {
        lock.withLock { idle.append(reader) }
    }
}
