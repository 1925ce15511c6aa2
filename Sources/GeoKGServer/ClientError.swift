import GeoKG
import HTTPTypes
import Hummingbird
import NIOCore

/// A request the server will not answer as asked: its status and a message for the client, sent as plain text.
struct ClientError: Error, Sendable {
    let status: HTTPResponse.Status
    let message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }
}

extension ClientError {
    /// The error as a plain-text response.
    var response: Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: message + "\n")))
    }

    /// What the client is told of `error`: a client error as it is; a query that cannot be evaluated as a bad
    /// request; a body past the limit as too large; a query stopped at the time limit as unavailable service;
    /// anything else as a server fault.
    static func describing(_ error: any Error) -> ClientError {
        switch error {
        case let error as ClientError: return error
        case let error as QueryError: return ClientError(.badRequest, "the query cannot be answered: \(error)")
        case is NIOTooManyBytesError:
            return ClientError(.contentTooLarge, "the request's body is larger than \(SPARQLEndpoint.bodyLimit) bytes")
        case let error as StoreError where error.isTimeLimit:
            return ClientError(.serviceUnavailable, "\(error.message) (geokg serve --timeout): narrow the query")
        case let error as any GeoKGError: return ClientError(.internalServerError, error.description)
        default: return ClientError(.internalServerError, "\(error)")
        }
    }
}
