import ArgumentParser
import GeoKG
import GeoKGGraph

/// `geokg timeline`: an entity's facts in date order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List an entity's consolidated facts in date order, with how many sources report each.",
        discussion: """
            Each fact is dated by its event, else by the day a standing relation began, else by its first
            report. Reads the consolidated facts (graph https://w3id.org/geokg/facts), which ingest keeps and
            geokg consolidate makes for imported event data.

            Example:
              geokg timeline "William Ruto" --since 2025-01-01
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: ExplorationOptions
    @OptionGroup var facts: FactFilterOptions

    @Argument(help: "The entity.")
    var entity: String

    func validate() throws {
        if facts.asOf != nil { throw ValidationError("--as-of does not apply to a timeline; use --until") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let engine = try QueryEngine(store: store)
        let iri = try EntityResolver(engine: engine).resolve(entity)
        let table = try FactHistory(engine: engine).timeline(
            of: iri, since: facts.since, until: facts.until, minConfidence: facts.minConfidence)
        try output.write(table, readableThrough: engine)
    }
}

/// `geokg diff`: what changed between two days.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List the facts first reported between two days, and the standing relations that began or ended.",
        discussion: """
            Each row says what changed (reported, began, ended), when, and the fact with its source count.
            Both days are included. Reads the consolidated facts (graph https://w3id.org/geokg/facts).

            Example:
              geokg diff --from 2025-03-01 --to 2025-03-31 China
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: ExplorationOptions

    @Option(help: ArgumentHelp("The first day.", valueName: "YYYY-MM-DD"))
    var from: String

    @Option(help: ArgumentHelp("The last day.", valueName: "YYYY-MM-DD"))
    var to: String

    @Option(help: ArgumentHelp("Only facts at least this confident (0 to 1).", valueName: "x"))
    var minConfidence: Double?

    @Argument(help: "Only facts of this entity.")
    var entity: String?

    func validate() throws {
        for date in [from, to] where date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
            throw ValidationError("dates are written YYYY-MM-DD, not \(date)")
        }
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence is a number from 0 to 1, not \(minConfidence)")
        }
    }

    func run() throws {
        let store = try storeOptions.open()
        let engine = try QueryEngine(store: store)
        let iri = try entity.map { try EntityResolver(engine: engine).resolve($0) }
        let table = try FactHistory(engine: engine).changes(
            from: from, to: to, touching: iri, minConfidence: minConfidence)
        try output.write(table, readableThrough: engine)
    }
}
