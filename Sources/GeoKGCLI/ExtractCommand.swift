import ArgumentParser
import Foundation
import GeoKG

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
    var format: ExtractFormat = .jsonl

    @Option(name: .customLong("input-format"), help: "The articles' format: auto, text, page, html or jsonl.")
    var inputFormat: ArticleFormat = .auto

    @Option(help: "Threads that extract in parallel (the output order stays the input order).")
    var jobs: Int = 1

    @Argument(help: ArgumentHelp("Article files or folders ('-' for standard input).", valueName: "path"))
    var paths: [String]

    enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, ntriples, nquads
    }

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Name at least one article file or folder.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let ontology = try ontologyOptions.load()
        let extractor = Extractor(ontology: ontology)
        let mapper = FactMapper(ontology: ontology)
        let writer = QuadWriter(fileDescriptor: 1, format: format == .nquads ? .nquads : .ntriples)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failures = 0
        var batch: [Article] = []
        func flush() throws {
            let extractions = ParallelMap.map(batch, jobs: jobs) { extractor.extract($0) }
            for (article, extraction) in zip(batch, extractions) {
                if format == .jsonl {
                    let line = try encoder.encode(ExtractedArticle(article: article, extraction: extraction))
                    FileHandle.standardOutput.write(line + Data("\n".utf8))
                } else {
                    for quad in mapper.statements(for: article, extraction: extraction) { try writer.write(quad) }
                }
            }
            batch.removeAll()
        }
        for path in ArticlePaths.expand(paths) {
            guard case .success(let file) = path else {
                if case .failure(let error) = path { printError(String(describing: error)) }
                failures += 1
                continue
            }
            try ArticleReader.read(path: file, format: inputFormat) { result in
                switch result {
                case .failure(let error):
                    printError(String(describing: error))
                    failures += 1
                case .success(let article):
                    batch.append(article)
                    if batch.count >= 64 { try flush() }
                }
            }
        }
        try flush()
        try writer.finish()
        if failures > 0 { throw CommandFailure() }
    }
}

/// One line of `geokg extract --format jsonl`.
private struct ExtractedArticle: Encodable {
    let url: String
    let title: String?
    let date: String?
    let entities: [ExtractedEntity]
    let facts: [Fact]

    init(article: Article, extraction: Extraction) {
        url = article.url
        title = article.title
        date = article.date
        entities = extraction.entities
        facts = extraction.facts
    }
}
