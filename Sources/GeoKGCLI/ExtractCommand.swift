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
        let rdfFormat: RDFFormat = format == .nquads ? .nquads : .ntriples
        let renderer = ExtractionRenderer(
            extractor: Extractor(ontology: ontology, tagger: try ontologyOptions.loadTagger()), mapper: FactMapper(ontology: ontology), format: format,
            rdfFormat: rdfFormat)
        let writer = QuadWriter(fileDescriptor: 1, format: rdfFormat)
        var failures = 0
        var batch: [Article] = []
        func flush() throws {
            // Workers extract and serialize; this thread only writes, in input order.
            let outputs = ParallelMap.map(batch, jobs: jobs) { article in Result { try renderer.lines(for: article) } }
            for output in outputs {
                if format == .jsonl {
                    FileHandle.standardOutput.write(Data(try output.get()))
                } else {
                    try writer.write(serialized: try output.get())
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
        // The process ends here: freeing the lexicon and the models would take time and give nothing back.
        _ = Unmanaged.passRetained(Retained(renderer))
        if failures > 0 { throw CommandFailure() }
    }
}

/// A value kept alive until the process exits.
private final class Retained<Value> {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// Extracts an article's facts and serializes them in one of `geokg extract`'s formats.
private struct ExtractionRenderer: Sendable {
    let extractor: Extractor
    let mapper: FactMapper
    let format: ExtractCommand.ExtractFormat
    /// The statement format, when `format` is not jsonl.
    let rdfFormat: RDFFormat
    private let encoder = JSONEncoder()

    init(extractor: Extractor, mapper: FactMapper, format: ExtractCommand.ExtractFormat, rdfFormat: RDFFormat) {
        self.extractor = extractor
        self.mapper = mapper
        self.format = format
        self.rdfFormat = rdfFormat
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// The output of `article`: one JSON line, or its statements' lines.
    func lines(for article: Article) throws -> [UInt8] {
        let extraction = extractor.extract(article)
        if format == .jsonl {
            return Array(try encoder.encode(ExtractedArticle(article: article, extraction: extraction))) + [0x0A]
        }
        // Room for the statements at once (about 256 bytes each), rather than growing the buffer step by step.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256 * (4 + 5 * extraction.entities.count + 11 * extraction.facts.count))
        // The graph, the same for all of the article's statements, is serialized once.
        let graph = rdfFormat == .nquads ? NTriplesSerializer.graphSuffix(.iri(FactMapper.articleIRI(article))) : []
        mapper.forEachTriple(for: article, extraction: extraction) { subject, predicate, object in
            NTriplesSerializer.append(subject, predicate, object, graph: graph, to: &bytes)
        }
        return bytes
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
