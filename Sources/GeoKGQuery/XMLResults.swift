import GeoKGRDF

/// The pieces of the SPARQL Query Results XML format.
enum XMLResults {
    /// The declaration and the root element's start tag.
    static let opening = "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"

    /// One solution: a `binding` element for each bound variable.
    static func result(_ variables: [String], _ row: [Term?]) -> String {
        var out = "<result>"
        for (name, term) in zip(variables, row) {
            guard let term else { continue }
            out += "<binding name=\"\(XMLText.escaped(name))\">" + element(term) + "</binding>"
        }
        return out + "</result>\n"
    }

    /// A term as a `uri`, `bnode` or `literal` element.
    static func element(_ term: Term) -> String {
        switch term {
        case .iri(let iri):
            return "<uri>\(XMLText.escaped(iri.value))</uri>"
        case .blank(let node):
            return "<bnode>\(XMLText.escaped(node.id))</bnode>"
        case .literal(let literal):
            var attributes = ""
            if let language = literal.language {
                attributes = " xml:lang=\"\(XMLText.escaped(language))\""
            } else if literal.datatype != XSD.string {
                attributes = " datatype=\"\(XMLText.escaped(literal.datatype.value))\""
            }
            return "<literal\(attributes)>\(XMLText.escaped(literal.lexicalForm))</literal>"
        }
    }
}
