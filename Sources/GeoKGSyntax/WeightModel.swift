/// The frozen weights of an averaged perceptron, ready for scoring: for each feature key, the classes it
/// votes for and how much.
///
/// Weights are integers. A weight entry is a `UInt32`: the class in the low 8 bits, the signed weight in the
/// high 24. The table maps a feature key to a 64-bit value of one of three kinds:
/// - bit 63 set: the feature's one or two entries themselves (most features have two: each update of a
///   perceptron raises one class and lowers another): the first in bits 0-31, the second in bits 32-62 with a
///   23-bit weight, or 0 (class 0, weight 0) when there is none. This saves a memory access per feature.
/// - bit 62 set: the number of a dense row in `rows`, a weight for every class. Frequent features vote for
///   many classes; adding their rows with vector instructions beats adding their entries one by one.
/// - otherwise `start << 32 | count`: a run of `count` entries in `entries` from `start`.
/// A model of at most three classes (the parser's moves) packs every feature's three weights into its value
/// instead, 21 bits each, under bit 63: scoring it is a lookup and three additions per feature.
/// A key the table does not hold gives 0: nothing.
struct WeightModel: Sendable {
    /// The number of classes, at most 255.
    let classCount: Int
    /// The length of a dense row: `classCount` rounded up to a multiple of 16.
    let rowStride: Int
    /// Feature key → value (see the type's description).
    let table: KeyTable
    /// Class and weight, packed: the runs of the features that are neither inline nor dense.
    let entries: [UInt32]
    /// The dense rows, `rowStride` weights each, zero past `classCount`.
    let rows: [Int32]

    /// The largest weight magnitude an entry can hold.
    static let maximumWeight = (1 << 23) - 1
    /// The largest weight magnitude the second inline entry can hold.
    static let maximumInlineWeight = (1 << 22) - 1
    /// The flag of inline values.
    static let inlineFlag: UInt64 = 1 << 63
    /// The flag of dense values.
    static let denseFlag: UInt64 = 1 << 62
    /// How many scores a caller must make room for (a dense row's length at most).
    static let scoreCapacity = 256
    /// The most classes of a model whose weights are packed three to a value.
    static let tripleClassCount = 3
    /// The largest weight magnitude a packed triple holds.
    static let maximumTripleWeight = (1 << 20) - 1

    /// Whether the weights are packed three to a value.
    var isTriple: Bool { classCount <= Self.tripleClassCount }

    /// Packs a class and a weight in `-maximumWeight...maximumWeight` into an entry.
    static func entry(class index: Int, weight: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: weight << 8) | UInt32(index)
    }

    /// The class of an entry.
    @inline(__always)
    static func label(_ entry: UInt32) -> Int { Int(entry & 0xFF) }

    /// The weight of an entry.
    @inline(__always)
    static func weight(_ entry: UInt32) -> Int32 { Int32(bitPattern: entry) >> 8 }

    /// The model of features `keys` (distinct, nonzero), each with its run of `runLengths` entries in
    /// `entries`, in the same order. Runs of at least `denseMinimum` entries (a quarter of the classes, and
    /// at least 8, by default) become dense rows.
    init(classCount: Int, keys: [UInt64], runLengths: [Int], entries: [UInt32], denseMinimum: Int? = nil) {
        var values: [UInt64] = []
        self.init(
            classCount: classCount, keys: keys, runLengths: runLengths, entries: entries, denseMinimum: denseMinimum,
            values: &values)
    }

    /// The model of the runs `runLengths` of `entries`, as `init(classCount:keys:runLengths:entries:denseMinimum:)`
    /// makes it, which also sets `values` to the value of each run; with no `keys`, the table is empty and the
    /// caller finds the values its own way.
    init(
        classCount: Int, keys: [UInt64], runLengths: [Int], entries: [UInt32], denseMinimum: Int?,
        values: inout [UInt64]
    ) {
        let rowStride = (classCount + 15) / 16 * 16
        let denseMinimum = denseMinimum ?? max(8, classCount / 4)
        let isTriple = classCount <= Self.tripleClassCount
        // First the sizes, so that every array is made once.
        var denseCount = 0
        var keptCount = 0
        entries.withUnsafeBufferPointer { entries in
            var start = 0
            for length in runLengths {
                let run = UnsafeBufferPointer(rebasing: entries[start..<start + length])
                if !isTriple && Self.inlineValue(run) == nil {
                    if length >= denseMinimum { denseCount += 1 } else { keptCount += length }
                }
                start += length
            }
        }
        values = [UInt64](repeating: 0, count: runLengths.count)
        var kept = [UInt32](repeating: 0, count: keptCount)
        var rows = [Int32](repeating: 0, count: denseCount * rowStride)
        values.withUnsafeMutableBufferPointer { values in
            kept.withUnsafeMutableBufferPointer { kept in
                rows.withUnsafeMutableBufferPointer { rows in
                    entries.withUnsafeBufferPointer { entries in
                        var start = 0
                        var keptEnd = 0
                        var row = 0
                        for (feature, length) in runLengths.enumerated() {
                            let run = UnsafeBufferPointer(rebasing: entries[start..<start + length])
                            if isTriple {
                                values[feature] = Self.tripleValue(run)
                            } else if let inline = Self.inlineValue(run) {
                                values[feature] = inline
                            } else if length >= denseMinimum {
                                values[feature] = Self.denseFlag | UInt64(row)
                                for entry in run { rows[row * rowStride + Self.label(entry)] &+= Self.weight(entry) }
                                row += 1
                            } else {
                                values[feature] = UInt64(keptEnd) << 32 | UInt64(length)
                                for entry in run {
                                    kept[keptEnd] = entry
                                    keptEnd += 1
                                }
                            }
                            start += length
                        }
                    }
                }
            }
        }
        self.classCount = classCount
        self.rowStride = rowStride
        self.table = KeyTable(keys: keys, values: keys.isEmpty ? [] : values)
        self.entries = kept
        self.rows = rows
    }

    /// The value packing the weights of `entries` (for at most three classes), each clamped to 21 bits.
    static func tripleValue(_ entries: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var value = inlineFlag
        for entry in entries {
            let weight = max(-maximumTripleWeight, min(maximumTripleWeight, Int(weight(entry))))
            value |= (UInt64(bitPattern: Int64(weight)) & 0x1F_FFFF) << UInt64(21 * label(entry))
        }
        return value
    }

    /// The inline value of the run `run`, or `nil` when it cannot be inline (it is not one or two entries, or
    /// the second's weight needs more than 23 bits).
    static func inlineValue(_ run: UnsafeBufferPointer<UInt32>) -> UInt64? {
        guard run.count == 1 || run.count == 2 else { return nil }
        var value = inlineFlag | UInt64(run[0])
        if run.count == 2 {
            let second = run[1]
            guard abs(Int(weight(second))) <= maximumInlineWeight else { return nil }
            // Dropping the weight's top bit leaves 23 bits, which still hold it, sign included.
            value |= UInt64(second & 0x7FFF_FFFF) << 32
        }
        return value
    }

    /// Sets `scores[0..<classCount]` to the scores of the features `keys`; `scores` has room for
    /// `scoreCapacity` values (those past `classCount` are scratch).
    @inline(__always)
    func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        for index in 0..<rowStride { scores[index] = 0 }
        add(keys, to: scores)
    }

    /// Adds the weights of the features `keys` to `scores` (room for `scoreCapacity`).
    @inline(__always)
    func add(_ keys: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutablePointer<Int32>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keys.count) { values in
            guard let base = values.baseAddress else { return }
            lookUp(keys, into: base)
            if isTriple {
                addTriples(UnsafeBufferPointer(values), to: scores)
            } else {
                addValues(UnsafeBufferPointer(values), to: scores)
            }
        }
    }

    /// Adds the packed triples `values` to `scores[0...2]`.
    @inline(__always)
    func addTriples(_ values: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutablePointer<Int32>) {
        var (first, second, third): (Int64, Int64, Int64) = (0, 0, 0)
        for value in values {
            // Shift each 21-bit field to the top, then back down with the sign.
            first &+= Int64(bitPattern: value << 43) >> 43
            second &+= Int64(bitPattern: value << 22) >> 43
            third &+= Int64(bitPattern: value << 1) >> 43
        }
        scores[0] = Int32(truncatingIfNeeded: first)
        scores[1] = Int32(truncatingIfNeeded: second)
        scores[2] = Int32(truncatingIfNeeded: third)
    }

    /// Writes the table's value for each of `keys` into `values` (0 for a key it does not hold).
    ///
    /// The marks of the keys' home slots are read first, without a branch, so that the processor fetches them
    /// all at once: a lookup branches on its marks, and a branch on a mark still being fetched, when mispredicted,
    /// would make every later lookup wait for it. A key whose home is empty is then done.
    @inline(__always)
    func lookUp(_ keys: UnsafeBufferPointer<UInt64>, into values: UnsafeMutablePointer<UInt64>) {
        table.withReader { table in
            for (index, key) in keys.enumerated() { values[index] = UInt64(table.homeMark(key)) }
            for (index, key) in keys.enumerated() where values[index] != 0 { values[index] = table.value(key) }
        }
    }

    /// Adds the weights of the values `values` (from `lookUp`) to `scores` (room for `scoreCapacity`).
    ///
    /// Runs go in two passes: the first reads the first entry of every run without a branch, so that the
    /// processor fetches them all at once (a run's later entries mostly share its first's cache line); the
    /// second adds. A single pass would wait for each run in turn, since the end of a run is a branch the
    /// processor cannot predict.
    @inline(__always)
    func addValues(_ values: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutablePointer<Int32>) {
        entries.withUnsafeBufferPointer { entries in
            rows.withUnsafeBufferPointer { rows in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: values.count) { firsts in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: values.count) { dense in
                        var denseCount = 0
                        if !entries.isEmpty {
                            for (index, value) in values.enumerated() {
                                // Inline and dense values read entry 0, which goes unused.
                                let isRun = ((value >> 62) ^ 1) & ((value >> 63) ^ 1) & 1
                                firsts[index] = entries[Int(truncatingIfNeeded: (value & (0 &- isRun)) >> 32)]
                            }
                        }
                        for (index, value) in values.enumerated() {
                            // Without a branch: an inline value gives its two entries; any other value gives two
                            // entries of weight 0 for class 0.
                            let inline = 0 &- (value >> 63)
                            let pair = value & inline
                            let first = UInt32(truncatingIfNeeded: pair)
                            let second = UInt32(truncatingIfNeeded: pair >> 32)
                            scores[Self.label(first)] &+= Self.weight(first)
                            scores[Int(second & 0xFF)] &+= Int32(bitPattern: second << 1) >> 9
                            let rest = value & ~inline
                            if rest & Self.denseFlag != 0 {
                                dense[denseCount] = Int(truncatingIfNeeded: rest & 0xFFFF_FFFF) * rowStride
                                denseCount += 1
                                continue
                            }
                            let count = Int(truncatingIfNeeded: rest & 0xFFFF_FFFF)
                            guard count > 0 else { continue }
                            let start = Int(truncatingIfNeeded: rest >> 32)
                            let head = firsts[index]
                            scores[Self.label(head)] &+= Self.weight(head)
                            var position = start + 1
                            while position < start + count {
                                let entry = entries[position]
                                scores[Self.label(entry)] &+= Self.weight(entry)
                                position += 1
                            }
                        }
                        if let base = rows.baseAddress {
                            Self.addRows(
                                base, at: UnsafeBufferPointer(start: dense.baseAddress, count: denseCount),
                                length: rowStride, to: scores)
                        }
                    }
                }
            }
        }
    }

    /// Adds the `length` weights (a multiple of 16) at each of `offsets` from `rows` to `scores`, sixteen at a time.
    ///
    /// Each sixteen scores are loaded and stored once, and summed in registers over the rows, rather than once
    /// per row; and the loads of all the rows go out together.
    @inline(__always)
    static func addRows(
        _ rows: UnsafePointer<Int32>, at offsets: UnsafeBufferPointer<Int>, length: Int,
        to scores: UnsafeMutablePointer<Int32>
    ) {
        guard !offsets.isEmpty else { return }
        let target = UnsafeMutableRawPointer(scores)
        var offset = 0
        while offset < length * 4 {
            var sum = target.loadUnaligned(fromByteOffset: offset, as: SIMD16<Int32>.self)
            for row in offsets {
                sum &+= UnsafeRawPointer(rows + row).loadUnaligned(fromByteOffset: offset, as: SIMD16<Int32>.self)
            }
            target.storeBytes(of: sum, toByteOffset: offset, as: SIMD16<Int32>.self)
            offset += 64
        }
    }

    /// Adds the `length` weights (a multiple of 16) at `row` to `scores`, sixteen at a time.
    @inline(__always)
    static func addRow(_ row: UnsafePointer<Int32>, length: Int, to scores: UnsafeMutablePointer<Int32>) {
        let source = UnsafeRawPointer(row)
        let target = UnsafeMutableRawPointer(scores)
        var offset = 0
        while offset < length * 4 {
            let sum =
                source.loadUnaligned(fromByteOffset: offset, as: SIMD16<Int32>.self)
                &+ target.loadUnaligned(fromByteOffset: offset, as: SIMD16<Int32>.self)
            target.storeBytes(of: sum, toByteOffset: offset, as: SIMD16<Int32>.self)
            offset += 64
        }
    }

    /// Adds the weights of the values `values` to `sums`, one by one, into 64-bit sums (no overflow), for
    /// folding weights together; `sums` has room for `rowStride` values.
    func addValues(_ values: UnsafeBufferPointer<UInt64>, toWide sums: UnsafeMutablePointer<Int64>) {
        entries.withUnsafeBufferPointer { entries in
            rows.withUnsafeBufferPointer { rows in
                for value in values where value != 0 {
                    if isTriple {
                        sums[0] += Int64(bitPattern: value << 43) >> 43
                        sums[1] += Int64(bitPattern: value << 22) >> 43
                        sums[2] += Int64(bitPattern: value << 1) >> 43
                    } else if value & Self.inlineFlag != 0 {
                        let first = UInt32(truncatingIfNeeded: value)
                        let second = UInt32(truncatingIfNeeded: value >> 32)
                        sums[Self.label(first)] += Int64(Self.weight(first))
                        sums[Int(second & 0xFF)] += Int64(Int32(bitPattern: second << 1) >> 9)
                    } else if value & Self.denseFlag != 0 {
                        let row = Int(truncatingIfNeeded: value & 0xFFFF_FFFF) * rowStride
                        for label in 0..<classCount { sums[label] += Int64(rows[row + label]) }
                    } else {
                        let start = Int(truncatingIfNeeded: value >> 32)
                        for entry in entries[start..<start + Int(truncatingIfNeeded: value & 0xFFFF_FFFF)] {
                            sums[Self.label(entry)] += Int64(Self.weight(entry))
                        }
                    }
                }
            }
        }
    }
}
