/// Word numbers keyed by the UTF-8 bytes of ASCII words of at most 16 bytes: most tokens are such words, and
/// comparing two machine words beats hashing their text as a `String` key (SipHash, with Unicode
/// normalization in reserve).
///
/// For an ASCII word, equal bytes are equal strings, as long as every word canonically equivalent to an
/// ASCII one is entered under its ASCII bytes (`Vocabulary.intern` does so).
struct ASCIIWordTable {
    /// The longest word the table holds.
    static let maximumLength = 16
    /// Three values per slot: the word's bytes 0-7 and 8-15 (little-endian, zero past its end), and its
    /// length << 32 | its number + 1 (0 for an empty slot). The slot count is a power of two.
    private var slots = [UInt64](repeating: 0, count: 3 * 1024)
    private var count = 0

    /// Enters `word` (ASCII, at most `maximumLength` bytes, not entered yet) with its word number.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, number: Int32) {
        if 2 * (count + 1) > slots.count / 3 { grow() }
        let (low, high) = Self.pack(word)
        place(low, high, UInt64(word.count) << 32 | UInt64(number + 1))
        count += 1
    }

    /// The number of the ASCII word `word`: -1 when the table does not hold it, `nil` when it is longer than
    /// `maximumLength` (then the table cannot tell).
    @inline(__always)
    func number(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard word.count <= Self.maximumLength else { return nil }
        let (low, high) = Self.pack(word)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count / 3 - 1
            var slot = Self.slot(low, high, word.count, mask: mask)
            while true {
                let last = slots[3 * slot + 2]
                if last == 0 { return -1 }
                if slots[3 * slot] == low, slots[3 * slot + 1] == high,
                    Int(truncatingIfNeeded: last >> 32) == word.count
                {
                    return Int32(truncatingIfNeeded: last & 0xFFFF_FFFF) - 1
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: 2 * old.count)
        for slot in stride(from: 0, to: old.count, by: 3) where old[slot + 2] != 0 {
            place(old[slot], old[slot + 1], old[slot + 2])
        }
    }

    /// Puts an entry in the first free slot from its hash's.
    private mutating func place(_ low: UInt64, _ high: UInt64, _ last: UInt64) {
        let mask = slots.count / 3 - 1
        var slot = Self.slot(low, high, Int(truncatingIfNeeded: last >> 32), mask: mask)
        while slots[3 * slot + 2] != 0 { slot = (slot + 1) & mask }
        slots[3 * slot] = low
        slots[3 * slot + 1] = high
        slots[3 * slot + 2] = last
    }

    /// The bytes of a word of at most 16 bytes in two machine words.
    @inline(__always)
    private static func pack(_ word: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in 0..<word.count {
            if index < 8 {
                low |= UInt64(word[index]) << UInt64(8 * index)
            } else {
                high |= UInt64(word[index]) << UInt64(8 * (index - 8))
            }
        }
        return (low, high)
    }

    /// The home slot of a word.
    @inline(__always)
    private static func slot(_ low: UInt64, _ high: UInt64, _ length: Int, mask: Int) -> Int {
        let hash = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
        return Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }
}
