/// An open-addressing hash table from 64-bit keys to 64-bit values, built once and then only read.
///
/// Keys are stored whole, so a lookup never confuses two keys; they must already be well-mixed hashes
/// (the low bits pick the slot). Key and value share a cache line. The key 0 is reserved for empty slots,
/// whose value is 0: looking 0 up, or any absent key, gives 0, so callers make 0 mean "nothing".
struct KeyTable: Sendable {
    /// Key, value, key, value, ...: twice as many words as slots.
    private(set) var slots: [UInt64]
    /// The number of slots minus one (a power of two minus one).
    let mask: Int
    /// The number of keys held.
    let count: Int

    /// A table holding `values[i]` under `keys[i]`; the keys must be distinct, and a key 0 is dropped.
    /// - Complexity: O(n); the table has at least twice as many slots as keys.
    init(keys: [UInt64], values: [UInt64]) {
        precondition(keys.count == values.count)
        var capacity = 16
        while capacity * 3 < keys.count * 4 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity * 2)
        let mask = capacity - 1
        var held = 0
        for (key, value) in zip(keys, values) where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[2 * slot] != 0 && slots[2 * slot] != key { slot = (slot + 1) & mask }
            if slots[2 * slot] == 0 { held += 1 }
            slots[2 * slot] = key
            slots[2 * slot + 1] = value
        }
        self.slots = slots
        self.mask = mask
        self.count = held
    }

    /// The value under `key`, or 0 when absent.
    @inline(__always)
    func value(_ key: UInt64) -> UInt64 {
        slots.withUnsafeBufferPointer { KeyTable.value(key, in: $0, mask: mask) }
    }

    /// The value under `key` in the slots `slots`, or 0 when absent; for loops that hold the slots' pointer.
    @inline(__always)
    static func value(_ key: UInt64, in slots: UnsafeBufferPointer<UInt64>, mask: Int) -> UInt64 {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = slots[2 * slot]
            if found == key { return slots[2 * slot + 1] }
            if found == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }
}
