import GeoKGOntology

/// Finds the event relations a sentence states, from its trigger words and the mentions around them:
/// active and passive voice, coordinated subjects and objects, and nominal forms (`talks between X and Y`).
struct RelationFinder {
    let lexicon: ExtractionLexicon

    /// Words that end a clause when looking left for a subject.
    private static let clauseBreaks: Set<String> = [
        ";", ":", "said", "says", "say", "told", "stated", "noted", "added", "because", "although", "whereas",
        "if", "\"", "“", "”", "(", ")",
    ]
    private static let relativePronouns: Set<String> = ["who", "which", "that"]
    /// Relations that, with a media outlet as object, mean an interview rather than diplomacy.
    private static let interviewRelations: Set<String> = ["meets", "visits"]
    /// Auxiliary verbs: after "and", they start a second verb phrase, not another list item.
    private static let auxiliaries: Set<String> = [
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "should", "may", "might",
        "must", "did", "does", "do",
    ]
    /// Prepositions, which end a list of objects.
    private static let prepositions: Set<String> = [
        "from", "with", "to", "in", "on", "at", "of", "by", "for", "about", "against", "into", "over", "under",
        "between", "among", "through", "during", "after", "before", "since",
    ]
    /// Forms of "be" and words that keep a following -ing form a verb of the clause (`is meeting`, `to`).
    private static let progressiveAuxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "am", "to", "also", "not", "continue", "continues", "continued", "by",
    ]
    /// Words that end the search for an object: a relative clause, an agent, a new clause or an infinitive.
    private static let objectStops: Set<String> = [
        "that", "which", "who", "whom", "whose", "because", "while", "when", "where", "if", "by", "to", "as",
    ]
    /// The articles, after which a trigger form is never the verb.
    static let articles: Set<String> = ["the", "a", "an"]
    /// Words that make what follows a condition rather than a statement.
    private static let conditionals: Set<String> = ["if", "unless", "whether"]
    /// Modal verbs that make a clause an obligation, as demands need (`made clear that X must`).
    private static let obligations: Set<String> = ["must", "should", "shall"]
    /// Verbs that make a clause an obligation when `to` follows them (`X has to`, `X needs to`).
    private static let obligationsWithTo: Set<String> = ["has", "have", "need", "needs"]
    /// Words that may open the clause before its subject (`said that the`, `said its`).
    private static let clauseOpeners: Set<String> = ["that", "the", "its", "their", "his", "her"]
    /// Words after which a trigger form is a noun, not a verb (`at talks`, `the meeting`).
    private static let nounMarkers: Set<String> = [
        "the", "a", "an", "at", "of", "in", "for", "during", "after", "before", "his", "her", "its", "their", "our",
        "'s", "’",
    ]
    private static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "is", "are", "be", "got", "get"]
    /// Words that may stand between a trigger and its object or preposition.
    private static let fillers: Set<String> = [
        "today", "yesterday", "also", "again", "further", "directly", "jointly", "formally", "separately", "recently",
        "up", "down", "back", "out", "the", "a", "an", "on", "this", "next", "last", "morning", "afternoon",
        "evening", "week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// The event facts of one sentence whose mentions (heads only) are `mentions`.
    func facts(in sentence: Sentence, mentions: [Mention], entities: ArticleEntities) -> [Fact] {
        let tokens = sentence.tokens
        var covered = Set<Int>()
        for mention in mentions { covered.formUnion(mention.start..<mention.end) }
        var facts: [Fact] = []
        var index = 0
        while index < tokens.count {
            guard !covered.contains(index), let match = lexicon.triggers.longestMatch(in: tokens, at: index) else {
                index += 1
                continue
            }
            // A form can be a noun and a verb ("talks"): the noun reading when one of its prepositions follows.
            let next = match.end < tokens.count ? tokens[match.end].lower : ""
            let forms = match.values.sorted { first, _ in first.partOfSpeech == .noun && first.prepositions.contains(next) }
            var found: [(Mention, Mention, Modality)] = []
            var form = forms[0]
            for candidate in forms where found.isEmpty {
                form = candidate
                found =
                    candidate.partOfSpeech == .noun
                    ? nominal(candidate, tokens: tokens, start: index, end: match.end, mentions: mentions)
                    : verbal(candidate, tokens: tokens, start: index, end: match.end, mentions: mentions)
            }
            for (grammatical, target, modality) in found {
                let (subject, object) = form.voice == .objectFirst ? (target, grammatical) : (grammatical, target)
                guard let s = subject.key, let o = object.key, s != o,
                    allows(form.relation, subject: subject.type, object: object.type),
                    !(Self.interviewRelations.contains(form.relation) && entities.entity(o)?.kind == "Media")
                else { continue }
                facts.append(
                    Fact(subject: s, relation: form.relation, object: o, modality: modality, evidence: sentence.text,
                         sentenceIndex: sentence.index))
            }
            index = match.end
        }
        return facts
    }

    private func allows(_ relation: String, subject: EntityType, object: EntityType) -> Bool {
        guard let type = lexicon.ontology.relation(relation) else { return false }
        let domainOK = type.domain.isEmpty || type.domain.contains(subject)
        let rangeOK = type.range.isEmpty || type.range.contains(object)
        return domainOK && rangeOK && subject != .commodity && subject != .location
    }

    // MARK: Verbs

    private func verbal(
        _ form: TriggerForm, tokens: [Token], start: Int, end: Int, mentions: [Mention]
    ) -> [(Mention, Mention, Modality)] {
        let before = previousWord(tokens, before: start)
        if let before, Self.nounMarkers.contains(tokens[before].lower) { return [] }
        // Right after an article a form is an adjective or a noun (`the occupied West Bank`), never the verb.
        if start > 0, Self.articles.contains(tokens[start - 1].lower) { return [] }
        // "an action targeting X", "the infrastructure supporting X": a participle after a plain noun
        // describes that noun, whose actor the sentence does not name here.
        if tokens[start].lower.hasSuffix("ing"), start > 0, tokens[start - 1].isWord, !tokens[start - 1].isCapitalized,
            !isMentionEnd(start, mentions), !Self.progressiveAuxiliaries.contains(tokens[start - 1].lower),
            !Self.fillers.contains(tokens[start - 1].lower), !tokens[start - 1].lower.hasSuffix("ly")
        {
            return []
        }
        if start >= 2, Self.articles.contains(tokens[start - 2].lower), !tokens[start - 1].isCapitalized,
            !isMentionEnd(start, mentions)
        {
            return []
        }
        let passive = form.isParticiple && before.map { Self.passiveAuxiliaries.contains(tokens[$0].lower) } == true
        guard let subjectGroup = leftGroup(tokens, before: start, mentions: mentions) else { return [] }
        if let first = subjectGroup.first {
            var before = first.start - 1
            if before >= 0, Self.articles.contains(tokens[before].lower) { before -= 1 }
            if before >= 0, Self.conditionals.contains(tokens[before].lower) { return [] }
        }
        let subjectEnd = subjectGroup.last?.end ?? start
        let modality = ModalityDetector.modality(tokens[subjectEnd..<start])
        if form.voice == .obligation {
            return obligation(tokens, after: end, mentions: mentions).map { pairs(subjectGroup, $0, modality) } ?? []
        }
        if passive {
            guard let byIndex = (end..<min(tokens.count, end + 6)).first(where: { tokens[$0].lower == "by" }),
                let agents = rightGroup(tokens, from: byIndex + 1, mentions: mentions)
            else { return [] }
            return pairs(agents, subjectGroup, modality)
        }
        var objectStart = end
        if !form.prepositions.isEmpty {
            var index = end
            while index < tokens.count, index - end < 4, !isMentionStart(index, mentions),
                !form.prepositions.contains(tokens[index].lower),
                Self.fillers.contains(tokens[index].lower) || tokens[index].lower.hasSuffix("ly")
            {
                index += 1
            }
            if index < tokens.count, form.prepositions.contains(tokens[index].lower) {
                objectStart = index + 1
            } else if !isMentionStart(index, mentions) {
                return reciprocal(form, subjectGroup, modality)
            }
        }
        if objectStart < tokens.count, tokens[objectStart].lower == "that" {
            // "ordered that X must ...": X is asked to act only when an obligation follows it.
            guard let objects = rightGroup(tokens, from: objectStart + 1, mentions: mentions),
                let last = objects.last, isObligation(tokens, at: last.end)
            else { return reciprocal(form, subjectGroup, modality) }
            return pairs(subjectGroup, objects, modality)
        }
        guard let objects = rightGroup(tokens, from: objectStart, mentions: mentions, allowsLocative: form.relation == "visits")
        else { return reciprocal(form, subjectGroup, modality) }
        return pairs(subjectGroup, objects, modality)
    }

    /// The subjects of the clause after a trigger of the obligation voice (`said on Tuesday that China must`),
    /// when they open it and an obligation follows them; `nil` otherwise.
    private func obligation(_ tokens: [Token], after end: Int, mentions: [Mention]) -> [Mention]? {
        var clause = end
        while clause < tokens.count, clause - end < 4, Self.fillers.contains(tokens[clause].lower) || tokens[clause].lower.hasSuffix("ly") {
            clause += 1
        }
        while clause < tokens.count, !isMentionStart(clause, mentions), Self.clauseOpeners.contains(tokens[clause].lower) {
            clause += 1
        }
        guard isMentionStart(clause, mentions), let objects = rightGroup(tokens, from: clause, mentions: mentions),
            let last = objects.last, isObligation(tokens, at: last.end)
        else { return nil }
        return objects
    }

    /// Whether the words at `index` make an obligation: `must`, `should`, `has to`, `needs to`.
    private func isObligation(_ tokens: [Token], at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let word = tokens[index].lower
        if Self.obligations.contains(word) { return true }
        return Self.obligationsWithTo.contains(word) && index + 1 < tokens.count && tokens[index + 1].lower == "to"
    }

    /// `X and Y agreed`, `X and Y met in Geneva`: a symmetric relation with no object holds between the
    /// coordinated subjects, each pair once.
    private func reciprocal(_ form: TriggerForm, _ subjects: [Mention], _ modality: Modality) -> [(Mention, Mention, Modality)] {
        guard subjects.count >= 2, lexicon.ontology.relation(form.relation)?.isSymmetric == true else { return [] }
        return subjects.indices.flatMap { first in subjects[(first + 1)...].map { (subjects[first], $0, modality) } }
    }

    private func isMentionStart(_ index: Int, _ mentions: [Mention]) -> Bool {
        mentions.contains { $0.start == index }
    }

    private func previousWord(_ tokens: [Token], before index: Int) -> Int? {
        var position = index - 1
        while position >= 0, tokens[position].lower.hasSuffix("ly") || Self.fillers.contains(tokens[position].lower) {
            position -= 1
        }
        return position >= 0 ? position : nil
    }

    // MARK: Nouns

    /// `talks between X and Y`, `X's sanctions on Y`, `U.S. tariffs on Chinese goods`, `condemnation of X`.
    private func nominal(
        _ form: TriggerForm, tokens: [Token], start: Int, end: Int, mentions: [Mention]
    ) -> [(Mention, Mention, Modality)] {
        guard end < tokens.count, form.prepositions.contains(tokens[end].lower) || form.prepositions.isEmpty else { return [] }
        let objectStart = form.prepositions.isEmpty ? end : end + 1
        guard let objects = rightGroup(tokens, from: objectStart, mentions: mentions) else { return [] }
        if tokens[end].lower == "between" {
            guard objects.count >= 2, let first = objects.first else { return [] }
            return objects.dropFirst().map { (first, $0, .asserted) }
        }
        // The owner: a mention just before the noun, possibly with 's and adjectives between.
        var index = start - 1
        while index >= 0, !isMentionEnd(index + 1, mentions), index >= start - 5,
            ["'s", "’", "'", ","].contains(tokens[index].lower) || (!tokens[index].isCapitalized && tokens[index].isWord)
        {
            index -= 1
        }
        guard let owner = mentions.last(where: { $0.end == index + 1 && $0.type != .commodity }) else { return [] }
        return pairs([owner], objects, .asserted)
    }

    private func isMentionEnd(_ index: Int, _ mentions: [Mention]) -> Bool {
        mentions.contains { $0.end == index }
    }

    // MARK: Subjects and objects

    /// The subject group nearest to the left of `index` in the same clause: one mention, or several joined by
    /// `,` and `and`. Appositions (`X, the director of Y,`) and relative clauses (`X, who ...`) are skipped.
    private func leftGroup(_ tokens: [Token], before index: Int, mentions: [Mention]) -> [Mention]? {
        // "X backs Y and has accused Z": a second verb phrase shares the first one's subject.
        var before = index - 1
        while before >= 0, Self.auxiliaries.contains(tokens[before].lower) || tokens[before].lower.hasSuffix("ly") {
            before -= 1
        }
        if before > 0, tokens[before].lower == "and",
            let subject = mentions.first(where: { mention in
                mention.end <= before && !mention.isLocative && mention.type != .commodity
                    && !(mention.start > 0 && Self.prepositions.contains(tokens[mention.start - 1].lower))
            }),
            !(subject.start..<before).contains(where: { Self.clauseBreaks.contains(tokens[$0].lower) })
        {
            return coordinated(leftOf: subject, tokens: tokens, mentions: mentions)
        }
        var position = index - 1
        while position >= 0 {
            let word = tokens[position].lower
            if Self.clauseBreaks.contains(word) { return nil }
            if let mention = mentions.last(where: { $0.end == position + 1 }) {
                // A place, a commodity or an actor after a preposition ("work with X") is not a subject.
                let governed = mention.start > 0 && Self.prepositions.contains(tokens[mention.start - 1].lower)
                if mention.isLocative || mention.type == .commodity || governed {
                    position = mention.start - 1
                    continue
                }
                // A mention inside an apposition after a comma: take the one before the apposition.
                if let comma = appositionStart(tokens, mentionStart: mention.start, mentions: mentions),
                    let head = mentions.last(where: { $0.end == comma })
                {
                    return coordinated(leftOf: head, tokens: tokens, mentions: mentions)
                }
                return coordinated(leftOf: mention, tokens: tokens, mentions: mentions)
            }
            if Self.relativePronouns.contains(word), position > 0,
                let head = mentions.last(where: { $0.end == position || ($0.end == position - 1 && tokens[position - 1].text == ",") })
            {
                return coordinated(leftOf: head, tokens: tokens, mentions: mentions)
            }
            position -= 1
        }
        return nil
    }

    /// Where an apposition holding the mention at `mentionStart` begins, when one does: `, the director of`.
    private func appositionStart(_ tokens: [Token], mentionStart: Int, mentions: [Mention]) -> Int? {
        var position = mentionStart - 1
        while position >= 0, mentionStart - position < 8 {
            if tokens[position].text == "," {
                // An apposition names a role: ", the director of X", a title right after the comma (or its
                // article), and no other actor between the comma and the mention.
                var titleStart = position + 1
                if titleStart < tokens.count, Self.articles.contains(tokens[titleStart].lower) { titleStart += 1 }
                let hasTitle = lexicon.titles.longestMatch(in: tokens, at: titleStart) != nil
                let actorBetween = mentions.contains { $0.start > position && $0.start < mentionStart }
                return hasTitle && !actorBetween ? position : nil
            }
            position -= 1
        }
        return nil
    }

    /// `head` and the mentions joined to it on the left by `,` or `and`.
    private func coordinated(leftOf head: Mention, tokens: [Token], mentions: [Mention]) -> [Mention] {
        var group = [head]
        var current = head
        while current.start >= 2 {
            let joiner = tokens[current.start - 1].lower
            guard joiner == "and" || joiner == ",",
                let previous = mentions.last(where: {
                    $0.end == current.start - 1 || ($0.end == current.start - 2 && tokens[current.start - 2].text == ",")
                }),
                previous.type == head.type || (previous.type != .commodity && head.type != .commodity)
            else { break }
            group.insert(previous, at: 0)
            current = previous
        }
        return group
    }

    /// The object group starting near `index`: the first mention within a few words, and those joined to it.
    private func rightGroup(
        _ tokens: [Token], from index: Int, mentions: [Mention], allowsLocative: Bool = false
    ) -> [Mention]? {
        var position = index
        var first: Mention?
        while position < tokens.count, position - index < 8 {
            let word = tokens[position].lower
            if Self.clauseBreaks.contains(word) || Self.objectStops.contains(word) || [".", ","].contains(word)
                || (position > index && word.hasSuffix("ing"))
            {
                return nil
            }
            if let mention = mentions.first(where: { $0.start == position }) {
                if mention.isLocative && !allowsLocative {
                    position = mention.end
                    continue
                }
                first = mention
                break
            }
            position += 1
        }
        guard var current = first else { return nil }
        var group = [current]
        while current.end + 1 < tokens.count {
            var next = current.end
            if tokens[next].text == "," { next += 1 }
            if next < tokens.count, tokens[next].lower == "and" || tokens[next].lower == "or" { next += 1 }
            guard next > current.end else { break }
            // "X, the democratically elected Y": a list item may open with an article and modifiers.
            var skipped = 0
            while next < tokens.count, skipped < 4, !isMentionStart(next, mentions), tokens[next].isWord,
                !tokens[next].isCapitalized, !Self.objectStops.contains(tokens[next].lower),
                !Self.clauseBreaks.contains(tokens[next].lower), !Self.prepositions.contains(tokens[next].lower),
                !Self.auxiliaries.contains(tokens[next].lower), lexicon.triggers.longestMatch(in: tokens, at: next) == nil
            {
                next += 1
                skipped += 1
            }
            guard let following = mentions.first(where: { $0.start == next && $0.kind != .pronoun }),
                following.type == current.type || (following.type != .commodity && current.type != .commodity)
            else { break }
            group.append(following)
            current = following
        }
        return group
    }

    private func pairs(_ subjects: [Mention], _ objects: [Mention], _ modality: Modality) -> [(Mention, Mention, Modality)] {
        subjects.flatMap { subject in objects.map { (subject, $0, modality) } }
    }
}
