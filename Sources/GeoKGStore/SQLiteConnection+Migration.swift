extension SQLiteConnection {
    /// Brings the file to `StoreSchema.currentVersion` (or to `target`, for tests of old stores), in one write
    /// transaction: a second process that opens a store being created waits for it, then finds it done.
    /// - Throws: `StoreError` for a store written by a newer geokg, or a database that is not a geokg store.
    func migrate(to target: Int = StoreSchema.currentVersion) throws(StoreError) {
        // Most opens find the store current: they read the version and take no write lock.
        if try integer("PRAGMA user_version") >= target {
            _ = try checkVersion()
            return
        }
        do {
            try transaction {
                let found = try checkVersion()
                for migration in StoreSchema.migrations where migration.version > found && migration.version <= target {
                    do {
                        try execute(migration.sql)
                    } catch {
                        throw StoreError(
                            path: path,
                            message:
                                "cannot migrate the store to version \(migration.version) (\(migration.summary)): \(error)"
                        )
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
        if found > StoreSchema.currentVersion {
            throw StoreError(
                path: path,
                message: "the store has schema version \(found), newer than this geokg supports "
                    + "(\(StoreSchema.currentVersion)); open it with a newer geokg")
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
