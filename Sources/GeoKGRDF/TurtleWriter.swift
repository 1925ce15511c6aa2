/// Writes triples as W3C Turtle: the prefixes declared first, then each triple, one subject's consecutive triples
/// grouped under it with `;` and one predicate's objects with `,`. IRIs in a declared namespace whose local name
/// is plainly valid Turtle are written as prefixed names, `rdf:type` as `a`; everything else in N-Triples form,
/// which Turtle reads the same.
public final class TurtleWriter {
    private let namespaces: [Namespace]
    private let emit: (String) throws -> Void
    private var started = false
    private var subject: Term?
    private var predicate: IRI?

    /// A writer declaring `namespaces` (by default geokg's), handing its text to `emit` as it comes.
    public init(namespaces: [Namespace] = Namespaces.all, emit: @escaping (String) throws -> Void) {
        // The longest namespace first, so that an IRI takes the most specific prefix.
        self.namespaces = namespaces.sorted { $0.iri.count > $1.iri.count }
        self.emit = emit
    }

    /// Writes one triple.
    public func write(_ triple: Triple) throws {
        try start()
        if triple.subject == subject {
            if triple.predicate == predicate {
                try emit(",\n        " + term(triple.object))
            } else {
                try emit(" ;\n    " + verb(triple.predicate) + " " + term(triple.object))
            }
        } else {
            try emit((subject == nil ? "" : " .\n") + term(triple.subject) + " " + verb(triple.predicate) + " ")
            try emit(term(triple.object))
        }
        subject = triple.subject
        predicate = triple.predicate
    }

    /// Ends the last statement (and declares the prefixes when nothing was written).
    public func finish() throws {
        try start()
        if subject != nil { try emit(" .\n") }
        subject = nil
        predicate = nil
    }

    private func start() throws {
        guard !started else { return }
        started = true
        let declared = namespaces.sorted { $0.prefix < $1.prefix }
        try emit(declared.map { "@prefix \($0.prefix): <\($0.iri)> .\n" }.joined() + "\n")
    }

    private func verb(_ iri: IRI) -> String {
        iri == RDF.type ? "a" : name(iri)
    }

    private func term(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return name(iri)
        case .blank: return NTriplesSerializer.string(for: term)
        case .literal(let literal):
            let text = NTriplesSerializer.string(for: .literal(Literal(literal.lexicalForm)))
            if let language = literal.language { return text + "@" + language }
            return literal.datatype == XSD.string ? text : text + "^^" + name(literal.datatype)
        }
    }

    /// The IRI as a prefixed name when one fits, else `<IRI>`.
    private func name(_ iri: IRI) -> String {
        for namespace in namespaces where iri.value.hasPrefix(namespace.iri) {
            let local = iri.value.dropFirst(namespace.iri.count)
            if Self.isPlainLocalName(local) { return namespace.prefix + ":" + local }
        }
        return NTriplesSerializer.string(for: .iri(iri))
    }

    /// Whether `local` is a Turtle local name without escapes: ASCII letters, digits, `_` and `-`, and `.` except
    /// at the end, not starting with `-` or `.`. Stricter than the grammar, so that every reader takes it.
    static func isPlainLocalName(_ local: Substring) -> Bool {
        guard let first = local.utf8.first else { return true }
        guard first != UInt8(ascii: "-"), first != UInt8(ascii: "."), local.utf8.last != UInt8(ascii: ".") else {
            return false
        }
        return local.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
                true
            default: false
            }
        }
    }
}
