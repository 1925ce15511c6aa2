import GeoKGOntology
import GeoKGSyntax

/// Groups of actors named by a common noun phrase that no word list holds: `three member states`, `11 Houthi
/// individuals and 2 entities`, `more than 700 individuals, entities, aircraft and vessels`, `G7 Foreign
/// Ministers`, `key units within the IRGC`, `four companies that operate in Venezuela's oil sector`.
///
/// The phrase opens with determiners and quantities, then up to four modifiers (adjectives, compounds such as
/// `state-owned` or `troop- and police-contributing`, a nationality, a body's name), then its head: a noun of
/// actors (`lexicon/cues.tsv`, `lexicon/agents.tsv`) or a plural title; heads may be listed. A nationality or a
/// body's name among the modifiers is the group's affiliation. What follows the head (a phrase with `of`,
/// `within`, `across`, a participle or a relative clause) gives the group a longer name too.
extension MentionFinder {
    /// The group phrase starting at `start`, or `nil`.
    func groupPhrase(_ tokens: [Token], at start: Int) -> Mention? {
        // "-age people", "Nicaragua-based entities" from "-based": a word fragment after a hyphen starts nothing.
        if tokens[start].spells("-") || (start > 0 && tokens[start - 1].spells("-") && !tokens[start].spaceBefore) {
            return nil
        }
        let nameStart = quantityEnd(tokens, from: start)
        if let shared = coordinatedNationality(tokens, from: start, at: nameStart) { return shared }
        var index = nameStart
        var affiliation: (id: String, isCountry: Bool)?
        /// Whether the affiliation is a nationality adjective ("Palestinian"), which may qualify any plural noun.
        var isNationalityAdjective = false
        var modifiers = 0
        var sawCompoundPlace = false
        while index < tokens.count, modifiers <= 4 {
            // "Palestinian detainees": after a nationality, any plural noun names a group of the country's people.
            let head =
                groupHead(tokens, at: index)
                ?? (isNationalityAdjective && modifiers == 1 && !tokens[index].classes.contains(.eventNoun)
                    ? listItem(tokens, at: index) : nil)
            if let head, head == tokens.count || groupHead(tokens, at: head) == nil {
                // A bare noun of actors is a group only with something that sets it apart: a modifier, a quantity,
                // a possessive, or a list of heads ("officials" alone is everyone).
                let isCounted = (start..<nameStart).contains { isCounting(tokens[$0]) }
                var end = listedHeads(tokens, after: head, commas: isCounted)
                let qualifier = qualifierEnd(tokens, after: end)
                // "senior officials": a plural title that opens with a modifier of titles is set apart by it.
                let isModifiedTitle = head - index > 1 && lexicon.isTitleModifier(tokens[index])
                // "individuals connected to X", "entities that support X": a clause after the head sets it apart too;
                // "officials from Kenya", "officials from both ministries": so does a phrase naming where they are from.
                let isQualified = qualifier.map { isNamingQualifier(tokens, from: end, to: $0) } ?? false
                let isSetApart = modifiers > 0 || nameStart > start || end > head || isModifiedTitle
                guard isSetApart || isQualified else { return nil }
                // "most technology organizations", "fewer people": so general a head needs a count, an owner or a
                // qualifier to name anyone.
                if tokens[head - 1].classes.contains(.genericNoun), affiliation == nil, end == head,
                    !(start..<nameStart).contains(where: { isCounting(tokens[$0]) || isApproximation(tokens, at: $0) }),
                    qualifier == nil
                {
                    return nil
                }
                let country = sawCompoundPlace ? nil : affiliation?.id
                // The name keeps the group's count ("four companies", "more than 700 individuals") but not its
                // articles and possessives; the other forms are other names of it.
                let counted =
                    (start..<nameStart).first { isCounting(tokens[$0]) || isApproximation(tokens, at: $0) } ?? nameStart
                // A head set apart by its qualifier alone is named with it ("officials from Kenya").
                let nameEnd = isSetApart ? end : qualifier ?? end
                let label = tokens[counted..<nameEnd].joinedText
                var mention = Mention(
                    kind: .group, start: start, end: end,
                    key: .group(country: country, name: tokens[nameStart..<nameEnd].joinedText.lowercased()),
                    type: .group,
                    surface: label, nationality: country)
                if counted < nameStart { mention.alternatives.append(tokens[nameStart..<nameEnd].joinedText) }
                if counted > start, !tokens[start].classes.contains(.article) {
                    mention.alternatives.append(tokens[start..<nameEnd].joinedText)
                }
                if let longer = qualifier {
                    if longer > nameEnd { mention.alternatives.append(tokens[counted..<longer].joinedText) }
                    end = longer
                }
                return mention
            }
            if affiliation == nil, let demonym = lexicon.demonyms.longestMatch(in: tokens, at: index),
                let country = demonym.values.first
            {
                affiliation = (country.id, true)
                isNationalityAdjective = demonym.end == index + 1 && country.demonyms.contains(tokens[index].text)
                // "Nicaragua-based entities" are in the country, not of it.
                if isPlaceCompound(tokens, at: demonym.end) {
                    sawCompoundPlace = true
                }
                index = demonym.end
                modifiers += 1
                continue
            }
            if affiliation == nil, let body = lexicon.names.longestMatch(in: tokens, at: index),
                let entry = body.values.first(where: { $0.entity.type == .organization })
            {
                affiliation = (entry.entity.id, false)
                index = body.end
                modifiers += 1
                continue
            }
            // "the Belarusian armed forces": after a nationality, a participle before the head qualifies it.
            let isParticipleModifier =
                isNationalityAdjective && modifiers == 1 && tokens[index].tag.isPastForm && tokens[index].isLowerCase
                && index + 1 < tokens.count && groupHead(tokens, at: index + 1) != nil
            // "hand Britain two nationals": a number after the modifiers opens a noun phrase of its own.
            guard !isCounting(tokens[index]), isParticipleModifier || isGroupModifier(tokens, at: index) else {
                return nil
            }
            if tokens[index].text != "-" { modifiers += 1 }
            index += 1
        }
        return nil
    }

    /// `an individual affiliated with the Wagner Group`, `a state-owned company that supplies drones to Russia`: one
    /// actor no name gives, after an article, set apart by the phrase or clause after its head, the singular of a
    /// noun that names groups; named by its words from the first modifier to the end of that qualifier, which the
    /// mention covers, as a group phrase's does.
    func qualifiedActor(_ tokens: [Token], at start: Int) -> Mention? {
        guard tokens[start].classes.contains(.article) else { return nil }
        var head = start + 1
        while head < tokens.count, head - start <= 4, !lexicon.isSingularGroupNoun(tokens[head]),
            isGroupModifier(tokens, at: head)
        {
            head += 1
        }
        // A title ("the foreign minister of X") or a body's noun ("the government of X") names an office or a
        // body, not an actor of no name.
        guard head < tokens.count, lexicon.isSingularGroupNoun(tokens[head]), tokens[head].isLowerCase,
            lexicon.titles.longestMatch(in: tokens, at: head) == nil,
            tokens[head].classes.isDisjoint(with: [.governmentNoun, .homeGovernmentNoun]),
            lexicon.organizationCues(capitalizing: tokens[head]) == nil,
            let qualifier = qualifierEnd(tokens, after: head + 1),
            isNamingQualifier(tokens, from: head + 1, to: qualifier)
        else { return nil }
        let name = tokens[(start + 1)..<qualifier].joinedText
        return Mention(
            kind: .group, start: start, end: qualifier, key: .group(country: nil, name: name.lowercased()),
            type: .group, surface: name)
    }

    /// `a state-owned shipping company`, `a Russian bank`, `a Kenya-based firm`: one organization no name gives,
    /// introduced by the indefinite article and set apart by the modifiers before its head, a singular noun that
    /// names a body and closes the noun phrase. A nationality among the modifiers is the organization's country,
    /// unless a participle of place follows it (`Kenya-based`). After `such` the phrase names a kind, not one body.
    func describedOrganization(_ tokens: [Token], at start: Int) -> Mention? {
        guard tokens[start].lower == "a" || tokens[start].lower == "an", start == 0 || tokens[start - 1].lower != "such"
        else { return nil }
        var head = start + 1
        var country: String?
        var sawCompoundPlace = false
        // The head is the last of the body nouns in a row (`a shipping company`).
        let isHead = { (index: Int) in
            self.isBodyNoun(tokens[index]) && (index + 1 == tokens.count || !self.isBodyNoun(tokens[index + 1]))
        }
        while head < tokens.count, head - start <= 5, !isHead(head) {
            if country == nil, !sawCompoundPlace, let demonym = lexicon.demonyms.longestMatch(in: tokens, at: head),
                let entry = demonym.values.first
            {
                if isPlaceCompound(tokens, at: demonym.end) {
                    sawCompoundPlace = true
                } else {
                    country = entry.id
                }
                head = demonym.end
                continue
            }
            // "a shipping company": a lower-case noun or gerund right before the head modifies it.
            let modifiesHead =
                head + 1 < tokens.count && isBodyNoun(tokens[head + 1]) && tokens[head].isLowerCase
                && (tokens[head].tag.isNoun || tokens[head].tag.upos == .verb)
            guard modifiesHead || isGroupModifier(tokens, at: head) else { return nil }
            head += 1
        }
        // The head closes the phrase: no noun or title follows it (`a shipping company executive`).
        guard head > start + 1, head < tokens.count, isHead(head),
            head + 1 == tokens.count
                || (!tokens[head + 1].tag.isNoun && lexicon.titles.longestMatch(in: tokens, at: head + 1) == nil)
        else { return nil }
        let name = tokens[(start + 1)...head].joinedText
        return Mention(
            kind: .name, start: start, end: head + 1, key: .organization(country: country, name: name.lowercased()),
            type: .organization, surface: name, nationality: country)
    }

    /// Whether `token` is a lower-case singular noun that names a body (`company`, `bank`), and no government noun.
    private func isBodyNoun(_ token: Token) -> Bool {
        token.isLowerCase && token.tag.isNoun && lexicon.isBodyNoun(token)
            && token.classes.isDisjoint(with: [.governmentNoun, .homeGovernmentNoun, .groupNoun])
    }

    /// `Kenyan and Ugandan officials`: a nationality adjective coordinated with the group phrase that follows shares
    /// its head, so it names a group of its own (`Kenyan officials`) over its own words, the coordination's first
    /// item; `nil` otherwise.
    private func coordinatedNationality(_ tokens: [Token], from start: Int, at index: Int) -> Mention? {
        guard let demonym = lexicon.demonyms.longestMatch(in: tokens, at: index), demonym.end == index + 1,
            let country = demonym.values.first, country.demonyms.contains(tokens[index].text),
            demonym.end + 1 < tokens.count, tokens[demonym.end].lower == "and" || tokens[demonym.end].spells(","),
            let second = groupPhrase(tokens, at: demonym.end + 1), second.start == demonym.end + 1,
            let secondCountry = second.nationality, secondCountry != country.id,
            let secondDemonym = lexicon.demonyms.longestMatch(in: tokens, at: second.start)
        else { return nil }
        let secondWords = tokens[second.start..<secondDemonym.end].joinedText + " "
        guard second.surface.hasPrefix(secondWords) else { return nil }
        let name = tokens[index].text + " " + second.surface.dropFirst(secondWords.count)
        return Mention(
            kind: .group, start: start, end: demonym.end, key: .group(country: country.id, name: name.lowercased()),
            type: .group, surface: name, nationality: country.id)
    }

    /// Whether a word counts a group: a number, in digits or words, or a word of quantity (`numerous`).
    private func isCounting(_ token: Token) -> Bool {
        token.startsWithNumber || !token.classes.isDisjoint(with: [.numberWord, .quantifier])
    }

    /// Whether the words at `index` make a number approximate: `more than`, `nearly`, `at least`, before a number.
    private func isApproximation(_ tokens: [Token], at index: Int) -> Bool {
        var position = index
        while position < tokens.count, position - index < 3, tokens[position].classes.contains(.approximator) {
            position += 1
        }
        return position > index && position < tokens.count
            && (tokens[position].startsWithNumber || tokens[position].classes.contains(.numberWord))
    }

    /// Where the determiners and quantities that open a group end: `all the`, `our`, `more than 700`, `three`,
    /// `a number of`, `nearly 100`.
    private func quantityEnd(_ tokens: [Token], from start: Int) -> Int {
        var index = start
        while index < tokens.count, index - start < 4 {
            let classes = tokens[index].classes
            if classes.contains(.determiner) || isCounting(tokens[index]) || isApproximation(tokens, at: index)
                || classes.contains(.issuerPronoun) || classes.contains(.pluralPronoun)
            {
                index += 1
            } else if classes.contains(.partitivePreposition), index > start,
                tokens[index - 1].classes.contains(.quantifier)
            {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// Where the head noun of a group ends when one starts at `index`: a noun of actors, or a plural title
    /// (`Foreign Ministers`, `Heads of State`).
    private func groupHead(_ tokens: [Token], at index: Int) -> Int? {
        if let title = lexicon.pluralTitles.longestMatch(in: tokens, at: index) { return title.end }
        return tokens[index].classes.contains(.groupNoun) ? index + 1 : nil
    }

    /// Where a list of heads after the first ends: `individuals and organisations`, `11 Houthi individuals and 2
    /// entities`, and with `commas` (a counted group) `more than 700 individuals, entities and vessels`.
    private func listedHeads(_ tokens: [Token], after head: Int, commas: Bool) -> Int {
        var end = head
        var position = head
        while position + 1 < tokens.count {
            guard (commas && tokens[position].spells(",")) || tokens[position].classes.contains(.coordinator) else {
                break
            }
            var item = position + 1
            if tokens[position].spells(","), item < tokens.count, tokens[item].classes.contains(.coordinator) {
                item += 1
            }
            while item < tokens.count,
                tokens[item].startsWithNumber || tokens[item].classes.contains(.quantifier)
                    || (tokens[item].classes.contains(.determiner) && !tokens[item].classes.contains(.article))
            {
                item += 1
            }
            // "two military enterprises": a modifier may open an item; "militants and Pakistani soldiers": an item
            // with an affiliation of its own is another group.
            if item < tokens.count, lexicon.demonyms.longestMatch(in: tokens, at: item) != nil { break }
            if item + 1 < tokens.count, groupHead(tokens, at: item) == nil, isGroupModifier(tokens, at: item),
                groupHead(tokens, at: item + 1) != nil || listItem(tokens, at: item + 1) != nil
            {
                item += 1
            }
            guard item < tokens.count, let next = groupHead(tokens, at: item) ?? listItem(tokens, at: item) else {
                break
            }
            end = next
            position = next
        }
        return end
    }

    /// A plain plural noun that may stand in a list of actors' heads (`vessels`).
    private func listItem(_ tokens: [Token], at index: Int) -> Int? {
        guard tokens[index].tag.isPluralNoun, tokens[index].isLowerCase,
            tokens[index].classes.isDisjoint(with: Self.nonNouns),
            lexicon.triggers.longestMatch(in: tokens, at: index) == nil,
            index + 1 == tokens.count || !tokens[index + 1].isWord
                || tokens[index + 1].classes.isDisjoint(with: [.determiner])
        else { return nil }
        return index + 1
    }

    /// Whether the word at `index` may qualify a group's head: an adjective or noun in lower case, a capitalised
    /// regional or religious word (`Gulf`, `Islamist`), or a hyphen of a compound.
    private func isGroupModifier(_ tokens: [Token], at index: Int) -> Bool {
        if tokens[index].spells("-") { return index > 0 && !tokens[index].spaceBefore }
        // "troop- and police-contributing": "and" between the halves of compounds.
        if tokens[index].lower == "and", index > 0, tokens[index - 1].spells("-") { return true }
        // "including", "prevented": verbs are no modifiers, though participles in compounds are ("life-saving").
        let afterHyphen = index > 0 && tokens[index - 1].spells("-") && !tokens[index].spaceBefore
        let opensPhrase =
            index == 0
            || tokens[index - 1].classes.isDisjoint(with: [.determiner, .quantifier, .numberWord])
                && !tokens[index - 1].tag.isAdverb
                && !tokens[index - 1].startsWithNumber && tokens[index - 1].isLowerCase == false
        let isVerbForm = tokens[index].tag.upos == .verb
        if !afterHyphen, isVerbForm,
            opensPhrase
                || (tokens[index].tag.isPastParticiple && lexicon.triggers.longestMatch(in: tokens, at: index) != nil)
        {
            return false
        }
        guard tokens[index].isWord, tokens[index].classes.isDisjoint(with: Self.nonNouns),
            lexicon.triggers.longestMatch(in: tokens, at: index).map({ match in
                match.values.allSatisfy { $0.partOfSpeech == .noun } && match.end < tokens.count
                    && tokens[match.end].classes.contains(.groupNoun)
            }) ?? true
        else { return false }
        return !tokens[index].isCapitalized
            || (lexicon.names.longestMatch(in: tokens, at: index) == nil && !tokens[index].classes.contains(.nonName))
    }

    /// Where the words that narrow a group end, when some follow it: `within the IRGC`, `across multiple
    /// continents`, `connected to Navalny's imprisonment`, `that operate in Venezuela's oil sector`.
    private func qualifierEnd(_ tokens: [Token], after end: Int) -> Int? {
        guard end < tokens.count else { return nil }
        let opener = tokens[end]
        let isRelative = opener.classes.contains(.relativePronoun)
        let isParticiple =
            opener.isLowerCase && (opener.tag.isPastParticiple || opener.tag.isGerund)
            && end + 1 < tokens.count && tokens[end + 1].classes.contains(.preposition)
        // "entities producing and repairing weapon systems": present participles joined by a coordinator, with
        // their object.
        let isCoordinatedGerund =
            opener.isLowerCase && opener.tag.isGerund && end + 2 < tokens.count
            && tokens[end + 1].classes.contains(.coordinator) && tokens[end + 2].tag.isGerund
        guard isRelative || isParticiple || isCoordinatedGerund || opener.classes.contains(.qualifyingPreposition)
        else { return nil }
        var position = isCoordinatedGerund ? end + 3 : end + 1
        while position < tokens.count, position - end < 12 {
            let text = tokens[position].text
            let classes = tokens[position].classes
            if text == "," || text == "." || text == ";" || !classes.isDisjoint(with: [.clauseBreak, .subordinator]) {
                break
            }
            // A phrase of place or belonging ends where a verb or a relative clause begins ("officials from Kenya
            // visited", "an individual linked to X who ...").
            if !isRelative,
                tokens[position].tag.upos == .verb || tokens[position].tag.upos == .aux
                    || classes.contains(.relativePronoun)
            {
                break
            }
            // A coordination ends the qualifier: another item or another verb phrase follows.
            if classes.contains(.coordinator) { break }
            position += 1
        }
        return position > end + 1 ? position : nil
    }

    /// Whether the qualifier at `start..<end` sets a group apart: a clause (`that support X`, `connected to X`),
    /// or a preposition of source before a name or a pair of bodies (`from Kenya`, `of both ministries`); a
    /// place (`groups in the DRC`) does not.
    private func isNamingQualifier(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
        guard tokens[start].classes.contains(.preposition) else { return true }
        guard tokens[start].classes.contains(.authorshipPreposition) else { return false }
        var index = start + 1
        if index < end, tokens[index].classes.contains(.article) { index += 1 }
        guard index < end else { return false }
        if tokens[index].classes.contains(.pairWord) { return index + 1 < end && tokens[index + 1].tag.isPluralNoun }
        return lexicon.names.longestMatch(in: tokens, at: index) != nil
    }

    /// Classes of words that are no nouns or modifiers of a group.
    static let nonNouns: WordClasses = [
        .functionWord, .preposition, .auxiliary, .relativePronoun, .article, .clauseBreak, .personPronoun,
        .speakerPronoun,
        .issuerPronoun, .pluralPronoun, .neuterPronoun, .attributionVerb, .negation, .obligation, .copula, .filler,
    ]
}
