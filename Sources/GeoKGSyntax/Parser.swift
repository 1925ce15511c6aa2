/// A dependency parser: a greedy arc-hybrid transition parser scored by two averaged perceptrons, one
/// choosing the move (with a group of relations for an arc) and one the relation within the group.
///
/// It gives every word of a tagged sentence a head and a Universal Dependencies relation; exactly one
/// word gets `.root`, and the arcs form a projective tree.
///
/// ```swift
/// let tagger = try Tagger.load(ontologyFolder: "Ontology")
/// let parser = try Parser.load(ontologyFolder: "Ontology")
/// let words = ["The", "ministry", "was", "sanctioned", "by", "the", "United", "States", "."]
/// let arcs = parser.parse(words: words, tags: tagger.tag(words))
/// arcs[1]   // nsubj:pass(4): "ministry" depends on "sanctioned"
/// ```
///
/// A `Parser` is an immutable value: share one between threads.
public struct Parser: Sendable {
    /// The file name of the parser model in `Ontology/models`.
    public static let fileName = "parser.model"

    /// The relations the parser chooses from, by number.
    public let relations: [DependencyRelation]
    /// How the model was trained (from the model file).
    public let note: String
    /// The weights of the action perceptron.
    let actions: WeightModel
    /// The weights of the label perceptron.
    let labels: WeightModel
    /// The number of `root` in `relations`.
    let rootLabel: Int
    /// The groups of relations of the action perceptron.
    let groups: RelationGroups
    /// The known words (`Lexeme.lower` → 1).
    let vocabulary: KeyTable

    /// A parser from decoded model data.
    package init(_ data: ParserData) {
        relations = data.relations
        note = data.note
        actions = data.actions.model
        labels = data.labels.model
        rootLabel = data.relations.firstIndex(of: .root) ?? 0
        groups = data.groups
        vocabulary = KeyTable(keys: data.vocabulary, values: [UInt64](repeating: 1, count: data.vocabulary.count))
    }

    /// Loads the parser model file at `path`.
    /// - Throws: `SyntaxModelError` naming the file when it is missing, unreadable, truncated, corrupt, or of
    ///   another kind or version.
    public static func load(from path: String) throws(SyntaxModelError) -> Parser {
        Parser(try ParserData.decode(try ModelFile.contents(of: path, kind: .parser), file: path))
    }

    /// Loads a parser from the bytes of a model file.
    /// - Throws: `SyntaxModelError` as `load(from:)` does, naming the file `(bytes)`.
    public static func load(bytes: [UInt8]) throws(SyntaxModelError) -> Parser {
        Parser(try ParserData.decode(bytes, file: "(bytes)"))
    }

    /// Loads `models/parser.model` from the ontology folder `folder`.
    /// - Throws: `SyntaxModelError` as `load(from:)` does.
    public static func load(ontologyFolder folder: String) throws(SyntaxModelError) -> Parser {
        try load(from: SyntaxModels.path(of: fileName, inOntologyFolder: folder))
    }

    /// The arcs of the sentence `words` tagged `tags` (as many tags as words), one per word.
    /// - Complexity: O(n) in the number of words (2n transitions).
    public func parse(words: [String], tags: [PartOfSpeech]) -> [Arc] {
        parse(words.map(Lexeme.init), tags: tags)
    }

    /// The arcs of the sentence whose words have the lexemes `lexemes` and the tags `tags`, one per word.
    ///
    /// If `tags` is shorter than `lexemes` the missing tags count as unknown; extra tags are ignored.
    /// - Complexity: O(n) in the number of words (2n transitions).
    public func parse(_ lexemes: [Lexeme], tags: [PartOfSpeech]) -> [Arc] {
        let words = lexemes.map { ParserFeatures.wordValue($0, known: vocabulary.value($0.lower) != 0) }
        let state = run(words: words, tags: ParserFeatures.tagValues(tags, count: lexemes.count))
        return (0..<lexemes.count).map { word in
            let head = Int(state.heads[word])
            let relation = relations[Int(state.labels[word])]
            return Arc(head: head == lexemes.count ? nil : head, relation: relation)
        }
    }

    /// Parses words given by their word values and tag values (`ParserFeatures.tagValues`), and returns the
    /// final configuration.
    func run(words wordValues: [UInt64], tags: [UInt64]) -> ParserState {
        let count = wordValues.count
        var words = wordValues
        words.append(ParserFeatures.rootWord)
        words.append(ParserFeatures.noWord)
        var state = ParserState(count: count)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.maximumCount) { keys in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: WeightModel.scoreCapacity) { scores in
                guard let keyBase = keys.baseAddress, let scoreBase = scores.baseAddress else { return }
                words.withUnsafeBufferPointer { words in
                    tags.withUnsafeBufferPointer { tags in
                        decode(&state, words: words, tags: tags, keys: keyBase, scores: scoreBase)
                    }
                }
            }
        }
        return state
    }

    /// Applies the best valid action, with the best relation for an arc, until the parse is over. (A function
    /// of its own so that `state` is a plain `inout` here, not a variable captured by closures, which Swift
    /// would check at every access.)
    private func decode(
        _ state: inout ParserState, words: UnsafeBufferPointer<UInt64>, tags: UnsafeBufferPointer<UInt64>,
        keys: UnsafeMutablePointer<UInt64>, scores: UnsafeMutablePointer<Int32>
    ) {
        while !state.isTerminal {
            let n = ParserFeatures.extract(state, words: words, tags: tags, into: keys)
            actions.score(UnsafeBufferPointer(start: keys, count: n), into: scores)
            let move = state.bestMove(scores: scores, groups: groups)
            var label = rootLabel
            if move.action != .shift {
                let members = groups.members[move.group]
                if members.count == 1 {
                    label = members[0]
                } else {
                    let (head, dependent) = state.arc(move.action)
                    let m = ParserFeatures.extractLabel(
                        state, head: head, dependent: dependent, words: words, tags: tags, into: keys)
                    labels.score(UnsafeBufferPointer(start: keys, count: m), into: scores)
                    label = Self.bestLabel(
                        scores: scores, action: move.action, among: members, relationCount: relations.count)
                }
            }
            state.apply(move.action, label: label)
        }
    }

    /// The relation with the highest score (the first among equals) among `members`, for an arc made by
    /// `action`; the label perceptron's classes are the `relationCount` relations of left arcs, then those of
    /// right arcs.
    @inline(__always)
    static func bestLabel<Score: FixedWidthInteger & SignedInteger>(
        scores: UnsafePointer<Score>, action: Action, among members: [Int], relationCount: Int
    ) -> Int {
        let offset = action == .left ? 0 : relationCount
        var best = members[0]
        for label in members.dropFirst() where scores[offset + label] > scores[offset + best] { best = label }
        return best
    }
}
