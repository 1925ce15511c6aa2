public import GeoKGErrors
import GeoKGOntology
public import GeoKGQuery
public import GeoKGRDF

/// `geokg timeline` and `geokg diff`: the consolidated facts (the graph `GeoVocabulary.factsGraph`) in the order of
/// their dates, with the number of sources behind each. Imported event data has them once `geokg consolidate` ran.
public struct FactHistory {
    private let engine: QueryEngine

    /// A history read through `engine`.
    public init(engine: QueryEngine) {
        self.engine = engine
    }

    /// `entity`'s facts in date order (the event's date, else the day a standing relation began, else the first
    /// report), those dated from `since` to `until` when given, at least `minConfidence` confident when given.
    /// - Throws: `FactHistoryError` when the store holds no consolidated facts; `QueryError` or `StoreError`.
    public func timeline(of entity: IRI, since: String? = nil, until: String? = nil, minConfidence: Double? = nil)
        throws -> ResultTable
    {
        let node = Term.iri(entity).sparql
        let day = "STR(COALESCE(?event, ?from, ?first, \"\"))"
        var filters = Self.confidenceFilter(minConfidence)
        if let since { filters.append("\(day) >= \(since.sparqlLiteral)") }
        if let until { filters.append("\(day) <= \(until.sparqlLiteral)") }
        return try select(
            """
            SELECT (COALESCE(?event, ?from, ?first) AS ?date) ?subject ?relation ?object ?sources ?modality ?confidence
            WHERE {
              GRAPH \(Self.graph) {
                { ?fact geo:subject \(node) } UNION { ?fact geo:object \(node) }
                \(Self.factPattern)
                OPTIONAL { ?fact geo:eventDate ?event } OPTIONAL { ?fact geo:validFrom ?from }
                OPTIONAL { ?fact geo:firstReported ?first }
              }
              \(Self.filter(filters))
            } ORDER BY ?date ?relation ?subject ?object
            """)
    }

    /// What changed from `from` to `to` (days, both included): the facts first reported then, and the standing
    /// relations that began or ended then; only those touching `entity` when given.
    /// - Throws: `FactHistoryError` when the store holds no consolidated facts; `QueryError` or `StoreError`.
    public func changes(from: String, to: String, touching entity: IRI? = nil, minConfidence: Double? = nil)
        throws -> ResultTable
    {
        var filters =
            Self.confidenceFilter(minConfidence) + [
                "STR(?when) >= \(from.sparqlLiteral)", "STR(?when) <= \(to.sparqlLiteral)",
            ]
        if let entity {
            filters.append("(?subject = \(Term.iri(entity).sparql) || ?object = \(Term.iri(entity).sparql))")
        }
        return try select(
            """
            SELECT ?change (?when AS ?date) ?subject ?relation ?object ?sources ?modality ?confidence WHERE {
              GRAPH \(Self.graph) {
                \(Self.factPattern)
                { ?fact geo:firstReported ?when . VALUES ?change { "reported" } }
                UNION { ?fact geo:validFrom ?when . VALUES ?change { "began" } }
                UNION { ?fact geo:validUntil ?when . VALUES ?change { "ended" } }
              }
              \(Self.filter(filters))
            } ORDER BY ?change ?date ?relation ?subject ?object
            """)
    }

    private func select(_ body: String) throws -> ResultTable {
        let prefix = "PREFIX geo: <\(Namespaces.geo.iri)>\n"
        guard
            !(try engine.select(prefix + "SELECT ?fact WHERE { GRAPH \(Self.graph) { ?fact a geo:Fact } } LIMIT 1"))
                .solutions.isEmpty
        else { throw FactHistoryError() }
        let result = try engine.select(prefix + body)
        return ResultTable(variables: result.variables, rows: result.solutions)
    }

    private static let graph = Term.iri(GeoVocabulary.factsGraph).sparql

    /// What every fact gives: its subject, relation, object, source count and modality, and its confidence if any.
    private static let factPattern = """
        ?fact geo:subject ?subject ; geo:relation ?relation ; geo:object ?object ; geo:sourceCount ?sources ;
                  geo:modality ?modality .
            OPTIONAL { ?fact geo:confidence ?confidence }
        """

    private static func confidenceFilter(_ minimum: Double?) -> [String] {
        minimum.map { ["BOUND(?confidence) && ?confidence >= \($0)"] } ?? []
    }

    /// `FILTER` of all the conditions, or nothing.
    private static func filter(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "FILTER(" + conditions.joined(separator: " && ") + ")"
    }
}

/// The store holds no consolidated facts: made by ingest, or by `geokg consolidate` for imported event data.
public struct FactHistoryError: GeoKGError, Sendable {
    public var description: String {
        "the store holds no consolidated facts (graph <https://w3id.org/geokg/facts>); run geokg consolidate first"
    }
}
