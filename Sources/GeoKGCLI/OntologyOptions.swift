public import ArgumentParser
import GeoKG

/// The `--ontology` option of the commands that extract.
struct OntologyOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The Ontology folder (default: $GEOKG_ONTOLOGY, else the one beside geokg).", valueName: "dir"))
    var ontology: String?

    /// Loads the ontology.
    func load() throws -> Ontology {
        try Ontology.load(from: try folder())
    }

    /// Loads the relation vocabulary alone.
    func loadRelations() throws -> [RelationType] {
        try Ontology.loadRelations(from: try folder())
    }

    /// Loads the part-of-speech tagger from the ontology's `models` folder.
    func loadTagger() throws -> Tagger {
        try Tagger.load(ontologyFolder: try folder())
    }

    /// The ontology folder: the option's, else the default one.
    private func folder() throws -> String {
        guard let folder = ontology ?? Ontology.defaultFolder() else {
            printError("cannot find the Ontology folder; pass --ontology DIR or set GEOKG_ONTOLOGY")
            throw CommandFailure()
        }
        return folder
    }
}

extension ArticleFormat: ExpressibleByArgument {}
