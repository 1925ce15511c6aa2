import GeoKGArticles
import Testing

@Suite("Article paths")
struct ArticlePathsTests {
    @Test("expands a directory into its article files, recursively and sorted")
    func directory() throws {
        let folder = try ScratchFolder()
        for name in [
            "b.txt", "a.html", "a.gold.json", "notes.json", "sub/c.jsonl", "sub/deeper/d.NDJSON", "sub/e.htm",
            ".hidden.txt", ".git/f.txt", "image.png", "z.text", "y.xhtml",
        ] {
            try folder.write("x", to: name)
        }
        let expanded = ArticlePaths.expand([folder.path]).compactMap(\.value)
        let root = folder.path + "/"
        #expect(
            expanded
                == ["a.html", "b.txt", "sub/c.jsonl", "sub/deeper/d.NDJSON", "sub/e.htm", "y.xhtml", "z.text"].map {
                    root + $0
                })
    }

    @Test("keeps a named file whatever its extension, and standard input, in the order given")
    func files() throws {
        let folder = try ScratchFolder()
        let gold = try folder.write("{}", to: "a.gold.json")
        let data = try folder.write("x", to: "feed.dat")
        #expect(ArticlePaths.expand([data, "-", gold]).compactMap(\.value) == [data, "-", gold])
    }

    @Test("reports a missing path and goes on with the others")
    func missing() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("x", to: "a.txt")
        let results = ArticlePaths.expand([folder.path + "/missing", file])
        #expect(results.count == 2)
        #expect(results[0].failure?.description == folder.path + "/missing: no such file or directory")
        #expect(results[1].value == file)
    }
}
