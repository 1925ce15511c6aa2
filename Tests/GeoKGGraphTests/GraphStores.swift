import GeoKGRDF
import GeoKGStore
import GeoKGTestSupport

/// Real SQLite stores of the fixtures, loaded in-process in the order of their lines.
struct GraphStores {
    /// Where the stores are written.
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// The triples of `ntriples`, in the order of their lines.
    static func triples(_ ntriples: String) throws -> [Triple] {
        let folder = try TemporaryFolder()
        let reader = try QuadReader(path: try folder.write(ntriples, to: "input.nt"), format: .ntriples)
        var triples: [Triple] = []
        while let quad = try reader.next() { triples.append(Triple(quad.subject, quad.predicate, quad.object)) }
        return triples
    }

    /// A store named `name` holding `ntriples`, loaded line by line, so that terms are numbered in that order.
    func store(_ ntriples: String, name: String) throws -> TripleStore {
        let store = try TripleStore(path: folder.path("\(name).sqlite"))
        let triples = try Self.triples(ntriples)
        _ = try store.load(LoadSource(name: name, format: "ntriples", contentHash: name)) { loader in
            for triple in triples { try loader.add(Quad(triple.subject, triple.predicate, triple.object)) }
        }
        return store
    }
}

/// The two shapes, each with the IRIs of its three entities.
enum Shape: String, CaseIterable, CustomStringConvertible {
    case articles, events

    var description: String { rawValue }

    /// The fixture's N-Triples.
    var ntriples: String { self == .articles ? ArticleFixture.ntriples : EventFixture.ntriples }

    /// The IRI of the entity named `name` in this shape.
    func entity(_ name: String) -> IRI {
        IRI(unchecked: self == .articles ? ArticleFixture.entity + name : EventFixture.base + "actor/" + name)
    }
}
