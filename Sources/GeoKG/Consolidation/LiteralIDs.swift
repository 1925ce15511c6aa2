import GeoKGRDF
import GeoKGStore

/// The store ids of the literals facts are written with (modalities, counts, confidences): a few hundred values
/// met again for fact after fact, remembered here rather than looked up in the store's term cache each time.
final class LiteralIDs {
    private var ids: [Literal: Int64] = [:]

    /// The id of `literal` in the store `session` writes, added to its terms when new.
    func id(of literal: Literal, in session: StoreSession) throws -> Int64 {
        if let known = ids[literal] { return known }
        let id = try session.id(of: .literal(literal))
        ids[literal] = id
        return id
    }

    /// Forgets every id, when they may no longer be the store's.
    func forget() {
        ids = [:]
    }
}
