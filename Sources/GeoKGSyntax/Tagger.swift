/// A part-of-speech tagger: an averaged perceptron that tags a sentence greedily from left to right.
///
/// Each word gets a universal tag and a Penn Treebank tag together (one class per pair seen in training).
/// Frequent words that always had one tag in training take it from a dictionary without scoring.
///
/// ```swift
/// let tagger = try Tagger.load(ontologyFolder: "Ontology")
/// let tags = tagger.tag(["The", "ministry", "was", "sanctioned", "."])
/// tags[3]   // VERB/VBN
/// ```
///
/// A `Tagger` is an immutable value: share one between threads.
public struct Tagger: Sendable {
    /// The file name of the tagger model in `Ontology/models`.
    public static let fileName = "tagger.model"

    /// The parts of speech the tagger chooses from, by class number.
    public let tags: [PartOfSpeech]
    /// How the model was trained (from the model file).
    public let note: String
    /// The checksum of the model file's payload, which tells two models apart (0 for a tagger made in memory).
    public private(set) var checksum: UInt64 = 0
    /// The perceptron's weights.
    let weights: WeightModel
    /// `Lexeme.form` → class + 1, for words tagged without scoring.
    let dictionary: KeyTable
    /// `Lexeme.lower` → ambiguity class (0 for words not listed).
    let lexicon: KeyTable
    /// The weights of each feature group summed per vocabulary word.
    let folded: FoldedWeights
    /// The weights of the tag-history templates summed for every pair of the two tags before (a class number
    /// or the start, numbered `tags.count`): row `beforePrevious * (tags.count + 1) + previous`.
    let history: [Int32]

    /// A tagger from decoded model data.
    package init(_ data: TaggerData, useFolding: Bool = true) {
        tags = data.tags
        note = data.note
        weights = data.weights.model
        dictionary = KeyTable(keys: data.dictionaryKeys, values: data.dictionaryClasses.map { UInt64($0) + 1 })
        lexicon = KeyTable(keys: data.lexiconKeys, values: data.lexiconClasses)
        folded = FoldedWeights.make(
            weights: weights, vocabulary: useFolding ? data.vocabulary : [], lexicon: lexicon)
        history = FoldedWeights.history(weights: weights)
    }

    /// Loads the tagger model file at `path`.
    /// - Throws: `SyntaxModelError` naming the file when it is missing, unreadable, truncated, corrupt, or of
    ///   another kind or version.
    public static func load(from path: String) throws(SyntaxModelError) -> Tagger {
        try load(bytes: try ModelFile.contents(of: path, kind: .tagger), file: path)
    }

    /// Loads a tagger from the bytes of a model file.
    /// - Throws: `SyntaxModelError` as `load(from:)` does, naming the file `(bytes)`.
    public static func load(bytes: [UInt8]) throws(SyntaxModelError) -> Tagger {
        try load(bytes: bytes, file: "(bytes)")
    }

    /// Loads a tagger from the bytes of the model file `file`.
    private static func load(bytes: [UInt8], file: String) throws(SyntaxModelError) -> Tagger {
        var tagger = Tagger(try TaggerData.decode(bytes, file: file))
        tagger.checksum = ModelFile.storedChecksum(bytes)
        return tagger
    }

    /// Loads `models/tagger.model` from the ontology folder `folder`.
    /// - Throws: `SyntaxModelError` as `load(from:)` does.
    public static func load(ontologyFolder folder: String) throws(SyntaxModelError) -> Tagger {
        try load(from: SyntaxModels.path(of: fileName, inOntologyFolder: folder))
    }

    /// The parts of speech of `words`, one per word.
    /// - Complexity: O(n) in the number of words.
    public func tag(_ words: [String]) -> [PartOfSpeech] {
        tag(words.map(Lexeme.init))
    }

    /// The parts of speech of the words whose lexemes are `lexemes`, one per word.
    /// - Complexity: O(n) in the number of words.
    public func tag(_ lexemes: [Lexeme]) -> [PartOfSpeech] {
        classes(lexemes).map { tags[Int($0)] }
    }

    /// The class numbers of the words `lexemes`.
    func classes(_ lexemes: [Lexeme]) -> [UInt8] {
        guard !lexemes.isEmpty else { return [] }
        return [UInt8](unsafeUninitializedCapacity: lexemes.count) { result, initialized in
            lexemes.withUnsafeBufferPointer { words in
                classes(words, into: result)
            }
            initialized = lexemes.count
        }
    }

    /// The class numbers of `lexemes` scored template by template, without the sums made at load time: slower,
    /// and the same (tests check it).
    func unfoldedClasses(_ lexemes: [Lexeme]) -> [Int] {
        let classes = lexemes.map { lexicon.value($0.lower) }
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.maximumCount)
        var scores = [Int32](repeating: 0, count: WeightModel.scoreCapacity)
        var result: [Int] = []
        var previous = TaggerFeatures.startTag
        var beforePrevious = TaggerFeatures.startTag
        lexemes.withUnsafeBufferPointer { words in
            classes.withUnsafeBufferPointer { classes in
                let casing = TaggerFeatures.casing(words)
                for i in 0..<words.count {
                    var label = Int(dictionary.value(words[i].form)) - 1
                    if label < 0 {
                        let count = keys.withUnsafeMutableBufferPointer { buffer in
                            TaggerFeatures.extract(
                                words, classes: classes, at: i, previous: previous, beforePrevious: beforePrevious,
                                casing: casing, into: buffer.baseAddress.unsafelyUnwrapped)
                        }
                        keys.withUnsafeBufferPointer { keyBuffer in
                            scores.withUnsafeMutableBufferPointer { scoreBuffer in
                                let base = scoreBuffer.baseAddress.unsafelyUnwrapped
                                weights.score(UnsafeBufferPointer(rebasing: keyBuffer[0..<count]), into: base)
                                label = 0
                                for index in 1..<weights.classCount where base[index] > base[label] { label = index }
                            }
                        }
                    }
                    result.append(label)
                    beforePrevious = previous
                    previous = UInt64(label)
                }
            }
        }
        return result
    }
}
