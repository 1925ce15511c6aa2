import Testing

@testable import GeoKGArticles

@Suite("HTML pages in the encodings they declare")
struct HTMLCharsetTests {
    private let folder: ScratchFolder

    init() throws {
        folder = try ScratchFolder()
    }

    /// A page whose `<head>` holds `head` and whose one paragraph is `text`, as bytes.
    private static func page(head: String, text: [UInt8]) -> [UInt8] {
        Array("<!DOCTYPE html>\n<html><head>\(head)<title>Test</title></head>\n<body><p>".utf8)
            + text + Array("</p></body></html>\n".utf8)
    }

    /// The body of the one article read from `bytes` written to `page.html`.
    private func body(_ bytes: [UInt8]) throws -> String? {
        let results = TestFiles.results(path: try folder.write(bytes, to: "page.html"))
        return results.count == 1 ? results[0].value?.body : nil
    }

    /// Each encoding, a text in it and the text's bytes in that encoding (written out, not encoded by Foundation).
    static let encodings: [(String, String, [UInt8])] = [
        (
            "windows-1252", "Café “crème” – 5 €",
            [
                0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x63, 0x72, 0xE8, 0x6D, 0x65, 0x94, 0x20, 0x96, 0x20, 0x35, 0x20,
                0x80,
            ]
        ),
        (
            "ISO-8859-1", "Größe à la française",
            [
                0x47, 0x72, 0xF6, 0xDF, 0x65, 0x20, 0xE0, 0x20, 0x6C, 0x61, 0x20, 0x66, 0x72, 0x61, 0x6E, 0xE7, 0x61,
                0x69, 0x73, 0x65,
            ]
        ),
        (
            "ISO-8859-15", "Prix: 20 € œuvre",
            [0x50, 0x72, 0x69, 0x78, 0x3A, 0x20, 0x32, 0x30, 0x20, 0xA4, 0x20, 0xBD, 0x75, 0x76, 0x72, 0x65]
        ),
        (
            "windows-1250", "Zażółć gęślą jaźń",
            [0x5A, 0x61, 0xBF, 0xF3, 0xB3, 0xE6, 0x20, 0x67, 0xEA, 0x9C, 0x6C, 0xB9, 0x20, 0x6A, 0x61, 0x9F, 0xF1]
        ),
        ("windows-1251", "Привет, мир", [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xEC, 0xE8, 0xF0]),
        (
            "windows-1253", "Γειά σου κόσμε",
            [0xC3, 0xE5, 0xE9, 0xDC, 0x20, 0xF3, 0xEF, 0xF5, 0x20, 0xEA, 0xFC, 0xF3, 0xEC, 0xE5]
        ),
        (
            "windows-1254", "Türkçe ğüşıöç",
            [0x54, 0xFC, 0x72, 0x6B, 0xE7, 0x65, 0x20, 0xF0, 0xFC, 0xFE, 0xFD, 0xF6, 0xE7]
        ),
        ("windows-1255", "שלום עולם", [0xF9, 0xEC, 0xE5, 0xED, 0x20, 0xF2, 0xE5, 0xEC, 0xED]),
        (
            "windows-1256", "مرحبا بالعالم",
            [0xE3, 0xD1, 0xCD, 0xC8, 0xC7, 0x20, 0xC8, 0xC7, 0xE1, 0xDA, 0xC7, 0xE1, 0xE3]
        ),
        ("windows-1257", "Ąžuolas ėjo", [0xC0, 0xFE, 0x75, 0x6F, 0x6C, 0x61, 0x73, 0x20, 0xEB, 0x6A, 0x6F]),
        ("windows-1258", "Xin chào", [0x58, 0x69, 0x6E, 0x20, 0x63, 0x68, 0xE0, 0x6F]),
        ("ISO-8859-2", "Żółw čeština", [0xAF, 0xF3, 0xB3, 0x77, 0x20, 0xE8, 0x65, 0xB9, 0x74, 0x69, 0x6E, 0x61]),
        ("ISO-8859-5", "Привет мир", [0xBF, 0xE0, 0xD8, 0xD2, 0xD5, 0xE2, 0x20, 0xDC, 0xD8, 0xE0]),
        (
            "ISO-8859-7", "Καλημέρα κόσμε",
            [0xCA, 0xE1, 0xEB, 0xE7, 0xEC, 0xDD, 0xF1, 0xE1, 0x20, 0xEA, 0xFC, 0xF3, 0xEC, 0xE5]
        ),
        ("ISO-8859-9", "İstanbul ğüş", [0xDD, 0x73, 0x74, 0x61, 0x6E, 0x62, 0x75, 0x6C, 0x20, 0xF0, 0xFC, 0xFE]),
    ]

    @Test("decodes a page in the encoding its <meta charset> names", arguments: encodings)
    func metaCharset(name: String, text: String, bytes: [UInt8]) throws {
        #expect(try body(Self.page(head: "<meta charset=\"\(name)\">", text: bytes)) == text)
    }

    @Test("decodes a page in the encoding its <meta http-equiv=\"Content-Type\"> names", arguments: encodings)
    func httpEquiv(name: String, text: String, bytes: [UInt8]) throws {
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(name.lowercased())\">"
        #expect(try body(Self.page(head: head, text: bytes)) == text)
    }

    @Test("decodes an XHTML page in the encoding its XML declaration names")
    func xmlDeclaration() throws {
        let bytes =
            Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n".utf8)
            + Self.page(head: "", text: [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2])
        #expect(try body(bytes) == "Привет")
    }

    @Test("reads ISO-8859-1 as windows-1252, as browsers do: 0x93 and 0x94 are quotes")
    func latin1IsWindows1252() throws {
        #expect(try body(Self.page(head: "<meta charset=\"iso-8859-1\">", text: [0x93, 0x4F, 0x6B, 0x94])) == "“Ok”")
    }

    @Test(
        "reads an undeclared or unknown encoding that is not UTF-8 as windows-1252",
        arguments: ["", "<meta charset=\"x-unknown\">"])
    func fallback(head: String) throws {
        #expect(try body(Self.page(head: head, text: [0x43, 0x61, 0x66, 0xE9, 0x20, 0x80])) == "Café €")
    }

    @Test("reads a UTF-8 page with a stray byte as UTF-8, the byte replaced")
    func mostlyUTF8() throws {
        let text = Array("Zürich, Genève, ".utf8) + [0xE9] + Array(" Köln".utf8)
        #expect(try body(Self.page(head: "<meta charset=\"utf-8\">", text: text)) == "Zürich, Genève, \u{FFFD} Köln")
    }

    @Test("reads valid UTF-8 as UTF-8 whatever the page declares")
    func validUTF8Wins() throws {
        #expect(try body(Self.page(head: "<meta charset=\"windows-1252\">", text: Array("Genève".utf8))) == "Genève")
    }

    @Test("reads a page given as --format html whatever its opening")
    func declaredFormat() throws {
        let path = try folder.write(Array("<p>Caf".utf8) + [0xE9] + Array("</p>".utf8), to: "fragment.txt")
        #expect(TestFiles.results(path: path, format: .html).first?.value?.body == "Café")
    }
}
