public import GeoKGRDF
public import GeoKGStore

/// The formats `geokg export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Every distinct triple once, a line each.
    case ntriples
    /// Every statement with its graph, a line each.
    case nquads
    /// Every distinct triple once, grouped by subject under geokg's prefixes.
    case turtle
}

/// Writes a store's statements as N-Triples, N-Quads or Turtle.
public enum RDFExport {
    /// Streams the store to `fileDescriptor`: in N-Triples and Turtle every distinct triple of all graphs once,
    /// in N-Quads every statement with its graph. The same store always gives the same bytes.
    /// - Returns: the number of statements written.
    /// - Throws: `StoreError` when the store fails, `RDFOutputError` when the output does.
    @discardableResult
    public static func run(from store: TripleStore, format: ExportFormat, to fileDescriptor: Int32) throws -> Int {
        let writer = QuadWriter(fileDescriptor: fileDescriptor, format: format == .nquads ? .nquads : .ntriples)
        var statements = 0
        if format == .turtle {
            let turtle = TurtleWriter { try writer.write(serialized: Array($0.utf8)) }
            try store.forEachStatement(.triples) { quad in
                try turtle.write(Triple(quad.subject, quad.predicate, quad.object))
                statements += 1
            }
            try turtle.finish()
        } else {
            try store.forEachStatement(format == .ntriples ? .triples : .quads) { quad in
                try writer.write(quad)
                statements += 1
            }
        }
        try writer.finish()
        return statements
    }
}
