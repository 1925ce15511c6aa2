import ArgumentParser
import GeoKG
import GeoKGGraph

/// The output option of the everyday commands (entities, show, neighbors, path).
struct ExplorationOptions: ParsableArguments {
    @Option(help: "table (the default on a terminal), tsv (the default otherwise), csv or json.")
    var format: ResultFormat?

    func validate() throws {
        if format == .ntriples { throw ValidationError("--format ntriples is for `geokg query` CONSTRUCT queries") }
    }

    /// Whether the output is for people: the table format, the default on a terminal. Then entities and
    /// relations are given by their labels and literals as text; the machine formats (TSV, CSV, JSON) keep terms
    /// as they are.
    var isReadable: Bool { StandardOutput.resultFormat(format) == .table }

    /// Writes `text` to standard output.
    func write(text: String) throws {
        let output = StandardOutput()
        try output.write(text)
        try output.flush()
    }

    /// Writes `table` to standard output, its terms made plain text through `engine` when the output is for people.
    func write(_ table: ResultTable, readableThrough engine: QueryEngine) throws {
        try write(isReadable ? try table.readable(engine: engine) : table)
    }

    /// Writes to standard output the rows under `variables` that `produce` hands to the function it is given, each
    /// as it comes: for machine formats, whose answers may be too long to hold whole.
    func stream(variables: [String], _ produce: (([Term?]) throws -> Void) throws -> Void) throws {
        let output = StandardOutput()
        let writer = ResultWriter(format: StandardOutput.resultFormat(format)) { try output.write(bytes: $0) }
        try writer.write(.variables(variables))
        try produce { try writer.write(.solution($0)) }
        try writer.finish()
        try output.flush()
    }

    /// Writes `tables` to standard output, one after another.
    func write(_ tables: ResultTable...) throws {
        let output = StandardOutput()
        for table in tables {
            let writer = ResultWriter(format: StandardOutput.resultFormat(format)) { try output.write(bytes: $0) }
            try table.write(to: writer)
        }
        try output.flush()
    }
}

/// The options that choose what the walks over the graph follow.
struct WalkOptions: ParsableArguments {
    @Option(
        name: .customLong("relation"),
        help: ArgumentHelp(
            "Follow only this relation (repeatable): meets, geo:meets, an IRI or a CAMEO code (036).", valueName: "rel")
    )
    var relations: [String] = []

    @OptionGroup var facts: FactFilterOptions

    /// The filter these options ask for, with relation names resolved against `graph`, and `classes`.
    /// - Throws: `UnknownNameError` for a relation the graph does not know.
    func filter(graph: FactGraph, classes: [IRI] = []) throws -> WalkFilter {
        var filter = facts.filter
        filter.relations = relations.isEmpty ? [] : try RelationResolver(graph: graph).resolve(relations)
        filter.classes = classes
        return filter
    }
}

/// The options that choose which facts count: by date, validity and confidence.
struct FactFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only relations with a fact dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only relations with a fact dated on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Only what held on this day: facts dated by it, standing relations (leads, member of) valid then.",
            valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(
        help: ArgumentHelp(
            "Only relations with a fact at least this confident (0 to 1; see the README's calibration table).",
            valueName: "x"))
    var minConfidence: Double?

    func validate() throws {
        for date in [since, until, asOf].compactMap({ $0 }) where !WalkFilter.isDay(date) {
            throw ValidationError("dates are written YYYY-MM-DD, not \(date)")
        }
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence is a number from 0 to 1, not \(minConfidence)")
        }
    }

    /// The filter of facts these options ask for, following every relation.
    var filter: WalkFilter {
        WalkFilter(since: since, until: until, asOf: asOf, minConfidence: minConfidence)
    }
}
