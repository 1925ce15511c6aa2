/// The surface forms (names, aliases, demonyms, metonyms) of gazetteer entries and the entry each belongs to.
///
/// A registry checks that within one file every form belongs to one entry (`claim`), or records the forms of
/// the hand-written files so that a generated file can be checked against them (`record`, `owner(of:)`).
struct AliasRegistry {
    /// The entry that first claimed a form, and where.
    struct Owner {
        let id: String
        let file: String
        let line: Int
    }

    /// The first owner of each form.
    private var owners: [String: Owner]

    /// Makes an empty registry with room for about `capacity` forms.
    init(capacity: Int = 0) {
        owners = Dictionary(minimumCapacity: capacity)
    }

    /// Records that the entry `id` on `row` goes by every form of `forms`.
    /// - Throws: `OntologyError` on `row` when another entry already claims one of them.
    mutating func claim(_ forms: [String], for id: String, on row: TSVRow) throws(OntologyError) {
        for form in forms {
            // One lookup for the usual case, a form met for the first time.
            guard let owner = owners.updateValue(Owner(id: id, file: row.file, line: row.line), forKey: form) else {
                continue
            }
            owners[form] = owner  // the first claim keeps the form
            guard owner.id == id else {
                let place = owner.file == row.file ? "line \(owner.line)" : "\(owner.file):\(owner.line)"
                throw row.error("'\(form)' is already claimed by \(owner.id) (\(place))")
            }
        }
    }

    /// Records the forms of the entry `id` on `row`, keeping the first owner of a form that has one.
    mutating func record(_ forms: [String], for id: String, on row: TSVRow) {
        for form in forms where owners[form] == nil {
            owners[form] = Owner(id: id, file: row.file, line: row.line)
        }
    }

    /// The entry that owns `form`, if any.
    func owner(of form: String) -> Owner? {
        owners[form]
    }
}
