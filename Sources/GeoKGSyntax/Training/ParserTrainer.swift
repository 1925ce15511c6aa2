/// Settings of a parser training run.
package struct ParserTrainingOptions: Sendable {
    /// Passes over the training sentences.
    package var iterations = 15
    /// The first pass (from 1) from which the parser follows its own mistakes while training.
    package var explorationStart = 2
    /// How often, from then on, it follows a wrong prediction rather than the best correct move.
    package var explorationProbability = 0.9
    /// Averaged weights smaller in magnitude than this are dropped from the model.
    package var pruneThreshold = 0.0
    /// Thresholds to try after training, logging the dev accuracy and size of each.
    package var pruneSweep: [Double] = []
    /// How the action perceptron groups relations.
    package var grouping = ParserGrouping.coarse
    /// Words seen fewer times than this in training are read by their shape and ending.
    package var minimumWordCount = 2
    /// Only features seen at least this often in the gold parses get weights.
    package var minimumFeatureCount = 1
    /// The seeds of the shuffles and of the exploration: one parser is trained per seed, and their averaged
    /// weights are averaged again.
    package var seeds: [UInt64] = [2]

    package init() {}
}

/// How the action perceptron of a parser being trained groups relations (see `RelationGroups`).
package enum ParserGrouping: String, Sendable, CaseIterable {
    /// One group for all relations but `root`: the move first, then the relation.
    case none
    /// A few groups of relations that attach alike.
    case coarse
    /// A group per relation: labelled moves.
    case full

    /// The name of the group of `relation`.
    func group(of relation: DependencyRelation) -> String {
        if relation == .root { return "root" }
        switch self {
        case .none: return "arc"
        case .full: return relation.rawValue
        case .coarse:
            switch relation.mainRelation {
            case .nsubj, .csubj, .expl: return "subject"
            case .obj, .iobj, .ccomp, .xcomp: return "complement"
            case .obl, .advcl, .advmod: return "adjunct"
            case .nmod, .appos, .acl, .amod, .nummod: return "modifier"
            case .det, .case, .mark, .aux, .cop, .cc: return "function"
            case .compound, .flat, .fixed, .goeswith: return "multiword"
            case .punct: return "punct"
            default: return "loose"
            }
        }
    }
}

/// A training sentence of the parser: word and tag values, and the projective gold tree.
struct ParserExample {
    /// Word values (`Lexeme.lower`), one per word.
    let words: [UInt64]
    /// Tag values as `ParserFeatures.extract` reads them (`ParserFeatures.tagValues`).
    let tags: [UInt64]
    /// Gold heads, projective, `words.count` for the root.
    let heads: [Int]
    /// Gold relation numbers.
    let labels: [Int]
}

/// Trains the parser: a greedy arc-hybrid parser, an averaged perceptron over `ParserFeatures`, taught by a
/// dynamic oracle (Goldberg and Nivre 2013, "Training deterministic parsers with non-deterministic
/// oracles"): at each step every move that loses no more gold arcs than the best one counts as right, and
/// from `explorationStart` on the parser mostly follows its own predictions, mistakes included.
package enum ParserTrainer {
    /// Trains a parser on `sentences`, reading the tags `tags` (one array per sentence: the predicted tags the
    /// parser will see at run time) rather than the gold ones; after each pass, when `dev` is not empty, logs
    /// the accuracy on it, parsed with the tags `devTags`.
    package static func train(
        _ sentences: [TreebankSentence], tags: [[PartOfSpeech]], options: ParserTrainingOptions, note: String = "",
        dev: [TreebankSentence] = [], devTags: [[PartOfSpeech]] = [], log: (String) -> Void = { _ in }
    ) -> ParserData {
        var relations = Set(sentences.flatMap(\.relations))
        relations.insert(.root)
        let labels = relations.sorted { $0.rawValue < $1.rawValue }
        let labelOf = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let rootLabel = labelOf[.root] ?? 0
        var wordCounts: [UInt64: Int] = [:]
        for sentence in sentences {
            for word in sentence.words { wordCounts[Lexeme(word).lower, default: 0] += 1 }
        }
        let vocabulary = wordCounts.filter { $0.value >= options.minimumWordCount }.map(\.key).sorted()
        let known = Set(vocabulary)
        let examples = zip(sentences, tags).map { sentence, tags in
            let count = sentence.words.count
            return ParserExample(
                words: sentence.words.map {
                    let lexeme = Lexeme($0)
                    return ParserFeatures.wordValue(lexeme, known: known.contains(lexeme.lower))
                },
                tags: ParserFeatures.tagValues(tags, count: count),
                heads: Projectivizer.projectivize(sentence.heads.map { $0 ?? count }),
                labels: sentence.relations.map { labelOf[$0] ?? rootLabel })
        }
        let groupOf = labels.map { options.grouping.group(of: $0) }
        let groupNames = Set(groupOf).sorted()
        guard
            let groups = RelationGroups(
                groupOf: groupOf.map { name in groupNames.firstIndex(of: name) ?? 0 }, rootLabel: rootLabel)
        else { preconditionFailure("root must be a group of its own") }
        var allowed: GrowableKeyMap?
        if options.minimumFeatureCount > 1 {
            allowed = goldFeatureCounts(examples, groups: groups).filter(minimum: Int32(options.minimumFeatureCount))
            log(
                "features seen at least \(options.minimumFeatureCount) times in the gold parses: \(allowed?.keyCount ?? 0)"
            )
        }
        let empty = PackedWeights(classCount: 1, keys: [], runLengths: [], entries: [])
        var data = ParserData(
            relations: labels, groups: groups, vocabulary: vocabulary, actions: empty, labels: empty, note: note)
        var trained: [(actions: AveragedPerceptron, labels: AveragedPerceptron)] = []
        for seed in options.seeds {
            let actions = AveragedPerceptron(classCount: groups.classCount)
            actions.allowed = allowed
            let labelPerceptron = AveragedPerceptron(classCount: 2 * labels.count)
            var random = SplitMix64(seed: seed)
            for iteration in 1...options.iterations {
                var tally = TrainingTally()
                let explore = iteration >= options.explorationStart
                for index in random.shuffled(Array(examples.indices)) {
                    var trainer = SentenceTrainer(
                        example: examples[index], actions: actions, labels: labelPerceptron, groups: groups,
                        relationCount: labels.count, explore: explore, probability: options.explorationProbability)
                    trainer.run(random: &random, tally: &tally)
                }
                var message =
                    "parser seed \(seed) pass \(iteration): train moves \(percent(tally.rightMoves, tally.moves)), relations \(percent(tally.rightLabels, tally.labels))"
                if !dev.isEmpty {
                    data.actions = actions.packed(threshold: options.pruneThreshold)
                    data.labels = labelPerceptron.packed(threshold: options.pruneThreshold)
                    let score = ParsingScore(parser: Parser(data), sentences: dev, tags: devTags)
                    message += ", dev \(score.summary)"
                }
                log(message + ", \(actions.featureCount) + \(labelPerceptron.featureCount) features")
            }
            trained.append((actions, labelPerceptron))
        }
        data.actions = AveragedPerceptron.packed(trained.map(\.actions), threshold: options.pruneThreshold)
        data.labels = AveragedPerceptron.packed(trained.map(\.labels), threshold: options.pruneThreshold)
        if !dev.isEmpty && trained.count > 1 {
            log(
                "parser averaged over \(trained.count) seeds: dev \(ParsingScore(parser: Parser(data), sentences: dev, tags: devTags).summary)"
            )
        }
        for threshold in options.pruneSweep where !dev.isEmpty {
            var pruned = data
            pruned.actions = AveragedPerceptron.packed(trained.map(\.actions), threshold: threshold)
            pruned.labels = AveragedPerceptron.packed(trained.map(\.labels), threshold: threshold)
            let score = ParsingScore(parser: Parser(pruned), sentences: dev, tags: devTags)
            log(
                "pruned below \(threshold): \(pruned.actions.keys.count) + \(pruned.labels.keys.count) features, \(pruned.encodedFile().count) bytes; dev \(score.summary)"
            )
        }
        return data
    }

    /// How often each action feature occurs in the configurations of the gold parses (the oracle's first
    /// zero-cost move at every step).
    static func goldFeatureCounts(_ examples: [ParserExample], groups: RelationGroups) -> GrowableKeyMap {
        var counts = GrowableKeyMap()
        var keys = [UInt64](repeating: 0, count: ParserFeatures.maximumCount)
        let zeros = [Int64](repeating: 0, count: groups.classCount)
        for example in examples {
            let words = example.words + [ParserFeatures.rootWord, ParserFeatures.noWord]
            let tags = example.tags
            var state = ParserState(count: example.words.count)
            while !state.isTerminal {
                let n = words.withUnsafeBufferPointer { words in
                    tags.withUnsafeBufferPointer { tags in
                        keys.withUnsafeMutableBufferPointer { buffer in
                            ParserFeatures.extract(
                                state, words: words, tags: tags, into: buffer.baseAddress.unsafelyUnwrapped)
                        }
                    }
                }
                for key in keys.prefix(n) { counts.increment(key) }
                let costs = Oracle.costs(state, heads: example.heads)
                let current = state
                let move = zeros.withUnsafeBufferPointer { pointer in
                    current.bestMove(
                        scores: pointer.baseAddress.unsafelyUnwrapped, groups: groups,
                        isAllowed: {
                            Oracle.cost($0, state: current, costs: costs, example: example, groups: groups) == 0
                        })
                }
                let dependent = state.stack(0)
                state.apply(move.action, label: move.action == .shift ? 0 : example.labels[dependent])
            }
        }
        return counts
    }
}

/// Counts of a training pass.
struct TrainingTally {
    /// Moves made, and moves the perceptron predicted right (at the lowest cost).
    var moves = 0, rightMoves = 0
    /// Gold arcs labelled, and those the perceptron labelled right.
    var labels = 0, rightLabels = 0
}

/// Parses one training sentence, updating the two perceptrons.
struct SentenceTrainer {
    let example: ParserExample
    let actions: AveragedPerceptron
    let labels: AveragedPerceptron
    let groups: RelationGroups
    let relationCount: Int
    /// Whether to follow wrong predictions (with `probability`).
    let explore: Bool
    let probability: Double

    /// Parses the sentence, updating the perceptrons and `tally`.
    mutating func run(random: inout SplitMix64, tally: inout TrainingTally) {
        let count = example.words.count
        let words = example.words + [ParserFeatures.rootWord, ParserFeatures.noWord]
        let tags = example.tags
        var state = ParserState(count: count)
        var scores = [Int64](repeating: 0, count: WeightModel.scoreCapacity)
        var keys = [UInt64](repeating: 0, count: ParserFeatures.maximumCount)
        words.withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { tags in
                keys.withUnsafeMutableBufferPointer { keyBuffer in
                    guard let keyBase = keyBuffer.baseAddress else { return }
                    while !state.isTerminal {
                        step(
                            &state, words: words, tags: tags, keys: keyBase, scores: &scores, random: &random,
                            tally: &tally)
                    }
                }
            }
        }
    }

    /// One move: scores the actions, learns from the oracle, picks the move to follow and its relation.
    private func step(
        _ state: inout ParserState, words: UnsafeBufferPointer<UInt64>, tags: UnsafeBufferPointer<UInt64>,
        keys: UnsafeMutablePointer<UInt64>, scores: inout [Int64], random: inout SplitMix64,
        tally: inout TrainingTally
    ) {
        let n = ParserFeatures.extract(state, words: words, tags: tags, into: keys)
        let features = UnsafeBufferPointer(start: keys, count: n)
        actions.scores(features, into: &scores)
        let costs = Oracle.costs(state, heads: example.heads)
        let current = state
        let example = self.example
        let groups = self.groups
        func cost(_ move: Move) -> Int {
            Oracle.cost(move, state: current, costs: costs, example: example, groups: groups)
        }
        let (guess, best) = scores.withUnsafeBufferPointer { pointer -> (Move, Move) in
            let base = pointer.baseAddress.unsafelyUnwrapped
            var minimum = Int.max
            for code in 0..<groups.classCount where current.isValid(Move(code: code), rootGroup: groups.rootGroup) {
                minimum = min(minimum, cost(Move(code: code)))
            }
            return (
                current.bestMove(scores: base, groups: groups),
                current.bestMove(scores: base, groups: groups, isAllowed: { cost($0) == minimum })
            )
        }
        actions.tick()
        tally.moves += 1
        var follow = guess
        if cost(guess) <= cost(best) {
            tally.rightMoves += 1
        } else {
            actions.update(features, truth: best.code, guess: guess.code)
            if !(explore && random.chance(probability)) { follow = best }
        }
        var label = groups.members[groups.rootGroup][0]
        if follow.action != .shift {
            let members = groups.members[follow.group]
            let (head, dependent) = state.arc(follow.action)
            label = members[0]
            if members.count > 1 {
                let m = ParserFeatures.extractLabel(
                    state, head: head, dependent: dependent, words: words, tags: tags, into: keys)
                let labelFeatures = UnsafeBufferPointer(start: keys, count: m)
                labels.scores(labelFeatures, into: &scores)
                let predicted = scores.withUnsafeBufferPointer { pointer in
                    Parser.bestLabel(
                        scores: pointer.baseAddress.unsafelyUnwrapped, action: follow.action, among: members,
                        relationCount: relationCount)
                }
                label = predicted
                let gold = example.labels[dependent]
                if example.heads[dependent] == head && members.contains(gold) {
                    // A gold arc of the right group: learn its relation.
                    let offset = follow.action == .left ? 0 : relationCount
                    labels.tick()
                    tally.labels += 1
                    if predicted == gold {
                        tally.rightLabels += 1
                    } else {
                        labels.update(labelFeatures, truth: offset + gold, guess: offset + predicted)
                    }
                    if !explore { label = gold }
                }
            }
        }
        state.apply(follow.action, label: label)
    }
}

/// The dynamic oracle of the arc-hybrid system: how many reachable gold arcs each kind of move loses.
enum Oracle {
    /// The cost of `move` in `state`, given the unlabelled `costs`: one more when it makes a gold arc with a
    /// relation of the wrong group.
    static func cost(
        _ move: Move, state: ParserState, costs: Costs, example: ParserExample, groups: RelationGroups
    ) -> Int {
        guard move.action != .shift else { return costs.shift }
        let (head, dependent) = state.arc(move.action)
        let wrongGroup = example.heads[dependent] == head && groups.groupOf[example.labels[dependent]] != move.group
        return costs[move.action] + (wrongGroup ? 1 : 0)
    }

    /// The costs of the three actions.
    struct Costs {
        var shift: Int, left: Int, right: Int

        /// The cost of `action`.
        subscript(action: Action) -> Int {
            switch action {
            case .shift: return shift
            case .left: return left
            case .right: return right
            }
        }
    }

    /// The unlabelled costs of shift, left arc and right arc in `state` against the gold `heads` (projective,
    /// `heads.count` for the root); `Int.max / 2` for a move that is not valid.
    static func costs(_ state: ParserState, heads: [Int]) -> Costs {
        let invalid = Int.max / 2
        let count = state.count
        let b0 = state.buffer
        let s0 = state.stack(0)
        let s1 = state.stack(1)
        var shift = invalid
        var left = invalid
        var right = invalid
        if state.canShift {
            // b0 can no longer take a head from the stack below s0, nor dependents from the stack.
            var cost = 0
            for place in 0..<state.depth {
                let word = Int(state.stack[place])
                if heads[b0] == word && word != s0 { cost += 1 }
                if heads[word] == b0 { cost += 1 }
            }
            shift = cost
        }
        if state.canLeft || state.canRight {
            // Popping s0 loses its dependents still in the buffer.
            var dependents = 0
            for word in b0..<count where heads[word] == s0 { dependents += 1 }
            let head = heads[s0]
            if state.canLeft {
                left = dependents + (head == s1 ? 1 : 0) + (head >= b0 && head != b0 ? 1 : 0)
            }
            if state.canRight {
                right = dependents + (head >= b0 ? 1 : 0)
            }
        }
        return Costs(shift: shift, left: left, right: right)
    }
}

/// The attachment scores of a parser on gold-parsed sentences, punctuation included (as in the CoNLL 2018
/// shared task), and without punctuation.
package struct ParsingScore: Sendable {
    /// Words scored.
    package var words = 0
    /// Words whose head is right.
    package var headCorrect = 0
    /// Words whose head and relation are right.
    package var labelledCorrect = 0
    /// The same, leaving out words tagged PUNCT in the gold data.
    package var wordsNoPunct = 0
    package var headCorrectNoPunct = 0
    package var labelledCorrectNoPunct = 0

    /// Parses `sentences` with `parser`, reading `tags` (gold tags when empty), and compares with their trees.
    package init(parser: Parser, sentences: [TreebankSentence], tags: [[PartOfSpeech]] = []) {
        for (index, sentence) in sentences.enumerated() {
            let arcs = parser.parse(words: sentence.words, tags: tags.isEmpty ? sentence.tags : tags[index])
            for (word, arc) in arcs.enumerated() {
                let headRight = arc.head == sentence.heads[word]
                let labelRight = headRight && arc.relation == sentence.relations[word]
                words += 1
                if headRight { headCorrect += 1 }
                if labelRight { labelledCorrect += 1 }
                if sentence.tags[word].upos != .punct {
                    wordsNoPunct += 1
                    if headRight { headCorrectNoPunct += 1 }
                    if labelRight { labelledCorrectNoPunct += 1 }
                }
            }
        }
    }

    /// `UAS 86.10%, LAS 82.30% (without punctuation 85.00%, 81.00%)`.
    package var summary: String {
        "UAS \(percent(headCorrect, words)), LAS \(percent(labelledCorrect, words)) (without punctuation \(percent(headCorrectNoPunct, wordsNoPunct)), \(percent(labelledCorrectNoPunct, wordsNoPunct)))"
    }
}
