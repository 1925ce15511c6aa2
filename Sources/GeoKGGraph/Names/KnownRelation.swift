import GeoKGQuery
public import GeoKGRDF

/// A relation the store knows, with the names a person may give it by.
struct KnownRelation: Sendable {
    /// The relation.
    let iri: IRI
    /// Its CAMEO codes (`036`), from `geo:cameoCode` or the event data's `cameoCode`.
    var cameoCodes: Set<String> = []

    /// The last segment of its IRI: `restricts` for `geo:restricts`, `036` for `.../cameo/036`.
    var localName: String { iri.localName }

    /// Its prefixed name (`geo:restricts`), when a known namespace holds it.
    var prefixedName: String? { TermDisplay.prefixed(iri) }

    /// Every name it goes by, for suggestions: local name, prefixed name, CAMEO codes.
    var names: [String] { [localName] + (prefixedName.map { [$0] } ?? []) + cameoCodes.sorted() }

    /// Whether `name` is its local name (any case) or one of its CAMEO codes.
    func isNamed(_ name: String) -> Bool {
        localName.lowercased() == name.lowercased() || cameoCodes.contains(name)
    }
}
