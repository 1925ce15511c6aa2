import Testing

@testable import GeoKGSyntax

@Suite("Lexemes")
struct LexemeTests {
    @Test(
        "curly apostrophes and quotes read as straight ones",
        arguments: [("’s", "'s"), ("n’t", "n't"), ("“", "\""), ("”", "\""), ("‘", "'")])
    func quotes(curly: String, straight: String) {
        #expect(Lexeme(curly) == Lexeme(straight))
    }

    @Test("case: the lower-cased form is shared, the form and flags are not")
    func caseFolding() {
        let upper = Lexeme("SANCTIONS")
        let title = Lexeme("Sanctions")
        let lower = Lexeme("sanctions")
        #expect(upper.lower == lower.lower && title.lower == lower.lower)
        #expect(upper.form != lower.form && title.form != lower.form)
        #expect(upper.flags.contains(.allUpper) && title.flags.contains(.title) && !lower.flags.contains(.hasUpper))
        #expect(Lexeme("Élysée").lower == Lexeme("élysée").lower)
        #expect(Lexeme("Élysée").flags.contains(.title))
    }

    @Test("digits are all alike")
    func digits() {
        #expect(Lexeme("1990").lower == Lexeme("2024").lower)
        #expect(Lexeme("1990").shape == Lexeme("2024").shape)
        #expect(Lexeme("1990").shape != Lexeme("U.S.").shape)
    }

    @Test("empty and very long words do not trap")
    func extremes() {
        _ = Lexeme("")
        _ = Lexeme(String(repeating: "ä", count: 500))
        #expect(Lexeme(String(repeating: "x", count: 200)).lower == Lexeme(String(repeating: "X", count: 200)).lower)
    }

    @Test("tagging twice gives the same tags, and tagging nothing gives nothing")
    func determinism() throws {
        let tagger = try BundledModels.tagger()
        let words = "Beijing ’s envoy said on Monday that talks would resume .".split(separator: " ").map(String.init)
        #expect(tagger.tag(words) == tagger.tag(words))
        #expect(tagger.tag([String]()).isEmpty)
        let parser = try BundledModels.parser()
        #expect(parser.parse(words: [], tags: []).isEmpty)
        let one = parser.parse(words: ["Yes"], tags: tagger.tag(["Yes"]))
        #expect(one == [Arc(head: nil, relation: .root)])
    }

    @Test("a parse with too few tags still gives every word an arc")
    func missingTags() throws {
        let parser = try BundledModels.parser()
        let arcs = parser.parse(words: ["China", "imposed", "tariffs", "."], tags: [])
        #expect(arcs.count == 4)
        #expect(arcs.filter { $0.head == nil }.count == 1)
    }
}
