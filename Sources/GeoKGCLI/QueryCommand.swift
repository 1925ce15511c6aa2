public import ArgumentParser
import Foundation
public import GeoKG

/// `geokg query`: SPARQL over the store.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a SPARQL query (SELECT, ASK or CONSTRUCT) over the store.",
        discussion: """
            The query is compiled to one SQL statement over the store's indexes. The default graph is
            the union of all graphs (each article is a named graph); GRAPH reaches single articles.
            Prefixes geo:, entity:, rdf:, rdfs:, owl:, xsd:, skos:, dcterms:, prov: and wd: are declared.
            Formats: table (the default on a terminal), tsv (the default otherwise), csv and json
            (the W3C SPARQL 1.1 results formats); CONSTRUCT writes N-Triples.

            Example:
              geokg query 'SELECT ?who WHERE { ?who geo:meets entity:china }'
              geokg query --format json --file who-restricts-what.rq
              geokg query 'SELECT ?r (COUNT(*) AS ?n) WHERE { ?e a geo:Event ; geo:relation ?r } GROUP BY ?r ORDER BY DESC(?n)'
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "table, tsv, csv, json or ntriples (CONSTRUCT).")
    var format: ResultFormat?

    @Option(name: .long, help: ArgumentHelp("Read the query from this file.", valueName: "file.rq"))
    var file: String?

    @Argument(help: "The query text (or use --file).")
    var query: String?

    func validate() throws {
        guard (query == nil) != (file == nil) else {
            throw ValidationError("give the query as an argument or with --file, not both and not neither")
        }
    }

    func run() throws {
        let source = file ?? "query"
        let text: String
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("\(file): cannot read the query file")
                throw CommandFailure()
            }
            text = String(decoding: data, as: UTF8.self)
        } else {
            text = query ?? ""
        }
        let parsed: Query
        do {
            parsed = try QueryEngine.parse(text)
        } catch {
            printError(
                "\(source):\(error.line.map { "\($0):" } ?? "")\(error.column.map { "\($0):" } ?? "") \(error.message)")
            throw CommandFailure()
        }
        let output = StandardOutput()
        let writer = ResultWriter(format: StandardOutput.resultFormat(format)) { try output.write(bytes: $0) }
        do {
            try QueryEngine(store: try storeOptions.open()).run(parsed) { try writer.write($0) }
            try writer.finish()
            try output.flush()
        } catch let error as QueryError {
            try? output.flush()
            printError("\(source): \(error)")
            throw CommandFailure()
        }
    }
}

extension ResultFormat: ExpressibleByArgument {}
