import ArgumentParser
import Foundation
import GeoKGSyntax

/// `geokg-train models`: the whole training run behind `make train`, writing `tagger.model` and `parser.model`.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "Train the tagger and the parser on UD English EWT and write their model files.",
        discussion: """
            Reads en_ewt-ud-{train,dev,test}.conllu from --data (uncompressed). Trains the tagger on train;
            tags train by 10-fold jackknifing and trains the parser on those predicted tags; reports
            accuracy on dev and test, with predicted tags; writes the two model files to --output. Every
            setting is fixed here and every random choice is seeded, so a rerun writes the same bytes.
            """)

    @Option(help: "The folder holding the uncompressed UD English EWT CoNLL-U files.") var data: String
    @Option(help: "The folder to write tagger.model and parser.model to.") var output = "Ontology/models"

    /// The tagger's settings, chosen on dev.
    static var taggerOptions: TaggerTrainingOptions {
        var options = TaggerTrainingOptions()
        options.iterations = 10
        return options
    }

    /// The parser's settings, chosen on dev.
    static var parserOptions: ParserTrainingOptions {
        var options = ParserTrainingOptions()
        options.iterations = 15
        options.grouping = .coarse
        options.minimumFeatureCount = 2
        options.pruneThreshold = 1.5
        options.seeds = [2, 3, 4]
        return options
    }

    /// Folds of the jackknifing that gives the parser's training tags.
    static let folds = 10

    func run() throws {
        let start = ContinuousClock.now
        let train = try readTreebank(data + "/en_ewt-ud-train.conllu")
        let dev = try readTreebank(data + "/en_ewt-ud-dev.conllu")
        let test = try readTreebank(data + "/en_ewt-ud-test.conllu")

        let source = "Universal Dependencies English EWT v2.16 (CC BY-SA 4.0), Silveira et al. 2014"
        let taggerNote =
            "Averaged perceptron, \(Self.taggerOptions.iterations) passes over the train file of \(source)."
        let taggerData = TaggerTrainer.train(train, options: Self.taggerOptions, note: taggerNote, log: log)
        let tagger = try Tagger.load(bytes: taggerData.encodedFile())
        log("tagger trained (\(seconds(since: start)))")
        let taggerDev = TaggingScore(tagger: tagger, sentences: dev)
        let taggerTest = TaggingScore(tagger: tagger, sentences: test)

        let trainTags = TaggerTrainer.jackknife(train, folds: Self.folds, options: Self.taggerOptions, log: log)
        log("train tagged by jackknifing (\(seconds(since: start)))")
        let devTags = dev.map { tagger.tag($0.words) }
        let testTags = test.map { tagger.tag($0.words) }
        let parserNote =
            "Greedy arc-hybrid parser, averaged perceptrons (moves with coarse relation groups, then relations) with a dynamic oracle, \(Self.parserOptions.iterations) passes over the train file of \(source), with tags predicted by \(Self.folds)-fold jackknifing; the weights of \(Self.parserOptions.seeds.count) runs with different seeds averaged."
        let parserData = ParserTrainer.train(
            train, tags: trainTags, options: Self.parserOptions, note: parserNote, log: log)
        let parser = try Parser.load(bytes: parserData.encodedFile())
        log("parser trained (\(seconds(since: start)))")

        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let taggerPath = output + "/" + Tagger.fileName
        let parserPath = output + "/" + Parser.fileName
        try Data(taggerData.encodedFile()).write(to: URL(fileURLWithPath: taggerPath))
        try Data(parserData.encodedFile()).write(to: URL(fileURLWithPath: parserPath))

        log("")
        log(
            "wrote \(taggerPath) (\(taggerData.encodedFile().count) bytes) and \(parserPath) (\(parserData.encodedFile().count) bytes) in \(seconds(since: start))"
        )
        log("tagger dev:  \(taggerDev.summary)")
        log("tagger test: \(taggerTest.summary)")
        log("parser dev, predicted tags:  \(ParsingScore(parser: parser, sentences: dev, tags: devTags).summary)")
        log("parser test, predicted tags: \(ParsingScore(parser: parser, sentences: test, tags: testTags).summary)")
        log("parser dev, gold tags:       \(ParsingScore(parser: parser, sentences: dev).summary)")
        log("parser test, gold tags:      \(ParsingScore(parser: parser, sentences: test).summary)")
    }
}

/// `geokg-train evaluate`: the accuracy of the model files on a CoNLL-U file.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Tag and parse a CoNLL-U file with the model files and compare with its gold data.")

    @Option(help: "The folder holding tagger.model and parser.model.") var models = "Ontology/models"
    @Argument(help: "A CoNLL-U file with gold tags and trees.") var file: String

    func run() throws {
        let sentences = try readTreebank(file)
        let tagger = try Tagger.load(from: models + "/" + Tagger.fileName)
        let parser = try Parser.load(from: models + "/" + Parser.fileName)
        let tags = sentences.map { tagger.tag($0.words) }
        log("tagger: \(TaggingScore(tagger: tagger, sentences: sentences).summary)")
        log("parser, predicted tags: \(ParsingScore(parser: parser, sentences: sentences, tags: tags).summary)")
        log("parser, gold tags:      \(ParsingScore(parser: parser, sentences: sentences).summary)")
    }
}
