import ArgumentParser
import Foundation
import GeoKGSyntax

/// `geokg-train`: trains, evaluates and times the part-of-speech tagger and the dependency parser.
@main
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geokg-train",
        abstract: "Train, evaluate and time geokg's part-of-speech tagger and dependency parser.",
        discussion: """
            `make train` runs `geokg-train models`, which rebuilds Ontology/models byte for byte.

            Example:
              geokg-train models --data .build/ud-english-ewt --output Ontology/models
              geokg-train evaluate --models Ontology/models .build/ud-english-ewt/en_ewt-ud-dev.conllu
              geokg-train bench --models Ontology/models .build/ud-english-ewt/en_ewt-ud-dev.conllu
            """,
        subcommands: [
            ModelsCommand.self, EvaluateCommand.self, BenchCommand.self, TaggerCommand.self, JackknifeCommand.self,
            ParserCommand.self, ParseCommand.self,
        ])
}

/// Writes a line to standard error (progress and results go there; files are the output).
func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Reads a CoNLL-U file, logging its size.
func readTreebank(_ path: String) throws -> [TreebankSentence] {
    let sentences = try Treebank.read(path)
    log("read \(path): \(sentences.count) sentences, \(sentences.reduce(0) { $0 + $1.words.count }) words")
    return sentences
}

/// Seconds since `start`, with one decimal.
func seconds(since start: ContinuousClock.Instant) -> String {
    let elapsed = ContinuousClock.now - start
    let tenths = elapsed.components.seconds * 10 + elapsed.components.attoseconds / 100_000_000_000_000_000
    return "\(tenths / 10).\(tenths % 10) s"
}
