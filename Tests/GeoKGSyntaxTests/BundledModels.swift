import Foundation
import GeoKGSyntax

/// The repository's own model files in `Ontology/models`, loaded once for the tests that use them.
enum BundledModels {
    /// The repository root: this file's folder's parent's parent.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `Ontology` folder at the root.
    static let ontologyFolder = root.appendingPathComponent("Ontology").path

    /// The results of loading the two models, computed on first use.
    static let taggerResult = Result { () throws(SyntaxModelError) -> Tagger in
        try Tagger.load(ontologyFolder: ontologyFolder)
    }
    static let parserResult = Result { () throws(SyntaxModelError) -> Parser in
        try Parser.load(ontologyFolder: ontologyFolder)
    }

    /// The tagger; throws the load error so that every test using it fails when the file is broken.
    static func tagger() throws -> Tagger { try taggerResult.get() }

    /// The parser; throws the load error so that every test using it fails when the file is broken.
    static func parser() throws -> Parser { try parserResult.get() }

    /// A fixture file's path.
    static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/GeoKGSyntaxTests/Fixtures/\(name)").path
    }
}
