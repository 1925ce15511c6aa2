import GeoKG
import HTTPTypes

/// The limits every answer is held to.
struct AnswerLimits: Sendable {
    /// The longest a query may run, in seconds.
    let seconds: Double
    /// The most solutions or triples an answer may hold.
    let rows: Int
}

/// Writes the answer to one query, in one format, within the server's limits.
enum AnswerWriter {
    /// The answer to `query` in `format`, read through `reader`.
    /// - Throws: `ClientError` when the answer would pass `limits.rows`; `StoreError` (`isTimeLimit`) when the
    ///   query runs past `limits.seconds`; `QueryError` for a query that cannot be evaluated.
    static func answer(_ query: Query, as format: AnswerFormat, from reader: StoreReader, within limits: AnswerLimits)
        throws -> [UInt8]
    {
        let sink = ByteSink()
        let emit: (String) -> Void = { sink.bytes.append(contentsOf: $0.utf8) }
        // Turtle groups a subject's triples, so they are gathered and ordered by subject before writing.
        var triples: [Triple] = []
        let writer = format == .turtle ? nil : ResultWriter(format: try resultFormat(format), emit: emit)
        var rows = 0
        try reader.store.stoppingAfter(limits.seconds) {
            try reader.engine.run(query) { output in
                switch output {
                case .solution, .triple:
                    rows += 1
                    if rows > limits.rows {
                        throw ClientError(
                            .badRequest,
                            "the answer has more than \(limits.rows) rows, the server's limit (geokg serve --max-rows): "
                                + "narrow the query or add LIMIT")
                    }
                case .variables, .boolean: break
                }
                if let writer {
                    try writer.write(output)
                } else if case .triple(let triple) = output {
                    triples.append(triple)
                }
            }
            try writer?.finish()
        }
        if writer == nil {
            let turtle = TurtleWriter(emit: emit)
            for triple in triples.enumerated().sorted(by: Self.bySubject).map(\.element) { try turtle.write(triple) }
            try turtle.finish()
        }
        return sink.bytes
    }

    /// Orders triples by subject, keeping the query's order within one subject.
    private static func bySubject(_ a: (offset: Int, element: Triple), _ b: (offset: Int, element: Triple)) -> Bool {
        let (left, right) = (a.element.subject.description, b.element.subject.description)
        return left == right ? a.offset < b.offset : left < right
    }

    /// The result writer's format for `format`.
    private static func resultFormat(_ format: AnswerFormat) throws -> ResultFormat {
        switch format {
        case .json: .json
        case .xml: .xml
        case .csv: .csv
        case .tsv: .tsv
        case .ntriples: .ntriples
        case .turtle, .nquads: throw ClientError(.notAcceptable, "\(format.rawValue) is not written by a result writer")
        }
    }
}

/// Bytes gathered by a closure that outlives the call that made it.
final class ByteSink {
    var bytes: [UInt8] = []
}
