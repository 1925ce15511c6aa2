import Dispatch
import Foundation
import GeoKG
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// `geokg serve`: the store over HTTP, read-only. `/sparql` answers the SPARQL 1.1 Protocol, `/store` the Graph
/// Store Protocol's GET, `/` is the browser view and `/api/...` the reads behind it.
public enum GeoKGServer {
    /// Serves the store until SIGINT or SIGTERM, then stops taking requests and finishes those under way.
    /// Says on standard error where it listens once it does.
    /// - Throws: `StoreError` when the store cannot be read; what the server throws when it cannot listen.
    public static func run(_ settings: ServerSettings) throws {
        _ = try TripleStore(readingAt: settings.storePath)
        var logger = Logger(label: "geokg serve")
        logger.logLevel = .warning
        let path = settings.storePath
        let app = Application(
            router: router(settings),
            configuration: ApplicationConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: "geokg"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? settings.port
                let line = "geokg: serving \(path) at http://\(settings.host):\(port)/ (SPARQL at /sparql)\n"
                FileHandle.standardError.write(Data(line.utf8))
            },
            logger: logger)
        try waitFor { try await app.runService() }
    }

    /// The routes and middleware.
    static func router(_ settings: ServerSettings) -> Router<BasicRequestContext> {
        let pool = ReaderPool(path: settings.storePath, size: settings.readers)
        let limits = AnswerLimits(seconds: settings.timeout, rows: settings.rowLimit)
        let sparql = SPARQLEndpoint(pool: pool, limits: limits)
        let graphs = GraphStoreEndpoint(pool: pool)
        let explorer = ExplorerAPI(pool: pool, limits: limits)
        let router = Router(context: BasicRequestContext.self)
        router.middlewares.add(AccessLog())
        if let origin = settings.corsOrigin {
            router.middlewares.add(CORSMiddleware(allowOrigin: .custom(origin), allowMethods: [.get, .post, .options]))
        }
        router.get("/") { _, _ in BrowserFile.page.response }
        router.get("/ui/geokg.js") { _, _ in BrowserFile.script.response }
        router.get("/ui/geokg.css") { _, _ in BrowserFile.style.response }
        router.get("/sparql") { request, _ in await sparql.answer(request) }
        router.post("/sparql") { request, _ in await sparql.answer(request) }
        router.get("/store") { request, _ in await graphs.answer(request) }
        router.get("/api/entities") { request, _ in await explorer.entities(request) }
        router.get("/api/entity") { request, _ in await explorer.entity(request) }
        router.get("/api/diagram") { request, _ in await explorer.diagram(request) }
        return router
    }

    /// Runs `work` to its end, blocking the calling thread (the command line's, outside the task pool).
    private static func waitFor(_ work: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            do { try await work() } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }
}

/// How the server's run ended, handed from its task to the waiting thread.
private final class Outcome: @unchecked Sendable {
    var error: (any Error)?
}
