import ArgumentParser
import Foundation
import GeoKGSyntax

/// `geokg-train bench`: load times and speed of the tagger and the parser, on one core.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time loading the models, and tagging and parsing the words of a CoNLL-U file, on one thread.",
        discussion: """
            The words are read from the file first (there is no tokenizing); each measurement runs over all its
            sentences --rounds times and reports the best round, in tokens per second of this thread's CPU time
            (so that other processes on the machine count less). Load times are wall-clock, best of --rounds.
            """)

    /// What to time.
    enum Part: String, ExpressibleByArgument, CaseIterable { case all, tagger, parser }

    @Option(help: "The folder holding tagger.model and parser.model.") var models = "Ontology/models"
    @Option(help: "Rounds over the file; the best is reported.") var rounds = 5
    @Option(help: "What to time: all, tagger or parser.") var only: Part = .all
    @Flag(help: "Also report how the models' weights are laid out.") var details = false
    @Argument(help: "A CoNLL-U file whose words are tagged and parsed.") var file: String

    func run() throws {
        let sentences = try readTreebank(file)
        let words = sentences.map(\.words)
        let tokenCount = words.reduce(0) { $0 + $1.count }
        let lexemes = words.map { $0.map(Lexeme.init) }
        var checksum = 0

        let taggerPath = models + "/" + Tagger.fileName
        let (tagger, taggerLoad) = try timeLoad { try Tagger.load(from: taggerPath) }
        log("tagger load: \(Self.milliseconds(taggerLoad)), best of \(rounds) (\(fileSize(taggerPath)) bytes)")
        if details {
            let data = try TaggerData.decode(
                [UInt8](try Data(contentsOf: URL(fileURLWithPath: taggerPath))), file: taggerPath)
            log(
                "  weights per feature, by eights: \(histogram(data.weightRunLengths)); \(data.weightRunLengths.count) features, \(data.vocabularyCount) vocabulary words"
            )
        }
        if only != .parser {
            let lexemeRate = best(tokens: tokenCount) {
                for sentence in words { checksum &+= sentence.map(Lexeme.init).count }
            }
            log("lexemes: \(lexemeRate) tokens/s")
            let taggerRate = best(tokens: tokenCount) {
                for sentence in lexemes { checksum &+= tagger.tag(sentence).count }
            }
            log("tagger, from lexemes: \(taggerRate) tokens/s")
            let taggerWordRate = best(tokens: tokenCount) {
                for sentence in words { checksum &+= tagger.tag(sentence).count }
            }
            log("tagger, from strings (lexemes included): \(taggerWordRate) tokens/s")
        }
        if only != .tagger {
            let parserPath = models + "/" + Parser.fileName
            let (parser, parserLoad) = try timeLoad { try Parser.load(from: parserPath) }
            log("parser load: \(Self.milliseconds(parserLoad)), best of \(rounds) (\(fileSize(parserPath)) bytes)")
            if details {
                let data = try ParserData.decode(
                    [UInt8](try Data(contentsOf: URL(fileURLWithPath: parserPath))), file: parserPath)
                log(
                    "  weights per feature, by eights: \(histogram(data.weightRunLengths)); \(data.weightRunLengths.count) features"
                )
            }
            let tags = lexemes.map { tagger.tag($0) }
            let parserRate = best(tokens: tokenCount) {
                for (sentence, sentenceTags) in zip(lexemes, tags) {
                    checksum &+= parser.parse(sentence, tags: sentenceTags).count
                }
            }
            log("parser, from lexemes and tags (tagging not included): \(parserRate) tokens/s")
            if only == .all {
                let pipelineRate = best(tokens: tokenCount) {
                    for sentence in words {
                        let lexemes = sentence.map(Lexeme.init)
                        checksum &+= parser.parse(lexemes, tags: tagger.tag(lexemes)).count
                    }
                }
                log("lexemes, tagger and parser together, from strings: \(pipelineRate) tokens/s")
            }
        }
        if checksum == 42 { log("") }
    }

    /// Loads a model `rounds` times; the model and the best wall-clock time in seconds.
    func timeLoad<Model>(_ load: () throws -> Model) throws -> (Model, Double) {
        var bestTime = Double.infinity
        var model = try load()
        for _ in 0..<rounds {
            let start = ContinuousClock.now
            model = try load()
            let elapsed = ContinuousClock.now - start
            bestTime = min(
                bestTime, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return (model, bestTime)
    }

    /// Runs `body` `rounds` times and returns the best rate in tokens per second of this thread's CPU time.
    func best(tokens: Int, _ body: () -> Void) -> Int {
        var bestRate = 0
        for _ in 0..<rounds {
            let start = threadCPUSeconds()
            body()
            let seconds = threadCPUSeconds() - start
            bestRate = max(bestRate, Int(Double(tokens) / seconds))
        }
        return bestRate
    }

    /// The CPU time this thread has used, in seconds.
    func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// `12.3 ms`.
    static func milliseconds(_ seconds: Double) -> String {
        String(format: "%.1f ms", seconds * 1000)
    }

    /// How many features have 1-7, 8-15, ... weights.
    func histogram(_ runs: [UInt8]) -> String {
        var counts = [Int](repeating: 0, count: 9)
        for run in runs { counts[min(Int(run) / 8, 8)] += 1 }
        return counts.map(String.init).joined(separator: " ")
    }

    func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
