public import GeoKGArticles
public import GeoKGOntology
public import GeoKGSyntax

/// Extracts the facts an article states: sentences (the headline first), mentions, resolution within the
/// article, then event relations from trigger words and standing relations from titles. Deterministic and
/// offline.
///
/// ```swift
/// let extractor = Extractor(ontology: try Ontology.load(from: "Ontology"), tagger: try Tagger.load(ontologyFolder: "Ontology"))
/// let extraction = extractor.extract(article)
/// ```
public struct Extractor: Sendable {
    private let lexicon: ExtractionLexicon
    private let sources: SourceCountries
    private let tagger: Tagger

    /// Compiles the ontology's gazetteer and lexicons into the indexes extraction uses; `tagger` gives the
    /// words their parts of speech.
    public init(ontology: Ontology, tagger: Tagger) {
        lexicon = ExtractionLexicon(ontology: ontology)
        sources = SourceCountries(gazetteer: ontology.gazetteer)
        self.tagger = tagger
    }

    /// The entities and facts of `article`.
    /// - Complexity: O(n) in the article's length.
    public func extract(_ article: Article) -> Extraction {
        let splitter = SentenceSplitter(tokenizer: lexicon.tokenizer, vocabulary: lexicon.vocabulary, tagger: tagger)
        let finder = MentionFinder(lexicon: lexicon, date: article.date)
        let relations = RelationFinder(lexicon: lexicon)
        let sourceCountry = sources.country(of: article.url)
        let standing = StandingRelationFinder(lexicon: lexicon, date: article.date, sourceCountry: sourceCountry)
        let cues = DiscourseCues(lexicon: lexicon)
        var entities = ArticleEntities(lexicon: lexicon, sourceCountry: sourceCountry)
        var facts: [KeyedFact] = []
        let headline = article.title.map { splitter.sentences($0, firstIndex: 0).map { $0 } } ?? []
        let bodyStart = headline.count
        /// The body a speaker speaks for: the one a title in `ties` gives, else that of the office the gazetteer
        /// says the speaker held at the article's date.
        func body(of speaker: EntityKey, ties: [KeyedFact]) -> EntityKey? {
            ties.first { $0.subject == speaker }?.object ?? standing.office(of: speaker, title: nil)
        }
        /// The mentions of `sentence`, resolved and recorded in `entities`.
        func mentions(
            of sentence: Sentence, isHeadline: Bool, trustsCapitals: Bool, in entities: inout ArticleEntities
        ) -> [Mention] {
            let found = finder.mentions(
                in: sentence, people: entities.surnames, acronyms: entities.acronyms, trustsCapitals: trustsCapitals)
            cues.noteIssuerApposition(in: sentence.tokens, mentions: found, discourse: &entities.discourse)
            var resolved: [Mention] = []
            // Where each mention of `found` stands in `resolved`, whose title bodies index it.
            var resolvedIndex: [Int: Int] = [:]
            var seenHead = false
            for index in found.indices {
                var mention = found[index]
                if mention.kind == .metonym && mention.isLocative { continue }
                // The first actor of the sentence that no preposition governs is taken as its subject ("of a UN
                // Security Council resolution" is governed too); a headline has none.
                var opener = mention.start - 1
                while opener >= 0, sentence.tokens[opener].classes.contains(.article) { opener -= 1 }
                let governed = opener >= 0 && sentence.tokens[opener].classes.contains(.preposition)
                let isSubject = !seenHead && !mention.isNested && !governed && !isHeadline
                if !mention.isNested && !governed { seenHead = true }
                guard entities.add(&mention, tokens: sentence.tokens, sentence: sentence.index, isSubject: isSubject)
                else {
                    continue
                }
                mention.titleBody = mention.titleBody.flatMap { resolvedIndex[$0] }
                resolvedIndex[index] = resolved.count
                resolved.append(mention)
            }
            return resolved
        }
        func read(_ sentence: Sentence, isHeadline: Bool) {
            let trustsCapitals = !(isHeadline && cues.isTitleCase(sentence.tokens))
            cues.noteTranscriptLabel(in: sentence.tokens, entities: &entities)
            let resolved = mentions(
                of: sentence, isHeadline: isHeadline, trustsCapitals: trustsCapitals, in: &entities)
            if isHeadline || sentence.index == bodyStart {
                cues.noteSpeaker(in: sentence.tokens, mentions: resolved, discourse: &entities.discourse)
            }
            let heads = resolved.filter { !$0.isNested }
            // A headline in title case tells names from other words too poorly to read its events.
            var events = trustsCapitals ? relations.facts(in: sentence, mentions: heads, entities: entities) : []
            let ties = standing.facts(in: sentence, mentions: resolved)
            if !events.isEmpty {
                let dates = EventDate(sentence.tokens)
                for index in events.indices {
                    events[index].eventDate = dates.date(
                        articleDate: article.date, isPlanned: events[index].modality == .planned)
                }
            }
            for fact in events {
                let isSymmetric = lexicon.ontology.relation(fact.relation)?.isSymmetric == true
                entities.discourse.noteFact(fact.subject, fact.relation, fact.object, isSymmetric: isSymmetric)
            }
            // The speaker speaks for the body a title gives, else for that of the office the gazetteer says the
            // speaker held at the article's date.
            if entities.discourse.speakerBody == nil, let speaker = entities.discourse.speaker {
                entities.discourse.speakerBody = body(of: speaker, ties: ties)
            }
            facts += events
            facts += ties
        }
        // "— Ana Ruiz, Foreign Minister of Chile" closing a statement signs it: its "I" is that person from the
        // start. The line is read ahead on a copy, so the article's entities meet it only in its place.
        if let signature = closingLine(of: article.body).flatMap({ splitter.sentences($0).reduce(nil) { $1 } }),
            DiscourseCues.isSignature(signature.tokens)
        {
            var ahead = entities
            let signed = mentions(of: signature, isHeadline: false, trustsCapitals: true, in: &ahead)
            // The name ends at a comma, a title or the line's end: a name cut short ("Ana Maria" of "Ana Maria Ruiz
            // Foreign Minister") signs nothing.
            if let signer = signed.first(where: { !$0.isNested && $0.type == .person }), let key = signer.key,
                signer.end == signature.tokens.count || signature.tokens[signer.end].spells(",")
                    || lexicon.titles.longestMatch(in: signature.tokens, at: signer.end) != nil
            {
                entities.discourse.speaker = key
                entities.discourse.speakerBody = body(of: key, ties: standing.facts(in: signature, mentions: signed))
            }
        }
        for sentence in headline { read(sentence, isHeadline: true) }
        for sentence in splitter.sentences(article.body, firstIndex: bodyStart) { read(sentence, isHeadline: false) }
        for fact in facts {
            entities.include(fact.subject)
            entities.include(fact.object)
        }
        return finish(facts, entities: entities.finished())
    }

    /// The text after the body's last blank line, when it is short enough to be a signature (at most 200 bytes).
    private func closingLine(of body: String) -> String? {
        let utf8 = body.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, [0x20, 0x0A, 0x0D, 0x09].contains(utf8[utf8.index(before: end)]) {
            end = utf8.index(before: end)
        }
        var start = end
        while start > utf8.startIndex, utf8.distance(from: start, to: end) <= 200 {
            let previous = utf8.index(before: start)
            if utf8[previous] == 0x0A, previous > utf8.startIndex, utf8[utf8.index(before: previous)] == 0x0A {
                return start < end ? String(body[start..<end]) : nil
            }
            start = previous
        }
        return start == utf8.startIndex && start < end ? String(body[start..<end]) : nil
    }

    /// Maps keys to entity ids and drops repeated facts; every entity the article names is kept.
    private func finish(_ facts: [KeyedFact], entities: [EntityKey: ExtractedEntity]) -> Extraction {
        var seen = Set<FactIdentity>()
        var kept: [Fact] = []
        let standing = [lexicon.leads.id, lexicon.memberOf.id]
        let eventParticipants = Set(
            facts.filter { !standing.contains($0.relation) }.flatMap { [$0.subject, $0.object] })
        for fact in facts {
            guard let subject = entities[fact.subject], let object = entities[fact.object], subject.id != object.id
            else {
                continue
            }
            if fact.needsEvent, !eventParticipants.contains(fact.subject) { continue }
            // A symmetric relation is one fact in either order ("X agrees with Y", "Y agrees with X").
            let isSymmetric = lexicon.ontology.relation(fact.relation)?.isSymmetric == true
            let (first, second) =
                isSymmetric && object.id < subject.id ? (object.id, subject.id) : (subject.id, object.id)
            guard seen.insert(FactIdentity(subject: first, relation: fact.relation, object: second)).inserted else {
                continue
            }
            kept.append(
                Fact(
                    subject: subject.id, relation: fact.relation, object: object.id, modality: fact.modality,
                    evidence: fact.evidence, sentenceIndex: fact.sentenceIndex, cameo: fact.cameo,
                    eventDate: fact.eventDate, pattern: fact.pattern, officeChange: fact.officeChange))
        }
        // Two keys may make one id (a group and a body both named "Belarusian Armed Forces"): the first in a fixed
        // order wins, never the first the dictionary happens to give.
        // Each name's length (in characters, which counting walks) is counted once, not at every comparison.
        let ranked = entities.values.map { (length: $0.name.count, entity: $0) }
        var byID: [String: ExtractedEntity] = [:]
        for (_, entity) in ranked.sorted(by: Self.precedes) where byID[entity.id] == nil {
            byID[entity.id] = entity
        }
        return Extraction(entities: byID.values.sorted { $0.id < $1.id }, facts: kept)
    }

    /// The order in which entities of one id are preferred: the longest name (`length` is its character
    /// count), then by name, class, kind and aliases.
    private static func precedes(
        _ first: (length: Int, entity: ExtractedEntity), _ second: (length: Int, entity: ExtractedEntity)
    ) -> Bool {
        let (a, b) = (first.entity, second.entity)
        if first.length != second.length { return first.length > second.length }
        if a.name != b.name { return a.name < b.name }
        if a.type != b.type { return a.type.rawValue < b.type.rawValue }
        if a.kind != b.kind { return (a.kind ?? "") < (b.kind ?? "") }
        return a.aliases.lexicographicallyPrecedes(b.aliases)
    }
}

/// What makes two facts of an article the same fact: their entities (in a fixed order for a symmetric relation)
/// and relation.
private struct FactIdentity: Hashable {
    let subject: String
    let relation: String
    let object: String
}
