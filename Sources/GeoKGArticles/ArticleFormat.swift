/// The layouts an article file can have.
public enum ArticleFormat: String, CaseIterable, Sendable {
    /// Detect the layout from the content, never from the file's extension.
    case auto
    /// The corpus layout (URL, title, ISO date, blank line, body) or plain text with no header.
    case text
    /// A scraped text page: URL line, title, dates and a metadata block, then the body, with repeats.
    case page
    /// An HTML page.
    case html
    /// JSON Lines: one article object per line.
    case jsonl
}
