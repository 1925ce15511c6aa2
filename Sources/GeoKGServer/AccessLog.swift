import Foundation
import HTTPTypes
import Hummingbird

/// Writes one line per request on standard error: method, path, status, bytes (when known) and milliseconds.
struct AccessLog<Context: RequestContext>: RouterMiddleware {
    /// The longest path (with its query string) a line shows.
    static var pathLimit: Int { 200 }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let started = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, status: response.status.code, bytes: response.body.contentLength, since: started)
            return response
        } catch {
            log(request, status: (error as? any HTTPResponseError)?.status.code ?? 500, bytes: nil, since: started)
            throw error
        }
    }

    private func log(_ request: Request, status: Int, bytes: Int?, since started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        let milliseconds =
            Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        var path = request.uri.string
        if path.count > Self.pathLimit { path = path.prefix(Self.pathLimit) + "…" }
        let line =
            "geokg serve: \(request.method.rawValue) \(path) \(status) \(bytes.map { "\($0) B" } ?? "streamed") "
            + String(format: "%.1f ms", milliseconds) + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
