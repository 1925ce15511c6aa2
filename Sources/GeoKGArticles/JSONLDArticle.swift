import Foundation

/// The fields of a schema.org article described in JSON-LD (`<script type="application/ld+json">`).
struct JSONLDArticle {
    /// The `headline`.
    var headline: String?
    /// The `url`, else the `mainEntityOfPage` (a URL or an object with `@id` or `url`).
    var url: String?
    /// The `datePublished`, as written.
    var datePublished: String?
    /// The `articleBody`, as written.
    var articleBody: String?

    /// The first article (any `@type` ending in `Article`, or a `BlogPosting`) in the JSON-LD
    /// `json`: the top object, an element of a top array, or an element of an `@graph`; `nil` when
    /// there is none or the JSON does not parse.
    init?(json: String) {
        guard let root = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        else { return nil }
        let tops = (root as? [Any]) ?? [root]
        let nodes = tops.flatMap { top -> [Any] in
            [top] + ((top as? [String: Any])?["@graph"] as? [Any] ?? [])
        }
        guard let node = nodes.lazy.compactMap({ $0 as? [String: Any] }).first(where: Self.isArticle)
        else { return nil }
        headline = node["headline"] as? String
        let page = node["mainEntityOfPage"]
        let pageObject = page as? [String: Any]
        url =
            node["url"] as? String ?? page as? String ?? pageObject?["@id"] as? String ?? pageObject?["url"] as? String
        datePublished = node["datePublished"] as? String
        articleBody = node["articleBody"] as? String
    }

    private static func isArticle(_ node: [String: Any]) -> Bool {
        let types = (node["@type"] as? [String]) ?? [node["@type"] as? String].compactMap { $0 }
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" }
    }
}
