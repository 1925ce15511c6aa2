public import GeoKGRDF

extension IRI {
    /// The last segment of the IRI, after its last `#` or `/`: `Country` for `geo:Country`, `036` for
    /// `http://example.org/geokg/cameo/036`; the short name people type for a relation or a class.
    var localName: String {
        String(value.split(whereSeparator: { $0 == "#" || $0 == "/" }).last ?? Substring(value))
    }
}
