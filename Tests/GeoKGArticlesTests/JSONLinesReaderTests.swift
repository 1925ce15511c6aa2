import Foundation
import GeoKGArticles
import Testing

@Suite("JSON Lines reader")
struct JSONLinesReaderTests {
    @Test("reads the lines around a broken one, which is an error naming file and line")
    func brokenLine() throws {
        let folder = try ScratchFolder()
        let path = try folder.write(
            """
            {"url": "https://example.org/1", "title": "One", "date": "2024-01-02", "text": "First article."}
            {"url": "https://example.org/2", "title": "Tw
            {"link": "https://example.org/3", "headline": "Three", "published": "Jan 3, 2024", "body": "Third article."}

            """, to: "feed.jsonl")
        let results = TestFiles.results(path: path)
        #expect(results.count == 3)
        #expect(results.compactMap(\.value).map(\.url) == ["https://example.org/1", "https://example.org/3"])
        #expect(results.compactMap(\.value).map(\.source) == [path + ":1", path + ":3"])
        #expect(results[1].failure?.description == path + ":2: not valid JSON")
        #expect(results[2].value?.title == "Three")
        #expect(results[2].value?.date == "2024-01-03")
    }

    @Test("reports a line that is not an object, or has no text, and skips blank lines")
    func badLines() {
        let text = "[1, 2]\n\n{\"title\": \"No text\", \"text\": \"  \"}\n{\"content\": \"Fine.\"}\n"
        let results = TestFiles.results(text: text, name: "x.jsonl", format: .jsonl)
        #expect(results.count == 3)
        #expect(results[0].failure?.description == "x.jsonl:1: expected a JSON object")
        #expect(results[1].failure?.line == 3)
        #expect(results[1].failure?.message.hasPrefix("no article text found") == true)
        #expect(results[2].value?.body == "Fine.")
    }

    @Test("gives a line with no URL the file's URL and line number")
    func fallbackURL() {
        let article = TestFiles.results(text: "\n{\"id\": 42, \"text\": \"Body.\"}", name: "/data/a.jsonl")
            .first?.value
        #expect(article?.url == "file:///data/a.jsonl#line-2")
        #expect(article?.source == "/data/a.jsonl:2")
    }

    @Test("takes an id that is an absolute URL, and prefers url to link")
    func urlFields() {
        let results = TestFiles.results(
            text: """
                {"id": "https://example.org/by-id", "text": "A."}
                {"link": "https://example.org/link", "url": "https://example.org/url", "text": "B."}
                """, name: "u.jsonl")
        #expect(results.compactMap(\.value).map(\.url) == ["https://example.org/by-id", "https://example.org/url"])
    }

    @Test("strips tags from text that holds HTML and splits paragraphs at blank lines")
    func htmlText() {
        let text = #"""
            {"articleBody": "<p>First &amp; <b>bold</b>.</p><script>bad()</script><p>Second.</p>"}
            {"text": "One\nline.\n\nTwo."}
            """#
        let bodies = TestFiles.results(text: text, name: "h.jsonl").compactMap(\.value).map(\.body)
        #expect(bodies == ["First & bold.\n\nSecond.", "One line.\n\nTwo."])
    }

    @Test("streams a large file line by line with errors for bad lines only")
    func manyLines() throws {
        let folder = try ScratchFolder()
        let good = #"{"url": "https://example.org/n", "text": "Some article text that is long enough."}"#
        let lines = (1...5_000).map { $0 % 1000 == 0 ? "{oops" : good }
        let path = try folder.write(lines.joined(separator: "\r\n"), to: "big.ndjson")
        var articles = 0
        var errorLines: [Int] = []
        ArticleReader.read(path: path) { result in
            switch result {
            case .success: articles += 1
            case .failure(let error): errorLines.append(error.line ?? -1)
            }
        }
        #expect(articles == 4_995)
        #expect(errorLines == (1...5).map { $0 * 1000 })
    }

    @Test("reports a deeply nested line without crashing")
    func deeplyNested() {
        let text = String(repeating: "[", count: 100_000) + "\n" + #"{"text": "After."}"#
        let results = TestFiles.results(text: text, name: "d.jsonl", format: .jsonl)
        #expect(results.count == 2)
        #expect(results[0].failure?.line == 1)
        #expect(results[1].value?.body == "After.")
    }
}
