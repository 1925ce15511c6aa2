/// Settings of a tagger training run.
package struct TaggerTrainingOptions: Sendable {
    /// Passes over the training sentences.
    package var iterations = 10
    /// A tag pair is a class of its own when seen at least this often (rarer ones join a common one).
    package var minimumClassCount = 10
    /// A word enters the dictionary when seen at least this often...
    package var dictionaryMinimumCount = 20
    /// ...with one class at least this share of the time.
    package var dictionaryMinimumShare = 0.97
    /// A word enters the lexicon of ambiguity classes when seen at least this often...
    package var lexiconMinimumCount = 2
    /// ...and its class holds the classes that make up at least this share of its uses.
    package var lexiconMinimumShare = 0.05
    /// A word's group weights are summed at load time when it was seen at least this often.
    package var vocabularyMinimumCount = 3
    /// Whether training sentences see ambiguity classes learnt without them.
    package var jackknifeLexicon = true
    /// Averaged weights smaller in magnitude than this are dropped from the model.
    package var pruneThreshold = 0.0
    /// Thresholds to try after training, logging the dev accuracy and size of each.
    package var pruneSweep: [Double] = []
    /// The seed of the shuffles.
    package var seed: UInt64 = 1

    package init() {}
}

/// Trains the tagger: a greedy averaged perceptron over `TaggerFeatures`.
package enum TaggerTrainer {
    /// Trains a tagger on `sentences`; after each pass, when `dev` is not empty, logs the accuracy on it.
    package static func train(
        _ sentences: [TreebankSentence], options: TaggerTrainingOptions, note: String = "",
        dev: [TreebankSentence] = [], log: (String) -> Void = { _ in }
    ) -> TaggerData {
        let (tags, classOf) = classes(sentences, minimumCount: options.minimumClassCount)
        let lexemes = sentences.map { $0.words.map(Lexeme.init) }
        let golds = sentences.map { $0.tags.map { classOf[$0] ?? 0 } }
        let (dictionaryKeys, dictionaryClasses) = dictionary(lexemes: lexemes, golds: golds, options: options)
        let dictionary = Dictionary(uniqueKeysWithValues: zip(dictionaryKeys, dictionaryClasses.map(Int.init)))
        let (lexiconKeys, lexiconClasses) = lexicon(lexemes: lexemes, golds: golds, options: options)
        let lexicon = Dictionary(uniqueKeysWithValues: zip(lexiconKeys, lexiconClasses))
        // Each training sentence sees the ambiguity classes of the other tenth folds, as unseen text would.
        var ambiguity: [[UInt64]] = []
        let folds = 10
        let foldLexicons = (0..<folds).map { fold in
            let keep = lexemes.indices.filter { Self.fold(of: $0, count: lexemes.count, folds: folds) != fold }
            let (keys, values) = Self.lexicon(
                lexemes: keep.map { lexemes[$0] }, golds: keep.map { golds[$0] }, options: options)
            return Dictionary(uniqueKeysWithValues: zip(keys, values))
        }
        for (index, words) in lexemes.enumerated() {
            let foldLexicon =
                options.jackknifeLexicon
                ? foldLexicons[Self.fold(of: index, count: lexemes.count, folds: folds)] : lexicon
            ambiguity.append(words.map { foldLexicon[$0.lower] ?? 0 })
        }

        let perceptron = AveragedPerceptron(classCount: tags.count)
        var random = SplitMix64(seed: options.seed)
        var scores = [Int64](repeating: 0, count: tags.count)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.maximumCount)
        var data = TaggerData(
            tags: tags, dictionaryKeys: dictionaryKeys, dictionaryClasses: dictionaryClasses,
            lexiconKeys: lexiconKeys, lexiconClasses: lexiconClasses,
            vocabulary: vocabulary(sentences, minimumCount: options.vocabularyMinimumCount),
            weights: PackedWeights(classCount: tags.count, keys: [], runLengths: [], entries: []), note: note)
        for iteration in 1...options.iterations {
            var correct = 0
            var total = 0
            for index in random.shuffled(Array(sentences.indices)) {
                let gold = golds[index]
                let classes = ambiguity[index]
                lexemes[index].withUnsafeBufferPointer { words in
                    classes.withUnsafeBufferPointer { classes in
                        let casing = TaggerFeatures.casing(words)
                        var previous = TaggerFeatures.startTag
                        var beforePrevious = TaggerFeatures.startTag
                        for i in 0..<words.count {
                            var guess = 0
                            if let known = dictionary[words[i].form] {
                                guess = known
                            } else {
                                let count = keys.withUnsafeMutableBufferPointer { buffer in
                                    TaggerFeatures.extract(
                                        words, classes: classes, at: i, previous: previous,
                                        beforePrevious: beforePrevious,
                                        casing: casing, into: buffer.baseAddress.unsafelyUnwrapped)
                                }
                                keys.withUnsafeBufferPointer { buffer in
                                    let features = UnsafeBufferPointer(rebasing: buffer[0..<count])
                                    perceptron.scores(features, into: &scores)
                                    guess = argmax(scores, count: tags.count)
                                    perceptron.tick()
                                    perceptron.update(features, truth: gold[i], guess: guess)
                                }
                            }
                            if guess == gold[i] { correct += 1 }
                            total += 1
                            beforePrevious = previous
                            previous = UInt64(guess)
                        }
                    }
                }
            }
            data.weights = perceptron.packed(threshold: options.pruneThreshold)
            var message = "tagger pass \(iteration): train \(percent(correct, total))"
            if !dev.isEmpty {
                let score = TaggingScore(tagger: Tagger(data), sentences: dev)
                message +=
                    ", dev UPOS \(percent(score.uposCorrect, score.words)) XPOS \(percent(score.xposCorrect, score.words))"
            }
            log(message + ", \(perceptron.featureCount) features")
        }
        if !dev.isEmpty {
            // Summing group weights per word at load time must not change a single tag.
            let folded = Tagger(data)
            let unfolded = Tagger(data, useFolding: false)
            let differences = dev.reduce(0) { total, sentence in
                total + zip(folded.tag(sentence.words), unfolded.tag(sentence.words)).filter { $0 != $1 }.count
            }
            log("folded and unfolded weights differ on \(differences) dev words")
        }
        for threshold in options.pruneSweep where !dev.isEmpty {
            var pruned = data
            pruned.weights = perceptron.packed(threshold: threshold)
            let score = TaggingScore(tagger: Tagger(pruned), sentences: dev)
            log(
                "pruned below \(threshold): \(pruned.weights.keys.count) features, \(pruned.weights.entries.count) weights, \(pruned.encodedFile().count) bytes; dev \(score.summary)"
            )
        }
        return data
    }

    /// The classes of the tagger: the tag pairs seen at least `minimumCount` times, sorted; and the class of
    /// every pair seen, a rarer pair taking the commonest class with its Penn tag (`GW/NOUN` becomes `GW/X`),
    /// or failing that with its universal tag.
    static func classes(_ sentences: [TreebankSentence], minimumCount: Int) -> ([PartOfSpeech], [PartOfSpeech: Int]) {
        var counts: [PartOfSpeech: Int] = [:]
        for sentence in sentences {
            for tag in sentence.tags { counts[tag, default: 0] += 1 }
        }
        let kept = counts.filter { $0.value >= minimumCount }.map(\.key).sorted { $0.description < $1.description }
        var classOf = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
        for (tag, _) in counts where classOf[tag] == nil {
            // Commonest first, ties by name, so that the choice does not depend on the dictionary's order.
            let candidates =
                kept.filter { $0.xpos == tag.xpos }.isEmpty
                ? kept.filter { $0.upos == tag.upos } : kept.filter { $0.xpos == tag.xpos }
            let best = candidates.max { (counts[$0] ?? 0, $1.description) < (counts[$1] ?? 0, $0.description) }
            classOf[tag] = best.flatMap { classOf[$0] } ?? 0
        }
        return (kept, classOf)
    }

    /// The distinct words seen at least `minimumCount` times, sorted by their UTF-8 bytes.
    static func vocabulary(_ sentences: [TreebankSentence], minimumCount: Int) -> [String] {
        var counts: [String: Int] = [:]
        for sentence in sentences {
            for word in sentence.words { counts[word, default: 0] += 1 }
        }
        return counts.filter { $0.value >= minimumCount }.map(\.key).sorted {
            $0.utf8.lexicographicallyPrecedes($1.utf8)
        }
    }

    /// The words seen at least `lexiconMinimumCount` times, as sorted hashes (`Lexeme.lower`) and the hashes
    /// of their ambiguity classes: the classes that make up at least `lexiconMinimumShare` of their uses.
    static func lexicon(lexemes: [[Lexeme]], golds: [[Int]], options: TaggerTrainingOptions) -> ([UInt64], [UInt64]) {
        var counts: [UInt64: [Int: Int]] = [:]
        for (words, gold) in zip(lexemes, golds) {
            for (word, label) in zip(words, gold) { counts[word.lower, default: [:]][label, default: 0] += 1 }
        }
        var entries: [(UInt64, UInt64)] = []
        for (key, classes) in counts {
            let total = classes.values.reduce(0, +)
            guard total >= options.lexiconMinimumCount else { continue }
            var hash = StableHash.start
            for (label, count) in classes.sorted(by: { $0.key < $1.key })
            where Double(count) >= options.lexiconMinimumShare * Double(total) {
                hash = StableHash.combine(hash, UInt64(label))
            }
            entries.append((key, hash | 2))
        }
        entries.sort { $0.0 < $1.0 }
        return (entries.map(\.0), entries.map(\.1))
    }

    /// The frequent words that (almost) always have one class, as sorted hashes and their classes.
    static func dictionary(lexemes: [[Lexeme]], golds: [[Int]], options: TaggerTrainingOptions) -> ([UInt64], [UInt8]) {
        var counts: [UInt64: [Int: Int]] = [:]
        for (words, gold) in zip(lexemes, golds) {
            for (word, label) in zip(words, gold) { counts[word.form, default: [:]][label, default: 0] += 1 }
        }
        var entries: [(UInt64, UInt8)] = []
        for (key, classes) in counts {
            let total = classes.values.reduce(0, +)
            guard total >= options.dictionaryMinimumCount else { continue }
            // The most frequent class, ties broken by the lower class number.
            guard let best = classes.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { continue }
            if Double(best.value) / Double(total) >= options.dictionaryMinimumShare {
                entries.append((key, UInt8(best.key)))
            }
        }
        entries.sort { $0.0 < $1.0 }
        return (entries.map(\.0), entries.map(\.1))
    }
}

/// The index of the highest of the first `count` scores; the lowest index among ties.
func argmax(_ scores: [Int64], count: Int) -> Int {
    var best = 0
    for index in 1..<count where scores[index] > scores[best] { best = index }
    return best
}

/// `part / whole` as a percentage with two decimals: `95.43%`.
package func percent(_ part: Int, _ whole: Int) -> String {
    guard whole > 0 else { return "n/a" }
    let hundredths = (part * 10_000 + whole / 2) / whole
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
}

/// The accuracy of a tagger on gold-tagged sentences.
package struct TaggingScore: Sendable {
    /// Words scored.
    package var words = 0
    /// Words whose universal tag is right.
    package var uposCorrect = 0
    /// Words whose Penn tag is right.
    package var xposCorrect = 0
    /// Words whose two tags are right.
    package var bothCorrect = 0

    /// Tags `sentences` with `tagger` and compares with their gold tags.
    package init(tagger: Tagger, sentences: [TreebankSentence]) {
        for sentence in sentences {
            let predicted = tagger.tag(sentence.words)
            for (guess, gold) in zip(predicted, sentence.tags) {
                words += 1
                if guess.upos == gold.upos { uposCorrect += 1 }
                if guess.xpos == gold.xpos { xposCorrect += 1 }
                if guess == gold { bothCorrect += 1 }
            }
        }
    }

    /// `UPOS 95.12%, XPOS 94.80%, both 94.10% (25148 words)`.
    package var summary: String {
        "UPOS \(percent(uposCorrect, words)), XPOS \(percent(xposCorrect, words)), both \(percent(bothCorrect, words)) (\(words) words)"
    }
}

extension TaggerTrainer {
    /// The fold of sentence `index` of `count` split into `folds` contiguous blocks: the treebank keeps the
    /// sentences of a document together, and a tagger must not have seen the rest of a document it tags.
    static func fold(of index: Int, count: Int, folds: Int) -> Int {
        index * folds / max(count, 1)
    }

    /// Predicted tags for every sentence of `sentences`, each tagged by a tagger trained on the other folds
    /// (`fold(of:count:folds:)`): the kind of tags a parser sees on text the tagger never saw.
    package static func jackknife(
        _ sentences: [TreebankSentence], folds: Int, options: TaggerTrainingOptions, log: (String) -> Void = { _ in }
    ) -> [[PartOfSpeech]] {
        var tags = [[PartOfSpeech]](repeating: [], count: sentences.count)
        for fold in 0..<folds {
            let training = sentences.indices.filter { Self.fold(of: $0, count: sentences.count, folds: folds) != fold }
                .map { sentences[$0] }
            let tagger = Tagger(train(training, options: options))
            var score = (right: 0, total: 0)
            for index in sentences.indices where Self.fold(of: index, count: sentences.count, folds: folds) == fold {
                tags[index] = tagger.tag(sentences[index].words)
                for (guess, gold) in zip(tags[index], sentences[index].tags) {
                    score.total += 1
                    if guess == gold { score.right += 1 }
                }
            }
            log("jackknife fold \(fold + 1) of \(folds): tags right \(percent(score.right, score.total))")
        }
        return tags
    }
}
