import GeoKGOntology

/// Finds standing relations (`leads`, `memberOf`) from titles, appositions and nationality words.
struct StandingRelationFinder {
    let lexicon: ExtractionLexicon
    /// The article's publication date (`YYYY-MM-DD`), to pick the office a title refers to.
    let date: String?

    /// The standing facts of one sentence; `all` are every mention of it, nested ones included.
    func facts(in sentence: Sentence, mentions all: [Mention]) -> [Fact] {
        var facts: [Fact] = []
        func add(_ subject: String?, _ relation: String, _ object: String?) {
            guard let subject, let object, subject != object else { return }
            facts.append(
                Fact(subject: subject, relation: relation, object: object, modality: .asserted, evidence: sentence.text,
                     sentenceIndex: sentence.index))
        }
        for mention in all where mention.kind != .pronoun && mention.kind != .description {
            guard let key = mention.key else { continue }
            switch mention.type {
            case .person:
                if let title = mention.titles.last {
                    let body = mention.titleBody.flatMap { all.indices.contains($0) ? all[$0].key : nil }
                    let target = body ?? mention.nationality.map { "gz:" + $0 } ?? office(of: key, title: title)
                    add(key, title.relation, target)
                    // "Philippine Officer in Charge of the Department of National Defense": the body is the country's.
                    if let body, let nationality = mention.nationality { add(body, "memberOf", "gz:" + nationality) }
                }
                if let apposition = apposition(after: mention, in: sentence.tokens, mentions: all) {
                    add(key, apposition.relation, apposition.body)
                }
            case .organization, .group:
                if let nationality = mention.nationality { add(key, "memberOf", "gz:" + nationality) }
            default:
                break
            }
        }
        return facts
    }

    /// The country or body of the gazetteer office a title names, held at the article's date.
    private func office(of key: String, title: Title) -> String? {
        guard key.hasPrefix("gz:"), let entry = lexicon.ontology.gazetteer.entry(id: String(key.dropFirst(3))) else {
            return nil
        }
        let current = entry.offices.filter { term in
            guard let date else { return true }
            return (term.start ?? "") <= date && (term.end.map { date <= $0 } ?? true)
        }
        let titleWords = title.title.lowercased()
        let matching = current.first { Self.contains($0.role.lowercased(), titleWords) } ?? current.first
        return matching.map { "gz:" + $0.of }
    }

    /// `text.contains(part)`, compared byte by byte when both are ASCII with no `\r` (then each character
    /// is one byte); the general search costs thousands of instructions a call.
    private static func contains(_ text: String, _ part: String) -> Bool {
        let isPlain = { (string: String) in !string.isEmpty && string.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        guard isPlain(text), isPlain(part) else { return text.contains(part) }
        let haystack = Array(text.utf8)
        let needle = Array(part.utf8)
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// `Person, the director of Body`: the title's relation to the body.
    private func apposition(after person: Mention, in tokens: [Token], mentions: [Mention]) -> (relation: String, body: String?)? {
        var index = person.end
        guard index + 2 < tokens.count, tokens[index].text == "," else { return nil }
        index += 1
        if RelationFinder.articles.contains(tokens[index].lower) { index += 1 }
        if let nationality = lexicon.demonyms.longestMatch(in: tokens, at: index) { index = nationality.end }
        guard let title = lexicon.titles.longestMatch(in: tokens, at: index), let value = title.values.first else {
            return nil
        }
        index = title.end
        guard index < tokens.count, tokens[index].lower == "of" else { return nil }
        index += 1
        if index < tokens.count, tokens[index].lower == "the" { index += 1 }
        guard let body = mentions.first(where: { $0.start == index && $0.type != .person }) else { return nil }
        return (value.relation, body.key)
    }
}
