import GeoKGRDF

/// A term as the `terms` table holds it: kind, value, datatype (empty for strings) and language.
struct StoredTerm: Hashable {
    let kind: StoreSchema.TermKind
    let value: String
    let datatype: String
    let language: String

    /// Encodes `term`; blank node labels are prefixed with `blankNodeScope` so that each source keeps its own.
    init(_ term: Term, blankNodeScope: String) {
        switch term {
        case .iri(let iri):
            self.init(kind: .iri, value: iri.value, datatype: "", language: "")
        case .blank(let node):
            self.init(kind: .blank, value: blankNodeScope + "/" + node.id, datatype: "", language: "")
        case .literal(let literal):
            let datatype = literal.language != nil || literal.datatype == XSD.string ? "" : literal.datatype.value
            self.init(kind: .literal, value: literal.lexicalForm, datatype: datatype, language: literal.language ?? "")
        }
    }

    /// Hashes the value alone: terms that differ only in kind, datatype or language are rare, and hashing the
    /// two mostly empty strings too cost a third of every term lookup.
    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }

    init(kind: StoreSchema.TermKind, value: String, datatype: String, language: String) {
        self.kind = kind
        self.value = value
        self.datatype = datatype
        self.language = language
    }

    /// The RDF term; a blank node is named after its row id (`StoreSchema.blankNodePrefix`), unique in the store.
    func term(id: Int64) -> Term {
        switch kind {
        case .iri:
            return .iri(IRI(unchecked: value))
        case .blank:
            return .blank(BlankNode(unchecked: StoreSchema.blankNodePrefix + String(id)))
        case .literal:
            if !language.isEmpty {
                return .literal(Literal(value, uncheckedLanguage: language))
            }
            return .literal(datatype.isEmpty ? Literal(value) : Literal(value, datatype: IRI(unchecked: datatype)))
        }
    }

    /// A 64-bit FNV-1a hash of the four parts; stable across runs and builds, since it is stored.
    var storedHash: Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        mix(UInt8(kind.rawValue))
        for part in [value, datatype, language] {
            mix(0xFF)  // never inside UTF-8, so parts cannot run into each other
            for byte in part.utf8 { mix(byte) }
        }
        return Int64(bitPattern: hash)
    }
}
