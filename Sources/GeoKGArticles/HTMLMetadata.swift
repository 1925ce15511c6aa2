/// Collects what an HTML page says about its article, token by token: JSON-LD, `<meta>` tags, the
/// canonical link, the document title and `<time datetime>` elements.
struct HTMLMetadata {
    private var jsonLD: JSONLDArticle?
    private var metas: [String: String] = [:]
    private var canonical: String?
    private var documentTitle: String?
    private var times: [(datetime: String, inArticle: Bool)] = []
    private var expected: ExpectedText?

    /// Text whose content the next text token is.
    private enum ExpectedText {
        case title, jsonLD
    }

    /// `<meta>` names and properties that give the publication date, in order of trust.
    private static let dateMetaNames = [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
        "date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date.issued",
        "dc.date", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date",
    ]

    /// The headline: JSON-LD `headline`, else `og:title`, else `<title>`.
    var title: String? {
        [jsonLD?.headline.map { HTMLEntities.decode($0) }, metas["og:title"], documentTitle]
            .lazy.compactMap { $0?.normalizedWhitespace.nonBlank }.first
    }

    /// The first absolute URL of the canonical link, `og:url`, JSON-LD `url` / `mainEntityOfPage`.
    var url: String? {
        [canonical, metas["og:url"], jsonLD?.url].lazy.compactMap { $0?.normalizedWhitespace }
            .first { $0.contains("://") }
    }

    /// The publication date: JSON-LD `datePublished`, a date `<meta>`, a `<time datetime>` in the
    /// article, then any `<time datetime>`; the first that reads as a date.
    var date: String? {
        let candidates =
            [jsonLD?.datePublished] + Self.dateMetaNames.map { metas[$0] }
            + times.filter(\.inArticle).map(\.datetime) + times.map(\.datetime)
        return candidates.lazy.compactMap { $0.flatMap(DateNormalizer.isoDate(from:)) }.first
    }

    /// The JSON-LD `articleBody`, when it has text.
    var articleBody: String? {
        jsonLD?.articleBody?.nonBlank
    }

    /// Takes the next token of the document; `inArticle` tells whether it stands in the article.
    mutating func consume(_ token: HTMLToken, inArticle: Bool) {
        let awaited = expected
        expected = nil
        switch token {
        case .text(let text) where awaited == .title:
            documentTitle = text
        case .text(let text) where awaited == .jsonLD && jsonLD == nil:
            jsonLD = JSONLDArticle(json: text)
        case .startTag("title", _, _) where documentTitle == nil:
            expected = .title
        case .startTag("script", let attributes, _) where attributes["type"]?.lowercased().contains("ld+json") == true:
            expected = .jsonLD
        case .startTag("meta", let attributes, _):
            let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased()
            if let key, let content = attributes["content"], metas[key] == nil { metas[key] = content }
        case .startTag("link", let attributes, _):
            let rel = attributes["rel"]?.lowercased().split(separator: " ") ?? []
            if canonical == nil, rel.contains("canonical") { canonical = attributes["href"] }
        case .startTag("time", let attributes, _):
            if let datetime = attributes["datetime"] { times.append((datetime, inArticle)) }
        default:
            break
        }
    }
}
