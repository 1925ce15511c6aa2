/// The line-based RDF formats geokg reads and writes.
public enum RDFFormat: String, CaseIterable, Sendable {
    /// W3C N-Triples: one triple a line.
    case ntriples
    /// W3C N-Quads: one triple a line, with an optional graph name.
    case nquads

    /// The format a file name's extension stands for (`.nt`, `.nq`), or `nil`.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".nt") || lower.hasSuffix(".ntriples") {
            self = .ntriples
        } else if lower.hasSuffix(".nq") || lower.hasSuffix(".nquads") {
            self = .nquads
        } else {
            return nil
        }
    }

    /// Whether a statement may name its graph.
    var allowsGraphName: Bool { self == .nquads }
}
