public import GeoKGArticles
import GeoKGExtraction
public import GeoKGOntology
import GeoKGRDF
public import GeoKGSyntax

/// `geokg eval`: extracts the facts of gold-annotated articles as `ingest` would store them, and scores them
/// against the gold, article by article.
public struct ExtractionEvaluation {
    /// One article's outcome: its score, or why it could not be read.
    public struct Outcome: Sendable {
        public let article: GoldArticle
        public let score: Result<ArticleScore, ArticleError>
    }

    private let ontology: Ontology
    private let extractor: Extractor
    private let mapper: FactMapper
    private let ontologyStatements: [Quad]

    /// Prepares to evaluate with the ontology `ontology` and the tagger `tagger`.
    public init(ontology: Ontology, tagger: Tagger) {
        self.ontology = ontology
        extractor = Extractor(ontology: ontology, tagger: tagger)
        mapper = FactMapper(ontology: ontology)
        ontologyStatements = OntologyGraph.statements(ontology)
    }

    /// Scores every gold article under `folders`, calling `body` with each outcome in order, and returns the totals.
    /// - Throws: `GoldFileError` for a folder without gold articles or a gold file that cannot be read.
    public func run(folders: [String], _ body: (Outcome) -> Void) throws(GoldFileError) -> ScoreTotals {
        var totals = ScoreTotals()
        for path in try GoldArticle.textPaths(in: folders) {
            let gold = try GoldArticle(textPath: path)
            var statements = ontologyStatements
            var failure: ArticleError?
            ArticleReader.read(path: path, format: .auto) { result in
                switch result {
                case .success(let article):
                    statements += mapper.statements(for: article, extraction: extractor.extract(article))
                case .failure(let error):
                    failure = failure ?? error
                }
            }
            let score = ArticleScore(gold: gold, statements: failure == nil ? statements : [], ontology: ontology)
            totals.add(score)
            body(Outcome(article: gold, score: failure.map { .failure($0) } ?? .success(score)))
        }
        return totals
    }
}
