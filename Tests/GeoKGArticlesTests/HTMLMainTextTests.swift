import Testing

@testable import GeoKGArticles

@Suite("Main text of HTML pages")
struct HTMLMainTextTests {
    /// Running text: a paragraph long enough, with commas, to count.
    private static func sentence(_ marker: String) -> String {
        "\(marker): the ministers met in Geneva, talked for hours, and agreed to meet again in the spring."
    }

    /// The body read from a page whose `<body>` is `body`.
    private static func body(_ body: String, head: String = "") -> String? {
        TestFiles.article(
            text: "<!DOCTYPE html><html><head>\(head)</head><body>\(body)</body></html>", name: "page.html")?.body
    }

    @Test("without <article> or <main>, takes the block with the most running text, not link lists")
    func densestBlock() {
        let body = Self.body(
            """
            <div class="top"><a href="/a">World news and analysis from everywhere</a> <a href="/b">Business news and markets today</a></div>
            <div class="story"><p>\(Self.sentence("ONE"))</p><p>\(Self.sentence("TWO"))</p><p>\(Self.sentence("THREE"))</p></div>
            <div class="more"><p>LOOSE short teaser, with a comma.</p><p><a href="/c">\(Self.sentence("LINKED"))</a></p></div>
            """)
        #expect(body == [Self.sentence("ONE"), Self.sentence("TWO"), Self.sentence("THREE")].joined(separator: "\n\n"))
    }

    @Test("keeps every part of an article split over several containers")
    func splitArticle() {
        let parts = (1...4).map {
            "<div class=\"column\"><div><p>\(Self.sentence("PART\($0)"))</p><p>\(Self.sentence("MORE\($0)"))</p></div></div>"
        }
        let body = Self.body(
            "<section>" + parts.joined(separator: "<div class=\"ad\">ADTEXT</div>")
                + "</section><div><p>\(Self.sentence("OUTSIDE"))</p></div>")
        for part in 1...4 { #expect(body?.contains("PART\(part):") == true) }
        #expect(body?.contains("ADTEXT") == false)
        #expect(body?.contains("OUTSIDE") == false)
    }

    @Test("keeps sibling paragraphs of running text beside the best container")
    func siblingParagraphs() {
        let body = Self.body(
            """
            <div><div class="entry"><p>\(Self.sentence("ONE"))</p><p>\(Self.sentence("TWO"))</p></div>
            <p>\(Self.sentence("SIBLING")) And one more sentence to make it long.</p><div class="x"><a href="/">Newer Post</a></div></div>
            """)
        #expect(body?.contains("SIBLING") == true)
        #expect(body?.contains("Newer Post") == false)
    }

    @Test("leaves out blocks of links inside the article, such as pagination")
    func linkBlocks() {
        let body = Self.body(
            """
            <article><p>\(Self.sentence("ONE"))</p><p>\(Self.sentence("TWO"))</p>
            <div><a href="/newer">Newer Post</a> <a href="/older">Older Post</a> <a href="/">Home</a></div></article>
            """)
        #expect(body == [Self.sentence("ONE"), Self.sentence("TWO")].joined(separator: "\n\n"))
    }

    @Test("keeps lists, quotes and headings of the article")
    func listsAndQuotes() {
        let body = Self.body(
            """
            <article><p>\(Self.sentence("ONE"))</p><h3>What was agreed</h3><ul><li>A ceasefire</li><li>Talks in May</li></ul>
            <blockquote>We will not give up, said the minister.</blockquote><p>\(Self.sentence("TWO"))</p></article>
            """)
        #expect(
            body
                == [
                    Self.sentence("ONE"), "What was agreed", "A ceasefire", "Talks in May",
                    "We will not give up, said the minister.", Self.sentence("TWO"),
                ].joined(separator: "\n\n"))
    }

    @Test(
        "leaves out chrome inside the article, by tag, role or class",
        arguments: [
            "<div class=\"comments\"><p>CHROME I disagree, strongly, with this article and its author.</p></div>",
            "<div class=\"share-bar\"><p>CHROME Share this on every network, today, please.</p></div>",
            "<div class=\"cookie-notice\"><p>CHROME We use cookies, and so does everyone, to track you.</p></div>",
            "<div class=\"subscription-wall\"><p>CHROME Subscribe now, for only one euro, to read on.</p></div>",
            "<div class=\"related-posts\"><p>CHROME Another story, with other words, from last week.</p></div>",
            "<figure><img src=\"a.jpg\"><figcaption>CHROME The ministers, in Geneva, on Monday.</figcaption></figure>",
            "<footer><p>CHROME Copyright, all rights reserved, the newspaper.</p></footer>",
            "<div role=\"navigation\"><p>CHROME Home, world, business, sport, culture, weather.</p></div>",
            "<div aria-hidden=\"true\"><p>CHROME Hidden text, not for readers, at all, ever.</p></div>",
            "<div class=\"pagination\"><p>CHROME Page 1, 2, 3, 4, 5, next, last, first.</p></div>",
        ])
    func chrome(block: String) {
        let body = Self.body("<article><p>\(Self.sentence("ONE"))</p>\(block)<p>\(Self.sentence("TWO"))</p></article>")
        #expect(body == [Self.sentence("ONE"), Self.sentence("TWO")].joined(separator: "\n\n"))
    }

    @Test(
        "keeps containers whose class names a layout with comments, or a category",
        arguments: [
            "page has-share no-comments", "post category-social-issues tag-related",
        ])
    func layoutModifiers(classes: String) {
        let body = Self.body("<div class=\"\(classes)\"><p>\(Self.sentence("ONE"))</p></div>")
        #expect(body == Self.sentence("ONE"))
    }

    @Test("reads the page again without class rules when they leave no running text")
    func classRulesLeaveNothing() {
        let body = Self.body(
            "<div class=\"social-story\"><p>\(Self.sentence("ONE"))</p><p>\(Self.sentence("TWO"))</p></div>")
        #expect(body == [Self.sentence("ONE"), Self.sentence("TWO")].joined(separator: "\n\n"))
    }

    @Test("prefers the page's text to a shorter JSON-LD articleBody, and a longer one to the page's text")
    func jsonLDBody() {
        let short =
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \"Cut short.\"}</script>"
        let page = "<article><p>\(Self.sentence("ONE"))</p></article>"
        #expect(Self.body(page, head: short) == Self.sentence("ONE"))
        let long =
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \"\(Self.sentence("LD"))\\n\(Self.sentence("MORE"))\"}</script>"
        #expect(Self.body(page, head: long) == Self.sentence("LD") + "\n\n" + Self.sentence("MORE"))
    }
}

@Suite("Elements closed without an end tag")
struct HTMLImpliedEndTagTests {
    /// The collector after reading `html`.
    private static func collect(_ html: String) -> HTMLTextCollector {
        var collector = HTMLTextCollector(classRules: true)
        for token in HTMLTokenizer(html) { collector.consume(token) }
        collector.finish()
        return collector
    }

    @Test("a <p> ends at the next block, so unclosed paragraphs are siblings")
    func paragraphs() {
        let elements = Self.collect("<div><p>One<p>Two<div>Three</div></div>").elements
        #expect(elements.map(\.name) == ["div", "p", "p", "div"])
        #expect(elements.map(\.parent) == [nil, 0, 0, 0])
    }

    @Test("a list item ends at the next item of its list, not of a list inside it")
    func items() {
        let elements = Self.collect("<ul><li>One<ul><li>Inner</ul><li>Two</ul>").elements
        #expect(elements.map(\.name) == ["ul", "li", "ul", "li", "li"])
        #expect(elements.map(\.parent) == [nil, 0, 1, 2, 0])
    }

    @Test("keeps every paragraph of an article whose <p> tags are never closed")
    func unclosedArticle() {
        let sentence = "the ministers met in Geneva, talked for hours, and agreed to meet again in the spring."
        let body = TestFiles.article(
            text:
                "<html><body><div class=\"content\"><p>A: \(sentence)<p>B: \(sentence)<p>C: \(sentence)</div></body></html>",
            name: "page.html")?.body
        #expect(body == ["A: ", "B: ", "C: "].map { $0 + sentence }.joined(separator: "\n\n"))
    }
}

@Suite("What scores as the article")
struct HTMLScoringTests {
    private static let sentence =
        "the ministers met in Geneva, talked for hours, and agreed to meet again in the spring."

    @Test(
        "a long list of items with commas, such as references, does not outscore the prose",
        arguments: [
            "<ol class=\"references\">", "<ol>",
        ])
    func listsAreNoProse(list: String) {
        let references = (1...40).map {
            "<li><p>Author A, Author B, Author C. Title, journal, \($0), pages 1-9.</p></li>"
        }.joined()
        let html =
            "<html><body><div class=\"article-body\"><p>A: \(Self.sentence)</p><p>B: \(Self.sentence)</p></div>"
            + "<div class=\"article-references\">\(list)\(references)</ol></div></body></html>"
        let body = TestFiles.article(text: html, name: "page.html")?.body
        #expect(body == "A: \(Self.sentence)\n\nB: \(Self.sentence)")
    }
}
