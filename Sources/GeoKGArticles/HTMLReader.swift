/// Reads an HTML page, or text with markup in it.
///
/// The title, URL and date come from ``HTMLMetadata``. The body is made of the blocks of the
/// element that ``HTMLMainText`` finds holds the article, page chrome left out by
/// ``HTMLTextCollector``, or of the JSON-LD `articleBody` when that is longer (pages that build
/// their text with scripts). When the class rules leave no running text, the page is read again
/// without them (a class that names chrome on the article's container), as Readability does; a
/// page with no running text at all gives its short text (``HTMLMainText/shortText(of:)``).
enum HTMLReader {
    /// The article of the page `html`.
    static func article(from html: String, origin: ArticleOrigin) -> Result<Article, ArticleError> {
        var collector = HTMLTextCollector(classRules: true)
        var metadata = HTMLMetadata()
        for token in HTMLTokenizer(html) {
            metadata.consume(token, inArticle: collector.inArticle)
            collector.consume(token)
        }
        collector.finish()
        var main = HTMLMainText.paragraphs(of: collector.paragraphs, elements: collector.elements)
        if main == nil {
            var plain = HTMLTextCollector(classRules: false)
            for token in HTMLTokenizer(html) { plain.consume(token) }
            plain.finish()
            main = HTMLMainText.paragraphs(of: plain.paragraphs, elements: plain.elements)
        }
        let length = { (paragraphs: [String]) in paragraphs.reduce(0) { $0 + $1.utf8.count } }
        let declared = metadata.articleBody.map { paragraphs(ofText: $0, linesAreParagraphs: true) }
        let body =
            if let main, length(main) >= declared.map(length) ?? 0 { main } else {
                declared ?? HTMLMainText.shortText(of: collector.paragraphs)
            }
        return origin.article(url: metadata.url, title: metadata.title, date: metadata.date, paragraphs: body)
    }

    /// The paragraphs of text that may hold markup (a JSON field, a JSON-LD `articleBody`).
    ///
    /// With tags, the text is read as an HTML fragment, each block a paragraph; without, each
    /// line (`linesAreParagraphs`) or each block between blank lines is one. References are
    /// decoded either way.
    static func paragraphs(ofText text: String, linesAreParagraphs: Bool) -> [String] {
        guard FormatSniffer.containsMarkup(text) else {
            let decoded = HTMLEntities.decode(text)
            return linesAreParagraphs ? decoded.lines.map(String.init) : decoded.blankLineBlocks
        }
        var collector = HTMLTextCollector(classRules: true)
        for token in HTMLTokenizer(text) { collector.consume(token) }
        collector.finish()
        return collector.paragraphs.map(\.text)
    }
}
