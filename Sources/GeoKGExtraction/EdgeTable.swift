/// The edges of a `PhraseIndex` trie: for each node and word number, the node the word leads to.
///
/// An open-addressing table keyed by the pair: finding an edge costs a multiplication and a probe or two,
/// where a `Dictionary` would run SipHash over the key.
struct EdgeTable {
    /// Key (`node << 32 | word`) and target node, two words per slot; `empty` keys mark free slots. The slot
    /// count is a power of two.
    private var slots = [UInt64](repeating: empty, count: 2 * 1024)
    private var count = 0

    /// The key of no edge: node numbers and word numbers are below 2^31.
    private static let empty = UInt64.max

    /// The node the edge from `node` by the word numbered `word` leads to, or `nil` when there is none.
    @inline(__always)
    func target(from node: Int32, word: Int32) -> Int32? {
        let key = Self.key(node, word)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count / 2 - 1
            var slot = Self.home(of: key, mask: mask)
            while true {
                let found = slots[2 * slot]
                if found == key { return Int32(truncatingIfNeeded: slots[2 * slot + 1]) }
                if found == Self.empty { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds the edge from `node` by the word numbered `word` to `target`; the edge must be new.
    mutating func insert(from node: Int32, word: Int32, target: Int32) {
        if 2 * (count + 1) > slots.count / 2 { grow() }
        place(Self.key(node, word), UInt64(UInt32(bitPattern: target)))
        count += 1
    }

    /// Doubles the slots and places every edge again.
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: Self.empty, count: 2 * old.count)
        for slot in stride(from: 0, to: old.count, by: 2) where old[slot] != Self.empty {
            place(old[slot], old[slot + 1])
        }
    }

    /// Puts an edge in the first free slot from its home.
    private mutating func place(_ key: UInt64, _ target: UInt64) {
        let mask = slots.count / 2 - 1
        var slot = Self.home(of: key, mask: mask)
        while slots[2 * slot] != Self.empty { slot = (slot + 1) & mask }
        slots[2 * slot] = key
        slots[2 * slot + 1] = target
    }

    @inline(__always)
    private static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    /// The slot a key's probes start at: bits from the upper half of its product with 2^64 / φ.
    @inline(__always)
    private static func home(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
