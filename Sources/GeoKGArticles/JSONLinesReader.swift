/// Reads one line of a JSON Lines file: a JSON object describing one article.
///
/// Fields (the first one present with a non-blank string wins): URL `url`, `link`, or `id` when it
/// is an absolute URL; title `title`, `headline`; date `date`, `published`, `published_at`,
/// `pubDate`, `datePublished`, `publish_date`; text `text`, `body`, `content`, `article`,
/// `articleBody`. Text with tags in it is read as HTML; paragraphs are separated by blank lines.
enum JSONLinesReader {
    private static let urlFields = ["url", "link"]
    private static let titleFields = ["title", "headline"]
    private static let dateFields = ["date", "published", "published_at", "pubDate", "datePublished", "publish_date"]
    private static let textFields = ["text", "body", "content", "article", "articleBody"]

    /// The article of line `number`, or the error to report for it; `nil` for a blank line.
    static func article(fromLine line: String, number: Int, origin: ArticleOrigin) -> Result<Article, ArticleError>? {
        guard line.contains(where: { !$0.isWhitespace }) else { return nil }
        let fields: [String: String]
        switch JSONStringMembers.read(line) {
        case .object(let members): fields = members
        case .notObject: return .failure(origin.error("expected a JSON object", line: number))
        case .invalid: return .failure(origin.error("not valid JSON", line: number))
        }
        func string(_ names: [String]) -> String? {
            names.lazy.compactMap { fields[$0]?.nonBlank }.first
        }
        guard let text = string(textFields) else {
            let names = textFields.joined(separator: ", ")
            return .failure(origin.error("no article text found (no non-empty field of: \(names))", line: number))
        }
        let id = string(["id"]).flatMap { $0.contains("://") ? $0 : nil }
        return origin.article(
            url: string(urlFields) ?? id, title: string(titleFields),
            date: dateFields.lazy.compactMap { fields[$0].flatMap(DateNormalizer.isoDate(from:)) }.first,
            paragraphs: HTMLReader.paragraphs(ofText: text, linesAreParagraphs: false), line: number)
    }
}
