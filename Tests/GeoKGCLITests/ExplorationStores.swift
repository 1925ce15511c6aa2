import Foundation
import GeoKGTestSupport

/// The two stores the exploration commands are tried on, one per shape, in a temporary folder.
struct ExplorationStores {
    /// Where the stores (and any diagram) are written.
    let folder: TemporaryFolder
    /// The sample articles, ingested: the `geo:` shape, with the ontology.
    let articles: String
    /// `EventFixture`, imported: the event-data shape.
    let events: String

    /// Builds both stores with the `geokg` binary.
    /// - Throws: `FixtureFailure` when ingest or import fails.
    init() throws {
        folder = try TemporaryFolder()
        articles = folder.path("articles.sqlite")
        let samples = RepositoryPaths.root.appendingPathComponent("Samples/articles").path
        let ingest = try GeoKG.run(["ingest", "--db", articles, samples])
        guard ingest.status == 0 else { throw FixtureFailure(message: ingest.stderr) }
        events = try EventFixture.store(in: folder)
    }
}
