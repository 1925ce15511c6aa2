/// The contents of a parser model file.
///
/// Payload, after the header of `ModelFile`:
/// ```
/// UInt32 relations, then per relation: string label (`nsubj:pass`), then UInt8 × relations their groups
///     (`RelationGroups`)
/// UInt32 words, UInt64 × words: the known words (`Lexeme.lower`), increasing
/// the action weights (PackedWeights), classes shift (0), left arc of group g (1 + 2g), right arc (2 + 2g)
/// the label weights (PackedWeights), classes: relation r of a left arc is r, of a right arc relations + r
/// string: a note on how the model was trained
/// ```
package struct ParserData: Sendable, Equatable {
    /// The relations, by number; one of them is `root`.
    var relations: [DependencyRelation]
    /// The groups of relations of the action perceptron.
    var groups: RelationGroups
    /// The words the parser reads as themselves (`Lexeme.lower`), increasing; others by their shape.
    var vocabulary: [UInt64]
    /// The weights of the action perceptron.
    var actions: PackedWeights
    /// The weights of the label perceptron.
    var labels: PackedWeights
    /// A note on how the model was trained.
    var note: String

    /// The run lengths of the weights (for statistics).
    package var weightRunLengths: [UInt8] { actions.runLengths + labels.runLengths }

    /// The file's bytes.
    package func encodedFile() -> [UInt8] {
        var writer = ModelWriter()
        writer.append(UInt32(relations.count))
        for relation in relations { writer.append(relation.rawValue) }
        for group in groups.groupOf { writer.append(UInt8(group)) }
        writer.append(UInt32(vocabulary.count))
        writer.append(contentsOf: vocabulary)
        actions.write(to: &writer)
        labels.write(to: &writer)
        writer.append(note)
        return ModelFile.assemble(kind: .parser, featureSet: ParserFeatures.version, payload: writer.bytes)
    }

    /// Decodes and checks a file's bytes; `file` names it in errors.
    /// - Throws: `SyntaxModelError` for a file of another kind or version, truncated, corrupt, or with a
    ///   value out of place.
    package static func decode(_ bytes: [UInt8], file: String) throws(SyntaxModelError) -> ParserData {
        var reader = try ModelFile.open(
            bytes: bytes, file: file, kind: .parser, featureSet: ParserFeatures.version)
        let count = try reader.count("relations", limit: min(PackedWeights.maximumClassCount / 2, 64))
        var relations: [DependencyRelation] = []
        for _ in 0..<count {
            let start = reader.offset
            let label = try reader.string("a relation")
            guard let relation = DependencyRelation(rawValue: label), !relations.contains(relation) else {
                throw reader.error("unknown or repeated relation \(label)", at: start)
            }
            relations.append(relation)
        }
        let groupsStart = reader.offset
        let groupNumbers = try reader.array(of: UInt8.self, count: count, "the groups of the relations")
        guard let rootLabel = relations.firstIndex(of: .root),
            let groups = RelationGroups(groupOf: groupNumbers.map(Int.init), rootLabel: rootLabel),
            groups.classCount <= PackedWeights.maximumClassCount
        else {
            throw reader.error(
                "the relations must include root, alone in its group, and another; groups numbered from 0, each used",
                at: groupsStart)
        }
        let wordCount = try reader.count("known words", limit: reader.bytes.count)
        let wordsStart = reader.offset
        let vocabulary = try reader.array(of: UInt64.self, count: wordCount, "the known words")
        for index in vocabulary.indices.dropFirst() where vocabulary[index] <= vocabulary[index - 1] {
            throw reader.error("known word \(index) is not greater than the one before", at: wordsStart + 8 * index)
        }
        let actions = try PackedWeights.read(from: &reader, classCount: groups.classCount)
        let labels = try PackedWeights.read(from: &reader, classCount: 2 * count)
        let note = try reader.string("the training note")
        guard reader.isAtEnd else { throw reader.error("unexpected bytes after the training note") }
        return ParserData(
            relations: relations, groups: groups, vocabulary: vocabulary, actions: actions, labels: labels, note: note)
    }
}
