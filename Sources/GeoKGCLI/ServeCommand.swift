import ArgumentParser
import GeoKGServer

/// `geokg serve`: the store over HTTP.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the store read-only over HTTP: a SPARQL endpoint and the graph in a browser.",
        discussion: """
            /sparql answers the SPARQL 1.1 Protocol (GET ?query=, POST application/sparql-query or a form),
            in JSON, XML, CSV or TSV results, or N-Triples and Turtle for CONSTRUCT, by the Accept header.
            /store?default and /store?graph=IRI give a graph's statements (Graph Store Protocol, read side);
            / is the browser view: a query editor, entity search and entity pages with their diagrams.
            Queries run on read-only connections while other geokg commands write to the store. Each request
            is logged on standard error. SIGINT or SIGTERM stop the server once requests under way are done.

            Example:
              geokg serve --port 7878
              curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' \\
                http://127.0.0.1:7878/sparql
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The address to listen on; other machines can reach the server only if it is not loopback.")
    var host = "127.0.0.1"

    @Option(help: "The TCP port (0 picks a free one).")
    var port = 7878

    @Option(help: ArgumentHelp("The longest a query may run (90s, 1m).", valueName: "duration"))
    var timeout = CommandLineDuration(seconds: 10)

    @Option(help: "The most rows (solutions or triples) one answer may hold.")
    var maxRows = 100_000

    @Option(
        help: ArgumentHelp("Allow pages of this origin to call the server (CORS); off by default.", valueName: "origin")
    )
    var cors: String?

    @Option(help: "The most queries answered at once, each on its own read-only connection.")
    var readers = 8

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port is between 0 and 65535") }
        guard timeout.seconds > 0 else { throw ValidationError("--timeout must be more than 0") }
        guard maxRows >= 1, readers >= 1 else { throw ValidationError("--max-rows and --readers must be at least 1") }
    }

    func run() throws {
        var settings = ServerSettings(storePath: storeOptions.path)
        settings.host = host
        settings.port = port
        settings.timeout = timeout.seconds
        settings.rowLimit = maxRows
        settings.corsOrigin = cors
        settings.readers = readers
        try GeoKGServer.run(settings)
    }
}
