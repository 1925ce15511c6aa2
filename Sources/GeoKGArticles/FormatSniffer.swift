/// Tells an article's layout from its content (never from the file's extension).
enum FormatSniffer {
    /// The layout of `text`: JSON Lines when it opens with `{`, HTML when it opens as an HTML
    /// document (a doctype, or a tag that only a document's head or body has: `<html>`, `<head>`,
    /// `<body>`, `<meta>`, `<link>`, `<style>`, `<script>`, `<title>`) or is dense with tags, the corpus layout or a scraped page when its first line is
    /// a URL, plain text otherwise.
    static func format(of text: String) -> ArticleFormat {
        let start = text.drop { $0.isWhitespace }
        if start.first == "{" { return .jsonl }
        let opening = start.prefix(32).lowercased()
        if opening.hasPrefix("<!doctype html") || opening.prefixMatch(of: documentTag) != nil || isMarkupDense(text) {
            return .html
        }
        let lines = text.lines
        guard let first = lines.first, isURL(first) else { return .text }
        return TextLayoutReader.hasCorpusHeader(lines) ? .text : .page
    }

    /// Whether `text` holds at least one tag such as `<p>`, `</b>` or `<a href="...">`.
    static func containsMarkup(_ text: String) -> Bool {
        text.containsUTF8(UInt8(ascii: "<")) && text.contains(markupTag)
    }

    /// Whether `line` is a URL alone: `http://`, `https://` or `www.` and no space.
    static func isURL(_ line: some StringProtocol) -> Bool {
        let trimmed = line.drop(while: \.isWhitespace)
        let lower = trimmed.prefix(8).lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www."))
            && !trimmed.contains { $0 == " " || $0 == "\t" }
    }

    /// Whether tags make up a fifth or more of the first ``TextDecoder/sniffLength`` characters,
    /// with at least three of them.
    private static func isMarkupDense(_ text: String) -> Bool {
        let sample = text.prefix(TextDecoder.sniffLength)
        let tags = sample.matches(of: markupTag)
        let markup = tags.reduce(0) { $0 + sample[$1.range].count }
        return tags.count >= 3 && markup * 5 >= sample.count
    }

    /// The start of a tag that only an HTML document has.
    nonisolated(unsafe) private static let documentTag = /<(?:html|head|body|meta|link|style|script|title)[\s>\/]/

    /// A start tag, an end tag or the start of a comment. (A `Regex` compiles its program once,
    /// on first use, with an atomic store: sharing it between threads is safe.)
    nonisolated(unsafe) private static let markupTag = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/
}
