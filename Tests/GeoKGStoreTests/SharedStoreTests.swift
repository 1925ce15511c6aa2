import Foundation
import GeoKGRDF
import GeoKGTestSupport
import Testing

@testable import GeoKGStore

/// Several connections writing one store file: each sees what the others wrote before it writes, a store
/// being created is created once, and a writer kept waiting too long fails cleanly, naming the holder.
@Suite("One store, several writers")
struct SharedStoreTests {
    let folder: TemporaryFolder
    let path: String

    init() throws {
        folder = try TemporaryFolder()
        path = folder.path("shared.sqlite")
    }

    static let p = TripleStoreTests.p
    static func iri(_ name: String) -> Term { TripleStoreTests.iri(name) }

    /// Loads `count` statements about `prefix`, each with new terms.
    static func load(_ store: TripleStore, _ prefix: String, count: Int = 50) throws {
        _ = try store.load(TripleStoreTests.source(prefix)) { loader in
            for index in 0..<count { try loader.add(Quad(iri("\(prefix)\(index)"), p, iri("\(prefix)-o\(index)"))) }
        }
    }

    private func statements(_ store: TripleStore) throws -> Set<Quad> {
        var out: Set<Quad> = []
        try store.forEachStatement(.quads) { out.insert($0) }
        return out
    }

    @Test("a writer opened before another one wrote new terms still adds its own under fresh ids")
    func staleDictionary() throws {
        let first = try TripleStore(path: path)
        let second = try TripleStore(path: path)
        try Self.load(first, "a")
        try Self.load(second, "b")
        try Self.load(first, "c")
        let expected = Set(
            ["a", "b", "c"].flatMap { prefix in
                (0..<50).map { Quad(Self.iri("\(prefix)\($0)"), Self.p, Self.iri("\(prefix)-o\($0)")) }
            })
        #expect(try statements(first) == expected)
        #expect(try statements(second) == expected)
        #expect(try first.statistics().terms == 1 + 3 * 100)
    }

    @Test("writers that create one new store at the same moment all succeed, and it is created once")
    func concurrentCreation() throws {
        let writers = 4
        let failures = LockedList()
        let threads = (0..<writers).map { index in
            Thread { [path] in
                do {
                    let store = try TripleStore(path: path)
                    try Self.load(store, "w\(index)-")
                } catch {
                    failures.append("\(error)")
                }
            }
        }
        threads.forEach { $0.start() }
        while threads.contains(where: { !$0.isFinished }) { usleep(1000) }
        #expect(failures.items.isEmpty)
        let store = try TripleStore(path: path)
        #expect(try store.quadCount() == writers * 50)
        #expect(try store.statistics().schemaVersion == TripleStore.schemaVersion)
    }

    @Test("a writer kept waiting past its lock timeout fails, names the holder, and stores nothing")
    func lockTimeout() throws {
        let holder = try TripleStore(path: path)
        try Self.load(holder, "kept")
        let waiter = try TripleStore(path: path, lockTimeout: 0.3)
        try holder.connection.execute("BEGIN IMMEDIATE")
        let started = Date()
        let error = try #require(throws: StoreError.self) { try Self.load(waiter, "late") }
        try holder.connection.execute("COMMIT")
        #expect(Date().timeIntervalSince(started) >= 0.3)
        #expect(error.isLockTimeout)
        #expect(error.description.contains("stayed locked for more than the lock timeout (0.3 s)"))
        #expect(error.description.contains("another connection of this process is writing to it"))
        #expect(try waiter.quadCount() == 50)
        try Self.load(waiter, "late")
        #expect(try waiter.quadCount() == 100)
    }

    @Test("the holder of a write lock is read from the kernel's lock table")
    func lockTable() {
        let table = """
            1: POSIX  ADVISORY  READ 77 fd:01:900 128 128
            2: POSIX  ADVISORY  WRITE 4242 fd:01:900 120 120
            2: -> POSIX  ADVISORY  WRITE 5151 fd:01:900 120 120
            3: POSIX  ADVISORY  WRITE 99 fd:01:901 1073741825 EOF
            """
        #expect(LockHolder.writer(in: table, inode: 900, byte: LockHolder.walWriteByte) == 4242)
        #expect(LockHolder.writer(in: table, inode: 900, byte: 128) == nil)
        #expect(LockHolder.writer(in: table, inode: 901, byte: LockHolder.reservedByte) == 99)
        #expect(LockHolder.writer(in: table, inode: 902, byte: LockHolder.walWriteByte) == nil)
    }
}

/// A list several threads append to.
final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func append(_ item: String) {
        lock.withLock { list.append(item) }
    }

    var items: [String] { lock.withLock { list } }
}
