/// A small seeded pseudo-random generator (SplitMix64), so that training shuffles and explores the same
/// way in every run (Swift's `SystemRandomNumberGenerator` cannot be seeded).
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    package init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return StableHash.mix(state)
    }

    /// A number in `0..<bound` (bound > 0), without the bias of a plain modulo worth caring about here.
    package mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: (next() >> 11) % UInt64(bound))
    }

    /// `values` in a random order (Fisher–Yates with this generator).
    package mutating func shuffled<T>(_ values: [T]) -> [T] {
        var values = values
        var index = values.count - 1
        while index > 0 {
            values.swapAt(index, below(index + 1))
            index -= 1
        }
        return values
    }

    /// True with probability `probability`.
    package mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }
}
