/// A hash table keyed by term id, for the walks' sets and maps of ids: open addressing with linear probing and a
/// multiplicative hash, several times cheaper per lookup than `Set<Int64>`, whose keyed SipHash was a tenth of a
/// depth-2 walk. Its order of iteration depends only on the ids put in.
struct IDTable<Value> {
    /// The keys by slot; `free` marks an empty slot.
    private var keys: [Int64]
    private var values: [Value?]
    /// The shift that takes a 64-bit product to a slot number: 64 − log₂ of the slot count.
    private var shift: UInt64
    /// The number of keys held.
    private(set) var count = 0

    /// The key of an empty slot, never a term id.
    private static var free: Int64 { .min }

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 0) {
        var slots = 8
        while slots < 2 * capacity { slots *= 2 }
        keys = Array(repeating: Self.free, count: slots)
        values = Array(repeating: nil, count: slots)
        shift = UInt64(64 - slots.trailingZeroBitCount)
    }

    var isEmpty: Bool { count == 0 }

    /// The value kept for `id`, or `nil`.
    subscript(id: Int64) -> Value? {
        let slot = self.slot(of: id)
        return keys[slot] == id ? values[slot] : nil
    }

    /// The value kept for `id`, or `defaultValue`.
    subscript(id: Int64, default defaultValue: Value) -> Value {
        self[id] ?? defaultValue
    }

    /// Whether `id` is a key.
    func contains(_ id: Int64) -> Bool {
        keys[slot(of: id)] == id
    }

    /// Keeps `value` for `id` unless `id` is a key already; returns whether it was new.
    @discardableResult
    mutating func insert(_ id: Int64, _ value: Value) -> Bool {
        precondition(id != Self.free, "IDTable cannot hold \(id)")
        var slot = self.slot(of: id)
        if keys[slot] == id { return false }
        if 2 * (count + 1) > keys.count {
            grow()
            slot = self.slot(of: id)
        }
        keys[slot] = id
        values[slot] = value
        count += 1
        return true
    }

    /// The slot that holds `id`, or the free slot where it would go.
    private func slot(of id: Int64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: id) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[slot] != id && keys[slot] != Self.free { slot = (slot + 1) & mask }
        return slot
    }

    /// Doubles the slots and puts every key back.
    private mutating func grow() {
        var larger = IDTable(capacity: keys.count)
        for (key, value) in zip(keys, values) {
            if let value { larger.insert(key, value) }
        }
        self = larger
    }

    /// The keys, in slot order.
    var ids: some Sequence<Int64> { keys.lazy.filter { $0 != Self.free } }
}

/// A set of term ids: an `IDTable` that keeps nothing beside its keys.
struct IDSet: Sequence {
    private var table: IDTable<Void>

    /// An empty set with room for `capacity` ids before it grows.
    init(capacity: Int = 0) {
        table = IDTable(capacity: capacity)
    }

    /// The set of `ids`.
    init(_ ids: some Sequence<Int64>) {
        self.init(capacity: ids.underestimatedCount)
        for id in ids { insert(id) }
    }

    var count: Int { table.count }
    var isEmpty: Bool { table.isEmpty }

    func contains(_ id: Int64) -> Bool { table.contains(id) }

    /// Adds `id`; returns whether it was new.
    @discardableResult
    mutating func insert(_ id: Int64) -> Bool { table.insert(id, ()) }

    func makeIterator() -> some IteratorProtocol<Int64> { table.ids.makeIterator() }
}
