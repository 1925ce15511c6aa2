public import ArgumentParser
import GeoKG

/// The `--ontology` option of the commands that extract.
struct OntologyOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The Ontology folder (default: $GEOKG_ONTOLOGY, else the one beside geokg).", valueName: "dir"))
    var ontology: String?

    /// Loads the ontology.
    func load() throws -> Ontology {
        guard let folder = ontology ?? Ontology.defaultFolder() else {
            printError("cannot find the Ontology folder; pass --ontology DIR or set GEOKG_ONTOLOGY")
            throw CommandFailure()
        }
        return try Ontology.load(from: folder)
    }
}

extension ArticleFormat: ExpressibleByArgument {}
