import GeoKGArticles
import GeoKGExtraction
import GeoKGOntology
import Testing

/// Extracts articles written for a test with the bundled ontology, and shows their facts as text.
struct ExtractionHarness {
    let extractor: Extractor

    init() throws {
        extractor = try #require(sharedExtractor)
    }

    /// The extraction of an article with this body, headline and address.
    func extract(
        _ body: String, title: String? = nil, url: String = "https://example.org/a", date: String? = "2025-06-09"
    )
        -> Extraction
    {
        extractor.extract(Article(url: url, title: title, date: date, body: body, source: "test"))
    }

    /// The facts of an article as "Subject relation Object (modality)", with entity names.
    func facts(
        _ body: String, title: String? = nil, url: String = "https://example.org/a", date: String? = "2025-06-09"
    )
        -> Set<String>
    {
        let extraction = extract(body, title: title, url: url, date: date)
        let names = Dictionary(uniqueKeysWithValues: extraction.entities.map { ($0.id, $0.name) })
        return Set(
            extraction.facts.map {
                "\(names[$0.subject] ?? $0.subject) \($0.relation) \(names[$0.object] ?? $0.object) (\($0.modality.rawValue))"
            })
    }

    /// Every name an entity of the article goes by, its label first, by entity id.
    func names(_ body: String, title: String? = nil, url: String = "https://example.org/a") -> [String: [String]] {
        Dictionary(
            uniqueKeysWithValues: extract(body, title: title, url: url).entities.map { ($0.id, [$0.name] + $0.aliases) }
        )
    }
}
