/// What `geokg serve` is asked to do.
public struct ServerSettings: Sendable {
    /// The store's SQLite file.
    public var storePath: String
    /// The address to listen on: loopback unless the user says otherwise.
    public var host = "127.0.0.1"
    /// The TCP port; 0 picks a free one.
    public var port = 7878
    /// The longest a query may run, in seconds.
    public var timeout = 10.0
    /// The most rows (solutions or triples) one answer may hold.
    public var rowLimit = 100_000
    /// The origin allowed to call from another site's pages; `nil` sends no CORS headers.
    public var corsOrigin: String?
    /// The most queries answered at once, each on its own read-only connection.
    public var readers = 8

    /// Settings for the store at `storePath`, the rest at their defaults.
    public init(storePath: String) {
        self.storePath = storePath
    }
}
