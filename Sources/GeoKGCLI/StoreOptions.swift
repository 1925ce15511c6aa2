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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How long to wait while another process writes to the store before giving up, in seconds "
                + "(or with m or h: 90s, 10m, 1h).",
            valueName: "duration"))
    var lockTimeout: CommandLineDuration = CommandLineDuration(seconds: TripleStore.defaultLockTimeout)

    /// The store's path: `--db`, else `$GEOKG_DB`, else `Output/geokg.sqlite`.
    var path: String {
        if let db { return db }
        if let fromEnvironment = getenv("GEOKG_DB"), fromEnvironment.pointee != 0 {
            return String(cString: fromEnvironment)
        }
        return StoreOptions.defaultPath
    }

    /// Opens the store for `workload`: commands that load or remove open it for `.writes`.
    func open(for workload: TripleStore.Workload = .reads) throws -> TripleStore {
        try TripleStore(path: path, lockTimeout: lockTimeout.seconds, workload: workload)
    }
}

/// A length of time given on the command line: seconds, or a number with `s`, `m` or `h`.
struct CommandLineDuration: ExpressibleByArgument {
    /// The length in seconds.
    let seconds: Double

    init(seconds: Double) {
        self.seconds = seconds
    }

    init?(argument: String) {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600]
        var number = Substring(argument)
        var unit = 1.0
        if let last = argument.last, let scale = units[last] {
            number = number.dropLast()
            unit = scale
        }
        guard let value = Double(number), value >= 0, value.isFinite else { return nil }
        seconds = value * unit
    }

    var defaultValueDescription: String {
        seconds.truncatingRemainder(dividingBy: 60) == 0 ? "\(Int(seconds / 60))m" : "\(seconds)s"
    }
}

extension RDFFormat: ExpressibleByArgument {}
