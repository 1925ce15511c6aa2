/// The weights of a model as a model file holds them: the feature keys in increasing order, each
/// feature's number of nonzero weights, and the packed weights (see `WeightModel`).
struct PackedWeights: Sendable, Equatable {
    /// The most classes a model may have (a run length and a class index are one byte each).
    static let maximumClassCount = 255

    /// The number of classes.
    let classCount: Int
    /// The feature keys, increasing and nonzero.
    let keys: [UInt64]
    /// How many weights each feature has, in the order of `keys`.
    let runLengths: [UInt8]
    /// Class and weight, packed as `WeightModel.entry(class:weight:)` makes them; runs in the order of `keys`.
    let entries: [UInt32]

    /// The lookup-ready model.
    var model: WeightModel {
        WeightModel(classCount: classCount, keys: keys, runLengths: runLengths.map { Int($0) }, entries: entries)
    }

    /// Writes the weights (the class count is written by the caller, with the class names).
    ///
    /// ```
    /// UInt32 features, UInt32 weights, UInt64 × features keys (increasing, nonzero),
    /// UInt8 × features run lengths, UInt32 × weights (class in the low byte, weight in the high 24 bits)
    /// ```
    func write(to writer: inout ModelWriter) {
        writer.append(UInt32(keys.count))
        writer.append(UInt32(entries.count))
        writer.append(contentsOf: keys)
        writer.append(contentsOf: runLengths)
        writer.append(contentsOf: entries)
    }

    /// Reads what `write` wrote, for a model of `classCount` classes, checking every key, run and class.
    /// - Throws: `SyntaxModelError` at the first value out of place.
    static func read(from reader: inout ModelReader, classCount: Int) throws(SyntaxModelError) -> PackedWeights {
        let limit = reader.bytes.count
        let featureCount = try reader.count("features", limit: limit)
        let entryCount = try reader.count("weights", limit: limit)
        let keysStart = reader.offset
        let keys = try reader.array(of: UInt64.self, count: featureCount, "the feature keys")
        var previous: UInt64 = 0
        for (index, key) in keys.enumerated() {
            guard key > previous else {
                throw reader.error("feature key \(index) is not greater than the one before", at: keysStart + 8 * index)
            }
            previous = key
        }
        let runsStart = reader.offset
        let runs = try reader.array(of: UInt8.self, count: featureCount, "the feature run lengths")
        var total = 0
        for (index, run) in runs.enumerated() {
            guard run > 0, Int(run) <= classCount else {
                throw reader.error(
                    "feature \(index) has \(run) weights; expected 1 to \(classCount)", at: runsStart + index)
            }
            total += Int(run)
        }
        guard total == entryCount else {
            throw reader.error(
                "the run lengths add up to \(total) weights, but the file holds \(entryCount)", at: runsStart)
        }
        let entriesStart = reader.offset
        let entries = try reader.array(of: UInt32.self, count: entryCount, "the weights")
        for (index, entry) in entries.enumerated() where Int(entry & 0xFF) >= classCount {
            throw reader.error(
                "weight \(index) is for class \(entry & 0xFF) of \(classCount)", at: entriesStart + 4 * index)
        }
        return PackedWeights(classCount: classCount, keys: keys, runLengths: runs, entries: entries)
    }
}
