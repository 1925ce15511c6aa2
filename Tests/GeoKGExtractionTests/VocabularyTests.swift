import Testing

@testable import GeoKGExtraction

@Suite("Vocabulary numbers")
struct VocabularyTests {
    @Test("tokens get the numbers of the words equal to them: ASCII ones by bytes, others by text")
    func numbers() {
        let vocabulary = Vocabulary()
        let kelvin = vocabulary.intern("\u{212A}m")  // "Km" written with the Kelvin sign
        let long = vocabulary.intern("internationalization")
        let accented = vocabulary.intern("café")
        let many = (0..<5000).map { vocabulary.intern("w\($0)") }
        var tokens = [Token("Km"), Token("internationalization"), Token("cafe\u{301}"), Token("unlisted")]
        tokens += (0..<5000).map { Token("w\($0)") }
        for index in tokens.indices { vocabulary.identify(&tokens[index]) }
        #expect(tokens.map(\.keyID) == [kelvin, long, accented, -1] + many)
    }
}
