/// Collects the visible text blocks of an HTML document, and the block elements that hold them,
/// token by token, leaving out page chrome.
///
/// Keeps a stack of open elements, each knowing whether it is left out, inside the article,
/// inside `<main>` or inside a link, and which block it belongs to, so that each token is handled
/// in constant time whatever the depth. Text is left out inside scripts, styles, navigation,
/// headers, footers, asides, forms (but not one that wraps the whole page, as ASP.NET pages have),
/// buttons, figures and captions, hidden elements, elements whose ARIA role is navigation, a
/// banner, page information, a search or a dialog, and, with ``classRules``, elements whose class
/// or id names page chrome (see ``HTMLClassWords``); `<html>`, `<body>`, `<main>` and `<article>`
/// are never left out for their class. Elements that HTML closes without an end tag (`<p>One<p>Two`)
/// are closed so.
struct HTMLTextCollector {
    /// Whether elements are left out for their class or id.
    let classRules: Bool
    /// The blocks found so far, in document order.
    private(set) var paragraphs: [HTMLParagraph] = []
    /// The block elements found so far, in the order they open.
    private(set) var elements: [HTMLElement] = []
    /// Whether the current position is inside the article.
    var inArticle: Bool { stack.last?.inArticle ?? false }

    private struct OpenElement {
        var name: String
        var excluded: Bool
        var inArticle: Bool
        var inMain: Bool
        var inLink: Bool
        /// Whether it is a block element, recorded in `elements`.
        var isBlock: Bool
        /// The index in `elements` of this element, or of the innermost block element around it.
        var block: Int?
        var kind: HTMLParagraph.Kind
        /// The position in the stack of the `<p>`, and of the list item, that a new block or item closes.
        var openParagraph: Int?
        var openItem: Int?
    }

    private var stack: [OpenElement] = []
    private var buffer = ""
    /// Visible (non-space) bytes in `buffer`, and those in link text.
    private var bufferLength = 0
    private var bufferLinkLength = 0
    private var bufferContext = HTMLParagraph(text: "", kind: .loose, inArticle: false, inMain: false, linkDensity: 0)

    /// Elements whose text is never article text.
    private static let excludedElements: Set<String> = [
        "head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "canvas", "nav", "header", "footer", "aside", "form", "button", "select", "textarea",
        "figure", "figcaption", "dialog", "menu",
    ]
    /// ARIA roles of elements whose text is never article text.
    private static let excludedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
        "complementary",
    ]
    /// Elements that start and end a block of text.
    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]
    /// Parts of a table, which neither close nor belong to a `<p>` around the table.
    private static let tableParts: Set<String> = ["table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption"]
    /// Elements that an item of the same list closes.
    private static let itemElements: Set<String> = ["li", "dt", "dd"]
    /// Elements inside which an open `<p>` or list item outside is out of reach.
    private static let scopeElements: Set<String> = ["table", "td", "th", "caption", "button", "ul", "ol", "dl"]

    /// Elements that have no content and no closing tag.
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr",
    ]
    /// Elements that hold the article, never left out for their class or id.
    private static let containerElements: Set<String> = ["html", "body", "main", "article"]

    /// A collector that leaves elements out for their class or id when `classRules`.
    init(classRules: Bool) {
        self.classRules = classRules
    }

    /// Takes the next token of the document.
    mutating func consume(_ token: HTMLToken) {
        switch token {
        case .text(let text):
            guard stack.last?.excluded != true else { return }
            append(text, context: stack.last)
        case .startTag(let name, let attributes, let selfClosing):
            if Self.blockElements.contains(name) || name == "br" { flush() }
            if name == "body", let head = stack.lastIndex(where: { $0.name == "head" }) {
                close(from: head)
            }
            closeImplied(by: name)
            guard !selfClosing, !Self.voidElements.contains(name) else { return }
            stack.append(element(name, attributes))
        case .endTag(let name):
            guard let index = stack.lastIndex(where: { $0.name == name }) else {
                if Self.blockElements.contains(name) { flush() }
                return
            }
            if stack[index...].contains(where: { Self.blockElements.contains($0.name) }) { flush() }
            close(from: index)
        }
    }

    /// Ends the document: the last block of text is kept, and the elements still open are closed.
    mutating func finish() {
        flush()
        close(from: 0)
    }

    /// Adds text seen in `context` (the innermost open element) to the current block.
    private mutating func append(_ text: String, context: OpenElement?) {
        if buffer.isEmpty {
            bufferContext = HTMLParagraph(
                text: "", kind: context?.kind ?? .loose, inArticle: context?.inArticle ?? false,
                inMain: context?.inMain ?? false, linkDensity: 0, owner: context?.block)
        }
        buffer += text
        let visible = text.utf8.reduce(0) { $0 + ($1 > 0x20 ? 1 : 0) }
        bufferLength += visible
        if context?.inLink == true { bufferLinkLength += visible }
    }

    /// Closes what the start tag `name` ends without an end tag, as HTML does: a block element
    /// (not a part of a table) ends an open `<p>` (`<p>One<p>Two`), and a list item an open item of
    /// its kind (`<li>One<li>Two`, `<dt>Term<dd>Definition`), unless a table cell, a button or a
    /// list opened since.
    private mutating func closeImplied(by name: String) {
        if Self.blockElements.contains(name), !Self.tableParts.contains(name), let paragraph = stack.last?.openParagraph
        {
            close(from: paragraph)
        }
        if Self.itemElements.contains(name), let item = stack.last?.openItem,
            (name == "li") == (stack[item].name == "li")
        {
            close(from: item)
        }
    }

    /// Pops the open elements from `index` on, recording where each block element's blocks end.
    private mutating func close(from index: Int) {
        for element in stack[index...] where element.isBlock {
            if let block = element.block {
                elements[block].blocks = elements[block].blocks.lowerBound..<paragraphs.count
            }
        }
        stack.removeSubrange(index...)
    }

    /// The open element for a start tag, inheriting from the element it opens in; a block element
    /// is also recorded in `elements`.
    private mutating func element(_ name: String, _ attributes: [String: String]) -> OpenElement {
        let parent = stack.last
        let kind: HTMLParagraph.Kind? =
            switch name {
            case "p", "blockquote", "pre": .paragraph
            case "h1", "h2", "h3", "h4", "h5", "h6": .heading
            case "li", "dt", "dd": .item
            case _ where Self.blockElements.contains(name): .loose
            default: nil
            }
        let wrapsPage = name == "form" && (parent == nil || parent?.name == "body")
        let isArticle = name == "article" || attributes["itemprop"] == "articleBody"
        let isMain = name == "main" || attributes["role"] == "main"
        let words = HTMLClassWords(attributes)
        let isBlock = Self.blockElements.contains(name)
        if isBlock {
            elements.append(
                HTMLElement(
                    name: name, parent: parent?.block, blocks: paragraphs.count..<paragraphs.count,
                    isArticle: isArticle, classWeight: words.weight))
        }
        return OpenElement(
            name: name,
            excluded: parent?.excluded == true || (Self.excludedElements.contains(name) && !wrapsPage)
                || attributes["hidden"] != nil || attributes["aria-hidden"] == "true"
                || attributes["role"].map { Self.excludedRoles.contains($0.lowercased()) } == true
                || (classRules && !Self.containerElements.contains(name) && words.areChrome),
            inArticle: parent?.inArticle == true || isArticle,
            inMain: parent?.inMain == true || isMain,
            inLink: parent?.inLink == true || name == "a",
            isBlock: isBlock,
            block: isBlock ? elements.count - 1 : parent?.block,
            kind: kind ?? parent?.kind ?? .loose,
            openParagraph: name == "p" ? stack.count : Self.scopeElements.contains(name) ? nil : parent?.openParagraph,
            openItem: Self.itemElements.contains(name)
                ? stack.count : Self.scopeElements.contains(name) ? nil : parent?.openItem)
    }

    /// Ends the current block: its text, split at blank lines, becomes paragraphs.
    private mutating func flush() {
        defer {
            buffer = ""
            (bufferLength, bufferLinkLength) = (0, 0)
        }
        var context = bufferContext
        context.linkDensity = bufferLength > 0 ? Double(bufferLinkLength) / Double(bufferLength) : 0
        for block in buffer.blankLineBlocks where block.contains(where: { !$0.isWhitespace }) {
            context.text = block
            paragraphs.append(context)
        }
    }
}
