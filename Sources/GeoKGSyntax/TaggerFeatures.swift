/// The feature templates of the tagger: what it looks at to tag the word at one position.
///
/// The word, its affixes, shape and ambiguity class; the two words on either side; the tags already
/// given to the two words before; the sentence's casing. Most templates read a single word, and are
/// gathered into `Group`s: the tagger adds up a group's weights once per vocabulary word when it loads
/// (`FoldedWeights`), so that a known word costs one lookup per group instead of one per template.
/// Changing a template changes the keys, so it needs a new `version` (model files record it).
enum TaggerFeatures {
    /// The version of the templates below, written into model files.
    static let version: UInt32 = 1
    /// The most features one position has.
    static let maximumCount = 40
    /// The tag value standing for "before the sentence".
    static let startTag: UInt64 = 0x1_0000
    /// The ambiguity class standing for "outside the sentence".
    static let outsideClass: UInt64 = 1

    /// The lexeme standing for a word before the sentence.
    static let before = Lexeme("-BEFORE-\u{1}")
    /// The lexeme standing for a word after the sentence.
    static let after = Lexeme("-AFTER-\u{1}")

    /// The templates that read one word only, by where that word is.
    enum Group: Int, CaseIterable {
        /// The word being tagged.
        case word = 0
        /// The word before it.
        case previous
        /// The word two before it.
        case secondPrevious
        /// The word after it.
        case next
        /// The word two after it.
        case secondNext
    }

    /// Writes the keys of `group`'s templates for the word `w` of ambiguity class `a` at `keys[n...]`;
    /// returns the new count.
    @inline(__always)
    static func groupKeys(
        _ group: Group, _ w: Lexeme, ambiguity a: UInt64, into keys: UnsafeMutablePointer<UInt64>, at start: Int
    ) -> Int {
        var writer = FeatureWriter(keys, count: start)
        switch group {
        case .word:
            writer.add(FeatureKey.make(1, 0))
            writer.add(FeatureKey.make(2, w.lower))
            writer.add(FeatureKey.make(3, w.form))
            writer.add(FeatureKey.make(4, w.suffix1))
            writer.add(FeatureKey.make(5, w.suffix2))
            writer.add(FeatureKey.make(6, w.suffix3))
            writer.add(FeatureKey.make(7, w.suffix4))
            writer.add(FeatureKey.make(8, w.prefix1))
            writer.add(FeatureKey.make(9, w.prefix2))
            writer.add(FeatureKey.make(10, w.prefix3))
            writer.add(FeatureKey.make(11, w.shape))
            writer.add(FeatureKey.make(29, a))
            writer.add(FeatureKey.make(36, w.suffix3, UInt64(w.flags.rawValue) & 3))
        case .previous:
            writer.add(FeatureKey.make(15, w.lower))
            writer.add(FeatureKey.make(16, w.suffix3))
            writer.add(FeatureKey.make(27, w.shape))
        case .secondPrevious:
            writer.add(FeatureKey.make(17, w.lower))
        case .next:
            writer.add(FeatureKey.make(18, w.lower))
            writer.add(FeatureKey.make(19, w.suffix3))
            writer.add(FeatureKey.make(23, w.shape))
            writer.add(FeatureKey.make(30, a))
        case .secondNext:
            writer.add(FeatureKey.make(20, w.lower))
            writer.add(FeatureKey.make(31, a))
        }
        return writer.count
    }

    /// Where the word a group reads is, from the word being tagged.
    @inline(__always)
    static func offset(_ group: Group) -> Int {
        switch group {
        case .word: 0
        case .previous: -1
        case .secondPrevious: -2
        case .next: 1
        case .secondNext: 2
        }
    }

    /// The word and ambiguity class a group reads at position `i` of `words`.
    @inline(__always)
    static func groupWord(
        _ group: Group, _ words: UnsafeBufferPointer<Lexeme>, classes: UnsafeBufferPointer<UInt64>, at i: Int
    ) -> (lexeme: Lexeme, ambiguity: UInt64, inside: Bool) {
        let j = i + offset(group)
        if j < 0 { return (before, outsideClass, false) }
        if j >= words.count { return (after, outsideClass, false) }
        return (words[j], classes[j], true)
    }

    /// Writes the keys of the templates that read only the tags of the two words before (`previous` and
    /// `beforePrevious`: class numbers, or `startTag`) at `keys[n...]`; returns the new count. The tagger sums
    /// their weights for every pair of tags when it loads.
    @inline(__always)
    static func historyKeys(
        previous: UInt64, beforePrevious: UInt64, into keys: UnsafeMutablePointer<UInt64>, at start: Int
    ) -> Int {
        var writer = FeatureWriter(keys, count: start)
        writer.add(FeatureKey.make(12, previous))
        writer.add(FeatureKey.make(13, beforePrevious, previous))
        writer.add(FeatureKey.make(28, beforePrevious))
        return writer.count
    }

    /// Writes the keys of the other templates that read more than one word, but no tag, for position `i` at
    /// `keys[n...]`; returns the new count. `casing` is `casing(words)`. Not reading the tags given, they can be
    /// looked up for every word of a sentence before any is tagged.
    @inline(__always)
    static func contextKeys(
        _ words: UnsafeBufferPointer<Lexeme>, classes: UnsafeBufferPointer<UInt64>, at i: Int, casing: UInt64,
        into keys: UnsafeMutablePointer<UInt64>, at start: Int
    ) -> Int {
        let w = words[i]
        let m1 = i > 0 ? words[i - 1] : before
        let p1 = i + 1 < words.count ? words[i + 1] : after
        let first: UInt64 = i == 0 ? 1 : 0
        let a0 = classes[i]
        let a1 = i + 1 < words.count ? classes[i + 1] : outsideClass
        let f0 = UInt64(w.flags.rawValue)
        var writer = FeatureWriter(keys, count: start)
        writer.add(FeatureKey.make(21, m1.lower, w.lower))
        writer.add(FeatureKey.make(22, w.lower, p1.lower))
        writer.add(FeatureKey.make(24, w.shape, first))
        writer.add(FeatureKey.make(26, f0, first))
        writer.add(FeatureKey.make(33, a0, a1))
        writer.add(FeatureKey.make(34, UInt64(m1.flags.rawValue), f0, UInt64(p1.flags.rawValue)))
        writer.add(FeatureKey.make(35, casing, f0, first))
        return writer.count
    }

    /// The number of keys `previousTagKeys` writes.
    static let previousTagCount = 3

    /// Writes the keys of the templates that read the tag of the word before (`previous`: a class number, or
    /// `startTag`) with words around position `i` at `keys[n...]`; returns the new count.
    @inline(__always)
    static func previousTagKeys(
        _ words: UnsafeBufferPointer<Lexeme>, classes: UnsafeBufferPointer<UInt64>, at i: Int, previous: UInt64,
        into keys: UnsafeMutablePointer<UInt64>, at start: Int
    ) -> Int {
        let hasNext = i + 1 < words.count
        let p1 = hasNext ? words[i + 1].lower : after.lower
        let a1 = hasNext ? classes[i + 1] : outsideClass
        var writer = FeatureWriter(keys, count: start)
        writer.add(FeatureKey.make(25, previous, p1))
        writer.add(FeatureKey.make(32, previous, a1))
        writer.add(FeatureKey.make(37, previous, words[i].suffix3))
        return writer.count
    }

    /// Writes the keys of every feature of position `i` into `keys` and returns how many (training reads
    /// them all; the tagger reads folded groups where it can).
    @inline(__always)
    static func extract(
        _ words: UnsafeBufferPointer<Lexeme>, classes: UnsafeBufferPointer<UInt64>, at i: Int, previous: UInt64,
        beforePrevious: UInt64, casing: UInt64, into keys: UnsafeMutablePointer<UInt64>
    ) -> Int {
        var n = 0
        for group in Group.allCases {
            let (lexeme, ambiguity, _) = groupWord(group, words, classes: classes, at: i)
            n = groupKeys(group, lexeme, ambiguity: ambiguity, into: keys, at: n)
        }
        n = historyKeys(previous: previous, beforePrevious: beforePrevious, into: keys, at: n)
        n = contextKeys(words, classes: classes, at: i, casing: casing, into: keys, at: n)
        return previousTagKeys(words, classes: classes, at: i, previous: previous, into: keys, at: n)
    }

    /// The casing of a sentence: 0 when few of its words are capitalised, 1 when many, 2 when most
    /// (a headline), 3 when most are all capitals.
    static func casing(_ words: UnsafeBufferPointer<Lexeme>) -> UInt64 {
        var letters = 0
        var titles = 0
        var capitals = 0
        for word in words where word.flags.contains(.hasLetter) {
            letters += 1
            if word.flags.contains(.title) { titles += 1 }
            if word.flags.contains(.allUpper) { capitals += 1 }
        }
        guard letters >= 3 else { return 1 }
        if capitals * 4 >= letters * 3 { return 3 }
        if titles * 4 >= letters * 3 { return 2 }
        return titles * 3 >= letters ? 1 : 0
    }
}
