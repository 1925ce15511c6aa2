import GeoKGOntology
import GeoKGSyntax

/// Finds the event relations a sentence states, from its trigger words and the mentions around them:
/// active and passive voice, the trigger's frame (`held talks with X`, `placed X on the list`), coordinated
/// subjects and objects, nominal forms (`talks between X and Y`), and the agent an agentless passive leaves
/// implicit.
struct RelationFinder {
    let lexicon: ExtractionLexicon

    /// A fact found in a sentence, before the article's entities get their ids.
    typealias Found = (subject: Mention, object: Mention, modality: Modality)

    /// The event facts of one sentence whose mentions (heads only) are `mentions`.
    func facts(in sentence: Sentence, mentions: [Mention], entities: ArticleEntities) -> [KeyedFact] {
        let tokens = sentence.tokens
        // In a sentence about sport, to oppose, beat or attack is to play; an exclamation ("They killed her!") is
        // an outcry or a headline of another story, not a statement of what happened.
        // A sports word used as a verb ("match the offer") is no sign of sport.
        if tokens.indices.contains(where: { tokens[$0].classes.contains(.sportsWord) && tokens[$0].tag.upos != .verb })
            || tokens.indices.contains(where: { tokens[$0].spells("!") })
        {
            return []
        }
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for position in mention.start..<mention.end { covered[position] = true } }
        var facts: [KeyedFact] = []
        // Where the directive triggers seen so far end: "urged X to meet Y" asks X to meet, no meeting happened.
        var directives: [Int] = []
        var index = 0
        while index < tokens.count {
            guard !covered[index], let match = lexicon.triggers.longestMatch(in: tokens, at: index) else {
                index += 1
                continue
            }
            // Every form is tried; the most specific frames that find arguments win ("suspended tariffs on X"
            // eases X, though "suspended X" alone restricts).
            var best: [(TriggerForm, [Found], ExtractionPattern)] = []
            var bestSpecificity = -1
            var clause: VerbClause?
            // The words a frame needs are part of the trigger ("faces sanctions from"): no trigger of their own.
            var consumed = match.end
            for form in match.values {
                if !form.stepsBeforeObject.isEmpty,
                    let end = matches(form.stepsBeforeObject, tokens, from: match.end, mentions: mentions)
                {
                    consumed = max(consumed, end)
                }
                let found: [Found]
                let pattern: ExtractionPattern
                if form.partOfSpeech == .noun {
                    pattern = .nominal
                    found = nominal(
                        form, tokens: tokens, start: index, end: match.end, mentions: mentions, entities: entities)
                } else if let compound = hyphenCompound(
                    form, tokens: tokens, start: index, end: match.end, mentions: mentions)
                {
                    (found, pattern) = (compound, .compound)
                } else {
                    pattern =
                        switch form.voice {
                        case .objectFirst: .objectFirst
                        case .obligation: .obligation
                        case .active, .reciprocal: .verbal
                        }
                    let verb =
                        clause
                        ?? verbClause(
                            tokens: tokens, start: index, end: match.end, isParticipleForm: form.isParticiple,
                            mentions: mentions,
                            directives: directives)
                    clause = verb
                    found = verbal(
                        form, clause: verb, tokens: tokens, end: match.end, mentions: mentions, entities: entities)
                }
                let admitted = found.filter {
                    admits(form, $0, entities: entities)
                        && !(isDirective(form) && isBeneficiary($0.object, tokens: tokens, mentions: mentions))
                        && !refusesHostileAct(form, tokens, from: match.end, to: $0.object.start)
                }
                guard !admitted.isEmpty else { continue }
                let specificity = form.trigger.frame.specificity
                if specificity > bestSpecificity {
                    best = [(form, admitted, pattern)]
                    bestSpecificity = specificity
                } else if specificity == bestSpecificity {
                    best.append((form, admitted, pattern))
                }
            }
            for (form, found, pattern) in best {
                if isDirective(form) { directives.append(match.end) }
                for fact in found {
                    let (subject, object) =
                        form.voice == .objectFirst ? (fact.object, fact.subject) : (fact.subject, fact.object)
                    facts += keyedFacts(
                        subject, form.relation, object, modality: fact.modality, cameo: form.trigger.cameo,
                        pattern: pattern, in: sentence)
                }
            }
            index = consumed
        }
        return facts + obligations(in: sentence, mentions: mentions, entities: entities)
            + ultimatums(in: sentence, mentions: mentions)
    }

    /// "X will pull out of Y unless Z agrees", "X threatened to strike if Z moves": an intent that hangs on what
    /// another actor does is a threat against that actor, the subject of the condition.
    private func ultimatums(in sentence: Sentence, mentions: [Mention]) -> [KeyedFact] {
        guard let threat = lexicon.threatRelation else { return [] }
        let tokens = sentence.tokens
        var facts: [KeyedFact] = []
        for condition in tokens.indices
        where tokens[condition].classes.contains(.ultimatum) || tokens[condition].classes.contains(.conditional) {
            // The intent: a threat, or for "unless" any future, in the same clause before the condition.
            var intent = condition - 1
            while intent >= 0, !tokens[intent].classes.contains(.clauseBreak) {
                let isThreat =
                    lexicon.triggers.longestMatch(in: tokens, at: intent).map { match in
                        match.values.contains {
                            $0.relation == threat
                                && matches($0.stepsBeforeObject, tokens, from: match.end, mentions: mentions) != nil
                        }
                    } == true
                if isThreat
                    || (tokens[intent].classes.contains(.future) && tokens[condition].classes.contains(.ultimatum))
                {
                    break
                }
                intent -= 1
            }
            guard intent >= 0, !tokens[intent].classes.contains(.clauseBreak),
                let subjects = leftGroup(tokens, before: intent, mentions: mentions),
                let targets = rightGroup(tokens, from: condition + 1, mentions: mentions)
            else { continue }
            for subject in subjects where subject.type != .commodity && subject.type != .location {
                for target in targets where target.type != .commodity && target.type != .location {
                    facts += keyedFacts(
                        subject, threat, target, modality: .asserted, cameo: nil, pattern: .condition, in: sentence)
                }
            }
        }
        return facts
    }

    /// The facts of `relation` between each entity `subject` stands for and each one `object` stands for.
    private func keyedFacts(
        _ subject: Mention, _ relation: String, _ object: Mention, modality: Modality, cameo: String?,
        pattern: ExtractionPattern, in sentence: Sentence
    ) -> [KeyedFact] {
        subject.referents.flatMap { s in
            object.referents.filter { $0 != s }.map { o in
                KeyedFact(
                    subject: s, relation: relation, object: o, modality: modality, evidence: sentence.text,
                    sentenceIndex: sentence.index, pattern: pattern, cameo: cameo)
            }
        }
    }

    /// "Iran and its allies must exercise restraint": whoever states an obligation demands that the actors act.
    /// In reported speech ("The Secretary made clear that ..., Russia must") that is the subject of the reporting
    /// verb; in a text that speaks in the first person, the body it speaks for.
    private func obligations(in sentence: Sentence, mentions: [Mention], entities: ArticleEntities) -> [KeyedFact] {
        guard let demands = lexicon.obligationRelation else { return [] }
        let tokens = sentence.tokens
        let speaksFirstHand =
            (entities.discourse.issuer != nil || entities.discourse.speaker != nil)
            && !tokens.indices.contains(where: {
                tokens[$0].classes.contains(.attributionVerb)
                    || tokens[$0].classes.contains(.clauseBreak) && !tokens[$0].isWord
            })
        var facts: [KeyedFact] = []
        for mention in mentions where isObligation(tokens, at: mention.end) && !mention.isLocative {
            guard mention.type != .commodity, mention.type != .location, mention.kind != .pronoun,
                !isGoverned(mention, tokens: tokens),
                mention.end + 1 < tokens.count, !tokens[mention.end + 1].classes.contains(.passiveAuxiliary)
            else { continue }
            let demanders: [EntityKey]
            if let report = reportingVerb(tokens, before: mention.start, mentions: mentions) {
                demanders = leftGroup(tokens, before: report, mentions: mentions)?.flatMap(\.referents) ?? []
            } else if let speakers = trailingSpeakers(tokens, after: mention.end, mentions: mentions) {
                demanders = speakers.flatMap(\.referents)
            } else if speaksFirstHand, let we = entities.discourse.we {
                demanders = [we]
            } else {
                continue
            }
            for demander in demanders {
                for subject in coordinated(leftOf: mention, tokens: tokens, mentions: mentions) {
                    for key in subject.referents where key != demander {
                        facts.append(
                            KeyedFact(
                                subject: demander, relation: demands, object: key, modality: .asserted,
                                evidence: sentence.text,
                                sentenceIndex: sentence.index, pattern: .obligation))
                    }
                }
            }
        }
        return facts
    }

    /// "Iran must show restraint, Kenya said", "..., said the Kenyan minister": the speakers of a verb that reports an
    /// obligation after it, past the comma that ends the reported clause.
    private func trailingSpeakers(_ tokens: [Token], after index: Int, mentions: [Mention]) -> [Mention]? {
        guard
            let (report, end) = (index..<tokens.count).lazy.compactMap({ position in
                reportingVerbEnd(tokens, at: position, mentions: mentions).map { (position, $0) }
            }).first
        else { return nil }
        // The clause ends at a comma, which a closing quote may follow, right before the speaker or the verb.
        func endsClause(before position: Int) -> Bool {
            var before = position - 1
            while before > index, tokens[before].classes.contains(.article) || tokens[before].tag.xpos == .closeQuote {
                before -= 1
            }
            return before > index && tokens[before].spells(",")
        }
        if let speakers = leftGroup(tokens, before: report, mentions: mentions), let first = speakers.first,
            first.start > index, endsClause(before: first.start)
        {
            return speakers
        }
        return endsClause(before: report) ? rightGroup(tokens, from: end, mentions: mentions) : nil
    }

    /// Where the last verb that reports an obligation (`made clear that`, `stressed that`) starts before `index`.
    private func reportingVerb(_ tokens: [Token], before index: Int, mentions: [Mention]) -> Int? {
        (0..<index).last { reportingVerbEnd(tokens, at: $0, mentions: mentions) != nil }
    }

    /// Where a verb that reports an obligation, starting at `position` outside any mention, ends; `nil` when none
    /// starts there.
    private func reportingVerbEnd(_ tokens: [Token], at position: Int, mentions: [Mention]) -> Int? {
        guard let match = lexicon.triggers.longestMatch(in: tokens, at: position),
            match.values.contains(where: { $0.voice == .obligation }),
            !mentions.contains(where: { $0.start <= position && position < $0.end })
        else { return nil }
        return match.end
    }

    /// Whether the trigger asks or demands that someone act: a CAMEO appeal (02) or demand (10).
    private func isDirective(_ form: TriggerForm) -> Bool {
        guard let code = cameoCode(of: form) else { return false }
        return code.hasPrefix("02") || code.hasPrefix("10")
    }

    /// "called for President X's release", "called for X and Y to be released": an actor who owns the thing asked
    /// for, or who undergoes what is asked, benefits from the request and is not asked to act.
    private func isBeneficiary(_ object: Mention, tokens: [Token], mentions: [Mention]) -> Bool {
        let noun = object.end + 1
        if noun < tokens.count, tokens[object.end].classes.contains(.possessiveMarker) {
            return tokens[noun].isLowerCase && tokens[noun].tag.isNoun && !tokens[noun].classes.contains(.groupNoun)
                && lexicon.titles.longestMatch(in: tokens, at: noun) == nil
        }
        // Past the other items of its list (named or merely capitalised) to what follows them: a passive
        // infinitive (`to be afforded`).
        var end = object.end
        while end + 1 < tokens.count, tokens[end].classes.contains(.coordinator) || tokens[end].spells(",") {
            if let next = mentions.firstMention(where: { $0.start == end + 1 }) {
                end = next.end
            } else if tokens[end + 1].isCapitalized {
                end += 1
                while end < tokens.count, tokens[end].isCapitalized { end += 1 }
            } else {
                break
            }
        }
        return end + 2 < tokens.count && tokens[end].tag.xpos == .to
            && tokens[end + 1].classes.contains(.passiveAuxiliary)
            && tokens[end + 2].tag.isPastParticiple
    }

    /// "refused to impose sanctions on X": declining a hostile act toward an actor (a trigger of a relation with
    /// a negative Goldstein weight in the infinitive, before its first preposition) is no disapproval of the
    /// actor. "refused to respond to a demand from X" still rejects X: the act refused is the response.
    private func refusesHostileAct(_ form: TriggerForm, _ tokens: [Token], from end: Int, to objectStart: Int) -> Bool {
        guard isDisapproval(form), end < objectStart, tokens[end].lower == "to" else { return false }
        let verbPhrase = (end + 1)..<objectStart
        let phraseEnd = verbPhrase.first { tokens[$0].classes.contains(.preposition) } ?? objectStart
        return (verbPhrase.lowerBound..<phraseEnd).contains { index in
            lexicon.triggers.longestMatch(in: tokens, at: index)?.values.contains { other in
                (lexicon.ontology.relation(other.relation)?.goldstein ?? 0) < 0
            } == true
        }
    }

    /// Whether the trigger disapproves of or accuses someone: CAMEO 11.
    private func isDisapproval(_ form: TriggerForm) -> Bool {
        cameoCode(of: form)?.hasPrefix("11") == true
    }

    /// The first CAMEO code of the trigger's relation.
    private func cameoCode(of form: TriggerForm) -> String? {
        lexicon.ontology.relation(form.relation)?.cameoCodes.first
    }

    /// Whether the relation's classes and the trigger's constraints admit the fact's subject and object.
    private func admits(_ form: TriggerForm, _ fact: Found, entities: ArticleEntities) -> Bool {
        guard let relation = lexicon.ontology.relation(form.relation) else { return false }
        let (subject, object) = form.voice == .objectFirst ? (fact.object, fact.subject) : (fact.subject, fact.object)
        guard subject.type != .commodity, subject.type != .location,
            relation.domain.isEmpty || relation.domain.contains(subject.type),
            relation.range.isEmpty || relation.range.contains(object.type)
        else { return false }
        let subjectKind = subject.key.flatMap { entities.entity($0)?.kind }
        let objectKind = object.key.flatMap { entities.entity($0)?.kind }
        return form.trigger.subject.admits(subject.type, kind: subjectKind)
            && form.trigger.object.admits(object.type, kind: objectKind)
    }

    // MARK: Verbs

    /// "the Iran-backed Houthis", "Saudi-led forces": an actor joined by a hyphen to a participle trigger does the
    /// act to the actor the compound qualifies.
    private func hyphenCompound(
        _ form: TriggerForm, tokens: [Token], start: Int, end: Int, mentions: [Mention]
    ) -> [Found]? {
        guard form.isParticiple, start >= 2, tokens[start - 1].spells("-"), !tokens[start - 1].spaceBefore,
            !tokens[start].spaceBefore
        else { return nil }
        // "its long-threatened invasion", "a much-criticized plan": glued to a word that names no actor, the
        // participle only describes the noun after it, and states nothing.
        guard let doer = mentions.lastMention(where: { $0.end == start - 1 }) else { return [] }
        guard form.stepsBeforeObject.isEmpty,
            let object = mentions.firstMention(where: { mention in
                mention.start >= end && mention.start <= end + 3
                    && !tokens[end..<mention.start].contains { $0.classes.contains(.preposition) }
            })
        else { return [] }
        return [(doer, object, .asserted)]
    }

    /// What a verb trigger's words say whatever the frame: who the subject is, in which voice and modality. Found
    /// once for every form a trigger's words may be.
    private enum VerbClause {
        /// The words are no verb of a clause here (a noun, a modifier, a complement of a directive...).
        case none
        /// "Those sanctioned include X": a participle whose patients a copula lists.
        case listed([Mention])
        /// "Two ministries were sanctioned": a passive with no subject found before it.
        case agentless([Mention], Modality)
        /// A clause with its subject (the patient, in the passive).
        case subject([Mention], Modality, isPassive: Bool)
    }

    /// The clause of the verb trigger at `start..<end`; `isParticipleForm` when its form is a past participle.
    private func verbClause(
        tokens: [Token], start: Int, end: Int, isParticipleForm: Bool, mentions: [Mention], directives: [Int]
    ) -> VerbClause {
        // "sanctioned X for supporting Y", "X, for their role in providing support to Y": the object of the verb
        // before a reason does the act of its gerund.
        if tokens[start].tag.isGerund, let reasoned = reasonSubject(tokens, gerund: start, mentions: mentions) {
            return .subject(reasoned, .asserted, isPassive: false)
        }
        let before = previousWord(tokens, before: start)
        if let before, tokens[before].classes.contains(.nounMarker) { return .none }
        // "heavily armed militants": a past participle between an adverb and a noun, with no actor or auxiliary
        // before, qualifies the noun.
        if tokens[start].tag.isPastParticiple, start > 1, tokens[start - 1].tag.isAdverb,
            !isMentionEnd(start - 1, mentions),
            end < tokens.count, tokens[end].tag.isNoun,
            before.map({ tokens[$0].classes.isDisjoint(with: [.auxiliary, .passiveAuxiliary]) }) ?? true
        {
            return .none
        }
        // Right after an article a form is an adjective or a noun (`the occupied West Bank`), never the verb.
        if start > 0, tokens[start - 1].classes.contains(.article) { return .none }
        // "criticized armed groups", "attacks by armed groups": a one-word past participle right after a main verb
        // or a preposition and right before a common noun qualifies that noun; it is no verb of the clause.
        if end == start + 1, start > 0, end < tokens.count, tokens[start].tag.isPastParticiple,
            tokens[start - 1].tag.upos == .verb || tokens[start - 1].tag.upos == .adp,
            tokens[end].tag.isNoun, !tokens[end].isCapitalized
        {
            return .none
        }
        let isPassive = isParticipleForm && before.map { tokens[$0].classes.contains(.passiveAuxiliary) } == true
        if isParticipleForm, !isPassive {
            // "investment directed or facilitated by China": a participle with a by-agent and no auxiliary
            // qualifies the noun before it; that noun, not the actor before it, is what is done.
            var next = end
            while next + 1 < tokens.count, tokens[next].classes.contains(.coordinator), tokens[next + 1].tag.isPastForm
            { next += 2 }
            if next < tokens.count, tokens[next].lower == "by" { return .none }
            if let listed = listedPatients(tokens, after: end, mentions: mentions) { return .listed(listed) }
        }
        // "an action targeting X", "the infrastructure supporting X": a participle after a plain noun
        // describes that noun, whose actor the sentence does not name here.
        if tokens[start].tag.isGerund, start > 0, tokens[start - 1].isWord, !tokens[start - 1].isCapitalized,
            !isMentionEnd(start, mentions), !tokens[start - 1].classes.contains(.progressiveAuxiliary),
            !tokens[start - 1].classes.contains(.filler), !tokens[start - 1].tag.isAdverb
        {
            return .none
        }
        if start >= 2, tokens[start - 2].classes.contains(.article), !tokens[start - 1].isCapitalized,
            !isMentionEnd(start, mentions)
        {
            return .none
        }
        guard let subjectGroup = leftGroup(tokens, before: start, mentions: mentions) else {
            guard isPassive, !hasAgent(tokens, after: end),
                let patients = passiveSubject(tokens, before: start, mentions: mentions)
            else { return .none }
            return .agentless(patients, ModalityDetector.modality(tokens[(patients.last?.end ?? start)..<start]))
        }
        // "urged Israel and Hamas to agree": what a directive asks its object to do has not happened.
        if let before, tokens[before].lower == "to", let first = subjectGroup.first,
            directives.contains(where: { $0 <= first.start })
        {
            return .none
        }
        if let first = subjectGroup.first {
            var before = first.start - 1
            if before >= 0, tokens[before].classes.contains(.article) { before -= 1 }
            if before >= 0, tokens[before].classes.contains(.conditional) { return .none }
        }
        // With no subject named, the verb's own phrase, from the coordinator that opens it, holds its modality.
        let subjectEnd =
            subjectGroup.last?.end ?? tokens[..<start].lastIndex { $0.classes.contains(.coordinator) } ?? start
        var modality = ModalityDetector.modality(tokens[subjectEnd..<start])
        // "Russia denied that it had attacked X": a clause that a word of negation governs is denied.
        if let first = subjectGroup.first, first.start >= 2, tokens[first.start - 1].lower == "that",
            tokens[first.start - 2].classes.contains(.negation)
        {
            modality = .negated
        }
        return .subject(subjectGroup, modality, isPassive: isPassive)
    }

    /// The actors before `for` (and `their role in`) that stand before the gerund at `gerund`: the object of the
    /// verb the reason belongs to.
    private func reasonSubject(_ tokens: [Token], gerund: Int, mentions: [Mention]) -> [Mention]? {
        var index = gerund - 1
        while index >= 0, gerund - index <= 4, !tokens[index].classes.contains(.reasonPreposition) {
            // "for their role in": a possessive pronoun may stand between, no other actor.
            guard tokens[index].isWord, !mentions.containsMention(where: { $0.end == index + 1 && $0.kind != .pronoun })
            else { return nil }
            index -= 1
        }
        guard index > 0, tokens[index].classes.contains(.reasonPreposition),
            let head = mentions.lastMention(where: {
                $0.end <= index && $0.end >= index - 1 && !$0.isLocative && $0.kind != .pronoun
            }),
            head.type != .commodity, head.type != .location
        else { return nil }
        return coordinated(leftOf: head, tokens: tokens, mentions: mentions)
    }

    /// The facts of a verb trigger's `form` in its clause.
    private func verbal(
        _ form: TriggerForm, clause: VerbClause, tokens: [Token], end: Int, mentions: [Mention],
        entities: ArticleEntities
    ) -> [Found] {
        let subjectGroup: [Mention]
        let modality: Modality
        switch clause {
        case .none:
            return []
        case .listed(let patients):
            return implicitAgent(form, entities: entities).map { agent in patients.map { (agent, $0, .asserted) } }
                ?? []
        case .agentless(let patients, let modality):
            guard form.stepsBeforeObject.isEmpty, let agent = implicitAgent(form, entities: entities) else { return [] }
            return patients.map { (agent, $0, modality) }
        case .subject(let group, let clauseModality, let isPassive):
            subjectGroup = group
            modality = clauseModality
            if isPassive {
                return passive(
                    form, patients: group, modality: modality, tokens: tokens, end: end, mentions: mentions,
                    entities: entities)
            }
        }
        if form.voice == .obligation {
            return obligation(tokens, after: end, mentions: mentions).map { pairs(subjectGroup, $0, modality) } ?? []
        }
        guard let objectStart = matches(form.stepsBeforeObject, tokens, from: end, mentions: mentions) else {
            // "X and Y held talks": the frame up to its last word before the object is enough for a reciprocal, when
            // that part has words of its own (a bare "meet" is the plain frame's to read). A trigger of the
            // reciprocal voice holds each way ("X and Y exchanged fire").
            let core = form.stepsBeforeObject.dropLast()
            guard !core.isEmpty, matches(core, tokens, from: end, mentions: mentions) != nil else { return [] }
            return form.voice == .reciprocal
                ? mutual(form, subjectGroup, modality) : reciprocal(form, subjectGroup, modality)
        }
        // "X and Y accused each other": each does the act to the other.
        if isReciprocalPronoun(tokens, at: objectStart) || isReciprocalPronoun(tokens, at: objectStart + 1) {
            return mutual(form, subjectGroup, modality)
        }
        // "demanded on Friday that": time words and adverbs may come before the clause.
        var opener = objectStart
        while opener < tokens.count, opener - objectStart < 4,
            tokens[opener].classes.contains(.filler) || tokens[opener].tag.isAdverb
        {
            opener += 1
        }
        if opener < tokens.count, tokens[opener].lower == "that" {
            // "demanded that the US cancel its plans": a directive's object is the subject of its clause; other
            // verbs ("announced that X must") ask X to act only when an obligation follows it.
            var clause = opener + 1
            while clause < tokens.count, !isMentionStart(clause, mentions),
                tokens[clause].classes.contains(.clauseOpener)
            {
                clause += 1
            }
            // "insisted that the Government will not abandon": a statement of what will be is no directive;
            // "alleged that X crossed the line": an accusation or disapproval is of the clause's subject.
            guard let objects = rightGroup(tokens, from: clause, mentions: mentions), let last = objects.last,
                isObligation(tokens, at: last.end) || isDisapproval(form)
                    || (isDirective(form)
                        && (last.end == tokens.count || !tokens[last.end].classes.contains(.auxiliary)))
            else { return reciprocal(form, subjectGroup, modality) }
            return pairs(subjectGroup, objects, modality)
        }
        // An object the frame introduces ("fired missiles at Israel") is no place, whatever its preposition.
        let takesPlaces =
            lexicon.ontology.relation(form.relation)?.range.contains(.location) == true
            || !form.stepsBeforeObject.isEmpty
        // "threatened to break off relations with X": after an infinitive "to", the object is the complement's own.
        let isInfinitive =
            objectStart > end && tokens[objectStart - 1].lower == "to" && objectStart < tokens.count
            && tokens[objectStart].isLowerCase && !tokens[objectStart].classes.contains(.determiner)
        guard
            let objects = rightGroup(
                tokens, from: objectStart, mentions: mentions, allowsLocative: takesPlaces,
                crossesPrepositions: isInfinitive),
            let last = objects.last, matches(form.stepsAfterObject, tokens, from: last.end, mentions: mentions) != nil
        else {
            // "the officials that Treasury is designating": a relative clause whose object is the noun it qualifies.
            if form.stepsBeforeObject.isEmpty, form.stepsAfterObject.isEmpty, let first = subjectGroup.first,
                first.start >= 2,
                tokens[first.start - 1].classes.contains(.relativePronoun),
                let head = mentions.lastMention(where: { $0.end == first.start - 1 })
            {
                return pairs(subjectGroup, coordinated(leftOf: head, tokens: tokens, mentions: mentions), modality)
            }
            return reciprocal(form, subjectGroup, modality)
        }
        let doers = frameNounOwner(form, tokens: tokens, from: end, mentions: mentions).map { [$0] } ?? subjectGroup
        return pairs(doers, objects, modality)
    }

    /// "reaffirmed our support for X", "renewed its commitment to Y": when a frame opens with an event noun of the
    /// trigger's own relation, the possessive determiner before that noun names who does the act.
    private func frameNounOwner(_ form: TriggerForm, tokens: [Token], from end: Int, mentions: [Mention]) -> Mention? {
        guard case .words(let options)? = form.stepsBeforeObject.first else { return nil }
        var owner: Mention?
        var index = end
        while index < tokens.count, index - end <= 8 {
            if longestOption(options, tokens, at: index) != nil {
                let isEventNoun =
                    lexicon.triggers.longestMatch(in: tokens, at: index)?.values.contains {
                        $0.partOfSpeech == .noun && $0.relation == form.relation
                    } == true
                return isEventNoun ? owner : nil
            }
            guard isSkippable(at: index, tokens, mentions: mentions) else { return nil }
            if tokens[index].tag.isPossessivePronoun,
                let pronoun = mentions.firstMention(where: { $0.start == index && $0.kind == .pronoun })
            {
                owner = pronoun
            }
            index += 1
        }
        return nil
    }

    /// `X was sanctioned by Y`, or with no agent named, the implicit one.
    private func passive(
        _ form: TriggerForm, patients: [Mention], modality: Modality, tokens: [Token], end: Int, mentions: [Mention],
        entities: ArticleEntities
    ) -> [Found] {
        // The passive of a frame that needs words before its object ("launched sanctions against X") is not the
        // frame: "a coalition was launched" launches no sanctions.
        guard form.stepsBeforeObject.isEmpty,
            matches(form.stepsAfterObject, tokens, from: end, mentions: mentions) != nil
        else { return [] }
        if let byIndex = (end..<min(tokens.count, end + 6)).first(where: { tokens[$0].lower == "by" }),
            let agents = rightGroup(tokens, from: byIndex + 1, mentions: mentions)
        {
            return pairs(agents, patients, modality)
        }
        guard !hasAgent(tokens, after: end), let agent = implicitAgent(form, entities: entities) else { return [] }
        return patients.map { (agent, $0, modality) }
    }

    /// Where the frame's `steps` end when they match from `index` on, with adverbials (`on Tuesday in Geneva`)
    /// and modifiers (`a`, `new`) allowed before each; `nil` when they do not match.
    private func matches(
        _ steps: ArraySlice<TriggerForm.Step>, _ tokens: [Token], from index: Int, mentions: [Mention],
        skipping limit: Int = 8
    ) -> Int? {
        var position = index
        for step in steps {
            guard case .words(let options) = step else { continue }
            var found: Int?
            var scan = position
            while scan < tokens.count, scan - position <= limit, found == nil {
                found = longestOption(options, tokens, at: scan)
                guard found == nil, isSkippable(at: scan, tokens, mentions: mentions) else { break }
                scan += 1
            }
            guard let found else { return nil }
            position = found
        }
        return position
    }

    /// Where the longest of `options` (word numbers) that the tokens spell from `start` ends; `nil` when none does.
    private func longestOption(_ options: [[Int32]], _ tokens: [Token], at start: Int) -> Int? {
        var end: Int?
        for option in options where start + option.count <= tokens.count {
            var offset = 0
            while offset < option.count, tokens[start + offset].lowerID == option[offset] { offset += 1 }
            if offset == option.count { end = max(end ?? start, start + offset) }
        }
        return end
    }

    /// Whether a word may stand between a trigger and the next word of its frame: a modifier, an adverb, or part
    /// of an adverbial of time or place (`on Tuesday`, `in Geneva`), but no actor and no new clause.
    private func isSkippable(at index: Int, _ tokens: [Token], mentions: [Mention]) -> Bool {
        let token = tokens[index]
        if let mention = mentions.firstMention(where: { $0.start <= index && index < $0.end }) {
            return mention.isLocative || mention.kind == .pronoun
        }
        if token.classes.contains(.clauseBreak) || token.classes.contains(.objectStop) || token.spells(".")
            || opensVerbPhrase(tokens, at: index)
        {
            return false
        }
        // "critical, life-saving support": commas between adjectives, hyphens inside them.
        if token.spells(",") || token.spells("-") { return true }
        return token.isWord
    }

    /// The actor named at `index` past at most four words of lower-case modifiers (`paramilitary`, `state-run`),
    /// when one is: what an owner's possessive before it qualifies.
    private func ownedActor(after index: Int, tokens: [Token], mentions: [Mention]) -> Mention? {
        var position = index
        while position < tokens.count, position - index < 4, !isMentionStart(position, mentions),
            tokens[position].spells("-")
                || (tokens[position].isWord && tokens[position].isLowerCase
                    && tokens[position].classes.isDisjoint(with: [.preposition, .coordinator, .determiner]))
        {
            position += 1
        }
        // "Chile's OPEC membership": a name that qualifies a common noun after it is no actor here.
        return mentions.firstMention(where: {
            $0.start == position && $0.kind != .pronoun && $0.type != .commodity && $0.type != .location
                && ($0.end == tokens.count || !(tokens[$0.end].isLowerCase && tokens[$0.end].tag.isNoun))
        })
    }

    /// Whether the word at `index` is a noun that names an act of some relation (`visit`, `sanctions`).
    private func isNounTrigger(_ tokens: [Token], at index: Int) -> Bool {
        tokens[index].tag.isNoun
            && lexicon.triggers.longestMatch(in: tokens, at: index)?.values.contains { $0.partOfSpeech == .noun }
                == true
    }

    /// Whether the coordinator at `index` opens a verb phrase of its own: `and urged`, `and then called`.
    private func opensVerbPhrase(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].classes.contains(.coordinator) else { return false }
        var next = index + 1
        while next < tokens.count, tokens[next].tag.isAdverb { next += 1 }
        return next < tokens.count && tokens[next].tag.upos == .verb && !tokens[next].tag.isGerund
    }

    /// Whether a `by` agent follows the trigger closely.
    private func hasAgent(_ tokens: [Token], after end: Int) -> Bool {
        (end..<min(tokens.count, end + 6)).contains { tokens[$0].lower == "by" }
    }

    /// The agent of an agentless passive: only for relations that no group of people does by itself (sanctions,
    /// tariffs, restrictions: acts of states and bodies), the last actor of the same relation or the article's
    /// issuer.
    private func implicitAgent(_ form: TriggerForm, entities: ArticleEntities) -> Mention? {
        guard let relation = lexicon.ontology.relation(form.relation), !relation.domain.contains(.group) else {
            return nil
        }
        let discourse = entities.discourse
        // Else the article's first actor, when it is a state or a public body (a press release's issuer).
        let firstBody = discourse.firstActor.flatMap { key -> EntityKey? in
            let kind = entities.entity(key)?.kind
            return entities.type(of: key) == .country || kind == "GovernmentBody" || kind == "InternationalOrganization"
                ? key : nil
        }
        guard let key = discourse.implicitAgent(of: form.relation) ?? firstBody, let type = entities.type(of: key)
        else {
            return nil
        }
        return Mention(kind: .name, start: 0, end: 0, key: key, type: type, surface: "")
    }

    /// The patients of a passive participle with no subject: the mentions just before it (`X and Y were
    /// sanctioned`), when no clause breaks between.
    private func passiveSubject(_ tokens: [Token], before start: Int, mentions: [Mention]) -> [Mention]? {
        guard let head = mentions.lastMention(where: { $0.end <= start && !$0.isLocative }),
            !(head.end..<start).contains(where: { tokens[$0].classes.contains(.clauseBreak) || tokens[$0].spells(",") })
        else { return nil }
        return coordinated(leftOf: head, tokens: tokens, mentions: mentions)
    }

    /// `[those] sanctioned [individuals] include|are X, Y and Z`: the listed mentions.
    private func listedPatients(_ tokens: [Token], after end: Int, mentions: [Mention]) -> [Mention]? {
        var index = end
        while index < tokens.count, index - end < 3, tokens[index].isWord, !tokens[index].classes.contains(.copula),
            !isMentionStart(index, mentions), !tokens[index].classes.contains(.preposition)
        {
            index += 1
        }
        guard index < tokens.count, tokens[index].classes.contains(.copula) else { return nil }
        return rightGroup(tokens, from: index + 1, mentions: mentions)
    }

    /// The subjects of the clause after a trigger of the obligation voice (`said on Tuesday that China must`),
    /// when they open it and an obligation follows them; `nil` otherwise.
    private func obligation(_ tokens: [Token], after end: Int, mentions: [Mention]) -> [Mention]? {
        var clause = end
        while clause < tokens.count, clause - end < 4,
            tokens[clause].classes.contains(.filler) || tokens[clause].tag.isAdverb
        {
            clause += 1
        }
        while clause < tokens.count, !isMentionStart(clause, mentions), tokens[clause].classes.contains(.clauseOpener) {
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
        if tokens[index].classes.contains(.obligation) { return true }
        return tokens[index].classes.contains(.obligationWithTo) && index + 1 < tokens.count
            && tokens[index + 1].lower == "to"
    }

    /// `X and Y agreed`, `X and Y met in Geneva`, `the two sides agreed`: a symmetric relation with no object
    /// holds between the coordinated subjects, each pair once.
    private func reciprocal(_ form: TriggerForm, _ subjects: [Mention], _ modality: Modality) -> [Found] {
        guard lexicon.ontology.relation(form.relation)?.isSymmetric == true else { return [] }
        let members = individuals(subjects)
        guard members.count >= 2 else { return [] }
        return members.indices.flatMap { first in members[(first + 1)...].map { (members[first], $0, modality) } }
    }

    /// `X and Y accused each other`: the act holds from each coordinated subject to every other one (each pair
    /// once for a symmetric relation).
    private func mutual(_ form: TriggerForm, _ subjects: [Mention], _ modality: Modality) -> [Found] {
        guard lexicon.ontology.relation(form.relation)?.isSymmetric != true else {
            return reciprocal(form, subjects, modality)
        }
        let members = individuals(subjects)
        return members.indices.flatMap { first in
            members.indices.filter { $0 != first }.map { (members[first], members[$0], modality) }
        }
    }

    /// One mention per entity that `mentions` stand for (a group of named members gives each member).
    private func individuals(_ mentions: [Mention]) -> [Mention] {
        mentions.flatMap { mention in
            mention.referents.map { key in
                var member = mention
                member.key = key
                member.members = []
                return member
            }
        }
    }

    /// Whether the word at `index` ends a reciprocal pronoun: `each other`, `one another`, before no noun.
    private func isReciprocalPronoun(_ tokens: [Token], at index: Int) -> Bool {
        index > 0 && index < tokens.count && tokens[index].classes.contains(.reciprocal)
            && (tokens[index - 1].tag.upos == .det || tokens[index - 1].tag.upos == .num)
            && (index + 1 == tokens.count || !tokens[index + 1].tag.isNoun)
    }

    private func isMentionStart(_ index: Int, _ mentions: [Mention]) -> Bool {
        mentions.containsMention { $0.start == index }
    }

    private func previousWord(_ tokens: [Token], before index: Int) -> Int? {
        var position = index - 1
        while position >= 0, tokens[position].tag.isAdverb || tokens[position].classes.contains(.filler) {
            position -= 1
        }
        return position >= 0 ? position : nil
    }

    // MARK: Nouns

    /// `talks between X and Y`, `X's sanctions on Y`, `U.S. tariffs on Chinese goods`, `condemnation of X`.
    private func nominal(
        _ form: TriggerForm, tokens: [Token], start: Int, end: Int, mentions: [Mention], entities: ArticleEntities
    ) -> [Found] {
        // "these sanctions will target X", "UK and US sanctions both include X": auxiliaries, adverbs and "both"
        // may come between the noun and the verb of its frame.
        var after = end
        while after < tokens.count, after - end < 2,
            tokens[after].classes.contains(.auxiliary) || tokens[after].classes.contains(.pairWord)
                || tokens[after].tag.isAdverb
        {
            after += 1
        }
        // "the attack by Iran on Israel", "the visit of Lula to Lima": the agent may follow the noun, with "by", or
        // with "of" when the frame's object has a preposition of its own, before the object.
        let agentMarker =
            after + 1 < tokens.count
            && (tokens[after].lower == "by"
                || (tokens[after].lower == "of"
                    && matches(form.stepsBeforeObject, tokens, from: after, mentions: mentions, skipping: 0) == nil))
        let agents = agentMarker ? agentGroup(tokens, at: after + 1, mentions) : nil
        if let last = agents?.last { after = last.end }
        guard let objectStart = matches(form.stepsBeforeObject, tokens, from: after, mentions: mentions, skipping: 0),
            let objects = rightGroup(tokens, from: objectStart, mentions: mentions)
        else { return [] }
        if let agents { return pairs(agents, objects, .asserted) }
        if end < tokens.count, tokens[end].lower == "between" {
            // "talks between X and Y"; "the war between X and Y" is each attacking the other.
            guard objects.count >= 2, let first = objects.first else { return [] }
            let isSymmetric = lexicon.ontology.relation(form.relation)?.isSymmetric == true
            return objects.dropFirst().flatMap { other in
                isSymmetric ? [(first, other, .asserted)] : [(first, other, .asserted), (other, first, .asserted)]
            }
        }
        // The owners: the mentions just before the noun, possibly with 's and adjectives between ("UK and US sanctions").
        // At most five words, besides a list of adjectives ("our political, economic and humanitarian support").
        var index = start - 1
        var words = 0
        while index >= 0, !isMentionEnd(index + 1, mentions), words < 5,
            // "remarks on Russia and our support for X": a possessive pronoun, or a coordinator other than one
            // between adjectives ("full and unequivocal"), ends the search.
            tokens[index].classes.isDisjoint(with: [
                .auxiliary, .article, .issuerPronoun, .speakerPronoun, .neuterPronoun, .pluralPronoun, .personPronoun,
            ]),
            !tokens[index].classes.contains(.coordinator) || isAdjectiveCoordinator(tokens, at: index),
            lexicon.triggers.longestMatch(in: tokens, at: index) == nil,
            (tokens[index].classes.contains(.possessiveMarker) || tokens[index].spells(","))
                || (!tokens[index].isCapitalized && tokens[index].isWord)
        {
            if !tokens[index].tag.isAdjective, tokens[index].text != ",", !tokens[index].classes.contains(.coordinator)
            {
                words += 1
            }
            index -= 1
        }
        // "Russia is a close ally of Syria": a noun after a form of "be" (a copula that is also an auxiliary) says
        // what the subject of "be" is, and does.
        var copula = index
        while copula >= 0, tokens[copula].tag.isAdjective { copula -= 1 }
        if copula >= 0, tokens[copula].classes.contains(.article) { copula -= 1 }
        if copula > 0, tokens[copula].classes.isSuperset(of: [.copula, .auxiliary]),
            let subjects = leftGroup(tokens, before: copula, mentions: mentions)
        {
            // "Canada is considering sanctions on X": the words from the subject to the noun give its modality.
            let modality = ModalityDetector.modality(tokens[(subjects.last?.end ?? copula)..<start])
            return pairs(subjects, objects, modality)
        }
        // "The designations of X": with no owner named, an institutional act has the implicit agent.
        if let owner = mentions.lastMention(where: { $0.end == index + 1 && $0.type != .commodity }) {
            // A possessive determiner ("Russia and our support") owns alone; names may be coordinated ("UK and US sanctions").
            let owners =
                owner.kind == .pronoun ? [owner] : coordinated(leftOf: owner, tokens: tokens, mentions: mentions)
            return pairs(owners, objects, .asserted)
        }
        return implicitAgent(form, entities: entities).map { pairs([$0], objects, .asserted) } ?? []
    }

    /// The actors named right at `index`, after an article, and those joined to them: a noun's agent after `by`.
    private func agentGroup(_ tokens: [Token], at index: Int, _ mentions: [Mention]) -> [Mention]? {
        let start = tokens[index].classes.contains(.article) ? index + 1 : index
        guard
            let agent = mentions.firstMention(where: {
                ($0.start == index || $0.start == start) && $0.type != .commodity && $0.kind != .pronoun
            })
        else { return nil }
        return rightGroup(tokens, from: agent.start, mentions: mentions)
    }

    /// Whether the coordinator at `index` joins two adjectives (`full and unequivocal support`).
    private func isAdjectiveCoordinator(_ tokens: [Token], at index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index - 1].tag.isAdjective && tokens[index + 1].tag.isAdjective
    }

    private func isMentionEnd(_ index: Int, _ mentions: [Mention]) -> Bool {
        mentions.containsMention { $0.end == index }
    }

    // MARK: Subjects and objects

    /// The subject group nearest to the left of `index` in the same clause: one mention, or several joined by
    /// `,` and `and`. Appositions (`X, the director of Y,`) and relative clauses (`X, who ...`) are skipped.
    /// Empty when the clause's subject is known to be no actor named here; `nil` when none is found.
    private func leftGroup(_ tokens: [Token], before index: Int, mentions: [Mention]) -> [Mention]? {
        // "X backs Y and has accused Z": a second verb phrase shares the first one's subject.
        var before = index - 1
        while before >= 0, tokens[before].classes.contains(.auxiliary) || tokens[before].tag.isAdverb {
            before -= 1
        }
        if before > 0, tokens[before].lower == "and",
            let subject = mentions.firstMention(where: { mention in
                mention.end <= before && !mention.isLocative && mention.type != .commodity
                    && !isGoverned(mention, tokens: tokens)
            }),
            !(subject.start..<before).contains(where: { tokens[$0].classes.contains(.clauseBreak) })
        {
            // "The minister thanked Japan and asked China": the first verb's object is not the second's subject;
            // the subject both share is no actor named here (an empty group, which a possessive in the frame may
            // still fill: "thank the Envoy and reaffirm our support").
            if isTriggerObject(subject, tokens: tokens) { return [] }
            return coordinated(leftOf: subject, tokens: tokens, mentions: mentions)
        }
        var position = index - 1
        while position >= 0 {
            let token = tokens[position]
            if token.classes.contains(.clauseBreak) { return nil }
            if let mention = mentions.lastMention(where: { $0.end == position + 1 }) {
                // A place, a commodity or an actor after a preposition ("work with X", "the designations of X and
                // Y") is not a subject.
                let first = coordinated(leftOf: mention, tokens: tokens, mentions: mentions).first ?? mention
                if mention.isLocative || mention.type == .commodity || isGoverned(first, tokens: tokens) {
                    position = first.start - 1
                    continue
                }
                // "the banks that Germany sanctioned were also designated": the subject of a relative clause that a
                // verb closes before the trigger is not the trigger's subject; the noun the clause qualifies is.
                if let head = relativeClauseHead(of: first, before: index, tokens: tokens, mentions: mentions) {
                    return coordinated(leftOf: head, tokens: tokens, mentions: mentions)
                }
                // A mention inside an apposition after a comma: take the one before the apposition.
                if let comma = appositionStart(tokens, mentionStart: mention.start, mentions: mentions),
                    let head = mentions.lastMention(where: { $0.end == comma })
                {
                    return coordinated(leftOf: head, tokens: tokens, mentions: mentions)
                }
                return coordinated(leftOf: mention, tokens: tokens, mentions: mentions)
            }
            if token.classes.contains(.relativePronoun), position > 0 {
                if let head = mentions.lastMention(where: {
                    $0.end == position || ($0.end == position - 1 && tokens[position - 1].spells(","))
                }) {
                    return coordinated(leftOf: head, tokens: tokens, mentions: mentions)
                }
                // "the actions of the forces, which have supported X": a relative pronoun (not the conjunction
                // "that") stands for the noun before it, and no actor further left is the subject; "X's
                // activities, which threaten Y": a deed stands for its owner.
                if token.tag.xpos == .wdt || token.tag.xpos == .wp {
                    return owner(ofNounBefore: position, tokens: tokens, mentions: mentions).map { [$0] }
                }
            }
            position -= 1
        }
        return nil
    }

    /// The noun a relative clause qualifies when `subject` opens that clause (`the banks that Germany sanctioned`)
    /// and a verb of the clause stands between `subject` and `index`.
    private func relativeClauseHead(of subject: Mention, before index: Int, tokens: [Token], mentions: [Mention])
        -> Mention?
    {
        var before = subject.start - 1
        if before >= 0, tokens[before].classes.contains(.article) { before -= 1 }
        guard before >= 1, tokens[before].classes.contains(.relativePronoun),
            (subject.end..<index).contains(where: { tokens[$0].tag.upos == .verb }),
            let head = mentions.lastMention(where: { $0.end == before }), !head.isLocative, head.type != .commodity
        else { return nil }
        return head
    }

    /// The actor that owns the noun phrase ending before `index` (`Wagner Group's destabilizing activities`).
    private func owner(ofNounBefore index: Int, tokens: [Token], mentions: [Mention]) -> Mention? {
        var position = index - 1
        if position >= 0, tokens[position].spells(",") { position -= 1 }
        let end = position
        while position >= 0, end - position < 3, tokens[position].isLowerCase, tokens[position].isWord { position -= 1 }
        guard position < end, position >= 1, tokens[position].classes.contains(.possessiveMarker) else { return nil }
        return mentions.last { $0.end == position && $0.kind != .pronoun && $0.type != .commodity }
    }

    /// Whether `mention` is the direct object of a trigger verb before it, with determiners between (`thanked
    /// Japan`, `praised the Kenyan army`).
    private func isTriggerObject(_ mention: Mention, tokens: [Token]) -> Bool {
        var before = mention.start - 1
        while before >= 0, tokens[before].classes.contains(.determiner) { before -= 1 }
        guard before >= 0, tokens[before].tag.upos == .verb else { return false }
        return lexicon.triggers.longestMatch(in: tokens, at: before) != nil
    }

    /// Whether a preposition governs `mention`, with articles between (`of the UN Office`).
    private func isGoverned(_ mention: Mention, tokens: [Token]) -> Bool {
        var before = mention.start - 1
        while before >= 0, tokens[before].classes.contains(.article) { before -= 1 }
        return before >= 0 && tokens[before].classes.contains(.preposition)
    }

    /// Where an apposition holding the mention at `mentionStart` begins, when one does: `, the director of`.
    private func appositionStart(_ tokens: [Token], mentionStart: Int, mentions: [Mention]) -> Int? {
        var position = mentionStart - 1
        while position >= 0, mentionStart - position < 8 {
            if tokens[position].spells(",") {
                // An apposition names a role: ", the director of X", a title right after the comma (or its
                // article), and no other actor between the comma and the mention.
                var titleStart = position + 1
                if titleStart < tokens.count, tokens[titleStart].classes.contains(.article) { titleStart += 1 }
                // "X, the USAID administrator,": the body the title belongs to may come first.
                if titleStart == mentionStart, let body = mentions.firstMention(where: { $0.start == mentionStart }),
                    lexicon.titles.longestMatch(in: tokens, at: body.end) != nil
                {
                    titleStart = body.end
                }
                let hasTitle = lexicon.titles.longestMatch(in: tokens, at: titleStart) != nil
                let actorBetween = mentions.containsMention { $0.start > position && $0.start < mentionStart }
                return hasTitle && !actorBetween ? position : nil
            }
            position -= 1
        }
        return nil
    }

    /// "X, the USAID administrator, and Y": the item before an apposition that closes with the comma at `comma`.
    private func itemBeforeApposition(endingAt comma: Int, tokens: [Token], mentions: [Mention]) -> Mention? {
        guard comma > 0, tokens[comma].spells(",") else { return nil }
        var opening = comma - 1
        while opening > 0, comma - opening < 8, tokens[opening].text != "," { opening -= 1 }
        guard opening > 0, tokens[opening].spells(","),
            (opening + 1..<comma).contains(where: { lexicon.titles.longestMatch(in: tokens, at: $0) != nil }),
            !mentions.containsMention(where: {
                $0.start > opening && $0.start < comma && $0.type == .person && $0.kind == .name
            })
        else { return nil }
        return mentions.last { $0.end == opening }
    }

    /// `head` and the mentions joined to it on the left by `,` or `and`. An article before an item is the item's
    /// own ("Canada and the European Union"); after a lone comma it starts an apposition instead ("Biden, the
    /// President"), so there it joins only a list that an `and` has already begun.
    private func coordinated(leftOf head: Mention, tokens: [Token], mentions: [Mention]) -> [Mention] {
        var group = [head]
        var current = head
        while current.start >= 2 {
            let hasArticle = tokens[current.start - 1].classes.contains(.article)
            let joinerIndex = current.start - (hasArticle ? 2 : 1)
            guard joinerIndex >= 1 else { break }
            let joiner = tokens[joinerIndex]
            guard joiner.classes.contains(.coordinator) || (joiner.spells(",") && (!hasArticle || group.count > 1)),
                let previous = mentions.lastMention(where: {
                    $0.end == joinerIndex || ($0.end == joinerIndex - 1 && tokens[joinerIndex - 1].spells(","))
                }) ?? itemBeforeApposition(endingAt: joinerIndex - 1, tokens: tokens, mentions: mentions),
                previous.type == head.type || (previous.type != .commodity && head.type != .commodity)
            else { break }
            group.insert(previous, at: 0)
            current = previous
        }
        return group
    }

    /// Whether the word at `index` is the partitive preposition that opens the frame of the noun trigger of a
    /// hostile deed (a negative Goldstein weight) just before it (`invasion of`, `designation of`): what follows is
    /// the deed's patient. After a friendly noun the actor may be the doer (`the support of Chile`).
    private func isFrameOfNoun(_ tokens: [Token], at index: Int, mentions: [Mention]) -> Bool {
        guard tokens[index].classes.contains(.partitivePreposition), index > 0,
            let match = lexicon.triggers.longestMatch(in: tokens, at: index - 1), match.end == index
        else { return false }
        return match.values.contains { form in
            form.partOfSpeech == .noun && (lexicon.ontology.relation(form.relation)?.goldstein ?? 0) < 0
                && matches(form.stepsBeforeObject, tokens, from: index, mentions: mentions, skipping: 0) != nil
        }
    }

    /// The object group starting near `index`: the first mention within a few words, and those joined to it.
    private func rightGroup(
        _ tokens: [Token], from index: Int, mentions: [Mention], allowsLocative: Bool = false,
        crossesPrepositions: Bool = false
    ) -> [Mention]? {
        var position = index
        // "supporting and strengthening X": a second verb coordinated with the trigger comes before its object.
        if position + 1 < tokens.count, tokens[position].classes.contains(.coordinator),
            tokens[position + 1].tag.isGerund
        {
            position += 2
        }
        let start = position
        var first: Mention?
        while position < tokens.count, position - start < 8 {
            let token = tokens[position]
            // "the attacks carried out by X", "the action taken by X", "the strikes by X", "the visit by X": the
            // deed's agent is the object.
            if token.lower == "by", position > start,
                tokens[position - 1].tag.isPastForm || tokens[position - 1].classes.contains(.eventNoun)
                    || isNounTrigger(tokens, at: position - 1)
                    || (position > start + 1 && tokens[position - 2].tag.isPastForm
                        && tokens[position - 1].classes.contains(.filler))
            {
                position += 1
                continue
            }
            // "condemned the invasion of X": after a hostile noun trigger whose own object follows "of", X is what
            // that deed is done to, not the object of the verb; its doer may follow with "by" ("... of X by Y").
            if position > start, isFrameOfNoun(tokens, at: position, mentions: mentions) {
                guard let patient = rightGroup(tokens, from: position + 1, mentions: mentions)?.last,
                    patient.end + 1 < tokens.count, tokens[patient.end].lower == "by"
                else { return nil }
                position = patient.end + 1
                continue
            }
            // Inside an infinitive's complement, "to" before a noun phrase is a preposition ("offered to hand over to
            // X"), not a new infinitive.
            let isPrepositionalTo =
                crossesPrepositions && token.lower == "to" && position + 1 < tokens.count
                && tokens[position + 1].tag.upos != .verb
            // "sanctions on a wide range of targets, including X and Y": the members named are the objects.
            if token.spells(","), position + 1 < tokens.count, tokens[position + 1].classes.contains(.inclusion) {
                position += 2
                continue
            }
            // "condemned the attack and urged X": past the object's first word, what follows a verb phrase of its
            // own is that verb's.
            if position > start, opensVerbPhrase(tokens, at: position) { return nil }
            // A direct object follows no preposition: "defend itself against X" does not defend X.
            // An auxiliary opens the next verb phrase ("the banks that X sanctioned have been"): no object lies beyond.
            if token.classes.contains(.clauseBreak) || (token.classes.contains(.objectStop) && !isPrepositionalTo)
                || token.spells(".")
                || token.spells(",") || (position > start && (token.tag.isGerund || token.classes.contains(.auxiliary)))
                || (position > start && !crossesPrepositions && token.classes.contains(.preposition)
                    && !token.classes.contains(.partitivePreposition))
            {
                return nil
            }
            if var mention = mentions.firstMention(where: { $0.start == position }) {
                // "met her counterpart Ana Ruiz": a possessive pronoun before a name is the name's determiner.
                if mention.kind == .pronoun, tokens[position].tag.isPossessivePronoun,
                    let owned = mentions.firstMention(where: { $0.start == mention.end && $0.kind != .pronoun })
                {
                    mention = owned
                }
                // "accused Sudan's paramilitary Rapid Support Forces": a name with "'s" before another actor, with
                // lower-case modifiers between, is that actor's owner; the actor is the object.
                if mention.kind != .pronoun, mention.end < tokens.count,
                    tokens[mention.end].classes.contains(.possessiveMarker),
                    let owned = ownedActor(after: mention.end + 1, tokens: tokens, mentions: mentions)
                {
                    mention = owned
                }
                // In an infinitive's complement, goods and the subject's own people ("to return the weapons to X",
                // "to withdraw its troops from X") are no party: the actor the act is for or against comes later.
                let isOwnOrGoods =
                    crossesPrepositions
                    && (mention.type == .commodity
                        || mention.type == .group && tokens[mention.start].classes.contains(.determiner)
                            && !tokens[mention.start].classes.isDisjoint(with: [
                                .neuterPronoun, .pluralPronoun, .personPronoun,
                            ]))
                if mention.isLocative && !allowsLocative || isOwnOrGoods {
                    position = mention.end
                    continue
                }
                first = mention
                break
            }
            position += 1
        }
        // "state enterprises JSC 558 and JSC Integral": a group noun right before names classifies them.
        if let classifier = first, classifier.type == .group,
            let named = mentions.firstMention(where: { $0.start == classifier.end }),
            named.type == .organization || named.type == .person
        {
            first = named
        }
        guard var current = first else { return nil }
        var group = [current]
        let introducer = index > 0 && tokens[index - 1].classes.contains(.preposition) ? tokens[index - 1].lower : nil
        while current.end + 1 < tokens.count {
            var next = current.end
            // "the Training Center (RTC); Compania ...": an acronym in brackets belongs to the item before.
            if tokens[next].spells("("), let close = tokens[next...].prefix(6).firstIndex(where: { $0.spells(")") }) {
                next = close + 1
            }
            guard next < tokens.count else { break }
            next = appositionEnd(tokens, from: next) ?? next
            // "the Training Center of the Russian Ministry (RTC); X": a body's owner belongs to the item.
            if tokens[next].classes.contains(.partitivePreposition),
                let owner = mentions.firstMention(where: {
                    $0.start == next + 1 || ($0.start == next + 2 && tokens[next + 1].classes.contains(.article))
                }),
                owner.type == .organization || owner.type == .country
            {
                next = owner.end
                if next < tokens.count, tokens[next].spells("(") || tokens[next].lower == "in",
                    let close = tokens[next...].prefix(8).firstIndex(where: { $0.spells(")") })
                {
                    next = close + 1
                }
            }
            guard next < tokens.count else { break }
            let listed = next
            if tokens[next].spells(",") || tokens[next].text == ";" { next += 1 }
            // "numerous entities, including X and Y": the members named after the list are objects too.
            if next < tokens.count,
                tokens[next].classes.contains(.coordinator) || tokens[next].classes.contains(.inclusion)
            {
                next += 1
            }
            guard next > listed else { break }
            // "support to him and to the UN": the preposition before the first object may come again.
            if let introducer, next < tokens.count, tokens[next].lower == introducer { next += 1 }
            // "X, the democratically elected Y": a list item may open with an article and modifiers.
            var skipped = 0
            while next < tokens.count, skipped < 4, !isMentionStart(next, mentions), tokens[next].isWord,
                !tokens[next].isCapitalized, tokens[next].classes.isDisjoint(with: Self.listStops),
                lexicon.triggers.longestMatch(in: tokens, at: next) == nil
            {
                next += 1
                skipped += 1
            }
            guard var following = mentions.firstMention(where: { $0.start == next && $0.kind != .pronoun }) else {
                break
            }
            // "including Russia's flagship Arctic LNG 2": the item is what the possessive owns.
            if following.end + 1 < tokens.count, tokens[following.end].classes.contains(.possessiveMarker) {
                guard
                    let owned = mentions.firstMention(where: {
                        $0.start > following.end && $0.start <= following.end + 3
                    })
                else { break }
                following = owned
            }
            guard following.type == current.type || (following.type != .commodity && current.type != .commodity) else {
                break
            }
            group.append(following)
            current = following
        }
        return group
    }

    /// Where an apposition after a list item ends (`X, the Foreign Minister of Bahrain; Y`): at the `;` or `,`
    /// before the next item; `nil` when no apposition opens at `index`.
    private func appositionEnd(_ tokens: [Token], from index: Int) -> Int? {
        guard index + 1 < tokens.count, tokens[index].spells(",") else { return nil }
        var title = index + 1
        if tokens[title].classes.contains(.article) { title += 1 }
        guard lexicon.titles.longestMatch(in: tokens, at: title) != nil else { return nil }
        var position = title
        while position < tokens.count, position - title < 12 {
            if tokens[position].text == ";" { return position }
            if tokens[position].spells(","), position + 1 < tokens.count, tokens[position + 1].lower == "and" {
                return position
            }
            position += 1
        }
        return nil
    }

    /// Words that end a list of objects.
    private static let listStops: WordClasses = [.objectStop, .clauseBreak, .preposition, .auxiliary]

    private func pairs(_ subjects: [Mention], _ objects: [Mention], _ modality: Modality) -> [Found] {
        subjects.flatMap { subject in objects.map { (subject, $0, modality) } }
    }
}
