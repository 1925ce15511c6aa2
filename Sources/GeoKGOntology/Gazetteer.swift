/// Every known entity, with lookups by id and by ISO 3166-1 alpha-3 code.
public struct Gazetteer: Sendable {
    /// Countries, organizations, people (one entry per person, offices merged) and commodities, in file order.
    public let entries: [GazetteerEntry]
    /// Index of `entries` by id.
    private let indexByID: [String: Int]
    /// Index of the countries among `entries` by ISO3 code.
    private let indexByISO3: [String: Int]

    /// Makes a gazetteer of `entries`; when two entries share an id or an ISO3 code, lookups find the first.
    ///
    /// - Complexity: O(n) in the number of entries.
    public init(entries: [GazetteerEntry]) {
        self.entries = entries
        var byID: [String: Int] = [:]
        var byISO3: [String: Int] = [:]
        byID.reserveCapacity(entries.count)
        // By index, not by element: copying an entry out of the array costs a retain per field.
        for index in entries.indices {
            if let first = byID.updateValue(index, forKey: entries[index].id) { byID[entries[index].id] = first }
            if entries[index].type == .country, let iso3 = entries[index].iso3, byISO3[iso3] == nil {
                byISO3[iso3] = index
            }
        }
        indexByID = byID
        indexByISO3 = byISO3
    }

    /// The entry whose id is `id` (`"UnitedStates"`), or `nil`.
    ///
    /// - Complexity: O(1).
    public func entry(id: String) -> GazetteerEntry? {
        indexByID[id].map { entries[$0] }
    }

    /// The country whose ISO 3166-1 alpha-3 code is `iso3` (`"CHN"`), or `nil`.
    ///
    /// - Complexity: O(1).
    public func country(iso3: String) -> GazetteerEntry? {
        indexByISO3[iso3].map { entries[$0] }
    }
}
