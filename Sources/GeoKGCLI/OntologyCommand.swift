import ArgumentParser
import GeoKG

/// `geokg ontology`: writes the ontology graph, as ingest stores it.
struct OntologyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ontology",
        abstract: "Write the ontology (classes and relations with labels, domains, ranges, CAMEO codes) as RDF.",
        discussion: """
            The statements are those `geokg ingest` keeps in the graph https://w3id.org/geokg/ontology, so
            that facts extracted elsewhere (`geokg extract` on a cluster) and imported with this file make
            the same store as an ingest.

            Example:
              geokg ontology --format nquads > ontology.nq
            """)

    @OptionGroup var ontologyOptions: OntologyOptions

    @Option(help: "ntriples or nquads.")
    var format: RDFFormat = .nquads

    func run() throws {
        let writer = QuadWriter(fileDescriptor: 1, format: format)
        for quad in OntologyGraph.statements(try ontologyOptions.load()).sorted(by: { $0.description < $1.description })
        {
            try writer.write(quad)
        }
        try writer.finish()
    }
}
