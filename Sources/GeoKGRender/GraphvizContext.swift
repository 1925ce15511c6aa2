internal import CGraphviz
import Foundation

/// The process's one Graphviz context, which holds the loaded plugins; Graphviz is not thread-safe, so every
/// use goes through `withContext`, one at a time.
final class GraphvizContext: @unchecked Sendable {
    /// The context every render uses.
    static let shared = GraphvizContext()

    private let context: OpaquePointer?
    private let lock = NSLock()

    private init() {
        // Errors are reported by the calls that fail; warnings (missing fonts and the like) are not printed.
        agseterr(AGERR)
        context = gvContext()
    }

    /// Runs `body` with the context, holding the lock.
    func withContext<R>(_ body: (OpaquePointer) throws -> R) throws -> R {
        lock.lock()
        defer { lock.unlock() }
        guard let context else { throw RenderError("Graphviz could not start (gvContext failed)") }
        return try body(context)
    }
}
