public import ArgumentParser
import Foundation
public import GeoKG

/// `geokg extract`: writes the facts of articles to standard output, without a store.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the facts of news articles and write them to standard output (no store).",
        discussion: """
            A stateless filter: the same articles always give the same output, so any batch engine can run
            it in parallel over parts of a corpus and load the merged N-Quads with `geokg import`.
            Formats: jsonl (one object per article, with its entities and facts), ntriples, nquads.

            Example:
              geokg extract --format nquads articles/ > facts.nq
              cat dump.jsonl | geokg extract --format nquads - | geokg import --format nquads -
            """)

    @OptionGroup var ontologyOptions: OntologyOptions

    @Option(help: "Output format: jsonl, ntriples or nquads.")
    var format: ArticleExtraction.Format = .jsonl

    @Option(name: .customLong("input-format"), help: "The articles' format: auto, text, page, html or jsonl.")
    var inputFormat: ArticleFormat = .auto

    @Option(help: "Threads that extract in parallel (the output order stays the input order).")
    var jobs: Int = 1

    @Argument(help: ArgumentHelp("Article files or folders ('-' for standard input).", valueName: "path"))
    var paths: [String]

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Name at least one article file or folder.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let extraction = ArticleExtraction(
            ontology: try ontologyOptions.load(), tagger: try ontologyOptions.loadTagger(), format: format, jobs: jobs)
        let failures = try extraction.run(paths: paths, format: inputFormat, to: 1) {
            printError(String(describing: $0))
        }
        if failures > 0 { throw CommandFailure() }
    }
}

extension ArticleExtraction.Format: ExpressibleByArgument {}
