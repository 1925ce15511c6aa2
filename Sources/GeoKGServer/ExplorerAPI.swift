import Foundation
import GeoKG
import GeoKGGraph
import HTTPTypes
import Hummingbird
import NIOCore

/// What the browser view asks of the store: entities matching a name, an entity's description and facts, and the
/// diagram of its neighbourhood, each read by the same views as `geokg entities`, `show` and `render`.
struct ExplorerAPI: Sendable {
    /// The most entities a search lists.
    static let searchLimit = 50
    /// The most entities a diagram draws.
    static let diagramNodes = 40

    let pool: ReaderPool
    let limits: AnswerLimits

    /// `GET /api/entities?match=TEXT`: the busiest entities whose name contains the text, as SPARQL JSON results.
    func entities(_ request: Request) async -> Response {
        await answer(request, type: AnswerFormat.json.contentType) { fields, reader in
            let match = fields["match"].flatMap { $0.isEmpty ? nil : $0 }
            var table = try EntityDirectory(engine: reader.engine, graph: try FactGraph(source: reader.store)).list(
                match: match)
            table.rows = Array(table.rows.prefix(Self.searchLimit))
            return try Self.json(["entities": table], reader)
        }
    }

    /// `GET /api/entity?iri=IRI&relation=&since=&until=`: an entity's description and facts, with the labels of
    /// the IRIs they name.
    func entity(_ request: Request) async -> Response {
        await answer(request, type: AnswerFormat.json.contentType) { fields, reader in
            let iri = try Self.focus(fields)
            let graph = try FactGraph(source: reader.store)
            let profile = EntityProfile(engine: reader.engine, graph: graph)
            let description = try profile.description(of: iri)
            let facts = try profile.facts(of: iri, filter: try Self.filter(fields, graph))
            guard !description.rows.isEmpty || !facts.rows.isEmpty else {
                throw ClientError(.notFound, "the store knows nothing of \(iri.value)")
            }
            return try Self.json(["description": description, "facts": facts], reader)
        }
    }

    /// `GET /api/diagram?iri=IRI&depth=N&relation=&since=&until=`: the neighbourhood as SVG, drawn by the
    /// render layer; each node's title is its entity's IRI.
    func diagram(_ request: Request) async -> Response {
        await answer(request, type: "image/svg+xml; charset=utf-8") { fields, reader in
            let iri = try Self.focus(fields)
            let depth = Int(fields["depth"] ?? "1") ?? 0
            guard (1...3).contains(depth) else { throw ClientError(.badRequest, "depth is 1, 2 or 3") }
            let graph = try FactGraph(source: reader.store)
            let subgraph = try SubgraphSelector(graph: graph).select(
                SubgraphRequest(
                    focus: [iri], depth: depth, filter: try Self.filter(fields, graph), maxEntities: Self.diagramNodes))
            let title = "\(depth == 1 ? "1 step" : "\(depth) steps") · \(subgraph.entities.count) entities"
            let diagram = subgraph.diagram(title: title)
            return try DiagramRenderer.render(diagram, format: .svg).bytes
        }
    }

    /// Runs `body` on a reader within the time limit, answering its bytes with `type`, or the error it throws.
    private func answer(
        _ request: Request, type: String,
        _ body: @escaping @Sendable (FormFields, StoreReader) throws -> [UInt8]
    ) async -> Response {
        do {
            let fields = try FormFields(request.uri.query ?? "")
            let seconds = limits.seconds
            let bytes = try await pool.withReader { reader in
                try reader.store.stoppingAfter(seconds) { try body(fields, reader) }
            }
            return Response(
                status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        } catch let error as UnknownNameError {
            // A relation the filter names that the store does not know.
            return ClientError(.badRequest, error.description).response
        } catch {
            return ClientError.describing(error).response
        }
    }

    /// The entity the `iri` field names.
    private static func focus(_ fields: FormFields) throws -> IRI {
        guard let text = fields["iri"], let iri = try? IRI(text) else {
            throw ClientError(.badRequest, "give the entity as iri=IRI")
        }
        return iri
    }

    /// The walk filter the `relation` (repeatable by commas), `since` and `until` fields ask for.
    private static func filter(_ fields: FormFields, _ graph: FactGraph) throws -> WalkFilter {
        var filter = WalkFilter()
        for (name, day) in [("since", fields["since"]), ("until", fields["until"])] {
            guard let day, !day.isEmpty else { continue }
            guard WalkFilter.isDay(day) else { throw ClientError(.badRequest, "\(name) is a day, YYYY-MM-DD") }
            if name == "since" { filter.since = day } else { filter.until = day }
        }
        let relations = (fields["relation"] ?? "").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        if !relations.isEmpty { filter.relations = try RelationResolver(graph: graph).resolve(relations) }
        return filter
    }

    /// A JSON object of SPARQL JSON result tables, with `labels`: the label of every IRI the tables name that
    /// has one.
    private static func json(_ tables: KeyValuePairs<String, ResultTable>, _ reader: StoreReader) throws -> [UInt8] {
        var labels: [String: String] = [:]
        var members: [String] = []
        for (name, table) in tables {
            let readable = try table.readable(engine: reader.engine)
            for (raw, shown) in zip(table.rows, readable.rows) {
                for case (.iri(let iri)?, .literal(let label)?) in zip(raw, shown) where label.lexicalForm != iri.value
                {
                    labels[iri.value] = label.lexicalForm
                }
            }
            let sink = ByteSink()
            try table.write(to: ResultWriter(format: .json) { sink.bytes.append(contentsOf: $0.utf8) })
            members.append("\"\(name)\":" + String(decoding: sink.bytes, as: UTF8.self))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        members.append("\"labels\":" + String(decoding: try encoder.encode(labels), as: UTF8.self))
        return Array(("{" + members.joined(separator: ",") + "}\n").utf8)
    }
}
