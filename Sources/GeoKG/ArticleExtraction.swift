import Foundation
public import GeoKGArticles
import GeoKGExtraction
public import GeoKGOntology
import GeoKGRDF
public import GeoKGSyntax

/// `geokg extract`'s pipeline: the facts of articles written to a file descriptor, without a store, in input
/// order, as one JSON object per article or as N-Triples or N-Quads.
public struct ArticleExtraction {
    /// What `extract` writes.
    public enum Format: String, CaseIterable, Sendable {
        /// One object per article with its entities and facts.
        case jsonl
        /// The article's statements, without their graph.
        case ntriples
        /// The article's statements in its named graph.
        case nquads
    }

    private let renderer: ExtractionRenderer
    private let jobs: Int

    /// Prepares to extract with `jobs` threads, tagging with `tagger`, writing `format`.
    public init(ontology: Ontology, tagger: Tagger, format: Format, jobs: Int) {
        renderer = ExtractionRenderer(
            extractor: Extractor(ontology: ontology, tagger: tagger), mapper: FactMapper(ontology: ontology),
            format: format)
        self.jobs = max(1, jobs)
    }

    /// Extracts every article under `paths` and writes the output to `fileDescriptor`; reports each file or line
    /// that cannot be read through `onError` and goes on. Returns how many could not be read.
    /// - Throws: `RDFOutputError` when the output cannot be written, `EncodingError` when an article cannot be
    ///   written as JSON.
    public func run(
        paths: [String], format: ArticleFormat, to fileDescriptor: Int32, onError: (any Error) -> Void
    ) throws -> Int {
        let writer = QuadWriter(
            fileDescriptor: fileDescriptor, format: renderer.format == .nquads ? .nquads : .ntriples)
        let renderer = self.renderer
        let failures = try ArticleBatches.read(paths: paths, format: format, onError: onError) { batch in
            // Workers extract and serialize; this thread only writes, in input order.
            for output in ParallelMap.map(batch, jobs: jobs, { article in Result { try renderer.lines(for: article) } })
            {
                try writer.write(serialized: try output.get())
            }
        }
        try writer.finish()
        // The process ends soon after: freeing the lexicon and the models would take time and give nothing back.
        _ = Unmanaged.passRetained(Retained(renderer))
        return failures
    }
}

/// A value kept alive until the process exits.
private final class Retained<Value> {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// Extracts an article's facts and serializes them in one of `ArticleExtraction`'s formats.
private struct ExtractionRenderer: Sendable {
    let extractor: Extractor
    let mapper: FactMapper
    let format: ArticleExtraction.Format
    private let encoder = JSONEncoder()

    init(extractor: Extractor, mapper: FactMapper, format: ArticleExtraction.Format) {
        self.extractor = extractor
        self.mapper = mapper
        self.format = format
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
        let graph = format == .nquads ? NTriplesSerializer.graphSuffix(.iri(FactMapper.articleIRI(article))) : []
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
