/// A news article as geokg reads it.
///
/// Every reader produces the same shape: the body is plain text, paragraphs separated by a blank
/// line, with no markup, no page metadata, no repeated paragraph and no dateline.
///
/// ```swift
/// let article = Article(
///     url: "https://example.org/talks", title: "Talks in London", date: "2025-06-09",
///     body: "Delegations met in London.\n\nThey will meet again.", source: "talks.txt")
/// ```
public struct Article: Sendable, Hashable, Codable {
    /// The article's canonical URL, or `file://` plus the absolute path of the file it came from.
    public var url: String
    /// The headline, when the input has one.
    public var title: String?
    /// The publication date as `YYYY-MM-DD`, when one was found.
    public var date: String?
    /// The article text: paragraphs separated by `"\n\n"`, whitespace normalised within each.
    public var body: String
    /// Where the article came from, for messages: the path as given, plus `:LINE` for a JSON Lines line.
    public var source: String

    /// Creates an article from its parts, taken as they are.
    public init(url: String, title: String?, date: String?, body: String, source: String) {
        self.url = url
        self.title = title
        self.date = date
        self.body = body
        self.source = source
    }
}
