import GeoKG
import HTTPTypes
import Hummingbird
import NIOCore

/// The read side of the SPARQL 1.1 Graph Store Protocol: `?default` gives the default graph (the union of the
/// store's graphs, as queries see it), `?graph=IRI` one named graph (as N-Triples, Turtle or N-Quads), and no
/// parameter the whole dataset as N-Quads.
struct GraphStoreEndpoint: Sendable {
    let pool: ReaderPool

    /// Answers a GET request, streaming the statements.
    func answer(_ request: Request) async -> Response {
        do {
            let fields = try FormFields(request.uri.query ?? "")
            let scope: ExportScope
            if fields.has("default") {
                scope = .triples
            } else if let name = fields["graph"] {
                guard let iri = try? IRI(name) else { throw ClientError(.badRequest, "graph=\(name) is not an IRI") }
                scope = .graph(iri)
            } else {
                scope = .quads
            }
            let offered: [AnswerFormat] = if case .quads = scope { [.nquads] } else { [.ntriples, .turtle, .nquads] }
            guard let format = AnswerFormat.negotiate(request.headers[.accept], offered: offered) else {
                throw ClientError(.notAcceptable, "offered as " + offered.map(\.rawValue).joined(separator: ", "))
            }
            if case .graph(let iri) = scope {
                let known = try await pool.withReader { reader in
                    var found = false
                    try reader.engine.run("ASK { GRAPH \(Term.iri(iri)) { ?s ?p ?o } }") { output in
                        if case .boolean(let value) = output { found = value }
                    }
                    return found
                }
                guard known else { throw ClientError(.notFound, "the store has no graph named \(iri.value)") }
            }
            return Response(status: .ok, headers: [.contentType: format.contentType], body: stream(scope, format))
        } catch {
            return ClientError.describing(error).response
        }
    }

    /// The statements of `scope` in `format`, written by a reader as the client takes them.
    private func stream(_ scope: ExportScope, _ format: AnswerFormat) -> ResponseBody {
        let pipe = ChunkPipe()
        let pool = self.pool
        Task {
            do {
                try await pool.withReader { reader in
                    if format == .turtle {
                        let turtle = TurtleWriter { try pipe.write(Array($0.utf8)) }
                        try reader.store.forEachStatement(scope) { quad in
                            try turtle.write(Triple(quad.subject, quad.predicate, quad.object))
                        }
                        try turtle.finish()
                        return
                    }
                    var line: [UInt8] = []
                    try reader.store.forEachStatement(scope) { quad in
                        line.removeAll(keepingCapacity: true)
                        NTriplesSerializer.append(quad, format: format == .nquads ? .nquads : .ntriples, to: &line)
                        try pipe.write(line)
                    }
                }
                pipe.finish()
            } catch {
                pipe.finish(throwing: error)
            }
        }
        return pipe.body
    }
}
