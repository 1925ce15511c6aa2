import GeoKGOntology

/// Finds standing relations (`leads`, `memberOf`) from titles, appositions, possessives and nationality words.
struct StandingRelationFinder {
    let lexicon: ExtractionLexicon
    /// The article's publication date (`YYYY-MM-DD`), to pick the office a title refers to.
    let date: String?
    /// The country of the article's source (a gazetteer id), whose officials a government's site names by bare
    /// title.
    let sourceCountry: String?

    /// The standing facts of one sentence; `all` are every mention of it, nested ones included.
    func facts(in sentence: Sentence, mentions all: [Mention]) -> [KeyedFact] {
        let tokens = sentence.tokens
        var facts: [KeyedFact] = []
        func add(
            _ subject: EntityKey?, _ relation: RelationType, _ object: EntityKey?, needsEvent: Bool = false,
            change: OfficeChange? = nil
        ) {
            guard let subject, let object, subject != object else { return }
            facts.append(
                KeyedFact(
                    subject: subject, relation: relation.id, object: object, modality: .asserted,
                    evidence: sentence.text,
                    sentenceIndex: sentence.index, pattern: .title, officeChange: change, needsEvent: needsEvent))
        }
        for (position, mention) in all.enumerated() where mention.kind != .pronoun {
            guard let key = mention.key else { continue }
            switch mention.type {
            case .person:
                guard let title = mention.titles.last else {
                    if let apposition = apposition(after: mention, in: tokens, mentions: all) {
                        add(key, apposition.relation, apposition.body)
                    }
                    continue
                }
                let relation = relationType(title)
                let body = mention.titleBody.flatMap { all.indices.contains($0) ? all[$0].key : nil }
                let owner = possessor(before: mention, at: position, in: tokens, mentions: all)
                let country = mention.nationality.map(EntityKey.known) ?? owner
                let change = officeChange(before: mention, in: tokens)
                if case .office(_, let officeCountry) = key {
                    add(key, relation, body ?? country ?? officeCountry.map(EntityKey.known), change: change)
                    continue
                }
                add(
                    key, relation,
                    body ?? country ?? office(of: key, title: title)
                        ?? ownOfficial(mention, title: title, tokens: tokens, mentions: all),
                    change: change)
                // "Philippine Officer in Charge of the Department of National Defense": the body is the country's.
                if let body, let country { add(body, lexicon.memberOf, country) }
                if let apposition = apposition(after: mention, in: tokens, mentions: all) {
                    add(key, apposition.relation, apposition.body)
                }
            case .organization, .group:
                // "Chinese delegation": a group's country counts when the group acts (ANNOTATION.md, convention 3).
                if let nationality = mention.nationality {
                    add(key, lexicon.memberOf, .known(nationality), needsEvent: mention.type == .group)
                } else if !modifiesNoun(mention, in: tokens),
                    let owner = possessor(before: mention, at: position, in: tokens, mentions: all)
                {
                    // "the Department of the Treasury's Office of Foreign Assets Control".
                    add(key, lexicon.memberOf, owner)
                } else if let owner = ofOwner(after: mention, in: tokens, mentions: all) {
                    // "the Bureau of X of the Department of Y": a body of a body.
                    add(key, lexicon.memberOf, owner)
                }
            default:
                break
            }
        }
        return facts
    }

    /// What a qualifier of a titled name says of the office: "former" or "ex-" that it was left, "newly" or
    /// "incoming" that it was just taken. The qualifier is a lower-case word inside the name's span (before its
    /// title), or the word just before the span, past a hyphen or a participle ("newly appointed").
    private func officeChange(before mention: Mention, in tokens: [Token]) -> OfficeChange? {
        let lexicon = lexicon.ontology.lexicon
        var candidates = tokens[mention.start..<mention.end].filter { $0.text == $0.lower }.map(\.lower)
        var index = mention.start - 1
        if index >= 0, tokens[index].text == "-" { index -= 1 }
        if index >= 0 { candidates.append(tokens[index].lower) }
        // "newly appointed": the participle, then the adverb before it.
        if index >= 1, tokens[index].lower.hasSuffix("ed") { candidates.append(tokens[index - 1].lower) }
        if candidates.contains(where: lexicon.pastOfficeWords.contains) { return .ended }
        if candidates.contains(where: lexicon.newOfficeWords.contains) { return .began }
        return nil
    }

    /// The standing relation a title gives.
    private func relationType(_ title: Title) -> RelationType {
        title.relation == lexicon.leads.id ? lexicon.leads : lexicon.memberOf
    }

    /// The country or body of the gazetteer office a title names (the first office held at the article's date
    /// when no title is given).
    func office(of key: EntityKey, title: Title?) -> EntityKey? {
        guard let id = key.gazetteerID, let entry = lexicon.ontology.gazetteer.entry(id: id) else { return nil }
        let current = entry.offices.filter { $0.isHeld(on: date) }
        let titleWords = title?.title.lowercased()
        let matching =
            titleWords.flatMap { words in current.first { Self.contains($0.role.lowercased(), words) } }
            ?? current.first
        return matching.map { .known($0.of) }
    }

    /// `text.contains(part)`, compared byte by byte when both are ASCII with no `\r` (then each character
    /// is one byte); the general search costs thousands of instructions a call.
    private static func contains(_ text: String, _ part: String) -> Bool {
        let isPlain = { (string: String) in !string.isEmpty && string.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        guard isPlain(text), isPlain(part) else { return text.contains(part) }
        let haystack = Array(text.utf8)
        let needle = Array(part.utf8)
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains {
            haystack[$0..<($0 + needle.count)].elementsEqual(needle)
        }
    }

    /// `Kenya's Foreign Minister X`, `the Treasury's Office of X`: the country or body whose possessive stands right
    /// before the mention.
    private func possessor(before mention: Mention, at position: Int, in tokens: [Token], mentions: [Mention])
        -> EntityKey?
    {
        guard mention.start >= 2, tokens[mention.start - 1].classes.contains(.possessiveMarker),
            let owner = mentions[..<position].last(where: { $0.end == mention.start - 1 }),
            owner.type == .country || owner.type == .organization
        else { return nil }
        return owner.key
    }

    /// Whether the name `mention` modifies a common noun after it that is no title (`Sweden's NATO membership`), so
    /// that a possessive before it is the noun's, not the name's.
    private func modifiesNoun(_ mention: Mention, in tokens: [Token]) -> Bool {
        mention.end < tokens.count && tokens[mention.end].isLowerCase && tokens[mention.end].tag.isNoun
            && lexicon.titles.longestMatch(in: tokens, at: mention.end) == nil
    }

    /// `the Ministry of Defence of Ukraine`, `the Bureau of X of the Department of Y`: the country or body named
    /// after a body's own name, with `of`.
    private func ofOwner(after body: Mention, in tokens: [Token], mentions: [Mention]) -> EntityKey? {
        guard body.type == .organization, body.end + 1 < tokens.count,
            tokens[body.end].classes.contains(.partitivePreposition)
        else { return nil }
        var index = body.end + 1
        if tokens[index].classes.contains(.article) { index += 1 }
        guard let owner = mentions.firstMention(where: { $0.start == index && !$0.isNested }),
            owner.type == .country || owner.type == .organization
        else { return nil }
        return owner.key
    }

    /// `Person, the director of Body`, `Person, USAID Administrator`, `Person, Deputy Minister of Defence`: the
    /// title's relation to the body or country it names.
    private func apposition(after person: Mention, in tokens: [Token], mentions: [Mention]) -> (
        relation: RelationType, body: EntityKey?
    )? {
        var index = person.end
        guard index + 2 < tokens.count, tokens[index].spells(",") else { return nil }
        index += 1
        if tokens[index].classes.contains(.article) { index += 1 }
        // "X, the USAID administrator": a body before the title.
        var owner: EntityKey?
        if let before = mentions.firstMention(where: {
            $0.start == index && ($0.type == .organization || $0.type == .country)
        }) {
            owner = before.key
            index = before.end
        } else if let nationality = lexicon.demonyms.longestMatch(in: tokens, at: index) {
            owner = nationality.values.first.map { .known($0.id) }
            index = nationality.end
        }
        // "X, Algeria's foreign minister": the owner may be a possessive.
        if owner != nil, index < tokens.count, tokens[index].classes.contains(.possessiveMarker) { index += 1 }
        index = lexicon.titleStart(in: tokens, from: index)
        guard let title = lexicon.titles.longestMatch(in: tokens, at: index), let value = title.values.first else {
            return nil
        }
        index = title.end
        // "Representative to the UN" names whom the person is sent to, not whose the person is; "envoy for Yemen"
        // too, though "spokeswoman for the Foreign Ministry" is of the body after "for".
        let isFor = index < tokens.count && tokens[index].lower == "for"
        if index < tokens.count, tokens[index].classes.contains(.partitivePreposition) || isFor {
            index += 1
            if index < tokens.count, tokens[index].classes.contains(.article) { index += 1 }
            if let body = mentions.firstMention(where: {
                $0.start == index && $0.type != .person && (!isFor || $0.type == .organization)
            }) {
                return (relationType(value), body.key)
            }
        }
        guard let owner = owner ?? ownOfficial(person, title: value, tokens: tokens, mentions: mentions) else {
            return nil
        }
        return (relationType(value), owner)
    }

    /// `Foreign Secretary Jane Roe said` on a British site: a title that points to a country, held by someone the
    /// gazetteer lacks, named in full (two or three words, not in capitals) as the sentence's first actor, is the
    /// source's: a country's own sites give its officials by bare title, foreign ones with their nationality, so
    /// the sentence may hold no other nationality. No word of a name may stand before the title to say whose it is
    /// (`NFU president Jane Roe`).
    private func ownOfficial(_ person: Mention, title: Title, tokens: [Token], mentions: [Mention]) -> EntityKey? {
        let words = person.surface.split(separator: " ").count
        guard let sourceCountry, title.scope == .country, case .person? = person.key, (2...3).contains(words),
            person.surface.uppercased() != person.surface,
            person.start == 0 || !tokens[person.start - 1].isCapitalized,
            !mentions.contains(where: { $0.start < person.start }),
            !tokens.indices.contains(where: { index in
                guard tokens[index].isCapitalized, let match = lexicon.demonyms.longestMatch(in: tokens, at: index)
                else { return false }
                let written = tokens[index..<match.end].joinedText
                return match.values.contains { $0.id != sourceCountry && $0.demonyms.contains(written) }
            })
        else { return nil }
        return .known(sourceCountry)
    }
}
