import GeoKGArticles
import Testing

@Suite("Article errors")
struct ArticleErrorTests {
    @Test("names the file, and the line when there is one")
    func description() {
        #expect(
            ArticleError(file: "feed.jsonl", line: 2, message: "not valid JSON").description
                == "feed.jsonl:2: not valid JSON")
        #expect(ArticleError(file: "photo.txt", message: "binary file").description == "photo.txt: binary file")
    }

    @Test("names standard input <stdin>")
    func standardInput() {
        let results = TestFiles.results(text: "", name: "-")
        #expect(results.first?.failure?.description == "<stdin>: empty file")
    }
}
