import Testing

@testable import GeoKGArticles

@Suite("HTML tokenizer")
struct HTMLTokenizerTests {
    private func tokens(_ html: String) -> [HTMLToken] {
        Array(HTMLTokenizer(html))
    }

    @Test("reads tags with quoted, unquoted, empty and repeated attributes")
    func attributes() {
        #expect(
            tokens(#"<A HREF="/x?a=1&amp;b=2" class='c d' data-n=5 hidden href="no">t</a><br/>"#) == [
                .startTag(
                    name: "a", attributes: ["href": "/x?a=1&b=2", "class": "c d", "data-n": "5", "hidden": ""],
                    selfClosing: false),
                .text("t"), .endTag(name: "a"), .startTag(name: "br", attributes: [:], selfClosing: true),
            ])
    }

    @Test("keeps a script's content as raw text, markup and all")
    func scriptContent() {
        #expect(
            tokens(#"<script>if (a < b) { s = "</div><p>&amp;"; }</SCRIPT><p>x</p>"#) == [
                .startTag(name: "script", attributes: [:], selfClosing: false),
                .text(#"if (a < b) { s = "</div><p>&amp;"; }"#), .endTag(name: "script"),
                .startTag(name: "p", attributes: [:], selfClosing: false), .text("x"), .endTag(name: "p"),
            ])
    }

    @Test("decodes the title's content but reads no tags in it")
    func titleContent() {
        #expect(
            tokens("<title>A &amp; <b>B</title>") == [
                .startTag(name: "title", attributes: [:], selfClosing: false), .text("A & <b>B"),
                .endTag(name: "title"),
            ])
    }

    @Test("skips comments, CDATA, doctypes and processing instructions")
    func skipped() {
        #expect(
            tokens("<!DOCTYPE html><?xml version=\"1.0\"?>a<!-- <p>no</p> -->b<![CDATA[ <p>no</p> ]]>c") == [
                .text("a"), .text("b"), .text("c"),
            ])
    }

    @Test("reads a stray < as text and ends at an unfinished tag or comment")
    func unfinished() {
        #expect(tokens("1 < 2 <3") == [.text("1 "), .text("<"), .text(" 2 "), .text("<"), .text("3")])
        #expect(tokens("a<!-- never closed <p>") == [.text("a")])
        #expect(
            tokens("a<p class=\"x") == [
                .text("a"), .startTag(name: "p", attributes: ["class": "x"], selfClosing: false),
            ])
    }
}
