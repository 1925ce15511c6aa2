@_exported public import GeoKGArticles
@_exported public import GeoKGErrors
@_exported public import GeoKGExtraction
@_exported public import GeoKGOntology
@_exported public import GeoKGQuery
@_exported public import GeoKGRDF
@_exported public import GeoKGRender
@_exported public import GeoKGStore
@_exported public import GeoKGSyntax

/// The version of geokg.
public enum GeoKGVersion {
    /// The release, as `geokg --version` shows it.
    public static let current = "0.1.0"
}
