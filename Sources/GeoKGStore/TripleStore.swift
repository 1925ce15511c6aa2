public import GeoKGRDF

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The triple store: one SQLite file holding dictionary-encoded quads.
///
/// ```swift
/// let store = try TripleStore(path: "Output/geokg.sqlite")
/// let summary = try store.load(LoadSource(name: "a.nt", format: "ntriples", contentHash: hash)) { loader in
///     try loader.add(quad)
/// }
/// ```
/// Not thread-safe: use one `TripleStore` per thread; separate processes may share the file.
public final class TripleStore {
    /// The store's file.
    public let path: String
    let connection: SQLiteConnection
    let dictionary: TermDictionary

    /// What a caller opens the store for, which decides whether SQLite maps the file.
    public enum Workload: Sendable {
        /// Queries and walks: reads map the file into memory (as far as SQLite's build allows, 2 GiB by
        /// default) instead of copying each page into the page cache, a fifth off a walk that reads 30,000
        /// terms. The store never shrinks its file (no VACUUM), so a mapped page cannot vanish under a reader.
        case reads
        /// Loads and removals: no mapping, so that resident memory stays at the page cache's size rather
        /// than growing with every page of the file a long ingest touches.
        case writes

        /// The `mmap_size` this workload sets.
        var mappedBytes: Int64 { self == .reads ? 17_179_869_184 : 0 }
    }

    /// The schema version this build writes.
    public static var schemaVersion: Int { StoreSchema.currentVersion }

    /// The version of the SQLite library in use.
    public static var sqliteVersion: String { SQLiteConnection.libraryVersion }

    /// How long a writer waits for another by default, in seconds: ten minutes.
    public static let defaultLockTimeout: Double = 600

    /// Opens the store at `path`, creating it (and its folder) when missing, and migrates an older schema.
    /// Writers wait up to `lockTimeout` seconds for one another; a store being created or migrated by another
    /// process is waited for, then found ready.
    /// - Throws: `StoreError` when the file cannot be opened, is not a geokg store, was written by a newer
    ///   geokg, or stayed locked longer than `lockTimeout` (`isLockTimeout`).
    /// - Parameter workload: what the caller mostly does; a store opened for `.reads` maps its file.
    public convenience init(
        path: String, lockTimeout: Double = TripleStore.defaultLockTimeout, workload: Workload = .reads
    ) throws(StoreError) {
        try self.init(
            path: path, schemaVersion: StoreSchema.currentVersion, lockTimeout: lockTimeout, workload: workload)
    }

    /// Opens the store, migrating it no further than `schemaVersion` (tests make old stores with it).
    init(
        path: String, schemaVersion: Int, lockTimeout: Double = TripleStore.defaultLockTimeout,
        workload: Workload = .reads
    ) throws(StoreError) {
        try TripleStore.createParentFolder(of: path)
        let connection = try SQLiteConnection(path: path, lockTimeout: lockTimeout)
        try connection.execute(
            """
            PRAGMA synchronous = NORMAL;
            PRAGMA cache_size = -65536;
            PRAGMA threads = 2;
            PRAGMA mmap_size = \(workload.mappedBytes);
            """)
        // The journal mode is stored in the file: only its first setting writes, and that fails at once,
        // without waiting, while another process creates the same store.
        try connection.retryingWhileLocked { () throws(StoreError) in
            try connection.execute("PRAGMA journal_mode = WAL")
        }
        try connection.retryingWhileLocked { () throws(StoreError) in try connection.migrate(to: schemaVersion) }
        self.path = path
        self.connection = connection
        self.dictionary = try TermDictionary(connection: connection)
    }

    // MARK: Loading

    /// Whether a source with this content hash was loaded before.
    public func hasLoaded(contentHash: String) throws(StoreError) -> Bool {
        try connection.integer("SELECT count(*) FROM sources WHERE hash = ?", .text(contentHash)) > 0
    }

    /// Loads one source atomically: `produce` hands statements to the loader, and either all of them are
    /// stored or, when `produce` throws, none are.
    ///
    /// A large load (at least as many statements as the store holds) drops the secondary indexes and builds
    /// them again at the end, which is several times faster than updating them row by row.
    /// - Parameter expectedStatements: an estimate of the source's size, to choose that strategy.
    /// - Throws: what `produce` throws, or `StoreError`; the store is then unchanged.
    /// - Complexity: O(n log n) in the statements loaded.
    public func load(
        _ source: LoadSource, expectedStatements: Int = 0, _ produce: (BulkLoader) throws -> Void
    ) throws -> LoadSummary {
        do {
            return try connection.transaction {
                try dictionary.refresh()
                let rebuildsIndexes = try connection.dropIndexesBeforeWriting(expectedStatements)
                let loader = try BulkLoader(
                    connection: connection, dictionary: dictionary, blankNodeScope: source.contentHash)
                do {
                    try produce(loader)
                } catch {
                    loader.abandon()
                    throw error
                }
                try loader.finish()
                if rebuildsIndexes { try connection.buildIndexes() }
                let record = try connection.prepare(
                    """
                    INSERT OR REPLACE INTO sources(hash, name, format, statements, loaded_at)
                    VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                    """)
                try record.bind([
                    .text(source.contentHash), .text(source.name), .text(source.format),
                    .integer(Int64(loader.received)),
                ])
                try record.run()
                return LoadSummary(statements: loader.received, added: loader.added, leftOut: loader.leftOut)
            }
        } catch {
            try dictionary.forgetCachedIDs()
            throw error
        }
    }

    /// Writes the WAL back into the main file, so that the file's size is the store's size. While other
    /// processes read or write, it does what it can within a second and leaves the rest to a later checkpoint.
    public func checkpoint() throws(StoreError) {
        _ = try connection.waitingAtMost(1) { () throws(StoreError) in
            try connection.integer("PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    // MARK: Reading

    /// Calls `body` with every statement in a deterministic order: for `.triples` each distinct triple once
    /// (graphs merged, `graph` always `nil`), ordered by subject, predicate, object; for `.quads` every
    /// statement with its graph: the default graph's first, then each named graph's, in the same order.
    /// - Complexity: O(n), streamed from the indexes; memory stays flat.
    public func forEachStatement(_ scope: ExportScope, _ body: (Quad) throws -> Void) throws {
        try connection.execute("BEGIN")
        defer { try? connection.execute("COMMIT") }
        let facts = try connection.factTerms()
        let factRows = facts.map {
            "SELECT s, p, o, g FROM \($0.allStatementsSQL()) WHERE g = \($0.graph) ORDER BY s, p, o"
        }
        // The facts graph comes at its place among the named graphs, in the order of their ids.
        let factsGraph = facts?.graph ?? Int64.max
        let queries: [(sql: String, graph: Int64?)] =
            switch scope {
            case .triples:
                [
                    (
                        "SELECT DISTINCT s, p, o, 0 FROM \(facts?.allStatementsSQL() ?? StoreSchema.quads) ORDER BY s, p, o",
                        nil
                    )
                ]
            case .quads:
                [
                    ("SELECT s, p, o, g FROM quads WHERE g = 0 ORDER BY s, p, o", nil),
                    (
                        "SELECT s, p, o, g FROM quads INDEXED BY quads_graph WHERE g <> 0 AND g < ? ORDER BY g, s, p, o",
                        factsGraph
                    ),
                ] + (factRows.map { [($0, nil)] } ?? []) + [
                    (
                        "SELECT s, p, o, g FROM quads INDEXED BY quads_graph WHERE g <> 0 AND g > ? ORDER BY g, s, p, o",
                        factsGraph
                    )
                ]
            case .graph(let name):
                try dictionary.existingID(for: StoredTerm(.iri(name), blankNodeScope: "")).map { graph in
                    if graph == facts?.graph, let factRows { return [(factRows, nil)] }
                    return [("SELECT s, p, o, g FROM quads WHERE g = ? AND g <> 0 ORDER BY s, p, o", graph)]
                } ?? []
            }
        for (sql, graph) in queries {
            let rows = try connection.prepare(sql)
            if let graph { rows.bind(graph, at: 1) }
            while try rows.step() {
                guard case .iri(let predicate) = try dictionary.term(for: rows.int64(1)) else {
                    throw StoreError(path: path, message: "the store is damaged: a predicate is not an IRI")
                }
                let graphID = rows.int64(3)
                try body(
                    Quad(
                        try dictionary.term(for: rows.int64(0)), predicate, try dictionary.term(for: rows.int64(2)),
                        graph: graphID == StoreSchema.defaultGraph ? nil : try dictionary.term(for: graphID)))
            }
        }
    }

    /// The number of stored statements (quads), the facts graph's included.
    public func quadCount() throws(StoreError) -> Int {
        let facts = try connection.factTerms()?.statementsSQL().map { "+ (SELECT count(*) FROM (\($0)))" } ?? ""
        return Int(try connection.integer("SELECT (SELECT count(*) FROM quads) \(facts)"))
    }

    /// Counts of what the store holds, and its size on disk.
    public func statistics() throws(StoreError) -> StoreStatistics {
        let facts = try connection.factTerms()
        // Counted over the fact tables' rows too when there are any; else through the index that fits.
        let all = facts?.allStatementsSQL()
        return StoreStatistics(
            quads: try quadCount(),
            triples: Int(
                try connection.integer("SELECT count(*) FROM (SELECT DISTINCT s, p, o FROM \(all ?? "quads"))")),
            subjects: Int(try connection.integer("SELECT count(DISTINCT s) FROM \(all ?? "quads")")),
            predicates: Int(
                try connection.integer("SELECT count(DISTINCT p) FROM \(all ?? "quads INDEXED BY quads_pos")")),
            objects: Int(
                try connection.integer("SELECT count(DISTINCT o) FROM \(all ?? "quads INDEXED BY quads_osp")")),
            namedGraphs: Int(
                try connection.integer("SELECT count(DISTINCT g) FROM quads INDEXED BY quads_graph WHERE g <> 0")),
            terms: Int(try connection.integer("SELECT count(*) FROM terms")),
            sources: Int(
                try connection.integer("SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM graph_sources)")),
            fileBytes: TripleStore.fileSize(path) + TripleStore.fileSize(path + "-wal"),
            schemaVersion: Int(try connection.integer("PRAGMA user_version")))
    }

    private static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    private static func createParentFolder(of path: String) throws(StoreError) {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        let folder = String(path[..<slash])
        var info = stat()
        if stat(folder, &info) == 0 { return }
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
            throw StoreError(
                path: path, message: "cannot create the folder \(folder): \(String(cString: strerror(errno)))")
        }
    }
}

/// What is being loaded: its name, format and a hash of its content, which scopes its blank nodes.
public struct LoadSource: Sendable {
    public let name: String
    public let format: String
    /// A hash of the source's bytes: two sources share blank nodes only when their bytes are the same.
    public let contentHash: String

    public init(name: String, format: String, contentHash: String) {
        self.name = name
        self.format = format
        self.contentHash = contentHash
    }
}

/// The outcome of a load.
public struct LoadSummary: Sendable, Equatable {
    /// Statements read from the source.
    public let statements: Int
    /// Statements the store did not hold before.
    public let added: Int
    /// Statements of the facts graph, which geokg computes (`geokg consolidate`), left out.
    public var leftOut = 0
}

/// What an export walks over.
public enum ExportScope: Sendable {
    /// Each distinct triple once, graphs merged.
    case triples
    /// Every statement with its graph.
    case quads
    /// The statements of one named graph, with its name.
    case graph(IRI)
}

/// Counts of what a store holds.
public struct StoreStatistics: Sendable, Equatable {
    public let quads: Int
    public let triples: Int
    public let subjects: Int
    public let predicates: Int
    public let objects: Int
    /// Named graphs (the default graph is not counted).
    public let namedGraphs: Int
    public let terms: Int
    /// Sources loaded so far: imported files and ingested articles.
    public let sources: Int
    /// The file's size with its write-ahead log.
    public let fileBytes: Int
    public let schemaVersion: Int
}
