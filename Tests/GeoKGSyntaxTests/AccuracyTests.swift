import Testing

@testable import GeoKGSyntax

/// Accuracy floors on a slice of the EWT dev file the models never trained on: a broken, truncated or
/// mismatched model file falls far below them.
@Suite("Accuracy on the EWT dev slice")
struct AccuracyTests {
    /// The 300 sentences of the fixture.
    static func slice() throws -> [TreebankSentence] {
        try Treebank.read(BundledModels.fixture("ewt-dev-slice.conllu"))
    }

    @Test("the fixture holds the 300 sentences it should")
    func fixtureSize() throws {
        let sentences = try Self.slice()
        #expect(sentences.count == 300)
        #expect(sentences.reduce(0) { $0 + $1.words.count } == 5708)
    }

    @Test("the tagger gets at least 93% of universal tags and 92% of Penn tags right")
    func tagger() throws {
        let score = TaggingScore(tagger: try BundledModels.tagger(), sentences: try Self.slice())
        #expect(score.words == 5708)
        #expect(Double(score.uposCorrect) >= 0.93 * Double(score.words), "\(score.summary)")
        #expect(Double(score.xposCorrect) >= 0.92 * Double(score.words), "\(score.summary)")
    }

    @Test("the parser gets at least 82% of heads and 78% of labelled arcs right with predicted tags")
    func parser() throws {
        let sentences = try Self.slice()
        let tagger = try BundledModels.tagger()
        let tags = sentences.map { tagger.tag($0.words) }
        let score = ParsingScore(parser: try BundledModels.parser(), sentences: sentences, tags: tags)
        #expect(score.words == 5708)
        #expect(Double(score.headCorrect) >= 0.82 * Double(score.words), "\(score.summary)")
        #expect(Double(score.labelledCorrect) >= 0.78 * Double(score.words), "\(score.summary)")
    }

    @Test("the sums of feature groups made at load time change no tag")
    func folding() throws {
        let tagger = try BundledModels.tagger()
        var words = 0
        for sentence in try Self.slice() {
            let lexemes = sentence.words.map(Lexeme.init)
            #expect(tagger.classes(lexemes).map(Int.init) == tagger.unfoldedClasses(lexemes))
            words += lexemes.count
        }
        #expect(words == 5708)
    }

    @Test("every parse is a tree with one root")
    func trees() throws {
        let tagger = try BundledModels.tagger()
        let parser = try BundledModels.parser()
        for sentence in try Self.slice() {
            let arcs = parser.parse(words: sentence.words, tags: tagger.tag(sentence.words))
            #expect(arcs.count == sentence.words.count)
            #expect(arcs.filter { $0.head == nil }.count == 1)
            #expect(arcs.allSatisfy { ($0.head == nil) == ($0.relation == .root) })
            // Following heads from any word reaches the root without a cycle.
            for start in arcs.indices {
                var word = start
                var steps = 0
                while let head = arcs[word].head, steps <= arcs.count {
                    word = head
                    steps += 1
                }
                #expect(steps <= arcs.count)
            }
        }
    }
}
