/// The contents of a tagger model file.
///
/// Payload, after the header of `ModelFile`:
/// ```
/// UInt32 classes, then per class: string UPOS, string XPOS (a class is a UPOS/XPOS pair)
/// UInt32 dictionary words, UInt64 × words word hashes (increasing), UInt8 × words their classes
/// UInt32 lexicon words, UInt64 × words word hashes (increasing), UInt64 × words their ambiguity classes
/// UInt32 vocabulary words, then each word as a string, in increasing order of their UTF-8 bytes
/// the weights (PackedWeights)
/// string: a note on how the model was trained
/// ```
package struct TaggerData: Sendable, Equatable {
    /// The classes the tagger chooses from.
    var tags: [PartOfSpeech]
    /// The hashes (`Lexeme.form`) of frequent words that always had one class in training, increasing.
    var dictionaryKeys: [UInt64]
    /// The class of each dictionary word.
    var dictionaryClasses: [UInt8]
    /// The hashes (`Lexeme.lower`) of the words seen often enough in training, increasing.
    var lexiconKeys: [UInt64]
    /// The ambiguity class of each lexicon word: a hash of the classes it had in training.
    var lexiconClasses: [UInt64]
    /// The words whose group weights the tagger sums when it loads (`FoldedWeights`), sorted.
    var vocabulary: [String]
    /// The weights of the perceptron.
    var weights: PackedWeights
    /// A note on how the model was trained.
    var note: String

    /// The run lengths of the weights (for statistics).
    package var weightRunLengths: [UInt8] { weights.runLengths }
    /// The number of vocabulary words.
    package var vocabularyCount: Int { vocabulary.count }

    /// The file's bytes.
    package func encodedFile() -> [UInt8] {
        var writer = ModelWriter()
        writer.append(UInt32(tags.count))
        for tag in tags {
            writer.append(tag.upos.rawValue)
            writer.append(tag.xpos.rawValue)
        }
        writer.append(UInt32(dictionaryKeys.count))
        writer.append(contentsOf: dictionaryKeys)
        writer.append(contentsOf: dictionaryClasses)
        writer.append(UInt32(lexiconKeys.count))
        writer.append(contentsOf: lexiconKeys)
        writer.append(contentsOf: lexiconClasses)
        writer.append(UInt32(vocabulary.count))
        for word in vocabulary { writer.append(word) }
        weights.write(to: &writer)
        writer.append(note)
        return ModelFile.assemble(kind: .tagger, featureSet: TaggerFeatures.version, payload: writer.bytes)
    }

    /// Decodes and checks a file's bytes; `file` names it in errors.
    /// - Throws: `SyntaxModelError` for a file of another kind or version, truncated, corrupt, or with a
    ///   value out of place.
    package static func decode(_ bytes: [UInt8], file: String) throws(SyntaxModelError) -> TaggerData {
        var reader = try ModelFile.open(
            bytes: bytes, file: file, kind: .tagger, featureSet: TaggerFeatures.version)
        let countStart = reader.offset
        let classCount = try reader.count("classes", limit: PackedWeights.maximumClassCount)
        guard classCount >= 2 else {
            throw reader.error("\(classCount) classes; a tagger needs at least 2", at: countStart)
        }
        var tags: [PartOfSpeech] = []
        for _ in 0..<classCount {
            let start = reader.offset
            let upos = try reader.string("a UPOS tag")
            let xpos = try reader.string("an XPOS tag")
            guard let universal = UniversalTag(rawValue: upos), let penn = PennTag(rawValue: xpos) else {
                throw reader.error("unknown tag pair \(upos)/\(xpos)", at: start)
            }
            tags.append(PartOfSpeech(upos: universal, xpos: penn))
        }
        let wordCount = try reader.count("dictionary words", limit: reader.bytes.count)
        let keysStart = reader.offset
        let keys = try reader.array(of: UInt64.self, count: wordCount, "the dictionary words")
        for index in keys.indices.dropFirst() where keys[index] <= keys[index - 1] {
            throw reader.error("dictionary word \(index) is not greater than the one before", at: keysStart + 8 * index)
        }
        let classesStart = reader.offset
        let classes = try reader.array(of: UInt8.self, count: wordCount, "the dictionary classes")
        for (index, label) in classes.enumerated() where Int(label) >= classCount {
            throw reader.error("dictionary word \(index) has class \(label) of \(classCount)", at: classesStart + index)
        }
        let lexiconCount = try reader.count("lexicon words", limit: reader.bytes.count)
        let lexiconStart = reader.offset
        let lexiconKeys = try reader.array(of: UInt64.self, count: lexiconCount, "the lexicon words")
        for index in lexiconKeys.indices.dropFirst() where lexiconKeys[index] <= lexiconKeys[index - 1] {
            throw reader.error("lexicon word \(index) is not greater than the one before", at: lexiconStart + 8 * index)
        }
        let lexiconClasses = try reader.array(of: UInt64.self, count: lexiconCount, "the lexicon classes")
        let vocabularyCount = try reader.count("vocabulary words", limit: reader.bytes.count)
        var vocabulary: [String] = []
        vocabulary.reserveCapacity(vocabularyCount)
        for _ in 0..<vocabularyCount { vocabulary.append(try reader.string("a vocabulary word")) }
        let weights = try PackedWeights.read(from: &reader, classCount: classCount)
        let note = try reader.string("the training note")
        guard reader.isAtEnd else { throw reader.error("unexpected bytes after the training note") }
        return TaggerData(
            tags: tags, dictionaryKeys: keys, dictionaryClasses: classes, lexiconKeys: lexiconKeys,
            lexiconClasses: lexiconClasses, vocabulary: vocabulary, weights: weights, note: note)
    }
}
