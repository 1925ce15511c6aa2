/// What the words of an element's `class` and `id` say of it (split at anything but a letter,
/// compared without case): page chrome to leave out, or a hint that it holds content.
struct HTMLClassWords {
    /// Whether a word names page chrome (`"share-bar"`, `"related-posts"`), not as the modifier of
    /// a layout (`"page has-sidebar"`, `"no-comments"`) nor as the name of a category or tag
    /// (`"category-social-issues"`).
    let areChrome: Bool
    /// -25 when a word names something beside the content (`meta`, `teaser`, `references`...,
    /// whatever else the class says: `entry-meta`), +25 when one names content (`article`, `post`,
    /// `content`, `entry`...), 0 otherwise; see ``HTMLElement/classWeight``.
    let weight: Int

    /// Words that mark page chrome when a word starts with one.
    private static let chromePrefixes = [
        "share", "social", "related", "newsletter", "caption", "promo", "advert", "breadcrumb", "cookie",
        "pagination", "pager", "subscri", "signup", "popup", "modal", "recommend", "navbar", "disqus", "sponsor",
        "consent", "gdpr",
    ]
    /// Words that mark page chrome when a word is one of them.
    private static let chromeWords: Set<String> = [
        "comment", "comments", "ad", "ads", "byline", "author", "timestamp", "nav", "menu", "footer", "masthead",
        "toolbar", "tags", "tagcloud", "skip", "login", "rss", "copyright",
    ]
    /// Words that, before a chrome word, make it the modifier of a layout or a name.
    private static let modifiers: Set<String> = ["no", "has", "with", "without", "category", "tag"]
    /// Words that mark content when a word starts with one.
    private static let contentPrefixes = ["article", "content", "entry", "post", "story", "text", "main", "body", "blog"]
    /// Words that mark something beside the content when a word starts with one.
    private static let asidePrefixes = [
        "meta", "teaser", "more", "links", "extra", "hidden", "contact", "tool", "reference", "bibliograph",
    ]

    /// The words of `attributes`' `class` and `id`.
    init(_ attributes: [String: String]) {
        let words = [attributes["class"], attributes["id"]].compactMap { $0?.lowercased() }
            .flatMap { $0.split { !$0.isLetter } }
        areChrome = words.indices.contains { index in
            let word = words[index]
            let isChrome = Self.chromeWords.contains(String(word)) || Self.chromePrefixes.contains { word.hasPrefix($0) }
            return isChrome && (index == 0 || !Self.modifiers.contains(String(words[index - 1])))
        }
        let namesAside = words.contains { word in Self.asidePrefixes.contains { word.hasPrefix($0) } }
        weight = namesAside ? -25 : words.contains { word in Self.contentPrefixes.contains { word.hasPrefix($0) } } ? 25 : 0
    }
}
