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
    private static let chromePrefixes = bytes([
        "share", "social", "related", "newsletter", "caption", "promo", "advert", "breadcrumb", "cookie",
        "pagination", "pager", "subscri", "signup", "popup", "modal", "recommend", "navbar", "disqus", "sponsor",
        "consent", "gdpr",
    ])
    /// Words that mark page chrome when a word is one of them.
    private static let chromeWords = Set(
        bytes([
            "comment", "comments", "ad", "ads", "byline", "author", "timestamp", "nav", "menu", "footer", "masthead",
            "toolbar", "tags", "tagcloud", "skip", "login", "rss", "copyright",
        ]))
    /// Words that, before a chrome word, make it the modifier of a layout or a name.
    private static let modifiers = Set(bytes(["no", "has", "with", "without", "category", "tag"]))
    /// Words that mark content when a word starts with one.
    private static let contentPrefixes = bytes([
        "article", "content", "entry", "post", "story", "text", "main", "body", "blog",
    ])
    /// Words that mark something beside the content when a word starts with one.
    private static let asidePrefixes = bytes([
        "meta", "teaser", "more", "links", "extra", "hidden", "contact", "tool", "reference", "bibliograph",
    ])

    /// The words of `attributes`' `class` and `id`.
    init(_ attributes: [String: String]) {
        let words = Self.words(attributes["class"]) + Self.words(attributes["id"])
        let starts = { (word: [UInt8], prefixes: [[UInt8]]) in prefixes.contains { word.starts(with: $0) } }
        areChrome = words.indices.contains { index in
            let isChrome = Self.chromeWords.contains(words[index]) || starts(words[index], Self.chromePrefixes)
            return isChrome && (index == 0 || !Self.modifiers.contains(words[index - 1]))
        }
        weight =
            words.contains { starts($0, Self.asidePrefixes) }
            ? -25 : words.contains { starts($0, Self.contentPrefixes) } ? 25 : 0
    }

    /// The words of `value` in lower case, split at every byte that is neither a letter nor part of
    /// a non-ASCII character. (Bytes, not characters: this runs for every element of a page.)
    private static func words(_ value: String?) -> [[UInt8]] {
        guard let value else { return [] }
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...: word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
            default:
                if !word.isEmpty { words.append(word) }
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// The UTF-8 bytes of each string.
    private static func bytes(_ strings: [String]) -> [[UInt8]] {
        strings.map { Array($0.utf8) }
    }
}
