import Testing

@testable import GeoKGArticles

@Suite("Encodings and unreadable files")
struct EncodingTests {
    private let folder: ScratchFolder

    init() throws {
        folder = try ScratchFolder()
    }

    /// What reading `bytes` from a file called `name` reports.
    private func read(_ bytes: [UInt8], name: String = "article.txt") throws -> [Result<Article, ArticleError>] {
        TestFiles.results(path: try folder.write(bytes, to: name))
    }

    @Test("reports an empty or blank file", arguments: [[UInt8](), Array(" \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF, 0x0A]])
    func emptyFile(bytes: [UInt8]) throws {
        let results = try read(bytes)
        #expect(results.count == 1)
        #expect(results.first?.failure?.message == "empty file")
    }

    @Test("reports a binary file whatever its extension")
    func binaryFile() throws {
        let bytes: [UInt8] =
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] + Array("IHDR".utf8)
        let results = try read(bytes, name: "photo.txt")
        #expect(results.count == 1)
        #expect(results.first?.failure?.description == folder.path + "/photo.txt: binary file")
    }

    @Test("reports text that is not UTF-8")
    func invalidUTF8() throws {
        let results = try read(Array("Caf".utf8) + [0xE9] + Array(" ouvert.\n".utf8))
        #expect(results.count == 1)
        #expect(results.first?.failure?.message == "not valid UTF-8 text")
    }

    @Test("decodes UTF-16 with a byte order mark, in either order", arguments: [false, true])
    func utf16(bigEndian: Bool) throws {
        let text = "https://example.org/é\nTitre\n2024-02-03\n\nLe café a rouvert — enfin.\n"
        let units = Array(text.utf16)
        let bytes =
            (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
            + units.flatMap { unit -> [UInt8] in
                let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
                return bigEndian ? [high, low] : [low, high]
            }
        let article = try read(bytes).first?.value
        #expect(article?.url == "https://example.org/é")
        #expect(article?.date == "2024-02-03")
        #expect(article?.body == "Le café a rouvert — enfin.")
    }

    @Test("reports UTF-16 with an odd number of bytes")
    func brokenUTF16() throws {
        let results = try read([0xFF, 0xFE, 0x41, 0x00, 0x42])
        #expect(results.first?.failure?.message == "not valid UTF-16 text")
    }

    @Test("skips a UTF-8 byte order mark")
    func utf8Mark() throws {
        let article = try read([0xEF, 0xBB, 0xBF] + Array("https://example.org/a\nT\n2024-01-01\n\nBody.".utf8)).first?
            .value
        #expect(article?.url == "https://example.org/a")
    }

    @Test("reports a line of JSON Lines that is not UTF-8, and reads the others")
    func invalidUTF8Line() throws {
        let bytes =
            Array("{\"text\": \"One.\"}\n{\"text\": \"T".utf8) + [0xFF] + Array("o.\"}\n{\"text\": \"Three.\"}\n".utf8)
        let results = try read(bytes, name: "feed.jsonl")
        #expect(results.count == 3)
        #expect(results[1].failure?.description == folder.path + "/feed.jsonl:2: not valid UTF-8 text")
        #expect(results[2].value?.body == "Three.")
    }

    @Test("reports a missing file and a directory")
    func missingOrDirectory() {
        #expect(TestFiles.results(path: folder.path + "/nope.txt").first?.failure?.message == "no such file")
        #expect(TestFiles.results(path: folder.path).first?.failure?.message == "is a directory")
    }

    @Test("reports a file over the size limit, and a JSON line over it")
    func sizeLimit() throws {
        var results: [Result<Article, ArticleError>] = []
        let page = try folder.write(String(repeating: "Words and words. ", count: 100), to: "big.txt")
        ArticleReader.read(path: page, format: .auto, limit: 1000) { results.append($0) }
        #expect(results.first?.failure?.message.hasPrefix("larger than") == true)

        results = []
        let long = "{\"text\": \"" + String(repeating: "x", count: 5000) + "\"}"
        let feed = try folder.write("{\"text\": \"Short.\"}\n" + long + "\n{\"text\": \"After.\"}\n", to: "big.jsonl")
        ArticleReader.read(path: feed, format: .auto, limit: 1000) { results.append($0) }
        #expect(results.count == 3)
        #expect(results[1].failure?.line == 2)
        #expect(results[2].value?.body == "After.")
    }
}
