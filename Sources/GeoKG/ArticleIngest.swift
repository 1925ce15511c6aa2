import Dispatch
public import GeoKGArticles
import GeoKGExtraction
public import GeoKGOntology
import GeoKGRDF
public import GeoKGStore

/// Reads articles, extracts their facts (on several threads) and stores each article as its own named graph,
/// keeping the consolidated facts (`FactConsolidator`) in step.
///
/// Articles are written in input order, each batch of `ArticleBatches` in one transaction with the facts it
/// touches, so an interrupted run leaves whole articles and their facts only, and a rerun skips those already
/// stored.
public final class ArticleIngest {
    private let store: TripleStore
    private let extractor: Extractor
    private let mapper: FactMapper
    private let consolidator: FactConsolidator
    /// The graph holding the ontology, stored before the first article.
    private let ontologyUpdate: GraphUpdate
    private let jobs: Int
    /// A hash of what decides the facts besides the article: geokg's version, the ontology and the tagger.
    private let extractionVersion: String

    /// Prepares an ingest into `store` with `jobs` extraction threads, tagging with `tagger`, consolidating reports
    /// at most `window` days apart.
    public init(
        store: TripleStore, ontology: Ontology, tagger: Tagger, jobs: Int, window: Int = FactConsolidator.defaultWindow
    ) {
        self.store = store
        self.ontologyUpdate = OntologyGraph.update(ontology)
        self.extractor = Extractor(ontology: ontology, tagger: tagger)
        self.mapper = FactMapper(ontology: ontology)
        self.consolidator = FactConsolidator(relations: ontology.relations, window: window)
        self.jobs = max(1, jobs)
        self.extractionVersion = ContentHash.ofText(
            GeoKGVersion.current + "\n" + ontologyUpdate.contentHash + "\n" + String(tagger.checksum, radix: 16))
    }

    /// Ingests every article under `paths`; reports each bad file or line through `onError` and goes on.
    /// - Throws: `StoreError` when the store fails (articles written before stay stored).
    public func run(
        paths: [String], format: ArticleFormat, onProgress: (ReadingProgress) -> Void, onError: (any Error) -> Void
    ) throws -> IngestSummary {
        var summary = IngestSummary()
        _ = try store.replaceGraphs([ontologyUpdate])
        summary.failures = try ArticleBatches.read(
            paths: paths, format: format, onError: onError, onProgress: onProgress
        ) {
            try write($0, into: &summary)
        }
        return summary
    }

    private func write(_ articles: [Article], into summary: inout IngestSummary) throws {
        guard !articles.isEmpty else { return }
        // Articles stored as they are need no extraction at all (a rerun after an interruption, say).
        let graphs = articles.map(FactMapper.articleIRI)
        let hashes = articles.map(contentHash)
        let stored = try store.contentHashes(of: graphs)
        let changed = articles.indices.filter { stored[$0] != hashes[$0] }
        summary.unchanged += articles.count - changed.count
        let extractor = self.extractor
        let mapper = self.mapper
        let results = ParallelMap.map(changed.map { articles[$0] }, jobs: jobs) { article in
            let extraction = extractor.extract(article)
            return (facts: extraction.facts.count, statements: mapper.statements(for: article, extraction: extraction))
        }
        var updates: [GraphUpdate] = []
        for (index, result) in zip(changed, results) {
            updates.append(
                GraphUpdate(
                    graph: graphs[index], contentHash: hashes[index], name: articles[index].source,
                    statements: result.statements))
            summary.facts += result.facts
        }
        for outcome in try store.replaceGraphs(updates, derived: consolidator) {
            switch outcome {
            case .unchanged: summary.unchanged += 1
            case .added: summary.added += 1
            case .replaced: summary.replaced += 1
            }
        }
        summary.articles += articles.count
    }

    private func contentHash(_ article: Article) -> String {
        ContentHash.ofText(
            [extractionVersion, article.url, article.title ?? "", article.date ?? "", article.body].joined(
                separator: "\u{1F}"))
    }
}

/// What an ingest did.
public struct IngestSummary: Sendable {
    /// Articles read.
    public var articles = 0
    /// Articles stored for the first time.
    public var added = 0
    /// Articles whose content changed, so their facts were replaced.
    public var replaced = 0
    /// Articles already stored as they are.
    public var unchanged = 0
    /// Facts extracted from the articles that were new or changed.
    public var facts = 0
    /// Files or lines that could not be read.
    public var failures = 0
}

/// Maps a function over an array on several threads, keeping the order.
public enum ParallelMap {
    /// `elements.map(transform)`, computed by `jobs` threads.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], jobs: Int, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard jobs > 1, elements.count > 1 else { return elements.map(transform) }
        let results = ResultSlots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: min(jobs, elements.count)) { worker in
            for index in stride(from: worker, to: elements.count, by: jobs) {
                results.set(index, transform(elements[index]))
            }
        }
        return results.values()
    }
}

/// Slots that concurrent workers fill, each index written by exactly one worker.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Value) {
        slots[index] = value
    }

    func values() -> [Value] {
        slots.compactMap { $0 }
    }
}
