import ArgumentParser
import GeoKG

/// `geokg import`: loads N-Triples and N-Quads files into the store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load N-Triples or N-Quads files into the store.",
        discussion: """
            Each file is loaded whole or not at all: a file with an invalid line is rejected with
            FILE:LINE:COLUMN and what was expected, and the other files are still loaded (the exit
            code is then 1). Blank nodes are scoped per file. Loading the same file again changes nothing.
            The format comes from the extension (.nt, .nq) unless --format says; '-' reads standard
            input (N-Quads unless --format says, which also reads N-Triples).

            Example:
              geokg import --db Output/events.sqlite events.nt more.nq
              zcat dump.nt.gz | geokg import --format ntriples -
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The files' format: ntriples or nquads (default: from each file's extension).")
    var format: RDFFormat?

    @Argument(help: ArgumentHelp("The files to load ('-' for standard input).", valueName: "file"))
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one file to import.") }
    }

    func run() throws {
        let store = try storeOptions.open(for: .writes)
        var failed = 0
        for file in files {
            do {
                let outcome = try RDFFileImport.run(path: file, format: format, into: store)
                printMessage(describe(outcome))
            } catch {
                // A store that stays locked would stay locked for the next file too.
                guard error is any GeoKGError, (error as? StoreError)?.isLockTimeout != true else { throw error }
                printError(String(describing: error))
                failed += 1
            }
        }
        try store.checkpoint()
        if failed > 0 {
            printMessage("\(failed) of \(files.count) files rejected; the others are stored")
            throw CommandFailure()
        }
    }

    private func describe(_ outcome: ImportOutcome) -> String {
        if outcome.alreadyLoaded {
            return "\(outcome.name): already in the store, nothing to do"
        }
        let rate = outcome.seconds > 0 ? Int(Double(outcome.statements) / outcome.seconds) : 0
        let leftOut =
            outcome.leftOut == 0
            ? ""
            : "; \(grouped(outcome.leftOut)) statements of the facts graph left out (geokg consolidate makes them)"
        return "\(outcome.name): \(grouped(outcome.statements)) statements, \(grouped(outcome.added)) new, "
            + "in \(formatSeconds(outcome.seconds)) (\(grouped(rate))/s)\(leftOut)"
    }
}
