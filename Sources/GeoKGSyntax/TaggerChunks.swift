/// Tagging a sentence a chunk of words at a time, in two passes, so that most of a chunk's weight lookups are
/// loads the processor makes all at once rather than one after another.
///
/// The weights are some 16 MB read at random: most lookups miss the caches, and a word needs about fifteen.
/// Only the templates that read the tags of the two words before (`TaggerFeatures.historyKeys` and
/// `previousTagKeys`) must wait for the word before to be tagged. The first pass looks up and adds all the
/// others (the folded groups, the groups of words outside the vocabulary, `contextKeys`) for every word of the
/// chunk, into a partial score per word; no lookup there waits for another word's. The second pass goes from
/// left to right, adds the rest and picks each word's class. Integer sums do not depend on their order, so the
/// classes are those of adding the templates one by one (`unfoldedClasses`).
extension Tagger {
    /// How many words a chunk holds: enough for many lookups in flight, few enough that the chunk's keys and
    /// partial scores stay in the first-level cache.
    static let chunkLength = 32

    /// Writes the class numbers of `words` into `result` (as long as `words`).
    func classes(_ words: UnsafeBufferPointer<Lexeme>, into result: UnsafeMutableBufferPointer<UInt8>) {
        let groups = TaggerFeatures.Group.allCases.count
        let chunk = Self.chunkLength
        let chunkCount = chunk * (2 * groups + 2 * TaggerFeatures.maximumCount) + TaggerFeatures.previousTagCount
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: chunkCount + 2 * words.count + 4) { buffer in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: chunk * weights.rowStride) { scores in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: chunk) { ends in
                    guard let base = buffer.baseAddress, let scoreBase = scores.baseAddress,
                        let endBase = ends.baseAddress
                    else { return }
                    let scratch = ChunkScratch(
                        foldValues: base, keys: base + chunk * groups,
                        values: base + chunk * (groups + TaggerFeatures.maximumCount),
                        tagKeys: base + chunk * (groups + 2 * TaggerFeatures.maximumCount), ends: endBase,
                        scores: scoreBase)
                    let ambiguity = base + chunkCount
                    // Two places before the sentence and two after, so that every group finds its word's number.
                    let numbers = ambiguity + words.count
                    numbers[0] = folded.beforeNumber
                    numbers[1] = folded.beforeNumber
                    numbers[words.count + 2] = folded.afterNumber
                    numbers[words.count + 3] = folded.afterNumber
                    lexicon.withReader { lexicon in
                        dictionary.withReader { dictionary in
                            folded.numbers.withReader { folded in
                                for i in 0..<words.count {
                                    ambiguity[i] = lexicon.value(words[i].lower)
                                    result[i] = UInt8(truncatingIfNeeded: dictionary.value(words[i].form))
                                    numbers[i + 2] = folded.value(words[i].form)
                                }
                            }
                        }
                    }
                    let classes = UnsafeBufferPointer(start: ambiguity, count: words.count)
                    let casing = TaggerFeatures.casing(words)
                    var tags = (previous: TaggerFeatures.startTag, beforePrevious: TaggerFeatures.startTag)
                    var start = 0
                    while start < words.count {
                        let chunkRange = start..<min(start + chunk, words.count)
                        let count = scoreContext(
                            words, classes: classes, numbers: numbers, casing: casing, range: chunkRange, known: result,
                            scratch: scratch)
                        pickClasses(
                            words, classes: classes, range: chunkRange, scored: count, tags: &tags, result: result,
                            scratch: scratch)
                        start = chunkRange.upperBound
                    }
                }
            }
        }
    }

    /// First pass: for each word of `range` that the dictionary does not tag (`known[i]` is 0; it holds class + 1
    /// for the others), sets a row of `scratch.scores` to the weights of every template that reads no tag.
    /// Returns how many rows, one per such word in order.
    @inline(__always)
    private func scoreContext(
        _ words: UnsafeBufferPointer<Lexeme>, classes: UnsafeBufferPointer<UInt64>, numbers: UnsafePointer<UInt64>,
        casing: UInt64, range: Range<Int>, known: UnsafeMutableBufferPointer<UInt8>, scratch: ChunkScratch
    ) -> Int {
        let groups = TaggerFeatures.Group.allCases.count
        var count = 0
        folded.values.withUnsafeBufferPointer { foldedValues in
            for i in range where known[i] == 0 {
                for group in TaggerFeatures.Group.allCases {
                    let number = Int(truncatingIfNeeded: numbers[i + 2 + TaggerFeatures.offset(group)])
                    scratch.foldValues[count * groups + group.rawValue] = foldedValues[number * groups + group.rawValue]
                }
                count += 1
            }
        }
        var keyCount = 0
        var row = 0
        for i in range where known[i] == 0 {
            for group in TaggerFeatures.Group.allCases where scratch.foldValues[row * groups + group.rawValue] == 0 {
                let word = TaggerFeatures.groupWord(group, words, classes: classes, at: i)
                keyCount = TaggerFeatures.groupKeys(
                    group, word.lexeme, ambiguity: word.ambiguity, into: scratch.keys, at: keyCount)
            }
            keyCount = TaggerFeatures.contextKeys(
                words, classes: classes, at: i, casing: casing, into: scratch.keys, at: keyCount)
            scratch.ends[row] = keyCount
            row += 1
        }
        weights.lookUp(UnsafeBufferPointer(start: scratch.keys, count: keyCount), into: scratch.values)
        let rowStride = weights.rowStride
        var keyStart = 0
        for row in 0..<count {
            let scores = scratch.scores + row * rowStride
            for index in 0..<rowStride { scores[index] = 0 }
            folded.sums.addValues(
                UnsafeBufferPointer(start: scratch.foldValues + row * groups, count: groups), to: scores)
            weights.addValues(
                UnsafeBufferPointer(start: scratch.values + keyStart, count: scratch.ends[row] - keyStart), to: scores)
            keyStart = scratch.ends[row]
        }
        return count
    }

    /// Second pass: from left to right over `range`, adds the templates that read the tags before (`tags`, updated
    /// as words are tagged) to the rows `scoreContext` made, and writes each word's class into `result` (which
    /// holds class + 1 for the words of the dictionary, 0 for the `scored` others).
    @inline(__always)
    private func pickClasses(
        _ words: UnsafeBufferPointer<Lexeme>, classes: UnsafeBufferPointer<UInt64>, range: Range<Int>, scored: Int,
        tags: inout (previous: UInt64, beforePrevious: UInt64), result: UnsafeMutableBufferPointer<UInt8>,
        scratch: ChunkScratch
    ) {
        let tagCount = self.tags.count + 1
        let rowStride = weights.rowStride
        let classCount = weights.classCount
        history.withUnsafeBufferPointer { historyRows in
            guard let historyBase = historyRows.baseAddress else { return }
            var row = 0
            for i in range {
                var label = Int(result[i])
                if label > 0 {
                    label -= 1
                } else {
                    let scores = scratch.scores + row * rowStride
                    row += 1
                    let count = TaggerFeatures.previousTagKeys(
                        words, classes: classes, at: i, previous: tags.previous, into: scratch.tagKeys, at: 0)
                    weights.add(UnsafeBufferPointer(start: scratch.tagKeys, count: count), to: scores)
                    let second =
                        tags.beforePrevious == TaggerFeatures.startTag ? tagCount - 1 : Int(tags.beforePrevious)
                    let first = tags.previous == TaggerFeatures.startTag ? tagCount - 1 : Int(tags.previous)
                    WeightModel.addRow(
                        historyBase + (second * tagCount + first) * rowStride, length: rowStride, to: scores)
                    label = Self.best(scores, count: classCount, length: rowStride)
                }
                result[i] = UInt8(label)
                tags = (previous: UInt64(label), beforePrevious: tags.previous)
            }
        }
    }

    /// The class with the highest of the first `count` of the `length` scores (a multiple of 16) at `scores`, the
    /// first among equals; the scores past `count` are scratch, and overwritten.
    ///
    /// The highest score is found sixteen scores at a time, without a branch, and then its first place; a loop
    /// keeping the best so far would branch on every score, and mispredict each time the best changes.
    @inline(__always)
    static func best(_ scores: UnsafeMutablePointer<Int32>, count: Int, length: Int) -> Int {
        for index in count..<length { scores[index] = .min }
        let raw = UnsafeRawPointer(scores)
        var highest = raw.loadUnaligned(as: SIMD16<Int32>.self)
        var offset = 64
        while offset < length * 4 {
            highest = pointwiseMax(highest, raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<Int32>.self))
            offset += 64
        }
        let top = highest.max()
        var label = 0
        while scores[label] != top { label += 1 }
        return label
    }
}

/// The scratch memory of `Tagger.classes(_:into:)` for one chunk of words, carved out of one allocation.
struct ChunkScratch {
    /// The folded values (`FoldedWeights.values`) of each scored word, `TaggerFeatures.Group` by group.
    let foldValues: UnsafeMutablePointer<UInt64>
    /// The keys of the unfolded groups and `TaggerFeatures.contextKeys` of every scored word, one after another.
    let keys: UnsafeMutablePointer<UInt64>
    /// The values of `keys`, in the same places.
    let values: UnsafeMutablePointer<UInt64>
    /// The keys of `TaggerFeatures.previousTagKeys` for the word being tagged.
    let tagKeys: UnsafeMutablePointer<UInt64>
    /// Where each scored word's keys end in `keys`.
    let ends: UnsafeMutablePointer<Int>
    /// A row of `WeightModel.rowStride` scores per scored word.
    let scores: UnsafeMutablePointer<Int32>
}
