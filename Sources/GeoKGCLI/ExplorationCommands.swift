import ArgumentParser
import GeoKG
import GeoKGGraph

/// `geokg entities`: list entities.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List entities with their type and number of facts, busiest first.",
        discussion: """
            Example:
              geokg entities --type Country
              geokg entities --match bessent --format json
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: ExplorationOptions

    @Option(
        help: ArgumentHelp(
            "Only entities of this class, by name in any case (Country, Person, Organization, Group, Location, Commodity; Actor in event data), prefixed name or IRI.",
            valueName: "class"))
    var type: String?

    @Option(help: ArgumentHelp("Only entities whose name or alias contains this text (any case).", valueName: "text"))
    var match: String?

    @OptionGroup var facts: FactFilterOptions

    func run() throws {
        let store = try storeOptions.open()
        let engine = try QueryEngine(store: store)
        let types = try type.map { try ClassResolver(engine: engine).resolve([$0]) } ?? []
        try output.write(
            try EntityDirectory(engine: engine, graph: try FactGraph(source: store)).list(
                types: types, match: match, filter: facts.filter))
    }
}

/// `geokg show`: one entity.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything known about an entity: names, classes, and its facts with their evidence.",
        discussion: """
            The entity is given by name or alias (any case), prefixed name (entity:China) or IRI.

            Example:
              geokg show China
              geokg show "Scott Bessent" --format json
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: ExplorationOptions

    @Argument(help: "The entity.")
    var entity: String

    @OptionGroup var facts: FactFilterOptions

    func run() throws {
        let store = try storeOptions.open()
        let engine = try QueryEngine(store: store)
        let iri = try EntityResolver(engine: engine).resolve(entity)
        let profile = EntityProfile(engine: engine, graph: try FactGraph(source: store))
        try output.write(try profile.description(of: iri), try profile.facts(of: iri, filter: facts.filter))
    }
}

/// `geokg neighbors`: an entity's neighbourhood.
struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the relations around an entity, out to a number of steps.",
        discussion: """
            The table (the default on a terminal) names entities and relations by their labels; TSV, CSV and
            JSON give IRIs and typed literals.

            Example:
              geokg neighbors China --depth 2
              geokg neighbors "Scott Bessent" --relation meets --since 2025-04-01
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var walk: WalkOptions
    @OptionGroup var output: ExplorationOptions

    @Option(help: "How many steps out to go.")
    var depth = 1

    @Argument(help: "The entity.")
    var entity: String

    func validate() throws {
        guard (1...6).contains(depth) else { throw ValidationError("--depth must be between 1 and 6") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let engine = try QueryEngine(store: store)
        let iri = try EntityResolver(engine: engine).resolve(entity)
        let graph = try FactGraph(source: store)
        let neighborhood = Neighborhood(graph: graph, filter: try walk.filter(graph: graph))
        if output.isReadable {
            try output.write(try neighborhood.around(iri, depth: depth), readableThrough: engine)
        } else {
            try output.stream(variables: Neighborhood.variables) { try neighborhood.around(iri, depth: depth, row: $0) }
        }
    }
}

/// `geokg path`: chains of facts between two entities.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find the shortest chains of relations between two entities, each step with its evidence.",
        discussion: """
            Each step comes with the sentence, source and date of a fact that states it. The table format (the
            default on a terminal) lists each chain's steps by the labels of their entities and relations, with
            the sentence and source in full below; TSV, CSV and JSON give a row per step, with IRIs and typed
            literals.

            Example:
              geokg path "Scott Bessent" "He Lifeng"
              geokg path entity:UnitedStates entity:China --max-depth 3 --format json
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var walk: WalkOptions
    @OptionGroup var output: ExplorationOptions

    @Option(help: "The longest chain to look for.")
    var maxDepth = 4

    @Option(help: "The most chains to list.")
    var limit = 10

    @Argument(help: "The entity to start from.")
    var from: String

    @Argument(help: "The entity to reach.")
    var to: String

    func validate() throws {
        guard (1...8).contains(maxDepth) else { throw ValidationError("--max-depth must be between 1 and 8") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let engine = try QueryEngine(store: store)
        let resolver = EntityResolver(engine: engine)
        let graph = try FactGraph(source: store)
        let paths = try PathFinder(graph: graph, filter: try walk.filter(graph: graph)).paths(
            from: try resolver.resolve(from), to: try resolver.resolve(to), maxDepth: maxDepth, limit: limit)
        if paths.rows.isEmpty { printMessage("no chain of at most \(maxDepth) steps links \(from) and \(to)") }
        if output.isReadable {
            try output.write(text: PathReport.text(try paths.readable(engine: engine)))
        } else {
            try output.write(paths)
        }
    }
}
