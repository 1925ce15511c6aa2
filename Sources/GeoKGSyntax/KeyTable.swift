/// An open-addressing hash table from 64-bit keys to 64-bit values, built once and then only read.
///
/// Keys are stored whole, so a lookup never confuses two keys; they must already be well-mixed hashes
/// (the low bits pick the slot). Key and value share a cache line. The key 0 is reserved for empty slots,
/// whose value is 0: looking 0 up, or any absent key, gives 0, so callers make 0 mean "nothing".
///
/// Each slot also has a mark byte: 0 when it is empty, else the top seven bits of its key with the high bit set.
/// The marks take a sixteenth of the slots' memory and mostly stay in the caches, while the slots of the large
/// tables mostly miss: a lookup reads a slot only when its mark matches, so an absent key (a feature the model
/// never kept, most of them) costs no miss at all, and probing past other keys reads none of their slots but
/// one in 128.
struct KeyTable: Sendable {
    /// The mark of each slot.
    private(set) var marks: [UInt8]
    /// Key, value, key, value, ...: twice as many words as slots.
    private(set) var slots: [UInt64]
    /// The number of slots minus one (a power of two minus one).
    let mask: Int
    /// The number of keys held.
    let count: Int

    /// A table holding `values[i]` under `keys[i]`; the keys must be distinct, and a key 0 is dropped.
    /// - Complexity: O(n); the table has at least a third more slots than keys.
    init(keys: [UInt64], values: [UInt64]) {
        precondition(keys.count == values.count)
        var capacity = 16
        while capacity * 3 < keys.count * 4 { capacity *= 2 }
        var marks = [UInt8](repeating: 0, count: capacity)
        var slots = [UInt64](repeating: 0, count: capacity * 2)
        let mask = capacity - 1
        var held = 0
        for (key, value) in zip(keys, values) where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[2 * slot] != 0 && slots[2 * slot] != key { slot = (slot + 1) & mask }
            if slots[2 * slot] == 0 { held += 1 }
            marks[slot] = Self.mark(key)
            slots[2 * slot] = key
            slots[2 * slot + 1] = value
        }
        self.marks = marks
        self.slots = slots
        self.mask = mask
        self.count = held
    }

    /// The mark of a slot holding `key`.
    @inline(__always)
    static func mark(_ key: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: key >> 57) | 0x80 }

    /// The value under `key`, or 0 when absent.
    @inline(__always)
    func value(_ key: UInt64) -> UInt64 {
        withReader { $0.value(key) }
    }

    /// Calls `body` with a reader of the table, for loops that look up many keys.
    @inline(__always)
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        marks.withUnsafeBufferPointer { marks in
            slots.withUnsafeBufferPointer { slots in
                body(
                    Reader(
                        marks: marks.baseAddress.unsafelyUnwrapped, slots: slots.baseAddress.unsafelyUnwrapped,
                        mask: mask))
            }
        }
    }

    /// The memory of a table, valid inside `withReader`.
    struct Reader {
        /// The table's marks.
        let marks: UnsafePointer<UInt8>
        /// The table's keys and values.
        let slots: UnsafePointer<UInt64>
        /// The table's mask.
        let mask: Int

        /// The mark of the slot where a lookup of `key` starts (0 when it is empty: `key` is absent).
        @inline(__always)
        func homeMark(_ key: UInt64) -> UInt8 { marks[Int(truncatingIfNeeded: key) & mask] }

        /// The value under `key`, or 0 when absent.
        ///
        /// The branch on the key itself is taken only where the mark matches, where the key is almost always the
        /// one sought: the processor predicts it and goes on to its next work while the slot is fetched.
        @inline(__always)
        func value(_ key: UInt64) -> UInt64 {
            let mark = KeyTable.mark(key)
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let found = marks[slot]
                if found == 0 { return 0 }
                if found == mark && slots[2 * slot] == key { return slots[2 * slot + 1] }
                slot = (slot + 1) & mask
            }
        }
    }
}
