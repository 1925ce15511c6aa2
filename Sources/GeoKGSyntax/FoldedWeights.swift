/// The tagger's weights summed per word and group, made when the tagger loads.
///
/// For every vocabulary word and every `TaggerFeatures.Group`, the sum of the weights of the group's
/// templates for that word, under the key `TaggerFeatures.foldKey(group, form:)`. Adding the sum gives the
/// same scores as adding the templates one by one (integer weights), with one lookup instead of up to 13.
/// A word not in the vocabulary, or whose sum would not fit an entry, is scored template by template.
struct FoldedWeights {
    /// The weights being folded.
    private let weights: WeightModel
    /// The keys, run lengths and entries made so far.
    private var keys: [UInt64] = []
    private var runLengths: [Int] = []
    private var entries: [UInt32] = []
    /// Scratch: the group's feature keys, and a score per class.
    private var featureKeys = [UInt64](repeating: 0, count: TaggerFeatures.maximumCount)
    private var scores = [Int32](repeating: 0, count: WeightModel.scoreCapacity)

    private init(weights: WeightModel) {
        self.weights = weights
    }

    /// The folded sums of `weights` for the words `vocabulary`, whose ambiguity classes are in `lexicon`.
    /// - Complexity: O(v × t) lookups for v words and t templates.
    static func make(weights: WeightModel, vocabulary: [String], lexicon: KeyTable) -> WeightModel {
        var folder = FoldedWeights(weights: weights)
        folder.keys.reserveCapacity(vocabulary.count * TaggerFeatures.Group.allCases.count)
        folder.runLengths.reserveCapacity(vocabulary.count * TaggerFeatures.Group.allCases.count)
        folder.entries.reserveCapacity(vocabulary.count * TaggerFeatures.Group.allCases.count * weights.classCount / 3)
        var forms = Set<UInt64>()
        for word in vocabulary {
            let lexeme = Lexeme(word)
            // Words that differ only in their digits share a form: fold it once.
            guard forms.insert(lexeme.form).inserted else { continue }
            let ambiguity = lexicon.value(lexeme.lower)
            for group in TaggerFeatures.Group.allCases { folder.fold(group, lexeme, ambiguity: ambiguity) }
        }
        folder.fold(.previous, TaggerFeatures.before, ambiguity: TaggerFeatures.outsideClass)
        folder.fold(.secondPrevious, TaggerFeatures.before, ambiguity: TaggerFeatures.outsideClass)
        folder.fold(.next, TaggerFeatures.after, ambiguity: TaggerFeatures.outsideClass)
        folder.fold(.secondNext, TaggerFeatures.after, ambiguity: TaggerFeatures.outsideClass)
        // A folded run is read once per word: dense rows only for the longest, to keep the table small.
        return WeightModel(
            classCount: weights.classCount, keys: folder.keys, runLengths: folder.runLengths, entries: folder.entries,
            denseMinimum: weights.classCount / 2)
    }

    /// Adds the sum of `group`'s weights for `lexeme`.
    private mutating func fold(_ group: TaggerFeatures.Group, _ lexeme: Lexeme, ambiguity: UInt64) {
        let key = TaggerFeatures.foldKey(group, form: lexeme.form)
        guard key != 0 else { return }
        let weights = self.weights
        let classCount = weights.classCount
        // At most 13 weights of at most 2^20 each: the sums fit 32 bits, so the model's own scoring adds them.
        let start = entries.count
        let fits = featureKeys.withUnsafeMutableBufferPointer { featureKeys in
            scores.withUnsafeMutableBufferPointer { scores in
                guard let keyBase = featureKeys.baseAddress, let scoreBase = scores.baseAddress else { return false }
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
            return
        }
        keys.append(key)
        runLengths.append(entries.count - start)
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
                                    previous: value(previous), beforePrevious: value(beforePrevious), into: keyBase, at: 0)
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
