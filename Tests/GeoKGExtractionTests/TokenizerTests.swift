import Testing

@testable import GeoKGExtraction

@Suite("Tokens and sentences")
struct TokenizerTests {
    let tokenizer = Tokenizer(abbreviations: ["Mr.", "Gen.", "Jan.", "Brig.", "Jr."])
    /// A splitter with the bundled lexicon, whose word classes say which words start and close sentences.
    let splitter: SentenceSplitter

    init() throws {
        let lexicon = ExtractionLexicon(ontology: try #require(sharedOntology))
        splitter = SentenceSplitter(
            tokenizer: lexicon.tokenizer, vocabulary: lexicon.vocabulary, tagger: try #require(sharedTagger))
    }

    @Test(
        "splits words, possessives, negations and hyphens",
        arguments: [
            ("China’s exports", ["China", "’s", "exports"]),
            ("Beijing didn't agree.", ["Beijing", "did", "n't", "agree", "."]),
            ("the U.S.-PRC relationship", ["the", "U.S.", "-", "PRC", "relationship"]),
            (
                "Gen. Pat Ryder and Lloyd J. Austin III",
                ["Gen.", "Pat", "Ryder", "and", "Lloyd", "J.", "Austin", "III"]
            ),
            ("over 80% of $1,200.50", ["over", "80", "%", "of", "$", "1,200.50"]),
            ("Côte d'Ivoire -- 王毅", ["Côte", "d'Ivoire", "--", "王毅"]),
        ])
    func tokens(text: String, expected: [String]) {
        #expect(tokenizer.tokens(text).map(\.text) == expected)
    }

    @Test(
        "splits sentences but not at abbreviations and initials",
        arguments: [
            ("U.S. officials met on Jan. 5. They agreed.", 2),
            ("Mr. Smith met Gen. Jones in Washington, D.C. on Friday.", 1),
            ("Janet L. Yellen met He Lifeng. \"We agreed,\" she said. Talks end.", 3),
            ("He met officials from the U.S. The talks ended.", 2),
            ("First paragraph.\n\nSecond paragraph without a stop", 2),
        ])
    func sentences(text: String, count: Int) {
        #expect(Array(splitter.sentences(text)).count == count)
    }

    @Test("keeps the sentence text as written")
    func sentenceText() {
        let sentences = Array(splitter.sentences("China’s U.S.-bound exports fell 5%. \"No,\" he said."))
        #expect(sentences.map(\.text) == ["China’s U.S.-bound exports fell 5%.", "\"No,\" he said."])
    }

    @Test("numbers sentences across paragraphs, whatever blank lines lead, follow or repeat")
    func paragraphs() {
        let sentences = Array(splitter.sentences("\n\nOne. Two.\n\n\n\nThree\ncontinues.\n\nFour.\n\n"))
        #expect(sentences.map(\.text) == ["One.", "Two.", "Three continues.", "Four."])
        #expect(sentences.map(\.index) == [0, 1, 2, 3])
        #expect(Array(splitter.sentences("\n\n\n")).isEmpty)
    }
}
