import Foundation
import GeoKGOntology

/// The repository's own `Ontology/` folder, loaded once for the tests that read it.
enum BundledOntology {
    /// The repository root: this file's folder's parent's parent.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `Ontology` folder at the root.
    static let folder = root.appendingPathComponent("Ontology").path

    /// The result of loading `folder`, computed on first use.
    static let result = Result { () throws(OntologyError) -> Ontology in try Ontology.load(from: folder) }

    /// The loaded ontology; throws the load error so that every test using it fails when the data are broken.
    static func load() throws -> Ontology {
        try result.get()
    }
}
