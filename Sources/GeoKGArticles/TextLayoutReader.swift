/// Reads the corpus layout (line 1 URL, line 2 title, line 3 ISO date, a blank line, then the
/// body) and plain text with no header.
///
/// Body paragraphs are separated by blank lines; the lines of one paragraph are joined.
enum TextLayoutReader {
    /// Whether `lines` open with the corpus header: a URL, a title, an ISO date, a blank line.
    static func hasCorpusHeader(_ lines: [Substring]) -> Bool {
        lines.count >= 4 && FormatSniffer.isURL(lines[0])
            && lines[2].trimmingWhitespace.wholeMatch(of: isoDate) != nil
            && lines[3].allSatisfy(\.isWhitespace)
    }

    /// An ISO 8601 date, with or without a time. (A `Regex` compiles its program once, on first
    /// use, with an atomic store: sharing it between threads is safe.)
    nonisolated(unsafe) private static let isoDate = /\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+Z-]*)?/

    /// The article in `text`; with no corpus header it has no title, no date and the file's URL.
    static func article(from text: String, origin: ArticleOrigin) -> Result<Article, ArticleError> {
        let lines = text.lines
        guard hasCorpusHeader(lines) else {
            return origin.article(url: nil, title: nil, date: nil, paragraphs: text.blankLineBlocks)
        }
        return origin.article(
            url: String(lines[0].trimmingWhitespace), title: String(lines[1]),
            date: DateNormalizer.isoDate(from: String(lines[2])),
            paragraphs: String.blankLineBlocks(of: lines.dropFirst(4)))
    }
}
