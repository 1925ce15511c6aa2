/// How query results are written.
public enum ResultFormat: String, Sendable, CaseIterable {
    /// Aligned columns with IRIs shortened by known prefixes, for people.
    case table
    /// SPARQL 1.1 Query Results TSV: terms in N-Triples form.
    case tsv
    /// SPARQL 1.1 Query Results CSV: plain values.
    case csv
    /// SPARQL 1.1 Query Results JSON.
    case json
    /// SPARQL Query Results XML.
    case xml
    /// N-Triples, for CONSTRUCT.
    case ntriples
}
