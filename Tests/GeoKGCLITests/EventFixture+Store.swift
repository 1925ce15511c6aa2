import GeoKGTestSupport

extension EventFixture {
    /// A store in `folder` holding the fixture, by `geokg import`; its path.
    static func store(in folder: TemporaryFolder) throws -> String {
        try FixtureStore.imported(ntriples, in: folder, name: "events")
    }
}

/// Stores the tests build with `geokg import`.
enum FixtureStore {
    /// A store in `folder` named `name` holding `ntriples`, imported by the `geokg` binary; its path.
    /// - Throws: `FixtureFailure` when the import fails.
    static func imported(_ ntriples: String, in folder: TemporaryFolder, name: String) throws -> String {
        let db = folder.path("\(name).sqlite")
        let load = try GeoKG.run(["import", "--db", db, try folder.write(ntriples, to: "\(name).nt")])
        guard load.status == 0 else { throw FixtureFailure(message: load.stderr) }
        return db
    }
}

/// The fixture could not be loaded; the message says why.
struct FixtureFailure: Error {
    /// What `geokg import` said.
    let message: String
}
