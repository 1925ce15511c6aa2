/// What a mention refers to, within one article, before entities get their ids.
enum EntityKey: Hashable, Sendable {
    /// A gazetteer entry, by id.
    case known(String)
    /// A person the gazetteer lacks, by lower-cased name.
    case person(String)
    /// An organization the gazetteer lacks: the country its nationality word names (a gazetteer id), and its
    /// lower-cased name without that word.
    case organization(country: String?, name: String)
    /// A group of actors: its country (a gazetteer id) when a nationality names one, and lower-cased words
    /// that name it.
    case group(country: String?, name: String)
    /// An office holder named by title alone ("the Foreign Secretary"), with the office's country.
    case office(title: String, country: String?)

    /// The gazetteer id, for a known entity.
    var gazetteerID: String? {
        if case .known(let id) = self { return id }
        return nil
    }
}
