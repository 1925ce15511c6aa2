/// A token of SPARQL text, with where it starts.
struct QueryToken: Sendable {
    /// The kinds of token.
    enum Kind: Sendable, Equatable {
        /// `<...>`, unresolved.
        case iri(String)
        /// `prefix:local`, with the local part's escapes undone.
        case prefixedName(prefix: String, local: String)
        /// `_:label`.
        case blankNode(String)
        /// `?name` or `$name`.
        case variable(String)
        /// A quoted string, escapes undone.
        case string(String)
        /// `@en`, after a string (or `@prefix`-like words, which SPARQL has none of).
        case languageTag(String)
        /// An unsigned number and its XSD type's local name (`integer`, `decimal`, `double`).
        case number(String, type: String)
        /// A bare word: a keyword, `a`, `true`, `false`, or a function name; as written.
        case word(String)
        /// Punctuation and operators.
        case symbol(String)
        case end
    }

    let kind: Kind
    let position: SourcePosition

    /// The word upper-cased, when the token is a bare word.
    var keyword: String? {
        if case .word(let word) = kind { return word.uppercased() }
        return nil
    }

    /// Whether the token is the symbol `text`.
    func isSymbol(_ text: String) -> Bool { kind == .symbol(text) }

    /// How the token reads in a message.
    var display: String {
        switch kind {
        case .iri(let iri): "<\(iri)>"
        case .prefixedName(let prefix, let local): "\(prefix):\(local)"
        case .blankNode(let label): "_:\(label)"
        case .variable(let name): "?\(name)"
        case .string: "a string"
        case .languageTag(let tag): "@\(tag)"
        case .number(let text, _): text
        case .word(let word): word
        case .symbol(let symbol): "'\(symbol)'"
        case .end: "the end of the query"
        }
    }
}
