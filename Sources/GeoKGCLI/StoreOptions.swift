public import ArgumentParser
import GeoKG

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `--db` option every command that touches the store takes.
struct StoreOptions: ParsableArguments {
    /// The default store, in the folder geokg writes everything to.
    static let defaultPath = "Output/geokg.sqlite"

    @Option(name: .long, help: ArgumentHelp("The store's SQLite file.", valueName: "path"))
    var db: String?

    /// The store's path: `--db`, else `$GEOKG_DB`, else `Output/geokg.sqlite`.
    var path: String {
        if let db { return db }
        if let fromEnvironment = getenv("GEOKG_DB"), fromEnvironment.pointee != 0 {
            return String(cString: fromEnvironment)
        }
        return StoreOptions.defaultPath
    }

    /// Opens the store.
    func open() throws -> TripleStore {
        try TripleStore(path: path)
    }
}

extension RDFFormat: ExpressibleByArgument {}
