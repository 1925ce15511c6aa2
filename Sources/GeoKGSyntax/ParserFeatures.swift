/// The feature templates of the parser, after Zhang and Nivre (2011), "Transition-based dependency parsing
/// with rich non-local features", adapted to the arc-hybrid system: the words and tags of the top three
/// stack words and the first three buffer words, the leftmost and rightmost dependents of the stack's top
/// two and the buffer's first, distances, numbers of dependents and sets of their relations.
///
/// Changing a template changes the keys, so it needs a new `version` (model files record it).
enum ParserFeatures {
    /// The version of the templates below, written into model files.
    static let version: UInt32 = 1
    /// The most features one configuration has (for the action or for the label).
    static let maximumCount = 96

    /// The word value of the root.
    static let rootWord = StableHash.string("-ROOT-\u{1}")
    /// The word value of a missing word.
    static let noWord = StableHash.string("-NONE-\u{1}")
    /// The tag value of the root.
    static let rootTag = StableHash.string("-ROOT-TAG-\u{1}")
    /// The tag value of a missing word.
    static let noTag = StableHash.string("-NONE-TAG-\u{1}")

    /// The word value of a word: its lower-cased form when the parser knows it (`known`), else its shape
    /// and last two letters, which say more about a word seen once or never.
    @inline(__always)
    static func wordValue(_ lexeme: Lexeme, known: Bool) -> UInt64 {
        known ? lexeme.lower : FeatureKey.make(300, lexeme.shape, lexeme.suffix2)
    }

    /// The coarse tag value of a part of speech: its universal tag alone, which the tagger gets right more often.
    static func coarseValue(_ tag: PartOfSpeech) -> UInt64 {
        StableHash.combine(StableHash.string("coarse"), StableHash.string(tag.upos.rawValue))
    }

    /// The tag values of a sentence as `extract` reads them: the n words' tag values, the root's and the
    /// missing word's, then the same for coarse values.
    static func tagValues(_ tags: [PartOfSpeech], count: Int) -> [UInt64] {
        var values = [UInt64](repeating: noTag, count: 2 * (count + 2))
        for index in 0..<min(count, tags.count) {
            values[index] = tagValue(tags[index])
            values[count + 2 + index] = coarseValue(tags[index])
        }
        values[count] = rootTag
        values[2 * count + 2] = rootTag
        return values
    }

    /// The tag value of a part of speech.
    static func tagValue(_ tag: PartOfSpeech) -> UInt64 {
        StableHash.combine(StableHash.string(tag.upos.rawValue), StableHash.string(tag.xpos.rawValue))
    }

    /// A distance in words, in buckets: 1, 2, 3, 4, 5-9, 10 or more.
    @inline(__always)
    static func distance(_ from: Int, _ to: Int) -> UInt64 {
        let d = to - from
        return d < 5 ? UInt64(max(d, 0)) : (d < 10 ? 5 : 6)
    }

    /// Writes the keys of the features of `state` into `keys` and returns how many.
    ///
    /// `words` holds a value per word, then the root's, then the missing word's (n + 2 values); `tags` the
    /// same, then as many coarse values (`tagValues(_:count:)`).
    @inline(__always)
    static func extract(
        _ state: ParserState, words: UnsafeBufferPointer<UInt64>, tags: UnsafeBufferPointer<UInt64>,
        into keys: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let s0 = state.stack(0)
        let s1 = state.stack(1)
        let s2 = state.stack(2)
        let b0 = state.buffer(0)
        let b1 = state.buffer(1)
        let b2 = state.buffer(2)
        let s0L1 = Int(state.left1[s0])
        let s0L2 = Int(state.left2[s0])
        let s0R1 = Int(state.right1[s0])
        let s0R2 = Int(state.right2[s0])
        let b0L1 = Int(state.left1[b0])
        let b0L2 = Int(state.left2[b0])
        let s1R1 = Int(state.right1[s1])

        let s0w = words[s0]
        let s0p = tags[s0]
        let s1w = words[s1]
        let s1p = tags[s1]
        let b0w = words[b0]
        let b0p = tags[b0]
        let b1w = words[b1]
        let b1p = tags[b1]
        let b2p = tags[b2]
        let none = state.none
        let d: UInt64 = s0 == none ? 0 : (b0 == state.root ? 7 : distance(s0, b0))
        let d1: UInt64 = s1 == none ? 0 : distance(s1, s0)
        let s0vl = UInt64(state.leftCount[s0])
        let s0vr = UInt64(state.rightCount[s0])
        let b0vl = UInt64(state.leftCount[b0])
        @inline(__always) func label(_ word: Int) -> UInt64 { UInt64(state.labels[word]) }

        var writer = FeatureWriter(keys)
        // One word.
        writer.add(FeatureKey.make(1, s0w, s0p))
        writer.add(FeatureKey.make(2, s0w))
        writer.add(FeatureKey.make(3, s0p))
        writer.add(FeatureKey.make(4, b0w, b0p))
        writer.add(FeatureKey.make(5, b0w))
        writer.add(FeatureKey.make(6, b0p))
        writer.add(FeatureKey.make(7, b1w, b1p))
        writer.add(FeatureKey.make(8, b1w))
        writer.add(FeatureKey.make(9, b1p))
        writer.add(FeatureKey.make(10, words[b2]))
        writer.add(FeatureKey.make(11, b2p))
        writer.add(FeatureKey.make(12, s1w, s1p))
        writer.add(FeatureKey.make(13, s1w))
        writer.add(FeatureKey.make(14, s1p))
        // Two words.
        writer.add(FeatureKey.make(15, s0w, s0p, b0w, b0p))
        writer.add(FeatureKey.make(20, s0w, b0w))
        writer.add(FeatureKey.make(21, s0p, b0p))
        writer.add(FeatureKey.make(22, b0p, b1p))
        writer.add(FeatureKey.make(23, s1p, s0p))
        writer.add(FeatureKey.make(24, s1w, s0w))
        writer.add(FeatureKey.make(25, s1w, s0p))
        writer.add(FeatureKey.make(26, s1p, s0w))
        // Three tags.
        writer.add(FeatureKey.make(27, b0p, b1p, b2p))
        writer.add(FeatureKey.make(28, s0p, b0p, b1p))
        writer.add(FeatureKey.make(29, s1p, s0p, b0p))
        writer.add(FeatureKey.make(30, s0p, tags[s0L1], b0p))
        writer.add(FeatureKey.make(31, s0p, tags[s0R1], b0p))
        writer.add(FeatureKey.make(32, s0p, b0p, tags[b0L1]))
        writer.add(FeatureKey.make(33, tags[s2], s1p, s0p))
        writer.add(FeatureKey.make(34, s1p, tags[s1R1], s0p))
        // Distance.
        writer.add(FeatureKey.make(40, s0p, b0p, d))
        writer.add(FeatureKey.make(41, s1p, s0p, d1))
        // Numbers of dependents.
        writer.add(FeatureKey.make(44, s0p, s0vr))
        writer.add(FeatureKey.make(46, s0p, s0vl))
        writer.add(FeatureKey.make(48, b0p, b0vl))
        // Dependents.
        writer.add(FeatureKey.make(49, words[s0L1]))
        writer.add(FeatureKey.make(50, tags[s0L1]))
        writer.add(FeatureKey.make(51, label(s0L1)))
        writer.add(FeatureKey.make(52, words[s0R1]))
        writer.add(FeatureKey.make(53, tags[s0R1]))
        writer.add(FeatureKey.make(54, label(s0R1)))
        writer.add(FeatureKey.make(55, words[b0L1]))
        writer.add(FeatureKey.make(56, tags[b0L1]))
        writer.add(FeatureKey.make(57, label(b0L1)))
        writer.add(FeatureKey.make(58, words[s0L2]))
        writer.add(FeatureKey.make(59, tags[s0L2]))
        writer.add(FeatureKey.make(60, label(s0L2)))
        writer.add(FeatureKey.make(61, words[s0R2]))
        writer.add(FeatureKey.make(62, tags[s0R2]))
        writer.add(FeatureKey.make(63, label(s0R2)))
        writer.add(FeatureKey.make(64, words[b0L2]))
        writer.add(FeatureKey.make(65, tags[b0L2]))
        writer.add(FeatureKey.make(66, label(b0L2)))
        let coarse = UnsafeBufferPointer(rebasing: tags[(tags.count / 2)...])
        let s0u = coarse[s0]
        let s1u = coarse[s1]
        let b0u = coarse[b0]
        let b1u = coarse[b1]
        writer.add(FeatureKey.make(80, s0u, b0u))
        writer.add(FeatureKey.make(81, s1u, s0u))
        writer.add(FeatureKey.make(82, s0u, b0u, b1u))
        writer.add(FeatureKey.make(83, s1u, s0u, b0u))
        writer.add(FeatureKey.make(84, s0w, b0u))
        writer.add(FeatureKey.make(85, s0u, b0w))
        // More of Zhang and Nivre: partial pairs, distances, numbers and sets of relations of dependents.
        let s0sl = state.leftLabels[s0]
        let s0sr = state.rightLabels[s0]
        let b0sl = state.leftLabels[b0]
        writer.add(FeatureKey.make(16, s0w, s0p, b0w))
        writer.add(FeatureKey.make(17, s0w, b0w, b0p))
        writer.add(FeatureKey.make(18, s0w, s0p, b0p))
        writer.add(FeatureKey.make(19, s0p, b0w, b0p))
        writer.add(FeatureKey.make(35, s0w, d))
        writer.add(FeatureKey.make(36, s0p, d))
        writer.add(FeatureKey.make(37, b0w, d))
        writer.add(FeatureKey.make(38, b0p, d))
        writer.add(FeatureKey.make(39, s0w, b0w, d))
        writer.add(FeatureKey.make(42, s1w, d1))
        writer.add(FeatureKey.make(43, s0w, s0vr))
        writer.add(FeatureKey.make(45, s0w, s0vl))
        writer.add(FeatureKey.make(47, b0w, b0vl))
        writer.add(FeatureKey.make(67, s0p, tags[s0L1], tags[s0L2]))
        writer.add(FeatureKey.make(68, s0p, tags[s0R1], tags[s0R2]))
        writer.add(FeatureKey.make(69, b0p, tags[b0L1], tags[b0L2]))
        writer.add(FeatureKey.make(70, s0w, s0sr))
        writer.add(FeatureKey.make(71, s0p, s0sr))
        writer.add(FeatureKey.make(72, s0w, s0sl))
        writer.add(FeatureKey.make(73, s0p, s0sl))
        writer.add(FeatureKey.make(74, b0w, b0sl))
        writer.add(FeatureKey.make(75, b0p, b0sl))
        // Where the parse is.
        writer.add(FeatureKey.make(76, UInt64(min(state.depth, 3)), b0 == state.root ? 1 : 0))
        return writer.count
    }

    /// Writes the keys of the features for the relation of the arc from `head` to `dependent` into `keys` and
    /// returns how many. The label perceptron's classes are per direction, so the features need not say it.
    @inline(__always)
    static func extractLabel(
        _ state: ParserState, head h: Int, dependent d: Int, words: UnsafeBufferPointer<UInt64>,
        tags: UnsafeBufferPointer<UInt64>, into keys: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let dw = words[d]
        let dp = tags[d]
        let hw = words[h]
        let hp = tags[h]
        let dL1 = Int(state.left1[d])
        let dR1 = Int(state.right1[d])
        let hL1 = Int(state.left1[h])
        let dL1w = words[dL1]
        let before = d > 0 ? d - 1 : state.none
        let distance = h == state.root ? 7 : Self.distance(min(h, d), max(h, d))
        var writer = FeatureWriter(keys)
        writer.add(FeatureKey.make(201, 0))
        writer.add(FeatureKey.make(202, dw))
        writer.add(FeatureKey.make(203, dp))
        writer.add(FeatureKey.make(204, hw))
        writer.add(FeatureKey.make(205, hp))
        writer.add(FeatureKey.make(206, dp, hp))
        writer.add(FeatureKey.make(207, dw, hp))
        writer.add(FeatureKey.make(208, dp, hw))
        writer.add(FeatureKey.make(209, dw, hw))
        writer.add(FeatureKey.make(210, distance, dp, hp))
        writer.add(FeatureKey.make(211, dL1w))
        writer.add(FeatureKey.make(212, tags[dL1], UInt64(state.labels[dL1])))
        writer.add(FeatureKey.make(213, tags[dR1], UInt64(state.labels[dR1])))
        writer.add(FeatureKey.make(214, state.leftLabels[h], dp))
        writer.add(FeatureKey.make(215, state.rightLabels[h], dp))
        writer.add(FeatureKey.make(216, words[hL1], UInt64(state.labels[hL1])))
        writer.add(FeatureKey.make(217, UInt64(state.leftCount[d]), UInt64(state.rightCount[d]), dp))
        writer.add(FeatureKey.make(218, dp, tags[d + 1]))
        writer.add(FeatureKey.make(219, tags[before], dp))
        writer.add(FeatureKey.make(220, hp, dL1w))
        writer.add(FeatureKey.make(221, dw, dL1w))
        writer.add(FeatureKey.make(222, hw, dL1w))
        writer.add(FeatureKey.make(223, state.leftLabels[d], state.rightLabels[d]))
        return writer.count
    }
}
