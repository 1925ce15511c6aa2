import Testing

@testable import GeoKGArticles

@Suite("Format detection")
struct FormatSnifferTests {
    @Test(
        "tells the layout from the content",
        arguments: [
            ("  {\"text\": \"x\"}", ArticleFormat.jsonl),
            ("<!DOCTYPE html><html><body><p>x</p></body></html>", .html),
            ("\n<HTML><p>x</p></HTML>", .html),
            (
                "<style>\n.a { color: red; }\n</style>\n" + String(repeating: ".b { margin: 0; }\n", count: 500)
                    + "<p>x</p>", .html
            ),
            ("<meta charset=\"utf-8\"><p>x</p>", .html),
            ("<div><p>One</p><p>Two</p><p>Three</p></div>", .html),
            ("https://example.org/a\nTitle\n2025-06-09\n\nBody.", .text),
            ("https://example.org/a\nTitle\n2025-06-09T08:27+0000\n\nBody.", .text),
            ("https://example.org/a\nTitle\nTitle\nSite\n2025-06-09T08:27+0000\nBody.", .page),
            ("Plain text that mentions <b> once, and a < sign.", .text),
            ("Just words.\n\nMore words.", .text),
        ])
    func format(text: String, expected: ArticleFormat) {
        #expect(FormatSniffer.format(of: text) == expected)
    }

    @Test("reads a file by its content, not its extension")
    func extensionIgnored() throws {
        let folder = try ScratchFolder()
        let path = try folder.write(
            "<html><head><title>T</title></head><body><p>Hello.</p></body></html>", to: "page.txt")
        let article = TestFiles.results(path: path).first?.value
        #expect(article?.title == "T")
        #expect(article?.body == "Hello.")
    }

    @Test("obeys a format given explicitly")
    func explicitFormat() {
        let text = "https://example.org/a\nTitle\nBody line one is a sentence.\n"
        #expect(
            TestFiles.article(text: text, format: .text)?.body
                == "https://example.org/a Title Body line one is a sentence.")
        #expect(TestFiles.article(text: text, format: .page)?.body == "Body line one is a sentence.")
    }
}
