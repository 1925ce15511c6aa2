import ArgumentParser
import GeoKG

/// `geokg version`: the versions of geokg and of the libraries it runs on.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Show the versions of geokg, its store schema, SQLite and Graphviz.",
        discussion: "Example:\n  geokg version")

    func run() throws {
        print("geokg \(GeoKGVersion.current)")
        print("store schema \(TripleStore.schemaVersion)")
        print("SQLite \(TripleStore.sqliteVersion)")
        print("Graphviz \(GraphvizLibrary.version)")
    }
}
