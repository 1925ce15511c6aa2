import ArgumentParser
import Foundation
import GeoKGSyntax

/// `geokg-train parse`: tags and parses one sentence and prints it in CoNLL-U columns, to look at the models.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag and parse a sentence given as space-separated tokens; print ID, FORM, UPOS, XPOS, HEAD, DEPREL.",
        discussion: """
            Example:
              geokg-train parse "The ministry was sanctioned by the United States ."
            """)

    @Option(help: "The folder holding tagger.model and parser.model.") var models = "Ontology/models"
    @Argument(help: "The sentence, its tokens separated by spaces.") var sentence: String

    func run() throws {
        let tagger = try Tagger.load(from: models + "/" + Tagger.fileName)
        let parser = try Parser.load(from: models + "/" + Parser.fileName)
        let words = sentence.split(separator: " ").map(String.init)
        let lexemes = words.map(Lexeme.init)
        let tags = tagger.tag(lexemes)
        let arcs = parser.parse(lexemes, tags: tags)
        for (index, word) in words.enumerated() {
            let head = arcs[index].head.map { $0 + 1 } ?? 0
            print(
                "\(index + 1)\t\(word)\t\(tags[index].upos.rawValue)\t\(tags[index].xpos.rawValue)\t\(head)\t\(arcs[index].relation.rawValue)"
            )
        }
    }
}
