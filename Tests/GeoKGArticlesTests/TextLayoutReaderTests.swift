import Foundation
import GeoKGArticles
import Testing

@Suite("Corpus layout and plain text")
struct TextLayoutReaderTests {
    private let treasury = TestFiles.results(path: TestFiles.fixture("treasury-yellen-he-sf-2023.txt")).first?.value

    @Test("reads the header of a corpus article")
    func header() {
        #expect(treasury?.url == "https://home.treasury.gov/news/press-releases/jy1896")
        #expect(
            treasury?.title?.hasPrefix("READOUT: Secretary of the Treasury Janet L. Yellen’s Bilateral Meetings")
                == true)
        #expect(treasury?.date == "2023-11-10")
        #expect(treasury?.source == TestFiles.fixture("treasury-yellen-he-sf-2023.txt"))
    }

    @Test("keeps the body's paragraphs, the dateline stripped from the first")
    func body() {
        let paragraphs = treasury?.body.components(separatedBy: "\n\n") ?? []
        #expect(paragraphs.count == 4)
        #expect(paragraphs.first?.hasPrefix("U.S. Secretary of the Treasury Janet L. Yellen met with") == true)
        #expect(paragraphs.dropFirst().first?.hasPrefix("During the meetings, Secretary Yellen emphasized") == true)
    }

    @Test("strips a double-hyphen dateline")
    func doubleHyphenDateline() {
        let article = TestFiles.results(path: TestFiles.fixture("dod-austin-galvez-call-2023.txt")).first?.value
        #expect(
            article?.body.hasPrefix("Pentagon Press Secretary Brig. Gen. Pat Ryder provided the following readout:")
                == true)
        #expect(article?.date == "2023-02-22")
    }

    @Test("takes a date with a time on line 3 and normalises the body's whitespace")
    func dateTimeAndWhitespace() {
        let text =
            "https://example.org/a\nTitle\n2025-06-09T08:27+0000\n\nOne\tline  with   gaps\nand a wrapped line.\r\n\r\n\r\nSecond\u{00A0}paragraph.\n"
        let article = TestFiles.article(text: text)
        #expect(article?.date == "2025-06-09")
        #expect(article?.body == "One line with gaps and a wrapped line.\n\nSecond paragraph.")
    }

    @Test("reads plain text with no header: the file's URL, no title, no date")
    func plainText() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("Talks were held.\n\nThey went well.\n\nThey went well.\n", to: "plain.txt")
        let article = TestFiles.results(path: path).first?.value
        #expect(article?.url == "file://" + path)
        #expect(article?.title == nil)
        #expect(article?.date == nil)
        #expect(article?.body == "Talks were held.\n\nThey went well.")
    }

    @Test("gives a relative name the absolute file URL")
    func relativeName() {
        let article = TestFiles.article(text: "Some text.", name: "notes/a.txt")
        #expect(article?.url == "file://" + FileManager.default.currentDirectoryPath + "/notes/a.txt")
        #expect(article?.source == "notes/a.txt")
    }
}
