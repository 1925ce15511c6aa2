public import GeoKGOntology
public import GeoKGStore

/// Takes articles out of a store: their named graphs go, and the consolidated facts they reported are updated in
/// the same transaction.
public enum ArticleRemoval {
    /// Removes the articles with these URLs, regrouping what remains of their facts' reports at most `window` days
    /// apart; returns, for each URL, whether the store held it.
    /// - Throws: `StoreError`; the store is then unchanged.
    public static func remove(
        urls: [String], from store: TripleStore, ontology: Ontology, window: Int = FactConsolidator.defaultWindow
    ) throws(StoreError) -> [Bool] {
        try store.removeGraphs(
            urls.map { FactMapper.articleIRI(url: $0) },
            derived: FactConsolidator(relations: ontology.relations, window: window))
    }
}
