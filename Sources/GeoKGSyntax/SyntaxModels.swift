/// Where the syntax models live: `models/` inside the ontology folder.
public enum SyntaxModels {
    /// The folder of the model files, relative to the ontology folder.
    public static let folder = "models"

    /// The path of the model file `name` in the ontology folder `ontologyFolder`.
    public static func path(of name: String, inOntologyFolder ontologyFolder: String) -> String {
        let base = ontologyFolder.hasSuffix("/") ? String(ontologyFolder.dropLast()) : ontologyFolder
        return "\(base)/\(folder)/\(name)"
    }
}
