/// The tagger's weights summed per word and group, made when the tagger loads.
///
/// For every vocabulary word and every `TaggerFeatures.Group`, the sum of the weights of the group's
/// templates for that word. Adding the sum gives the same scores as adding the templates one by one (integer
/// weights), with one lookup instead of up to 13. A word not in the vocabulary, or whose sum would not fit an
/// entry, is scored template by template.
///
/// The sums are found by word number: the tagger looks each word of a sentence up once (`numbers`), rather than
/// once per group and position with a key of its own, and the five values of a word lie side by side, in the
/// cache line that the four words around it read too.
struct FoldedWeights: Sendable {
    /// `Lexeme.form` → word number, from 1, for the vocabulary words and the stand-ins `TaggerFeatures.before`
    /// and `TaggerFeatures.after`.
    let numbers: KeyTable
    /// The numbers of the stand-ins for the words before and after the sentence.
    let beforeNumber: UInt64, afterNumber: UInt64
    /// Per word number (0: a word not folded), per group: the value of the group's sum in `sums` (see
    /// `WeightModel`), or 0 when the group is scored template by template.
    let values: [UInt64]
    /// The runs and dense rows of the sums; its table is empty (`values` holds what it would).
    let sums: WeightModel

    /// The folded sums of `weights` for the words `vocabulary`, whose ambiguity classes are in `lexicon`.
    /// - Complexity: O(v × t) lookups for v words and t templates.
    static func make(weights: WeightModel, vocabulary: [String], lexicon: KeyTable) -> FoldedWeights {
        let groups = TaggerFeatures.Group.allCases.count
        var folder = Folder(weights: weights)
        folder.runs.reserveCapacity((vocabulary.count + 3) * groups)
        folder.runLengths.reserveCapacity(vocabulary.count * groups)
        folder.entries.reserveCapacity(vocabulary.count * groups * weights.classCount / 3)
        // Number 0 folds nothing.
        folder.runs.append(contentsOf: repeatElement(-1, count: groups))
        var forms: [UInt64] = []
        var seen = Set<UInt64>()
        for word in vocabulary {
            let lexeme = Lexeme(word)
            // Words that differ only in their digits share a form: fold it once.
            guard seen.insert(lexeme.form).inserted else { continue }
            forms.append(lexeme.form)
            let ambiguity = lexicon.value(lexeme.lower)
            for group in TaggerFeatures.Group.allCases { folder.fold(group, lexeme, ambiguity: ambiguity) }
        }
        forms.append(TaggerFeatures.before.form)
        forms.append(TaggerFeatures.after.form)
        for (stand, sides) in [
            (TaggerFeatures.before, [TaggerFeatures.Group.previous, .secondPrevious]),
            (TaggerFeatures.after, [TaggerFeatures.Group.next, .secondNext]),
        ] {
            for group in TaggerFeatures.Group.allCases {
                if sides.contains(group) {
                    folder.fold(group, stand, ambiguity: TaggerFeatures.outsideClass)
                } else {
                    folder.runs.append(-1)
                }
            }
        }
        // A folded run is read once per word: dense rows only for the longest, to keep the sums small.
        var runValues: [UInt64] = []
        let sums = WeightModel(
            classCount: weights.classCount, keys: [], runLengths: folder.runLengths, entries: folder.entries,
            denseMinimum: weights.classCount / 2, values: &runValues)
        return FoldedWeights(
            numbers: KeyTable(keys: forms, values: (1...UInt64(forms.count)).map { $0 }),
            beforeNumber: UInt64(forms.count - 1), afterNumber: UInt64(forms.count),
            values: folder.runs.map { $0 < 0 ? 0 : runValues[$0] }, sums: sums)
    }

    /// Gathers the sums of a tagger's weights, word by word and group by group.
    private struct Folder {
        /// The weights being folded.
        let weights: WeightModel
        /// Per word number and group, in order: the number of its run, or -1 for none.
        var runs: [Int] = []
        /// The length of each run, and the runs' entries one after another.
        var runLengths: [Int] = []
        var entries: [UInt32] = []
        /// Scratch: the group's feature keys, and a score per class.
        var featureKeys = [UInt64](repeating: 0, count: TaggerFeatures.maximumCount)
        var scores = [Int32](repeating: 0, count: WeightModel.scoreCapacity)

        /// Adds the sum of `group`'s weights for `lexeme`, the next group of `runs`.
        mutating func fold(_ group: TaggerFeatures.Group, _ lexeme: Lexeme, ambiguity: UInt64) {
            let weights = self.weights
            let classCount = weights.classCount
            // At most 13 weights of at most 2^20 each: the sums fit 32 bits, so the model's own scoring adds them.
            let start = entries.count
            let fits = featureKeys.withUnsafeMutableBufferPointer { featureKeys in
                scores.withUnsafeMutableBufferPointer { scores in
                    guard let keyBase = featureKeys.baseAddress, let scoreBase = scores.baseAddress else {
                        return false
                    }
                    let count = TaggerFeatures.groupKeys(group, lexeme, ambiguity: ambiguity, into: keyBase, at: 0)
                    weights.score(UnsafeBufferPointer(start: keyBase, count: count), into: scoreBase)
                    let limit = Int32(WeightModel.maximumWeight)
                    for label in 0..<classCount where scoreBase[label] != 0 {
                        guard scoreBase[label] <= limit && scoreBase[label] >= -limit else { return false }
                        entries.append(WeightModel.entry(class: label, weight: Int(scoreBase[label])))
                    }
                    return true
                }
            }
            guard fits else {
                entries.removeLast(entries.count - start)
                runs.append(-1)
                return
            }
            runs.append(runLengths.count)
            runLengths.append(entries.count - start)
        }
    }

    /// The weights of the tag-history templates summed for every pair of the two tags before: row
    /// `beforePrevious * (c + 1) + previous` of `weights.rowStride` weights, for c classes and the start (c).
    /// - Complexity: O(c²) lookups.
    static func history(weights: WeightModel) -> [Int32] {
        let classCount = weights.classCount
        let stride = weights.rowStride
        let tagCount = classCount + 1
        var rows = [Int32](repeating: 0, count: tagCount * tagCount * stride)
        var keys = [UInt64](repeating: 0, count: 4)
        var values = [UInt64](repeating: 0, count: 4)
        var sums = [Int64](repeating: 0, count: stride)
        func value(_ tag: Int) -> UInt64 { tag == classCount ? TaggerFeatures.startTag : UInt64(tag) }
        keys.withUnsafeMutableBufferPointer { keys in
            values.withUnsafeMutableBufferPointer { values in
                sums.withUnsafeMutableBufferPointer { sums in
                    rows.withUnsafeMutableBufferPointer { rows in
                        guard let keyBase = keys.baseAddress, let valueBase = values.baseAddress,
                            let sumBase = sums.baseAddress
                        else { return }
                        for beforePrevious in 0..<tagCount {
                            for previous in 0..<tagCount {
                                let count = TaggerFeatures.historyKeys(
                                    previous: value(previous), beforePrevious: value(beforePrevious), into: keyBase,
                                    at: 0)
                                weights.lookUp(UnsafeBufferPointer(start: keyBase, count: count), into: valueBase)
                                for index in 0..<stride { sumBase[index] = 0 }
                                weights.addValues(UnsafeBufferPointer(start: valueBase, count: count), toWide: sumBase)
                                let row = (beforePrevious * tagCount + previous) * stride
                                for index in 0..<classCount {
                                    rows[row + index] = Int32(clamping: sumBase[index])
                                }
                            }
                        }
                    }
                }
            }
        }
        return rows
    }
}
