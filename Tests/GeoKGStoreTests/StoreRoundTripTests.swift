import Foundation
import GeoKGRDF
import GeoKGStore
import GeoKGTestSupport
import Testing

@Suite("parse → store → export → parse")
struct StoreRoundTripTests {
    static let positiveFiles = (syntaxTestCases(suite: "ntriples") + syntaxTestCases(suite: "nquads")).filter(
        \.positive)

    @Test("each positive W3C file comes back as the same statements", arguments: positiveFiles)
    func w3cFile(_ test: SyntaxTestCase) throws {
        let format: RDFFormat = test.file.pathExtension == "nq" ? .nquads : .ntriples
        try assertRoundTrip(file: test.file.path, format: format)
    }

    @Test("a file with every escape, language tag, datatype and script survives the store")
    func hostileFile() throws {
        let folder = try TemporaryFolder()
        var lines: [String] = []
        let strings = [
            #"quote \" backslash \\ tab \t newline \n return \r backspace \b feed \f"#,
            #"escaped \u00E9\u00FC\u4E2D\U0001F600 and raw é ü 中 😀"#,
            "王毅 Côte d’Ivoire Ελλάδα Россия العربية עברית हिन्दी ภาษาไทย",
            "controls \\u0000 \\u0001 \\u001F \\u007F, marks \u{200F}\u{202E}\u{FEFF}",
            "SQL '); DROP TABLE quads; -- <script>alert(1)</script> & ; %",
            "",
        ]
        let tags = ["", "@en", "@en-GB", "@zh-Hant-TW", "@x-private-1"]
        let datatypes = [
            "", "^^<http://www.w3.org/2001/XMLSchema#string>", "^^<http://www.w3.org/2001/XMLSchema#date>",
            "^^<http://e/dt/\\u00E9>", "^^<urn:x:y>",
        ]
        for (index, text) in strings.enumerated() {
            for suffix in tags + datatypes {
                lines.append("<http://e/s\(index)> <http://e/p> \"\(text)\"\(suffix) <http://e/g\(index % 2)> .")
            }
        }
        lines.append("_:a <http://e/p> _:b .")
        lines.append("_:b <http://e/p> _:a <http://e/g> .")
        lines.append("_:a <http://e/ünï/王?q=1&r=ß#frag> <http://e/%20encoded> _:g1 .")
        lines.append("<tag:geokg,2026:x> <http://e/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .")
        let path = try folder.write(lines.joined(separator: "\n"), to: "hostile.nq")
        try assertRoundTrip(file: path, format: .nquads)
    }

    @Test("a term table that starts over again and again keeps each statement's terms together")
    func termTableStartsOver() throws {
        let folder = try TemporaryFolder()
        let lines = (0..<200).map { "<http://e/s\($0)> <http://e/p\($0 % 3)> \"object \($0)\" <http://e/g\($0 % 5)> ." }
        let path = try folder.write(lines.joined(separator: "\n"), to: "many-terms.nq")
        try assertRoundTrip(file: path, format: .nquads, table: TermTable(entryLimit: 7, byteLimit: 1 << 20))
        try assertRoundTrip(file: path, format: .nquads, table: TermTable(entryLimit: 1 << 19, byteLimit: 300))
    }

    /// Loads `file` into a fresh store, exports it as N-Quads and compares statement sets. The store renames
    /// blank nodes `b<id>` with ids in order of first appearance, so both sides' blank nodes are renamed by
    /// rank of first appearance (in the file) and of id (in the export) before comparing.
    private func assertRoundTrip(file: String, format: RDFFormat, table: TermTable = TermTable()) throws {
        let folder = try TemporaryFolder()
        let store = try TripleStore(path: folder.path("store.sqlite"))
        let reader = try QuadReader(path: file, format: format)
        var original: [Quad] = []
        while let quad = try reader.next() { original.append(quad) }
        let numbered = try QuadReader(path: file, format: format)
        _ = try store.load(LoadSource(name: file, format: format.rawValue, contentHash: "h")) { loader in
            while let quad = try numbered.next(numberingTermsIn: table) { try loader.add(quad, from: table) }
        }
        var exported: [Quad] = []
        try store.forEachStatement(.quads) { exported.append($0) }
        let blanksInOrder = original.flatMap(Self.blankLabels)
        let exportedBlanks = Set(exported.flatMap(Self.blankLabels)).sorted {
            Int($0.dropFirst())! < Int($1.dropFirst())!
        }
        #expect(
            Set(original.map { Self.renamed($0, order: blanksInOrder) })
                == Set(exported.map { Self.renamed($0, order: exportedBlanks) }))
        #expect(Set(blanksInOrder).count == exportedBlanks.count)
    }

    private static func blankLabels(_ quad: Quad) -> [String] {
        [quad.subject, quad.object, quad.graph].compactMap { term in
            if case .blank(let node)? = term { return node.id }
            return nil
        }
    }

    private static func renamed(_ quad: Quad, order: [String]) -> Quad {
        var ranks: [String: Int] = [:]
        for label in order where ranks[label] == nil { ranks[label] = ranks.count }
        func rename(_ term: Term) -> Term {
            guard case .blank(let node) = term, let rank = ranks[node.id] else { return term }
            return .blank(BlankNode(unchecked: "n\(rank)"))
        }
        return Quad(rename(quad.subject), quad.predicate, rename(quad.object), graph: quad.graph.map(rename))
    }
}
