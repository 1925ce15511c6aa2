import ArgumentParser
import Foundation
import GeoKGSyntax

/// `geokg-train jackknife`: the training file with tags predicted by taggers trained on the other folds.
struct JackknifeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jackknife", abstract: "Write a CoNLL-U file's sentences with jackknifed predicted tags.")

    @Option(help: "The training CoNLL-U file.") var train: String
    @Option(help: "Folds.") var folds = 10
    @Option(help: "Tagger passes.") var iterations = 10
    @Option(help: "The CoNLL-U file to write.") var output: String

    func run() throws {
        let sentences = try readTreebank(train)
        var options = TaggerTrainingOptions()
        options.iterations = iterations
        let tags = TaggerTrainer.jackknife(sentences, folds: folds, options: options, log: log)
        try Treebank.text(of: sentences, tags: tags).write(toFile: output, atomically: true, encoding: .utf8)
    }
}

/// `geokg-train parser`: trains only the parser, with settings given, for choosing settings on dev.
struct ParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser", abstract: "Train the parser alone and report its accuracy on dev after each pass.")

    @Option(help: "The training CoNLL-U file (gold trees).") var train: String
    @Option(help: "The training file with predicted tags (from `jackknife`); gold tags when absent.") var trainTags:
        String?
    @Option(help: "The development CoNLL-U file.") var dev: String
    @Option(help: "A tagger model to tag dev with; gold tags when absent.") var tagger: String?
    @Option(help: "Passes over the training data.") var iterations = 15
    @Option(help: "First pass with exploration.") var explore = 2
    @Option(help: "Drop averaged weights smaller than this.") var prune = 0.0
    @Option(help: "Prune thresholds to try after training.") var sweep: [Double] = []
    @Option(help: "Only features seen this often in the gold parses get weights.") var cutoff = 1
    @Option(help: "Words seen fewer times are read by their shape.") var minimumWordCount = 2
    @Option(help: "How moves group relations: none, coarse or full.") var grouping = "coarse"
    @Option(help: "Seeds: one parser per seed, their weights averaged.") var seed: [UInt64] = [2]
    @Option(help: "Write the model here.") var output: String?

    func run() throws {
        let sentences = try readTreebank(train)
        let tags = try trainTags.map { try readTreebank($0).map(\.tags) } ?? sentences.map(\.tags)
        let devSentences = try readTreebank(dev)
        var devTags = devSentences.map(\.tags)
        if let tagger {
            let model = try Tagger.load(from: tagger)
            devTags = devSentences.map { model.tag($0.words) }
        }
        var options = ParserTrainingOptions()
        options.iterations = iterations
        options.explorationStart = explore
        options.pruneThreshold = prune
        options.pruneSweep = sweep
        options.minimumFeatureCount = cutoff
        options.minimumWordCount = minimumWordCount
        options.grouping = ParserGrouping(rawValue: grouping) ?? .coarse
        options.seeds = seed
        let start = ContinuousClock.now
        let data = ParserTrainer.train(
            sentences, tags: tags, options: options, dev: devSentences, devTags: devTags, log: log)
        log("trained in \(seconds(since: start))")
        let bytes = data.encodedFile()
        log("model: \(bytes.count) bytes")
        if let output { try Data(bytes).write(to: URL(fileURLWithPath: output)) }
    }
}
