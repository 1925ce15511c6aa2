#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Numbers the distinct terms a reader meets, 0, 1, 2, ..., so that a term's text is decoded once,
/// however often it appears.
///
/// Terms are told apart by the bytes of their tokens, in an open-addressing table over one byte arena,
/// so looking up a term seen before allocates nothing. When the table would pass `entryLimit` terms or
/// `byteLimit` bytes it starts over and `generation` grows; numbers from an earlier generation are void.
/// It starts over only between statements (`makeRoom`), so the numbers of one statement share a generation.
public final class TermTable {
    /// The most terms kept before the table starts over.
    let entryLimit: Int
    /// The most token bytes kept before the table starts over.
    let byteLimit: Int

    /// The terms, by number.
    public private(set) var terms: [Term] = []
    /// How many times the table has started over.
    public private(set) var generation = 0

    private var arena: [UInt8] = []
    private var offsets: [Int] = []
    private var hashes: [UInt64] = []
    /// Entry number + 1 in each slot; 0 for an empty slot. The slot count is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 1 << 12)

    /// A table that starts over past `entryLimit` terms or `byteLimit` bytes of tokens.
    public init(entryLimit: Int = 1 << 19, byteLimit: Int = 64 << 20) {
        self.entryLimit = entryLimit
        self.byteLimit = byteLimit
    }

    /// The number of the token `key` (whose term `decode` makes when the token is new).
    func number(
        of key: UnsafeBufferPointer<UInt8>, decode: () throws(LineSyntaxFailure) -> Term
    ) throws(LineSyntaxFailure) -> Int {
        let hash = TermTable.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash, matches(entry, key) { return entry }
            slot = (slot + 1) & mask
        }
        let term = try decode()
        let entry = terms.count
        offsets.append(arena.count)
        arena.append(contentsOf: key)
        hashes.append(hash)
        terms.append(term)
        slots[slot] = Int32(entry + 1)
        if terms.count * 2 > slots.count { grow() }
        return entry
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = entry + 1 < offsets.count ? offsets[entry + 1] : arena.count
        let start = offsets[entry]
        guard end - start == key.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress, let keyBase = key.baseAddress else { return key.isEmpty }
            return memcmp(storedBase + start, keyBase, key.count) == 0
        }
    }

    private func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }

    /// Starts over when `count` more terms of `bytes` bytes in all might not fit; call before each statement.
    func makeRoom(terms count: Int, bytes: Int) {
        if terms.count + count > entryLimit || arena.count + bytes > byteLimit { startOver() }
    }

    private func startOver() {
        terms.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        slots = Array(repeating: 0, count: 1 << 12)
        generation += 1
    }

    /// A fast 64-bit hash of a token's bytes (eight at a time, then a final mix).
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        let raw = UnsafeRawBufferPointer(key)
        var offset = 0
        while offset + 8 <= raw.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        return h &* 0x9E37_79B9_7F4A_7C15
    }
}

/// A statement as term numbers of a `TermTable`; `graph` is `nil` for the default graph.
public struct NumberedQuad: Sendable {
    public let subject: Int
    public let predicate: Int
    public let object: Int
    public let graph: Int?

    /// The statement with its terms from `table`; `nil` when a number is not in the table's current generation.
    public func terms(in table: TermTable) -> Quad? {
        let terms = table.terms
        guard terms.indices.contains(subject), terms.indices.contains(predicate), terms.indices.contains(object),
            case .iri(let predicateIRI) = terms[predicate]
        else { return nil }
        if let graph, !terms.indices.contains(graph) { return nil }
        return Quad(terms[subject], predicateIRI, terms[object], graph: graph.map { terms[$0] })
    }
}
