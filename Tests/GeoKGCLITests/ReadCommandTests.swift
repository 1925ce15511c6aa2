import Foundation
import GeoKGTestSupport
import Testing

@Suite("geokg read")
struct ReadCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// A windows-1252 page, declared in its head: "Café" is not valid UTF-8 in it.
    private func latinPage() throws -> String {
        let head =
            "<html><head><meta charset=\"windows-1252\"><meta property=\"og:title\" content=\"Talks\">"
            + "<meta property=\"article:published_time\" content=\"2024-03-05T08:00:00Z\"></head>"
        let bytes =
            Array((head + "<body><nav><a href=\"/\">Home</a></nav><article><p>Talks at the Caf").utf8) + [0xE9]
            + Array(" went on.</p></article></body></html>".utf8)
        return try folder.write(bytes: bytes, to: "page.html")
    }

    @Test("prints each article as JSON Lines: source as given, url, title, date, body")
    func jsonl() throws {
        let page = try latinPage()
        let result = try GeoKG.run(["read", "--format", "jsonl", page])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["source"] as? String == page)
        #expect(object?["url"] as? String == "file://" + page)
        #expect(object?["title"] as? String == "Talks")
        #expect(object?["date"] as? String == "2024-03-05")
        #expect(object?["body"] as? String == "Talks at the Café went on.")
    }

    @Test("prints each article as text by default")
    func text() throws {
        let page = try latinPage()
        let result = try GeoKG.run(["read", page])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "source: \(page)\nurl: file://\(page)\ntitle: Talks\ndate: 2024-03-05\n\nTalks at the Café went on.\n\n"
        )
    }

    @Test("a file that gives no article is an object with source and error, on stderr too, and exit code 1")
    func unreadable() throws {
        let page = try latinPage()
        let empty = try folder.write("<html><body><script>x()</script></body></html>", to: "empty.html")
        let result = try GeoKG.run(["read", "--format", "jsonl", empty, page])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(lines.count == 2)
        #expect(lines.first??["source"] as? String == empty)
        #expect(lines.first??["error"] as? String == "no article text found")
        #expect(lines.last??["body"] as? String == "Talks at the Café went on.")
        #expect(result.stderr.contains("geokg: error: \(empty): no article text found"), "\(result.stderr)")
    }
}
