public import GeoKGArticles
public import GeoKGOntology

/// Extracts the facts an article states: sentences, mentions, resolution within the article, then event
/// relations from trigger words and standing relations from titles. Deterministic and offline.
///
/// ```swift
/// let extractor = Extractor(ontology: try Ontology.load(from: "Ontology"))
/// let extraction = extractor.extract(article)
/// ```
public struct Extractor: Sendable {
    private let lexicon: ExtractionLexicon

    /// Compiles the ontology's gazetteer and lexicons into the indexes extraction uses.
    public init(ontology: Ontology) {
        lexicon = ExtractionLexicon(ontology: ontology)
    }

    /// The entities and facts of `article`.
    /// - Complexity: O(n) in the article's length.
    public func extract(_ article: Article) -> Extraction {
        let splitter = SentenceSplitter(tokenizer: lexicon.tokenizer, vocabulary: lexicon.vocabulary)
        let finder = MentionFinder(lexicon: lexicon)
        let relations = RelationFinder(lexicon: lexicon)
        let standing = StandingRelationFinder(lexicon: lexicon, date: article.date)
        var entities = ArticleEntities(gazetteer: lexicon.ontology.gazetteer, familyNames: lexicon.familyNames)
        var facts: [Fact] = []
        for sentence in splitter.sentences(article.body) {
            var resolved: [Mention] = []
            var seenHead = false
            for var mention in finder.mentions(in: sentence, people: entities.surnames) {
                if mention.kind == .metonym && mention.isLocative { continue }
                // The first actor of the sentence that no preposition governs is taken as its subject.
                let governed = mention.start > 0 && Self.prepositions.contains(sentence.tokens[mention.start - 1].lower)
                let isSubject = !seenHead && !mention.isNested && !governed
                if !mention.isNested && !governed { seenHead = true }
                guard entities.add(&mention, tokens: sentence.tokens, sentence: sentence.index, isSubject: isSubject) != nil
                else { continue }
                resolved.append(mention)
            }
            let heads = resolved.filter { !$0.isNested }
            facts += relations.facts(in: sentence, mentions: heads, entities: entities)
            facts += standing.facts(in: sentence, mentions: resolved)
        }
        for fact in facts {
            entities.include(fact.subject)
            entities.include(fact.object)
        }
        return finish(facts, entities: entities.finished())
    }

    private static let prepositions: Set<String> = [
        "with", "of", "to", "by", "from", "for", "about", "against", "on", "at", "in", "during", "after", "before",
    ]

    /// Maps keys to entity ids and drops repeated facts; every entity the article names is kept.
    private func finish(_ facts: [Fact], entities: [String: ExtractedEntity]) -> Extraction {
        var seen = Set<String>()
        var kept: [Fact] = []
        let eventParticipants = Set(facts.filter { $0.relation != "memberOf" && $0.relation != "leads" }.flatMap { [$0.subject, $0.object] })
        for fact in facts {
            guard let subject = entities[fact.subject], let object = entities[fact.object], subject.id != object.id else {
                continue
            }
            // A group belongs to its country only when it acts in an event (ANNOTATION.md, convention 3).
            if subject.type == .group, fact.relation == "memberOf", !eventParticipants.contains(fact.subject) { continue }
            let identity = "\(subject.id) \(fact.relation) \(object.id)"
            guard seen.insert(identity).inserted else { continue }
            kept.append(
                Fact(subject: subject.id, relation: fact.relation, object: object.id, modality: fact.modality,
                     evidence: fact.evidence, sentenceIndex: fact.sentenceIndex))
        }
        var byID: [String: ExtractedEntity] = [:]
        for entity in entities.values {
            if let existing = byID[entity.id], existing.name.count >= entity.name.count { continue }
            byID[entity.id] = entity
        }
        return Extraction(entities: byID.values.sorted { $0.id < $1.id }, facts: kept)
    }
}
