@_exported public import GeoKGRDF
@_exported public import GeoKGStore
@_exported public import GeoKGQuery
@_exported public import GeoKGRender
@_exported public import GeoKGArticles
@_exported public import GeoKGOntology
@_exported public import GeoKGExtraction
@_exported public import GeoKGSyntax

/// The version of geokg.
public enum GeoKGVersion {
    /// The release, as `geokg --version` shows it.
    public static let current = "0.1.0"
}

/// Whether `error` is one of geokg's own, whose description is a complete message for the user.
public func isGeoKGError(_ error: any Error) -> Bool {
    error is RDFSyntaxError || error is RDFInputError || error is RDFOutputError || error is StoreError
        || error is RDFTermError || error is OntologyError || error is ArticleError || error is QueryError
        || error is RenderError || error is SyntaxModelError
}
