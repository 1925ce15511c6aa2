public import GeoKGQuery
import GeoKGRDF

extension ResultTable {
    /// The most IRIs whose labels one query asks for.
    private static let labelBatch = 500

    /// The table as people read it: each IRI by its label (`China`, `restricts`), or its text when it has none
    /// (an article's URL); each literal by its text (`2019-05-01`, not `"2019-05-01"^^xsd:date`).
    /// - Throws: `StoreError` or `QueryError` when the labels cannot be read.
    /// - Complexity: one query per 500 distinct IRIs.
    public func readable(engine: QueryEngine) throws -> ResultTable {
        var iris: Set<IRI> = []
        for row in rows {
            for case .iri(let iri)? in row { iris.insert(iri) }
        }
        var labels: [IRI: String] = [:]
        let ordered = iris.sorted { $0.value < $1.value }
        for start in stride(from: 0, to: ordered.count, by: Self.labelBatch) {
            let batch = ordered[start..<min(start + Self.labelBatch, ordered.count)]
            let query = """
                SELECT ?term (MIN(?label) AS ?name) WHERE {
                  VALUES ?term { \(batch.map { Term.iri($0).sparql }.joined(separator: " ")) }
                  ?term rdfs:label ?label
                } GROUP BY ?term
                """
            for row in try engine.select(query).solutions {
                guard case .iri(let iri)? = row[0], case .literal(let label)? = row[1] else { continue }
                labels[iri] = label.lexicalForm
            }
        }
        return ResultTable(
            variables: variables,
            rows: rows.map { row in row.map { $0.map { .literal(Literal(Self.text(of: $0, labels: labels))) } } })
    }

    /// A term as text: an IRI's label or value, a literal's lexical form, a blank node's label.
    private static func text(of term: Term, labels: [IRI: String]) -> String {
        switch term {
        case .iri(let iri): labels[iri] ?? iri.value
        case .literal(let literal): literal.lexicalForm
        case .blank(let node): "_:\(node.id)"
        }
    }
}
