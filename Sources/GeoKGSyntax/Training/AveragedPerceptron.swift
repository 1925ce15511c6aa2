/// A multi-class averaged perceptron over hashed features, for training.
///
/// Weights are integers (each update adds or takes 1), so training gives the same weights on every machine.
/// Averages are kept lazily: each weight remembers when it last changed and the sum of its past values.
/// Each feature's nonzero weights form a linked list of entries in flat arrays, since most features vote
/// for few classes. `packed(pruning:)` freezes the averages into the integer weights a model file holds.
final class AveragedPerceptron {
    /// The number of classes.
    let classCount: Int
    /// Feature key → feature number.
    private var features = GrowableKeyMap()
    /// Each feature's key, by feature number.
    private var keys: [UInt64] = []
    /// Each feature's first entry, or -1.
    private var heads: [Int32] = []
    /// Per entry: its class, the next entry of its feature (or -1), its weight, the sum of its past values
    /// up to `stamps`, and the time it last changed.
    private var entryClasses: [UInt8] = []
    private var entryNext: [Int32] = []
    private var weights: [Int32] = []
    private var totals: [Int64] = []
    private var stamps: [Int64] = []
    /// The number of training instances seen.
    private(set) var time: Int64 = 0

    /// A perceptron for `classCount` classes (at most `PackedWeights.maximumClassCount`).
    init(classCount: Int) {
        precondition(classCount <= PackedWeights.maximumClassCount)
        self.classCount = classCount
    }

    /// The number of features that were ever updated.
    var featureCount: Int { keys.count }

    /// Sets `scores` (at least `classCount` long) to the current (not averaged) scores of the features `keys`.
    func scores(_ keys: UnsafeBufferPointer<UInt64>, into scores: inout [Int64]) {
        for index in 0..<classCount { scores[index] = 0 }
        for key in keys {
            guard let feature = features.value(key) else { continue }
            var entry = Int(heads[Int(feature)])
            while entry >= 0 {
                scores[Int(entryClasses[entry])] += Int64(weights[entry])
                entry = Int(entryNext[entry])
            }
        }
    }

    /// Counts one more training instance (call once per decision, before `update`).
    func tick() { time += 1 }

    /// When set, the only features that may get weights (those frequent enough in the gold derivations).
    var allowed: GrowableKeyMap?

    /// Moves the weights of `keys` towards `truth` and away from `guess` by 1 each.
    func update(_ keys: UnsafeBufferPointer<UInt64>, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for key in keys where key != 0 {
            if let allowed, allowed.value(key) == nil { continue }
            let feature = features.insert(key, next: Int32(self.keys.count))
            if Int(feature) == self.keys.count {
                self.keys.append(key)
                heads.append(-1)
            }
            add(1, to: truth, of: Int(feature))
            add(-1, to: guess, of: Int(feature))
        }
    }

    /// Adds `delta` to the weight of `feature` for `label`, settling its running total first.
    private func add(_ delta: Int32, to label: Int, of feature: Int) {
        var entry = Int(heads[feature])
        while entry >= 0 && Int(entryClasses[entry]) != label { entry = Int(entryNext[entry]) }
        if entry < 0 {
            entry = entryClasses.count
            entryClasses.append(UInt8(label))
            entryNext.append(heads[feature])
            weights.append(0)
            totals.append(0)
            stamps.append(time)
            heads[feature] = Int32(entry)
        }
        totals[entry] += Int64(weights[entry]) * (time - stamps[entry])
        stamps[entry] = time
        weights[entry] += delta
    }

    /// The averaged weights, frozen and packed.
    ///
    /// The averages are scaled so that the largest is `scaleTo`, rounded to integers, and an average smaller
    /// in magnitude than `threshold` (in update units) is dropped, as is a feature left with no weight.
    /// - Complexity: O(n log n) in the number of features (they are sorted by key).
    func packed(threshold: Double, scaleTo: Int = WeightModel.maximumTripleWeight) -> PackedWeights {
        Self.packed([self], threshold: threshold, scaleTo: scaleTo)
    }

    /// The averaged weights of `perceptrons` (trained alike, with different seeds, all of the same classes)
    /// averaged again over the perceptrons, then frozen and packed as `packed(threshold:scaleTo:)` does.
    /// Averaging models trained in different orders smooths out the luck of each order.
    static func packed(
        _ perceptrons: [AveragedPerceptron], threshold: Double, scaleTo: Int = WeightModel.maximumTripleWeight
    ) -> PackedWeights {
        let classCount = perceptrons.first?.classCount ?? 1
        var index: [UInt64: Int] = [:]
        var keys: [UInt64] = []
        var sums: [Double] = []
        let share = 1 / Double(max(perceptrons.count, 1))
        for perceptron in perceptrons {
            let elapsed = Double(max(perceptron.time, 1))
            for feature in 0..<perceptron.keys.count {
                let key = perceptron.keys[feature]
                let row: Int
                if let known = index[key] {
                    row = known
                } else {
                    row = keys.count
                    index[key] = row
                    keys.append(key)
                    sums.append(contentsOf: repeatElement(0, count: classCount))
                }
                var entry = Int(perceptron.heads[feature])
                while entry >= 0 {
                    let total =
                        perceptron.totals[entry]
                        + Int64(perceptron.weights[entry]) * (perceptron.time - perceptron.stamps[entry])
                    sums[row * classCount + Int(perceptron.entryClasses[entry])] += Double(total) / elapsed * share
                    entry = Int(perceptron.entryNext[entry])
                }
            }
        }
        var largest = 0.0
        for value in sums { largest = max(largest, abs(value)) }
        let scale = largest > 0 ? Double(scaleTo) / largest : 1
        var packedKeys: [UInt64] = []
        var runLengths: [UInt8] = []
        var entries: [UInt32] = []
        for row in (0..<keys.count).sorted(by: { keys[$0] < keys[$1] }) {
            var length = 0
            for label in 0..<classCount {
                let value = sums[row * classCount + label]
                let quantized = Int((value * scale).rounded())
                guard abs(value) >= threshold && quantized != 0 else { continue }
                entries.append(WeightModel.entry(class: label, weight: quantized))
                length += 1
            }
            guard length > 0 else { continue }
            packedKeys.append(keys[row])
            runLengths.append(UInt8(length))
        }
        return PackedWeights(classCount: classCount, keys: packedKeys, runLengths: runLengths, entries: entries)
    }
}

/// A growable open-addressing map from nonzero 64-bit hashed keys to feature numbers, for training.
struct GrowableKeyMap {
    private var keys = [UInt64](repeating: 0, count: 1024)
    private var values = [Int32](repeating: 0, count: 1024)
    private var mask = 1023
    private var count = 0

    /// The value under `key`, or `nil`.
    func value(_ key: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == key && key != 0 { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The number of keys held.
    var keyCount: Int { count }

    /// Adds 1 to the value under `key` (0 when absent).
    mutating func increment(_ key: UInt64) {
        guard key != 0 else { return }
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 {
            keys[slot] = key
            count += 1
        }
        values[slot] += 1
    }

    /// The keys whose value is at least `minimum`.
    func filter(minimum: Int32) -> GrowableKeyMap {
        var kept = GrowableKeyMap()
        for (key, value) in zip(keys, values) where key != 0 && value >= minimum { _ = kept.insert(key, next: 0) }
        return kept
    }

    /// The value under `key`, inserting `next` first when there is none.
    mutating func insert(_ key: UInt64, next: Int32) -> Int32 {
        if let existing = value(key) { return existing }
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = next
        count += 1
        return next
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
