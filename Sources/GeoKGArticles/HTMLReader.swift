/// Reads an HTML page, or text with markup in it.
///
/// The title, URL and date come from ``HTMLMetadata``. The body is the JSON-LD `articleBody` when
/// the page has one; otherwise the `<p>` text (with `<h2>`, `<h3>` and `<li>` text inside the
/// article) of the `<article>` when it has some, else of `<main>`, else of the whole page, page
/// chrome left out by ``HTMLTextCollector``; a page with no such text gives all its visible text.
enum HTMLReader {
    /// The article of the page `html`.
    static func article(from html: String, origin: ArticleOrigin) -> Result<Article, ArticleError> {
        var collector = HTMLTextCollector()
        var metadata = HTMLMetadata()
        for token in HTMLTokenizer(html) {
            metadata.consume(token, inArticle: collector.inArticle)
            collector.consume(token)
        }
        collector.finish()
        let body =
            metadata.articleBody.map { paragraphs(ofText: $0, linesAreParagraphs: true) }
            ?? bodyParagraphs(collector.paragraphs)
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
        var collector = HTMLTextCollector()
        for token in HTMLTokenizer(text) { collector.consume(token) }
        collector.finish()
        return collector.paragraphs.map(\.text)
    }

    /// The article's paragraphs among all the text blocks of a page.
    private static func bodyParagraphs(_ blocks: [HTMLParagraph]) -> [String] {
        let text = blocks.filter {
            $0.kind == .paragraph || ($0.kind == .headingOrItem && ($0.inArticle || $0.inMain))
        }
        let chosen = [text.filter(\.inArticle), text.filter(\.inMain), text, blocks].first { !$0.isEmpty }
        return (chosen ?? []).map(\.text)
    }
}
