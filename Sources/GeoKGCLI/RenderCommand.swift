public import ArgumentParser
import Foundation
public import GeoKG
import GeoKGGraph

/// `geokg render`: draws a part of the graph.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the relations around entities as a diagram (SVG, PNG, PDF or DOT), with Graphviz.",
        discussion: """
            Nodes are entities, shaped and coloured by class; edges are relations, green when cooperative and
            red when conflictual (by Goldstein weight), as wide as the number of articles behind them, dashed
            when only planned. In SVG, tooltips give aliases and the evidence sentences with their dates, and
            edges link to their source article. Past --max-nodes, the entities with the most relations are kept
            and the number left out is given in the legend and on standard error; at most three relation triples
            per entity are drawn, and past 1,000 edges the relations are named in tooltips only. The layout
            engine is dot up to 400 nodes and 250 edges, sfdp beyond, unless --layout says otherwise. Without -o,
            the file is written to
            Output/<entity>.<format>; its path is printed.

            Example:
              geokg render China
              geokg render "Scott Bessent" "He Lifeng" --depth 2 --relation meets --since 2025-01-01
              geokg render China --type Country --max-nodes 30 --format png -o Output/china-countries.png
              geokg render --query who-restricts-what.rq --format pdf
              geokg render China --depth 2 --format graphml
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var walk: WalkOptions

    @Argument(help: "The entities to draw around: names, aliases, prefixed names (entity:China) or IRIs.")
    var entities: [String] = []

    @Option(help: "How many relation steps out to go.")
    var depth = 1

    @Option(
        name: .customLong("type"),
        help: ArgumentHelp(
            "Show only entities of this class (repeatable), by name in any case (Country, Person, Organization, Group, Commodity, Location; Actor in event data), prefixed name or IRI.",
            valueName: "class"))
    var types: [String] = []

    @Option(help: "The most entities to draw; the ones with the most relations are kept.")
    var maxNodes = 60

    @Option(help: ArgumentHelp("Draw the triples a SPARQL CONSTRUCT query in this file returns.", valueName: "file.rq"))
    var query: String?

    @Option(help: "The layout engine: dot, neato, fdp, sfdp or circo (default: by size).")
    var layout: LayoutEngine?

    @Option(
        help:
            "svg, png, pdf or dot (drawn by Graphviz), or graphml or gexf (the same nodes and edges, for Gephi and Cytoscape)."
    )
    var format: DiagramFormat = .svg

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (- for standard output).", valueName: "file"))
    var output: String?

    @Flag(help: .hidden)
    var timings = false

    @Option(help: .hidden)
    var `repeat` = 1

    func validate() throws {
        guard !entities.isEmpty || query != nil else {
            throw ValidationError("name at least one entity, or give --query")
        }
        guard (1...6).contains(depth) else { throw ValidationError("--depth must be between 1 and 6") }
        guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let store = try storeOptions.open()
        let engine = try QueryEngine(store: store)
        let resolver = EntityResolver(engine: engine)
        let focus = try entities.map { try resolver.resolve($0) }
        let classes = types.isEmpty ? [] : try ClassResolver(engine: engine).resolve(types)
        // A query's triples are read as the store is, through a graph held in memory.
        let graph =
            try query.map { try FactGraph(source: MemoryGraph(try constructed($0, engine: engine))) }
            ?? FactGraph(source: store)
        let filter = try walk.filter(graph: graph, classes: classes)
        let subgraph = try SubgraphSelector(graph: graph).select(
            SubgraphRequest(
                focus: focus, depth: query == nil ? depth : nil, filter: filter, maxEntities: maxNodes))
        if subgraph.omittedEntities > 0 {
            printMessage("\(subgraph.omittedEntities) entities with fewer relations left out (--max-nodes \(maxNodes))")
        }
        if subgraph.omittedRelations > 0 {
            printMessage("\(subgraph.omittedRelations) relations between less connected entities left out")
        }
        let diagram = subgraph.diagram(title: title(subgraph))
        let selection = clock.now - started
        var rendered = try DiagramRenderer.render(diagram, format: format, engine: layout)
        // Benchmarks render again in the same process, to show that memory stays flat.
        for _ in 1..<max(`repeat`, 1) { rendered = try DiagramRenderer.render(diagram, format: format, engine: layout) }
        if timings {
            let seconds = Double(selection.components.seconds) + Double(selection.components.attoseconds) / 1e18
            printMessage(
                "timings: nodes \(diagram.nodes.count) edges \(diagram.edges.count) engine \(rendered.engine.rawValue) "
                    + "selection \(seconds) layout \(rendered.buildSeconds + rendered.layoutSeconds) svg \(rendered.writeSeconds)"
            )
        }
        try write(rendered.bytes)
    }

    /// The triples the CONSTRUCT query in `file` returns.
    private func constructed(_ file: String, engine: QueryEngine) throws -> [Triple] {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("\(file): cannot read the query file")
            throw CommandFailure()
        }
        let parsed: Query
        do {
            parsed = try QueryEngine.parse(String(decoding: data, as: UTF8.self))
        } catch {
            printError(
                "\(file):\(error.line.map { "\($0):" } ?? "")\(error.column.map { "\($0):" } ?? "") \(error.message)")
            throw CommandFailure()
        }
        guard case .construct = parsed.form else {
            printError("\(file): render draws the triples of a CONSTRUCT query; this query is not one")
            throw CommandFailure()
        }
        var triples: [Triple] = []
        try engine.run(parsed) { output in
            if case .triple(let triple) = output { triples.append(triple) }
        }
        return triples
    }

    /// What the diagram shows, in words.
    private func title(_ subgraph: Subgraph) -> String {
        let names = entities.isEmpty ? "Triples of \(query ?? "the query")" : entities.joined(separator: ", ")
        var parts = [names]
        if query == nil { parts.append(depth == 1 ? "1 step" : "\(depth) steps") }
        if !walk.relations.isEmpty { parts.append(walk.relations.joined(separator: ", ")) }
        if !types.isEmpty { parts.append(types.joined(separator: ", ")) }
        if let since = walk.facts.since { parts.append("since \(since)") }
        if let until = walk.facts.until { parts.append("until \(until)") }
        if let asOf = walk.facts.asOf { parts.append("as of \(asOf)") }
        if let confidence = walk.facts.minConfidence { parts.append("confidence ≥ \(confidence)") }
        parts.append("\(subgraph.entities.count) entities, \(subgraph.edges.count) relations")
        return parts.joined(separator: " · ")
    }

    /// Writes the diagram to `-o`, standard output, or `Output/<slug>.<format>`, and prints the path.
    private func write(_ bytes: [UInt8]) throws {
        if output == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let path = output ?? "Output/\(slug).\(format.rawValue)"
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        } catch {
            printError("\(path): cannot write the diagram: \(error.localizedDescription)")
            throw CommandFailure()
        }
        print(path)
    }

    /// The file name the entities give: `china`, `scott-bessent-he-lifeng`; `diagram` when nothing is left.
    private var slug: String {
        let source =
            entities.isEmpty
            ? URL(fileURLWithPath: query ?? "diagram").deletingPathExtension().lastPathComponent
            : entities.joined(separator: " ")
        var slug = ""
        for character in source.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "diagram" : slug
    }
}

extension LayoutEngine: ExpressibleByArgument {}
extension DiagramFormat: ExpressibleByArgument {}
