/// Appends feature keys to a buffer. (A struct with a mutating method rather than a local function that
/// captures a counter: Swift checks every access to a captured variable at run time.)
struct FeatureWriter {
    /// The buffer, with room for every key written.
    let keys: UnsafeMutablePointer<UInt64>
    /// The number of keys written.
    var count: Int

    /// A writer appending at `keys[count]`.
    @inline(__always)
    init(_ keys: UnsafeMutablePointer<UInt64>, count: Int = 0) {
        self.keys = keys
        self.count = count
    }

    /// Appends `key`.
    @inline(__always)
    mutating func add(_ key: UInt64) {
        keys[count] = key
        count += 1
    }
}
