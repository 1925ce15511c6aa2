/// Reads a scraped text page: a URL line, the title, then dates, metadata and the summary in any
/// order, then the body, one paragraph a line, with some paragraphs repeated in the header.
///
/// The date is the first line that is only a date; body text is told from metadata by ``PageLine``;
/// copies of body paragraphs that the page repeats are dropped (see ``withoutCopies(_:)``).
enum ScrapedPageReader {
    /// Beyond this many prose lines, only exact repeats are looked for (the other checks compare
    /// every pair of lines).
    static let pairwiseLimit = 500

    /// The article of the page `text`.
    static func article(from text: String, origin: ArticleOrigin) -> Result<Article, ArticleError> {
        var lines = text.lines.map(\.normalizedWhitespace).filter { !$0.isEmpty }[...]
        let url = lines.first.map { FormatSniffer.isURL($0) } == true ? lines.popFirst() : nil
        let title = lines.popFirst()
        let date = lines.lazy.compactMap(DateNormalizer.isoDate(from:)).first
        let prose = lines.filter { PageLine.isBodyText($0, title: title) }
        return origin.article(url: url, title: title, date: date, paragraphs: withoutCopies(prose))
    }

    /// The lines without the copies a page repeats around its body, in their order:
    /// - a line made of two or more other lines joined (a description built from body paragraphs);
    /// - a line that a longer line contains (the summary, found again with the dateline in the
    ///   body), a trailing ellipsis aside;
    /// - the earlier of two equal lines, so that the body keeps its place.
    static func withoutCopies(_ lines: [String]) -> [String] {
        guard lines.count <= pairwiseLimit else { return lines }
        let parts = lines.filter { !isJoin($0, of: lines) }
        return parts.enumerated().filter { index, line in
            let core = withoutEllipsis(line)
            return !parts.enumerated().contains { otherIndex, other in
                other.utf8.count > line.utf8.count ? other.contains(core) : other == line && otherIndex > index
            }
        }.map(\.element)
    }

    /// Whether `line` is nothing but two or more of the other, shorter `lines` put together.
    private static func isJoin(_ line: String, of lines: [String]) -> Bool {
        let pieces = lines.filter { $0.utf8.count < line.utf8.count && line.contains($0) }
        guard pieces.count >= 2 else { return false }
        let rest = pieces.sorted { $0.utf8.count > $1.utf8.count }.reduce(line) { $0.replacing($1, with: "") }
        return !rest.contains { $0.isLetter || $0.isNumber }
    }

    /// The line without a trailing `…` or `...` (a truncated summary).
    private static func withoutEllipsis(_ line: String) -> String {
        let cut = line.hasSuffix("…") ? 1 : line.hasSuffix("...") ? 3 : 0
        return String(line.dropLast(cut).trimmingWhitespace)
    }
}
