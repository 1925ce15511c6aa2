import Foundation

/// The file or stream an article is read from: names it in messages and gives the fallback URL.
struct ArticleOrigin {
    /// The name used in messages and as the article's source: the path as given, or `<stdin>`.
    let name: String
    /// `file://` plus the absolute path, the URL of an article whose input names none.
    let fileURL: String

    /// The origin of the file at `path` as given (`-` is standard input).
    init(path: String) {
        if path == "-" {
            name = "<stdin>"
            fileURL = "file:///dev/stdin"
        } else {
            name = path
            fileURL = "file://" + URL(fileURLWithPath: path).standardizedFileURL.path
        }
    }

    /// An error about this file, or about one of its lines.
    func error(_ message: String, line: Int? = nil) -> ArticleError {
        ArticleError(file: name, line: line, message: message)
    }

    /// The article made of these parts, or an error when no paragraph has any text.
    ///
    /// The paragraphs are cleaned by ``ArticleBody``; a missing URL falls back to ``fileURL``
    /// (with `#line-N` for a line of a JSON Lines file).
    func article(
        url: String?, title: String?, date: String?, paragraphs: [String], line: Int? = nil
    ) -> Result<Article, ArticleError> {
        guard let body = ArticleBody.text(of: paragraphs) else {
            return .failure(error("no article text found", line: line))
        }
        let fallbackURL = line.map { "\(fileURL)#line-\($0)" } ?? fileURL
        let source = line.map { "\(name):\($0)" } ?? name
        return .success(
            Article(
                url: url.flatMap(\.nonBlank) ?? fallbackURL,
                title: title.flatMap { $0.normalizedWhitespace.nonBlank },
                date: date, body: body, source: source))
    }
}
