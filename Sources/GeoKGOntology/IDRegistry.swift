/// Checks that entity ids are unique across the gazetteer files.
struct IDRegistry {
    /// The file and line that first used each id.
    private var places: [String: (file: String, line: Int)]

    /// Makes an empty registry with room for about `capacity` ids.
    init(capacity: Int = 0) {
        places = Dictionary(minimumCapacity: capacity)
    }

    /// Makes room for about `count` more ids.
    mutating func reserve(_ count: Int) {
        places.reserveCapacity(places.count + count)
    }

    /// Records that `row` defines `id`.
    /// - Throws: `OntologyError` on `row` when a row of this or another file already defined it.
    mutating func register(_ id: String, on row: TSVRow) throws(OntologyError) {
        if let place = places.updateValue((row.file, row.line), forKey: id) {
            if place.file == row.file {
                throw row.error("duplicate id '\(id)' (first on line \(place.line))")
            }
            throw row.error("id '\(id)' is already used by \(place.file):\(place.line)")
        }
    }
}
