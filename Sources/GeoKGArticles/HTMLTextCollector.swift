/// Collects the visible text blocks of an HTML document, token by token, leaving out page chrome.
///
/// Keeps a stack of open elements, each knowing whether it is left out, inside the article or
/// inside `<main>`, and which block it belongs to, so that each token is handled in constant time
/// whatever the depth. Text is left out inside scripts, styles, navigation, headers, footers,
/// asides, forms (but not one that wraps the whole page, as ASP.NET pages have), buttons, figures
/// and captions, hidden elements, and elements whose class or id names a share or social widget,
/// related links, a newsletter, comments, a caption, a promotion, an advert, breadcrumbs, a
/// cookie notice, a byline or a timestamp (but not `<html>`, `<body>`, `<main>` or `<article>`, whatever their class).
struct HTMLTextCollector {
    /// The blocks found so far, in document order.
    private(set) var paragraphs: [HTMLParagraph] = []
    /// Whether the current position is inside the article.
    var inArticle: Bool { stack.last?.inArticle ?? false }

    private struct OpenElement {
        var name: String
        var excluded: Bool
        var inArticle: Bool
        var inMain: Bool
        var kind: HTMLParagraph.Kind
    }

    private var stack: [OpenElement] = []
    private var buffer = ""
    private var bufferContext = HTMLParagraph(text: "", kind: .loose, inArticle: false, inMain: false)

    /// Elements whose text is never article text.
    private static let excludedElements: Set<String> = [
        "head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "canvas", "nav", "header", "footer", "aside", "form", "button", "select", "textarea",
        "figure", "figcaption",
    ]
    /// Elements that start and end a block of text.
    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]
    /// Elements that have no content and no closing tag.
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr",
    ]
    /// Elements that hold the article, never left out for their class or id.
    private static let containerElements: Set<String> = ["html", "body", "main", "article"]
    /// Words of a class or id (split at non-letters) that mark page chrome when a word starts with one.
    private static let chromeWordPrefixes = [
        "share", "social", "related", "newsletter", "caption", "promo", "advert", "breadcrumb", "cookie",
    ]
    /// Words of a class or id that mark page chrome when a word is one of them.
    private static let chromeWords: Set<String> = ["comment", "comments", "ad", "ads", "byline", "author", "timestamp"]

    /// Takes the next token of the document.
    mutating func consume(_ token: HTMLToken) {
        switch token {
        case .text(let text):
            guard stack.last?.excluded != true else { return }
            if buffer.isEmpty {
                let top = stack.last
                bufferContext = HTMLParagraph(
                    text: "", kind: top?.kind ?? .loose, inArticle: top?.inArticle ?? false,
                    inMain: top?.inMain ?? false)
            }
            buffer += text
        case .startTag(let name, let attributes, let selfClosing):
            if Self.blockElements.contains(name) || name == "br" { flush() }
            if name == "body", let head = stack.lastIndex(where: { $0.name == "head" }) {
                stack.removeSubrange(head...)
            }
            guard !selfClosing, !Self.voidElements.contains(name) else { return }
            stack.append(element(name, attributes))
        case .endTag(let name):
            guard let index = stack.lastIndex(where: { $0.name == name }) else {
                if Self.blockElements.contains(name) { flush() }
                return
            }
            if stack[index...].contains(where: { Self.blockElements.contains($0.name) }) { flush() }
            stack.removeSubrange(index...)
        }
    }

    /// Ends the document: the last block of text is kept.
    mutating func finish() {
        flush()
    }

    /// The open element for a start tag, inheriting from the element it opens in.
    private func element(_ name: String, _ attributes: [String: String]) -> OpenElement {
        let parent = stack.last
        let kind: HTMLParagraph.Kind? =
            switch name {
            case "p": .paragraph
            case "h2", "h3", "li": .headingOrItem
            case _ where Self.blockElements.contains(name): .loose
            default: nil
            }
        let wrapsPage = name == "form" && (parent == nil || parent?.name == "body")
        return OpenElement(
            name: name,
            excluded: parent?.excluded == true || (Self.excludedElements.contains(name) && !wrapsPage)
                || attributes["hidden"] != nil
                || (!Self.containerElements.contains(name) && Self.isChrome(attributes)),
            inArticle: parent?.inArticle == true || name == "article" || attributes["itemprop"] == "articleBody",
            inMain: parent?.inMain == true || name == "main" || attributes["role"] == "main",
            kind: kind ?? parent?.kind ?? .loose)
    }

    /// Whether the class or id names page chrome (a share widget, related links, an advert...).
    private static func isChrome(_ attributes: [String: String]) -> Bool {
        let names = [attributes["class"], attributes["id"]].compactMap { $0?.lowercased() }
        return names.contains { name in
            name.split { !$0.isLetter }.contains { word in
                chromeWords.contains(String(word)) || chromeWordPrefixes.contains { word.hasPrefix($0) }
            }
        }
    }

    /// Ends the current block: its text, split at blank lines, becomes paragraphs.
    private mutating func flush() {
        defer { buffer = "" }
        for block in buffer.blankLineBlocks where block.contains(where: { !$0.isWhitespace }) {
            var paragraph = bufferContext
            paragraph.text = block
            paragraphs.append(paragraph)
        }
    }
}
