/// Checks that within one gazetteer file every surface form (name, alias, demonym, metonym) belongs to one entry.
struct AliasRegistry {
    /// The entry id and line that first claimed each form.
    private var owners: [String: (id: String, line: Int)]

    /// Makes an empty registry with room for about `capacity` forms.
    init(capacity: Int = 0) {
        owners = Dictionary(minimumCapacity: capacity)
    }

    /// Records that the entry `id` on `row` goes by every form of `forms`.
    /// - Throws: `OntologyError` on `row` when another entry of the file already claims one of them.
    mutating func claim(_ forms: [String], for id: String, on row: TSVRow) throws(OntologyError) {
        for form in forms {
            if let owner = owners[form] {
                guard owner.id == id else {
                    throw row.error("'\(form)' is already claimed by \(owner.id) (line \(owner.line))")
                }
            } else {
                owners[form] = (id, row.line)
            }
        }
    }
}
