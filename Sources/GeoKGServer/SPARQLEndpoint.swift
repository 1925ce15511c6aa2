import GeoKG
import HTTPTypes
import Hummingbird
import NIOCore

/// The query operation of the SPARQL 1.1 Protocol, over the store, read-only.
struct SPARQLEndpoint: Sendable {
    /// The largest request body read: a query or a form holding one.
    static let bodyLimit = 1 << 20

    let pool: ReaderPool
    let limits: AnswerLimits

    /// Answers a GET or POST request to the endpoint; every failure is an answer with its status and a message.
    func answer(_ request: Request) async -> Response {
        do {
            let text = try await Self.queryText(of: request)
            let query: Query
            do {
                query = try QueryEngine.parse(text)
            } catch {
                throw ClientError(.badRequest, "the query is not valid: \(error.description)")
            }
            let offered: [AnswerFormat]
            if case .construct = query.form { offered = AnswerFormat.triples } else { offered = AnswerFormat.solutions }
            guard let format = AnswerFormat.negotiate(request.headers[.accept], offered: offered) else {
                throw ClientError(
                    .notAcceptable,
                    "this query's answer is offered as " + offered.map(\.rawValue).joined(separator: ", "))
            }
            let limits = self.limits
            let bytes = try await pool.withReader { reader in
                try AnswerWriter.answer(query, as: format, from: reader, within: limits)
            }
            return Response(
                status: .ok, headers: [.contentType: format.contentType],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        } catch {
            return ClientError.describing(error).response
        }
    }

    /// The query text of a request, as the protocol places it: the URL's `query` field (GET), the body (POST
    /// `application/sparql-query`) or the body's `query` field (POST form).
    /// - Throws: `ClientError` for a request that carries no query, an update, or a dataset of its own.
    static func queryText(of request: Request) async throws -> String {
        let url = try FormFields(request.uri.query ?? "")
        var fields = url
        var text: String?
        if request.method == .post {
            let body = String(buffer: try await request.body.collect(upTo: bodyLimit))
            let type = request.headers[.contentType]?.split(separator: ";").first?.trimmed.lowercased() ?? ""
            switch type {
            case "application/sparql-query": text = body
            case "application/x-www-form-urlencoded": fields = try FormFields(body)
            case "application/sparql-update":
                throw ClientError(.badRequest, "this endpoint is read-only: SPARQL updates are refused")
            default:
                throw ClientError(
                    .unsupportedMediaType,
                    "a POSTed query is sent as application/sparql-query or application/x-www-form-urlencoded")
            }
        }
        for name in ["default-graph-uri", "named-graph-uri"] where url.has(name) || fields.has(name) {
            throw ClientError(
                .badRequest,
                "\(name) is refused: queries run over this server's own store, whose default graph "
                    + "is the union of its graphs")
        }
        if fields.has("update") { throw ClientError(.badRequest, "this endpoint is read-only: updates are refused") }
        guard let query = text ?? fields["query"] else {
            throw ClientError(
                .badRequest, "no query: give it as the query field, or POST it as application/sparql-query")
        }
        return query
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    fileprivate var trimmed: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
