/// One step of the store's schema history, applied in order and recorded in `PRAGMA user_version`.
struct Migration {
    /// The schema version this step brings the store to.
    let version: Int
    /// What the step adds, for messages.
    let summary: String
    /// The statements of the step.
    let sql: String
}

/// The store's tables and their history.
///
/// Terms are dictionary-encoded: `terms` maps an integer id to an IRI, blank node or literal, found
/// again by a 64-bit hash of its parts. `quads` holds four ids a row, graph `0` being the default graph,
/// clustered in subject-predicate-object-graph order, with covering indexes for the other access orders
/// (predicate-object-subject, object-subject-predicate, and graph-subject-predicate-object for named graphs).
enum Schema {
    /// The id of the default graph in `quads.g`.
    static let defaultGraph: Int64 = 0

    /// The migrations, oldest first; the last one's version is the current schema version.
    static let migrations: [Migration] = [
        Migration(
            version: 1, summary: "terms and quads",
            sql: """
                CREATE TABLE terms(
                    id INTEGER PRIMARY KEY,
                    hash INTEGER NOT NULL,
                    kind INTEGER NOT NULL CHECK (kind IN (0, 1, 2)),
                    value TEXT NOT NULL,
                    datatype TEXT NOT NULL DEFAULT '',
                    lang TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX terms_by_hash ON terms(hash);
                CREATE TABLE quads(
                    s INTEGER NOT NULL,
                    p INTEGER NOT NULL,
                    o INTEGER NOT NULL,
                    g INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (s, p, o, g)
                ) WITHOUT ROWID;
                """ + secondaryIndexes.map { "\($0.sql);" }.joined(separator: "\n")),
        Migration(
            version: 2, summary: "a record of loaded sources",
            sql: """
                CREATE TABLE sources(
                    hash TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    format TEXT NOT NULL,
                    statements INTEGER NOT NULL,
                    loaded_at TEXT NOT NULL
                ) WITHOUT ROWID;
                """),
        Migration(
            version: 3, summary: "named graphs kept per source, for replacing an article's facts",
            sql: """
                CREATE TABLE graph_sources(
                    graph INTEGER PRIMARY KEY,
                    hash TEXT NOT NULL,
                    name TEXT NOT NULL,
                    statements INTEGER NOT NULL,
                    loaded_at TEXT NOT NULL
                );
                """),
    ]

    /// The schema version this build of geokg writes.
    static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// The indexes besides the clustered SPOG key: dropped before a large bulk load and built again after it.
    static let secondaryIndexes: [(name: String, sql: String)] = [
        ("quads_pos", "CREATE INDEX IF NOT EXISTS quads_pos ON quads(p, o, s, g)"),
        ("quads_osp", "CREATE INDEX IF NOT EXISTS quads_osp ON quads(o, s, p, g)"),
        // Partial: the default graph is read through the clustered key, so only named graphs need this one.
        ("quads_graph", "CREATE INDEX IF NOT EXISTS quads_graph ON quads(g, s, p, o) WHERE g <> 0"),
    ]
}

extension SQLiteConnection {
    /// Brings the file to `Schema.currentVersion` (or to `target`, for tests of old stores), in one write
    /// transaction: a second process that opens a store being created waits for it, then finds it done.
    /// - Throws: `StoreError` for a store written by a newer geokg, or a database that is not a geokg store.
    func migrate(to target: Int = Schema.currentVersion) throws(StoreError) {
        // Most opens find the store current: they read the version and take no write lock.
        if try integer("PRAGMA user_version") >= target {
            _ = try checkVersion()
            return
        }
        do {
            try transaction {
                let found = try checkVersion()
                for migration in Schema.migrations where migration.version > found && migration.version <= target {
                    do {
                        try execute(migration.sql)
                    } catch {
                        throw StoreError(
                            path: path,
                            message: "cannot migrate the store to version \(migration.version) (\(migration.summary)): \(error)")
                    }
                    try execute("PRAGMA user_version = \(migration.version)")
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, message: "\(error)")
        }
    }

    /// The file's schema version, after checking that this geokg can read it.
    /// - Throws: `StoreError` for a store written by a newer geokg, or a database that is not a geokg store.
    private func checkVersion() throws(StoreError) -> Int {
        let found = Int(try integer("PRAGMA user_version"))
        if found > Schema.currentVersion {
            throw StoreError(
                path: path,
                message: "the store has schema version \(found), newer than this geokg supports "
                    + "(\(Schema.currentVersion)); open it with a newer geokg")
        }
        if found == 0 {
            let tables = try integer("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")
            guard tables == 0 else {
                throw StoreError(path: path, message: "the file is an SQLite database but not a geokg store")
            }
        }
        return found
    }
}
