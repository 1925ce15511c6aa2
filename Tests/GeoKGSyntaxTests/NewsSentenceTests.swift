import GeoKGSyntax
import Testing

/// Sentences in the style of news, written for these tests, with the tags and arcs extraction relies on.
@Suite("News sentences")
struct NewsSentenceTests {
    /// Tags and parses a sentence given as space-separated tokens.
    static func analyse(_ text: String) throws -> (words: [String], tags: [PartOfSpeech], arcs: [Arc]) {
        let words = text.split(separator: " ").map(String.init)
        let tags = try BundledModels.tagger().tag(words)
        let arcs = try BundledModels.parser().parse(words: words, tags: tags)
        return (words, tags, arcs)
    }

    /// The index of `word` in `words` (its first occurrence).
    static func index(_ word: String, in words: [String]) throws -> Int {
        try #require(words.firstIndex(of: word), "no \(word) in \(words)")
    }

    /// Whether `dependent` hangs from `head` by `relation`, with a readable failure.
    static func expectArc(
        _ dependent: String, _ relation: DependencyRelation, _ head: String,
        in analysis: (words: [String], tags: [PartOfSpeech], arcs: [Arc]),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let words = analysis.words
        let d = try index(dependent, in: words)
        let h = try index(head, in: words)
        let arc = analysis.arcs[d]
        let found = "\(arc.relation.rawValue)(\(arc.head.map { words[$0] } ?? "ROOT"))"
        #expect(
            arc.head == h && arc.relation == relation,
            "\(dependent): expected \(relation.rawValue)(\(head)), found \(found)",
            sourceLocation: sourceLocation)
    }

    @Test("a passive: a past participle, a passive subject and a by-agent")
    func passive() throws {
        let analysis = try Self.analyse("The ministry was sanctioned by the United States .")
        #expect(analysis.tags[3] == PartOfSpeech(upos: .verb, xpos: .vbn))
        #expect(analysis.tags[2].upos == .aux)
        #expect(analysis.arcs[3] == Arc(head: nil, relation: .root))
        try Self.expectArc("ministry", .nsubjPass, "sanctioned", in: analysis)
        try Self.expectArc("was", .auxPass, "sanctioned", in: analysis)
        try Self.expectArc("States", .oblAgent, "sanctioned", in: analysis)
        try Self.expectArc("by", .case, "States", in: analysis)
    }

    @Test("a meeting: the possessive, the time and place, and the counterpart after with")
    func meeting() throws {
        let analysis = try Self.analyse("Kenya 's Foreign Minister met on Tuesday in Geneva with his counterpart .")
        #expect(analysis.tags[1].xpos == .pos)
        #expect(analysis.tags[4].xpos == .vbd)
        #expect(analysis.arcs[4] == Arc(head: nil, relation: .root))
        try Self.expectArc("Minister", .nsubj, "met", in: analysis)
        try Self.expectArc("counterpart", .obl, "met", in: analysis)
        try Self.expectArc("with", .case, "counterpart", in: analysis)
        try Self.expectArc("his", .nmodPoss, "counterpart", in: analysis)
        try Self.expectArc("Geneva", .obl, "met", in: analysis)
        try Self.expectArc("in", .case, "Geneva", in: analysis)
    }

    @Test("curly apostrophes count as straight ones")
    func curlyApostrophe() throws {
        let straight = try Self.analyse("Kenya 's Foreign Minister met on Tuesday in Geneva with his counterpart .")
        let curly = try Self.analyse("Kenya ’s Foreign Minister met on Tuesday in Geneva with his counterpart .")
        #expect(curly.tags == straight.tags)
        #expect(curly.arcs == straight.arcs)
    }

    @Test("a relative clause hangs from the noun it describes")
    func relativeClause() throws {
        let analysis = try Self.analyse("The ministry condemned the group that claimed the attack .")
        #expect(analysis.tags[6].xpos == .vbd)
        try Self.expectArc("claimed", .aclRelcl, "group", in: analysis)
        try Self.expectArc("that", .nsubj, "claimed", in: analysis)
        try Self.expectArc("attack", .obj, "claimed", in: analysis)
        try Self.expectArc("group", .obj, "condemned", in: analysis)
        #expect(analysis.arcs[2] == Arc(head: nil, relation: .root))
    }

    @Test("a possessive hangs from the noun it qualifies")
    func possessive() throws {
        let analysis = try Self.analyse("China 's foreign ministry said the sanctions were illegal .")
        #expect(analysis.tags[1].xpos == .pos)
        try Self.expectArc("China", .nmodPoss, "ministry", in: analysis)
        try Self.expectArc("'s", .case, "China", in: analysis)
        try Self.expectArc("ministry", .nsubj, "said", in: analysis)
    }

    @Test("a relative clause in commas, and a passive one")
    func relativeClauses() throws {
        let commas = try Self.analyse("The minister , who met Lavrov on Monday , resigned .")
        try Self.expectArc("met", .aclRelcl, "minister", in: commas)
        try Self.expectArc("minister", .nsubj, "resigned", in: commas)
        let passive = try Self.analyse("Russia has accused Ukraine of attacking a pipeline that was built in 2011 .")
        try Self.expectArc("built", .aclRelcl, "pipeline", in: passive)
        try Self.expectArc("that", .nsubjPass, "built", in: passive)
    }

    @Test("two coordinated objects: the second is a conjunct of the first")
    func coordinatedObjects() throws {
        let analysis = try Self.analyse("The government expelled the ambassador and two diplomats .")
        try Self.expectArc("government", .nsubj, "expelled", in: analysis)
        try Self.expectArc("ambassador", .obj, "expelled", in: analysis)
        try Self.expectArc("diplomats", .conj, "ambassador", in: analysis)
        try Self.expectArc("and", .cc, "diplomats", in: analysis)
        try Self.expectArc("two", .nummod, "diplomats", in: analysis)
    }

    @Test("past tense, participle and gerund are told apart")
    func verbForms() throws {
        let analysis = try Self.analyse("Russia has accused Ukraine of attacking a pipeline that was built in 2011 .")
        #expect(analysis.tags[2].xpos == .vbn)
        #expect(analysis.tags[5].xpos == .vbg)
        #expect(analysis.tags[10].xpos == .vbn)
        try Self.expectArc("Ukraine", .obj, "accused", in: analysis)
        try Self.expectArc("has", .aux, "accused", in: analysis)
    }

    @Test("names the treebank never saw are proper nouns")
    func unknownNames() throws {
        let analysis = try Self.analyse("Tshisekedi met Ruto and Museveni in Kinshasa on Friday .")
        for name in ["Tshisekedi", "Ruto", "Museveni", "Kinshasa"] {
            let position = try Self.index(name, in: analysis.words)
            #expect(analysis.tags[position].upos == .propn, "\(name): \(analysis.tags[position])")
        }
        #expect(analysis.tags[1].xpos == .vbd)
    }

    @Test("a hyphenated word split by the tokenizer")
    func hyphen() throws {
        let analysis = try Self.analyse("The state - owned company signed a deal .")
        #expect(analysis.tags[2].xpos == .hyph)
        #expect(analysis.tags[3].xpos == .vbn)
    }
}
