import ArgumentParser
import Foundation
import GeoKGSyntax

/// `geokg-train tagger`: trains only the tagger, with settings given, for choosing settings on dev.
struct TaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger", abstract: "Train the tagger alone and report its accuracy on dev after each pass.")

    @Option(help: "The training CoNLL-U file.") var train: String
    @Option(help: "The development CoNLL-U file.") var dev: String
    @Option(help: "Passes over the training data.") var iterations = 10
    @Option(help: "Drop averaged weights smaller than this.") var prune = 0.0
    @Option(help: "Prune thresholds to try after training.") var sweep: [Double] = []
    @Option(help: "Dictionary: minimum count.") var dictionaryCount = 20
    @Option(help: "Dictionary: minimum share.") var dictionaryShare = 0.97
    @Option(help: "Write the model here.") var output: String?
    @Flag(help: "List the commonest UPOS confusions on dev.") var confusions = false
    @Flag(help: "With --confusions, list every error.") var verbose = false

    func run() throws {
        let trainSentences = try readTreebank(train)
        let devSentences = try readTreebank(dev)
        var options = TaggerTrainingOptions()
        options.iterations = iterations
        options.pruneThreshold = prune
        options.pruneSweep = sweep
        options.dictionaryMinimumCount = dictionaryCount
        options.dictionaryMinimumShare = dictionaryShare
        let start = ContinuousClock.now
        let data = TaggerTrainer.train(trainSentences, options: options, dev: devSentences, log: log)
        log("trained in \(seconds(since: start))")
        let bytes = data.encodedFile()
        log("model: \(bytes.count) bytes")
        if confusions {
            let tagger = try Tagger.load(bytes: bytes)
            var counts: [String: Int] = [:]
            for sentence in devSentences {
                for (index, (guess, gold)) in zip(tagger.tag(sentence.words), sentence.tags).enumerated()
                where guess.upos != gold.upos {
                    counts["\(gold.upos.rawValue) -> \(guess.upos.rawValue)", default: 0] += 1
                    if verbose { log("\(sentence.words[index])\t\(gold) -> \(guess)") }
                }
            }
            for (pair, count) in counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(25) {
                log("\(count)\t\(pair)")
            }
        }
        if let output { try Data(bytes).write(to: URL(fileURLWithPath: output)) }
    }
}
