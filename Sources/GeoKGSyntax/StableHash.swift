/// 64-bit hashing that gives the same value in every process and on every machine, unlike Swift's `Hasher`,
/// which is seeded per process. Model files store these values, so they must never change: a change of
/// any function here needs a new model-file version.
enum StableHash {
    /// The first value of a chain of `combine`s.
    static let start: UInt64 = 0x243F_6A88_85A3_08D3

    /// A bijective scrambling of `value` (the SplitMix64 finaliser).
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The hash of `value` appended to a chain whose hash so far is `hash`.
    @inline(__always)
    static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        mix(hash &* 0x9E37_79B9_7F4A_7C15 ^ value)
    }

    /// The hash of the bytes of `bytes` in `range` (FNV-1a, then `mix`).
    @inline(__always)
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in range { hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3 }
        return mix(hash ^ UInt64(range.count))
    }

    /// The hash of a string's UTF-8 bytes, as `bytes` computes it.
    static func string(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes(UnsafeBufferPointer(rebasing: $0[...]), 0..<$0.count) }
    }
}
