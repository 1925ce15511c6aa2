public import GeoKGRDF
public import GeoKGStore

/// Writes a store's statements as N-Triples or N-Quads.
public enum RDFExport {
    /// Streams the store to `fileDescriptor`: in N-Triples every distinct triple of all graphs once,
    /// in N-Quads every statement with its graph. The same store always gives the same bytes.
    /// - Returns: the number of lines written.
    /// - Throws: `StoreError` when the store fails, `RDFOutputError` when the output does.
    @discardableResult
    public static func run(from store: TripleStore, format: RDFFormat, to fileDescriptor: Int32) throws -> Int {
        let writer = QuadWriter(fileDescriptor: fileDescriptor, format: format)
        var lines = 0
        try store.forEachStatement(format == .ntriples ? .triples : .quads) { quad in
            try writer.write(quad)
            lines += 1
        }
        try writer.finish()
        return lines
    }
}
