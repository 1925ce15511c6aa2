import GeoKGOntology

/// Finds the mentions of a sentence: people with their titles, gazetteer names, organizations named by a
/// cue word, groups, commodities, pronouns and descriptions. At each token the longest candidate wins.
struct MentionFinder {
    let lexicon: ExtractionLexicon
    /// The article's date (`YYYY-MM-DD`), to tell people of one surname apart by the offices they held then.
    let date: String?

    /// The mentions of `sentence`, left to right. `people` maps surnames of people named earlier to their keys.
    /// Where `trustsCapitals` is false (a headline in title case), capitalised words make no organization
    /// names; people are still found after their titles.
    func mentions(
        in sentence: Sentence, people: [String: EntityKey],
        acronyms: [String: (key: EntityKey, type: EntityType)] = [:],
        trustsCapitals: Bool = true
    ) -> [Mention] {
        let tokens = sentence.tokens
        let organizations = trustsCapitals ? organizationSpans(tokens) : [:]
        var found: [Mention] = []
        // Most words start no mention: skip them without trying every pattern.
        var groupNounNear = Array(repeating: false, count: tokens.count)
        var lastGroupNoun = Int.max
        for position in tokens.indices.reversed() {
            if tokens[position].classes.contains(.groupNoun) || lexicon.isSingularGroupNoun(tokens[position]) {
                lastGroupNoun = position
            }
            groupNounNear[position] = lastGroupNoun - position < 5
        }
        var index = 0
        while index < tokens.count {
            // Read in place: copying the token costs more than most of its tests.
            guard
                tokens[index].isCapitalized || lexicon.vocabulary.startsPhrase(tokens[index]) || groupNounNear[index]
                    || !tokens[index].classes.isDisjoint(with: Self.mentionOpeners)
                    || organizations[index] != nil
            else {
                index += 1
                continue
            }
            // The longest candidate wins; on a tie, the one tried first.
            var best = person(
                tokens, at: index, people: people, organizations: organizations, trustsCapitals: trustsCapitals)
            @inline(__always) func consider(_ candidate: Mention?) {
                guard let candidate, candidate.end - candidate.start > span(best) else { return }
                best = [candidate]
            }
            consider(organizations[index])
            consider(gazetteerName(tokens, at: index))
            consider(nationalityPhrase(tokens, at: index))
            consider(peopleOfCountry(tokens, at: index))
            consider(commodity(tokens, at: index))
            consider(placeBasedName(tokens, at: index))
            consider(leaderGovernment(tokens, at: index))
            // "the Foreign Minister of Qatar, Sheikh Mohammed": a title whose holder is named is no description.
            // "Khalid al Khalifa, the Foreign Minister of Bahrain": a title in apposition to the name before it is
            // that person; its country stays a mention of its own, for the standing relation the apposition gives.
            let isApposition =
                index >= 1 && tokens[index - 1].spells(",") && found.last?.end == index - 1
                && found.last?.type == .person
            if let description = description(tokens, at: index, readsCountry: !isApposition),
                index + 1 == tokens.count
                    || person(tokens, at: index + 1, people: people, organizations: organizations).isEmpty
            {
                consider(description)
            }
            consider(possessiveOfCountry(tokens, at: index))
            consider(groupPhrase(tokens, at: index))
            consider(qualifiedActor(tokens, at: index))
            if var described = describedOrganization(tokens, at: index) {
                // "M23, an armed group that ...": a description in apposition to a name is that name's bearer.
                if let name = appositionName(tokens, comma: index - 1, found: &found) {
                    (described.key, described.type, described.surface) = (name.key, name.type, name.surface)
                }
                consider(described)
            }
            consider(demonstrativeGroup(tokens, at: index))
            consider(surname(tokens, at: index, people: people))
            consider(leaderSurname(tokens, at: index))
            if !acronyms.isEmpty, tokens[index].isCapitalized {
                // A short name the article gave in brackets, of up to four words.
                for length in (1...min(4, tokens.count - index)).reversed() {
                    let text = tokens[index..<(index + length)].joinedText
                    if let known = acronyms[text] {
                        consider(
                            Mention(
                                kind: .name, start: index, end: index + length, key: known.key, type: known.type,
                                surface: text))
                        break
                    }
                }
            }
            consider(pronoun(tokens, at: index))
            if trustsCapitals {
                consider(namedByApposition(tokens, at: index, people: people))
                consider(namedByGivenName(tokens, at: index, people: people))
            }
            guard var head = best.last else {
                index += 1
                continue
            }
            // The title in apposition is the person named before it, not another actor.
            if isApposition, head.kind == .description, head.type == .person {
                index = head.end
                continue
            }
            let nested = best.dropLast()
            if index > 0, tokens[index - 1].classes.contains(.locativePreposition),
                !isPlaceObject(tokens, preposition: index - 1)
            {
                head.isLocative = true
            }
            // "a Russia-based company": a place in a compound with a participle of place is where, not who.
            if isPlaceCompound(tokens, at: head.end) { head.isLocative = true }
            if !nested.isEmpty { head.titleBody = found.count }
            // "Pentagon Press Secretary Pat Ryder": the organization before the title is the person's body.
            if head.type == .person, !head.titles.isEmpty, head.titleBody == nil, let last = found.last,
                last.end == head.start, last.type == .organization
            {
                found[found.count - 1].isNested = true
                head.titleBody = found.count - 1
                head.start = last.start
            }
            // "the Office of Foreign Assets Control (OFAC)", "Capital Mining Investment, S.A. (Capital Mining)": a
            // short name in brackets right after the name, or after a place it is in, is another name of it.
            index = head.end
            if head.kind != .pronoun, head.type != .person, let (short, end) = bracketedName(tokens, after: head.end) {
                index = end
                // "the Training Center of the Russian Ministry of Internal Affairs (RTC)": the brackets name the body
                // the whole phrase names, the one before "of".
                let ofStart =
                    head.start > 0 && tokens[head.start - 1].classes.contains(.article)
                    ? head.start - 2 : head.start - 1
                if let outer = found.indices.last, found[outer].type == .organization, ofStart > 0,
                    found[outer].end == ofStart, tokens[ofStart].classes.contains(.partitivePreposition)
                {
                    found[outer].acronym = short
                } else {
                    head.acronym = short
                }
            }
            found.append(contentsOf: nested)
            found.append(head)
        }
        return found
    }

    /// `the Bush administration`, `the Putin government`: the surname of people the gazetteer has leading one
    /// country, before a government noun, stands for that country.
    private func leaderGovernment(_ tokens: [Token], at start: Int) -> Mention? {
        guard tokens[start].isCapitalized, start + 1 < tokens.count,
            tokens[start + 1].classes.contains(.governmentNoun),
            let people = lexicon.peopleBySurname[tokens[start].text]
        else { return nil }
        let countries = Set(people.flatMap { person in person.offices.filter(lexicon.headsCountry).map(\.of) })
        guard countries.count == 1, let country = countries.first else { return nil }
        return Mention(
            kind: .name, start: start, end: start + 2, key: .known(country), type: .country,
            surface: tokens[start..<(start + 2)].joinedText)
    }

    /// Whether a hyphen and a participle of place (`-based`, `-registered`) follow at `index`.
    func isPlaceCompound(_ tokens: [Token], at index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].spells("-") && !tokens[index].spaceBefore
            && tokens[index + 1].classes.contains(.placeParticiple)
    }

    /// `Russia-based Sovfracht`, `UAE-registered Gulf Star Shipping`: capitalised words after a place compound name
    /// a body located there, a company unless the gazetteer knows the name; the place is not its owner.
    private func placeBasedName(_ tokens: [Token], at start: Int) -> Mention? {
        guard tokens[start].isCapitalized,
            let place = lexicon.names.longestMatch(in: tokens, at: start)
                ?? lexicon.demonyms.longestMatch(
                    in: tokens, at: start
                ).map({ ($0.end, [GazetteerName]()) }),
            isPlaceCompound(tokens, at: place.end)
        else { return nil }
        let nameStart = place.end + 2
        var end = nameStart
        while end < tokens.count, end - nameStart < 6, isOrganizationWord(tokens[end]) { end += 1 }
        guard end > nameStart else { return nil }
        let name = tokens[nameStart..<end].joinedText
        if let known = lexicon.names.longestMatch(in: tokens, at: nameStart), known.end == end,
            let entry = known.values.first?.entity
        {
            return Mention(kind: .name, start: start, end: end, key: .known(entry.id), type: entry.type, surface: name)
        }
        return Mention(
            kind: .name, start: start, end: end, key: .organization(country: nil, name: name.lowercased()),
            type: .organization, surface: name)
    }

    /// Whether the words before the preposition at `preposition` are a trigger whose relation takes places
    /// ("arrived in Moscow"): the place after it is then the trigger's object, not where something happened.
    private func isPlaceObject(_ tokens: [Token], preposition: Int) -> Bool {
        (max(0, preposition - 3)..<preposition).contains { start in
            guard let match = lexicon.triggers.longestMatch(in: tokens, at: start), match.end == preposition else {
                return false
            }
            return match.values.contains { lexicon.ontology.relation($0.relation)?.range.contains(.location) == true }
        }
    }

    /// The token span of a candidate (its last mention is the head and covers the others).
    private func span(_ mentions: [Mention]) -> Int {
        guard let head = mentions.last else { return 0 }
        return head.end - head.start
    }

    // MARK: People

    /// `[nationality] Title+ [of Body] Name`: a person with titles, and the body a title names.
    private func person(
        _ tokens: [Token], at start: Int, people: [String: EntityKey], organizations: [Int: Mention],
        trustsCapitals: Bool = true
    ) -> [Mention] {
        var index = start
        var nationality: String?
        if let match = lexicon.demonyms.longestMatch(in: tokens, at: index),
            lexicon.titles.longestMatch(in: tokens, at: match.end) != nil
        {
            nationality = match.values.first?.id
            index = match.end
        }
        var titles: [Title] = []
        var body: Mention?
        while index + 1 < tokens.count, lexicon.isTitleModifier(tokens[index]),
            lexicon.titles.longestMatch(in: tokens, at: index) == nil,
            lexicon.titles.longestMatch(in: tokens, at: index + 1) != nil
        {
            index += 1
        }
        while let match = lexicon.titles.longestMatch(in: tokens, at: index),
            tokens[index].isCapitalized || startsPersonName(tokens, at: match.end)
        {
            let titleStart = index
            index = match.end
            // "Officer in Charge of X", "Minister in charge of X": whoever is in charge of a body leads it.
            if index + 2 < tokens.count, tokens[index].lower == "in", tokens[index + 1].lower == "charge",
                tokens[index + 2].classes.contains(.partitivePreposition)
            {
                titles.append(
                    Title(
                        title: tokens[titleStart..<index].joinedText + " in Charge", relation: lexicon.leads.id,
                        scope: .body))
                index += 2
            } else {
                titles.append(contentsOf: match.values.prefix(1))
            }
            if index + 1 < tokens.count, tokens[index].classes.contains(.partitivePreposition) {
                let bodyStart = tokens[index + 1].classes.contains(.article) ? index + 2 : index + 1
                if let owner = organizations[bodyStart] ?? gazetteerName(tokens, at: bodyStart) {
                    // "Director of the Council": the body; "the Foreign Minister of Qatar": the country.
                    if owner.type == .organization {
                        body = splittingName(from: owner, tokens: tokens)
                        body?.isNested = true
                        index = body?.end ?? owner.end
                    } else if owner.type == .country, nationality == nil, let country = owner.key?.gazetteerID {
                        nationality = country
                        index = owner.end
                    }
                }
            }
            if let name = nameAfterPortfolio(tokens, at: index) { index = name }
            if index + 1 < tokens.count, tokens[index].spells("and"),
                lexicon.titles.longestMatch(in: tokens, at: index + 1) != nil
            {
                index += 1
            }
        }
        guard !titles.isEmpty else { return [] }
        // "Kuwaiti Foreign Minister, Sheikh Sabah al-Sabah,": the name set off by commas after the title.
        if index + 1 < tokens.count, tokens[index].spells(","), isNameToken(tokens[index + 1]) { index += 1 }
        while index < tokens.count, lexicon.isHonorific(tokens[index]) { index += 1 }
        var end = index
        // A gazetteer name may hold words that are not name-like on their own ("Liu He"), and ends the name
        // ("President Joe Biden Ahead of ..." in a headline).
        if let known = lexicon.names.longestMatch(in: tokens, at: index),
            known.values.contains(where: { $0.entity.type == .person }),
            known.end == tokens.count || !isNameToken(tokens[known.end]) || !trustsCapitals
        {
            end = known.end
        } else {
            while end < tokens.count, end - index < 7, isNameToken(tokens[end]) { end += 1 }
            // "Defence Secretary Tom King has": a title word that closes a name, before a word that opens no
            // phrase of its own, is a family name.
            if end > index, end + 1 < tokens.count, lexicon.isOneWordTitle(tokens[end]), tokens[end].isCapitalized,
                tokens[end + 1].isLowerCase, !tokens[end + 1].classes.contains(.preposition)
            {
                end += 1
            }
        }
        // A name ends with a name, not with a particle or hyphen ("al-" of a name cut short).
        while end > index,
            tokens[end - 1].spells("-")
                || (tokens[end - 1].isLowerCase && tokens[end - 1].classes.contains(.nameParticle))
        {
            end -= 1
        }
        guard end > index else { return [] }
        let name = tokens[index..<end].joinedText
        var mention = Mention(
            kind: .name, start: start, end: end,
            key: personKey(tokens, from: index, to: end, people: people, title: titles.last),
            type: .person, surface: name, nationality: nationality)
        mention.titles = titles
        return body.map { [$0, mention] } ?? [mention]
    }

    /// A short name in brackets at `index`, or after a place phrase there (`in Managua (RTC)`): its text and
    /// where the brackets end.
    private func bracketedName(_ tokens: [Token], after index: Int) -> (String, Int)? {
        var open = index
        if open + 2 < tokens.count, tokens[open].lower == "in", tokens[open + 1].isCapitalized,
            tokens[open + 2].spells("(")
        {
            open += 2
        }
        guard open < tokens.count, tokens[open].spells("("),
            let close = tokens[(open + 1)...].prefix(5).firstIndex(where: { $0.spells(")") }), close > open + 1,
            tokens[(open + 1)..<close].allSatisfy({ $0.isCapitalized || $0.startsWithNumber })
        else { return nil }
        return (tokens[(open + 1)..<close].joinedText, close + 1)
    }

    /// "those that support the Houthis", "those who fight for democracy": a group the relative clause names; the
    /// mention is "those", so that the clause's own verb stays free, and the name is the whole phrase.
    private func demonstrativeGroup(_ tokens: [Token], at start: Int) -> Mention? {
        guard start + 2 < tokens.count, tokens[start].lower == "those",
            tokens[start + 1].classes.contains(.relativePronoun)
        else {
            return nil
        }
        // The clause runs to its end, or to a phrase of place or time after its object ("... of the Houthis across
        // the Middle East"); commas may list its verbs ("those that support, enable or deliver").
        var end = start + 2
        var sawName = false
        while end < tokens.count, end - start < 16, tokens[end].text != ".", tokens[end].text != ";",
            !tokens[end].classes.contains(.subordinator),
            tokens[end].text != ","
                || (end + 1 < tokens.count && tokens[end + 1].isLowerCase
                    && !tokens[end + 1].classes.contains(.article)),
            !(sawName && tokens[end].classes.contains(.preposition)
                && !tokens[end].classes.contains(.partitivePreposition))
        {
            if tokens[end].isCapitalized { sawName = true }
            end += 1
        }
        let name = tokens[start..<end].joinedText
        return Mention(
            kind: .group, start: start, end: start + 1, key: .group(country: nil, name: name.lowercased()),
            type: .group, surface: name)
    }

    /// `Minister for the Middle East Hamish Falconer`: after a title, a portfolio opened by `for` runs over capitalised
    /// words, `the`, `of` and `and`, and the holder's name closes the run: its last two words, or three from a known
    /// given name. Where the name starts, when the portfolio keeps a word of its own.
    private func nameAfterPortfolio(_ tokens: [Token], at index: Int) -> Int? {
        guard index + 3 < tokens.count, tokens[index].lower == "for" else { return nil }
        var end = index + 1
        while end < tokens.count, end - index < 10,
            isOrganizationWord(tokens[end])
                || (tokens[end].isLowerCase && ["the", "of", "and"].contains(tokens[end].lower)
                    && end + 1 < tokens.count && isOrganizationWord(tokens[end + 1]))
        { end += 1 }
        guard end - index >= 4, isOrganizationWord(tokens[end - 1]), isOrganizationWord(tokens[end - 2]) else {
            return nil
        }
        let start = end >= index + 5 && lexicon.givenNames.contains(tokens[end - 3].key) ? end - 3 : end - 2
        return isOrganizationWord(tokens[start - 1]) ? start : nil
    }

    /// `Khalid bin Ahmed al Khalifa, the Foreign Minister of Bahrain`: a name the gazetteer lacks, followed by an
    /// apposition that opens with a title, names a person.
    private func namedByApposition(_ tokens: [Token], at start: Int, people: [String: EntityKey]) -> Mention? {
        var index = start
        while index < tokens.count, lexicon.isHonorific(tokens[index]) { index += 1 }
        let nameStart = index
        while index < tokens.count, index - nameStart < 7, isNameToken(tokens[index]) { index += 1 }
        guard index - nameStart >= 2, index + 1 < tokens.count, tokens[index].spells(","),
            tokens[nameStart].isCapitalized,
            lexicon.names.longestMatch(in: tokens, at: nameStart).map({ $0.end < index }) ?? true
        else { return nil }
        var title = index + 1
        if tokens[title].classes.contains(.article) { title += 1 }
        // "X, the USAID administrator": a known body before the title.
        if let body = lexicon.names.longestMatch(in: tokens, at: title),
            lexicon.titles.longestMatch(in: tokens, at: body.end) != nil
        {
            title = body.end
        }
        title = lexicon.titleStart(in: tokens, from: title)
        guard
            lexicon.titles.longestMatch(in: tokens, at: title) != nil
                || lexicon.demonyms.longestMatch(in: tokens, at: title)
                    .map({ lexicon.titles.longestMatch(in: tokens, at: $0.end) != nil }) == true
        else { return nil }
        return Mention(
            kind: .name, start: start, end: index, key: personKey(tokens, from: nameStart, to: index, people: people),
            type: .person, surface: tokens[nameStart..<index].joinedText)
    }

    /// "Officer in Charge of the Department of National Defense Carlito Galvez": when a body's name runs to the end
    /// of the capitalised words and no name follows, the words from a known given name, or those ending in a known
    /// family name, are the person's; the body ends before them.
    private func splittingName(from body: Mention, tokens: [Token]) -> Mention {
        guard body.end == tokens.count || !isNameToken(tokens[body.end]), body.end - body.start >= 4 else {
            return body
        }
        for length in [3, 2] where body.end - length >= body.start + 2 {
            let first = tokens[body.end - length]
            let last = tokens[body.end - 1]
            guard first.isCapitalized, tokens[(body.end - length)..<body.end].allSatisfy(isNameToken) else { continue }
            guard lexicon.givenNames.contains(first.key) || (length == 2 && lexicon.familyNamesKnown.contains(last.key))
            else {
                continue
            }
            var split = body
            split.end = body.end - length
            split.surface = tokens[body.start..<split.end].joinedText
            if case .organization(let country, _) = body.key {
                split.key = .organization(
                    country: country, name: tokens[body.start..<split.end].joinedText.lowercased())
            }
            return split
        }
        return body
    }

    /// `Viktor Sheiman`: a name the gazetteer lacks, opened by a given name the gazetteer's people bear and closed
    /// by one to three more name words, none of which names a country, a body or a title.
    private func namedByGivenName(_ tokens: [Token], at start: Int, people: [String: EntityKey]) -> Mention? {
        let first = tokens[start]
        guard first.isCapitalized, !first.classes.contains(.nonName), lexicon.givenNames.contains(first.key),
            lexicon.names.longestMatch(in: tokens, at: start) == nil,
            lexicon.demonyms.longestMatch(in: tokens, at: start) == nil
        else { return nil }
        var end = start + 1
        while end < tokens.count, end - start < 4, isNameToken(tokens[end]),
            lexicon.organizationCue(in: tokens, endingAt: end) == nil,
            lexicon.titles.longestMatch(in: tokens, at: end) == nil, !tokens[end].classes.contains(.placeNoun),
            lexicon.names.longestMatch(in: tokens, at: end) == nil
                || tokens[end].isCapitalized && lexicon.familyNamesKnown.contains(tokens[end].key)
        {
            end += 1
        }
        while end > start + 1, !tokens[end - 1].isCapitalized { end -= 1 }
        guard end - start >= 2 else { return nil }
        return Mention(
            kind: .name, start: start, end: end, key: personKey(tokens, from: start, to: end, people: people),
            type: .person,
            surface: tokens[start..<end].joinedText)
    }

    /// The key of the person named by `tokens[from..<to]`: a gazetteer person, one named before, or a new one.
    private func personKey(_ tokens: [Token], from: Int, to: Int, people: [String: EntityKey], title: Title? = nil)
        -> EntityKey
    {
        if let match = lexicon.names.longestMatch(in: tokens, at: from), match.end == to,
            let entry = match.values.first(where: { $0.entity.type == .person })
        {
            return .known(entry.entity.id)
        }
        let name = tokens[from..<to].joinedText
        if to - from == 1 {
            if let known = people[tokens[from].nameKey] { return known }
            // A surname the gazetteer knows: its one bearer, or the one bearer in office at the article's date.
            // "President Aliyev": of several in office then, the one whose office the title names.
            // "General Store" is no Prime Minister Støre: after a title, the bearer must hold an office of that title.
            if let candidates = lexicon.peopleBySurname[name] {
                var inOffice =
                    candidates.count == 1
                    ? candidates : candidates.filter { $0.offices.contains { $0.isHeld(on: date) } }
                if let title = title?.title.lowercased() {
                    inOffice = inOffice.filter { $0.offices.contains { $0.role.lowercased().contains(title) } }
                }
                if inOffice.count == 1, let only = inOffice.first { return .known(only.id) }
            }
        }
        if let surname = lexicon.surname(of: name), let known = people[surname],
            let match = lexicon.names.longestMatch(in: tokens, at: from), match.end == to
        {
            return known
        }
        return .person(name.lowercased())
    }

    private func isNameToken(_ token: Token) -> Bool {
        if token.classes.contains(.nameSuffix) || (token.isLowerCase && token.classes.contains(.nameParticle))
            || token.spells("-")
        {
            return true
        }
        guard token.isCapitalized, token.isWord, !token.classes.contains(.nonName) else { return false }
        return !lexicon.isOneWordTitle(token)
    }

    /// Whether a personal name starts at `index`: a name word that begins no gazetteer name of a country or body.
    /// A title in lower case counts only right before one (`State Department spokeswoman Anna Lee`).
    private func startsPersonName(_ tokens: [Token], at index: Int) -> Bool {
        guard index < tokens.count, isNameToken(tokens[index]) else { return false }
        guard let known = lexicon.names.longestMatch(in: tokens, at: index) else { return true }
        return known.values.contains { $0.entity.type == .person }
    }

    /// A surname of someone named before, alone or after a title (`Secretary Austin`, `Liu`).
    private func surname(_ tokens: [Token], at start: Int, people: [String: EntityKey]) -> Mention? {
        guard tokens[start].isCapitalized, let key = people[tokens[start].nameKey] else { return nil }
        // "He" at the start of a sentence is a pronoun, not the surname He.
        if start == 0, !tokens[start].classes.isDisjoint(with: Self.pronouns) { return nil }
        return Mention(
            kind: .surname, start: start, end: start + 1, key: key, type: .person, surface: tokens[start].text)
    }

    /// `Macron visited China`: a proper noun alone (no name word before or after it) that is the family name of
    /// exactly one person the gazetteer has in office on the article's date, and that one heading a country, is
    /// that person, as news names leaders from the first mention. Undated articles say nothing of who is in office.
    private func leaderSurname(_ tokens: [Token], at start: Int) -> Mention? {
        guard let date, tokens[start].isCapitalized, tokens[start].tag.isProperNoun,
            start == 0 || !isNameToken(tokens[start - 1]),
            start + 1 == tokens.count || !isNameToken(tokens[start + 1]),
            let candidates = lexicon.peopleBySurname[tokens[start].text]
        else { return nil }
        let inOffice = candidates.filter { $0.offices.contains { $0.isHeld(on: date) } }
        guard inOffice.count == 1, let leader = inOffice.first,
            leader.offices.contains(where: { $0.isHeld(on: date) && lexicon.headsCountry($0) })
        else { return nil }
        return Mention(
            kind: .surname, start: start, end: start + 1, key: .known(leader.id), type: .person,
            surface: tokens[start].text)
    }

    // MARK: Gazetteer names

    /// A gazetteer name, optionally after a nationality that owns it (`U.S. Treasury`).
    private func gazetteerName(_ tokens: [Token], at start: Int) -> Mention? {
        var index = start
        var nationality: String?
        if let prefix = lexicon.demonyms.longestMatch(in: tokens, at: start),
            let after = lexicon.names.longestMatch(in: tokens, at: prefix.end),
            after.values.contains(where: { $0.entity.type == .organization })
        {
            nationality = prefix.values.first?.id
            index = prefix.end
        }
        guard let match = lexicon.names.longestMatch(in: tokens, at: index),
            let name = match.values.first(where: { nationality == nil || $0.entity.type == .organization })
        else { return nil }
        var mention = Mention(
            kind: name.role == .metonym ? .metonym : .name, start: start, end: match.end, key: .known(name.entity.id),
            type: name.entity.type, surface: tokens[start..<match.end].joinedText, nationality: nationality)
        if name.entity.type == .person, nationality == nil, start > 0,
            tokens[start - 1].classes.contains(.partitivePreposition)
        {
            mention.surface = name.entity.name
        }
        return mention
    }

    // MARK: Organizations

    /// Organizations named around a cue word (`Chinese Commerce Ministry`, `Department of National Defense`),
    /// by the token they start at.
    private func organizationSpans(_ tokens: [Token]) -> [Int: Mention] {
        var spans: [Int: Mention] = [:]
        for (index, token) in tokens.enumerated() where token.isCapitalized {
            guard let cue = lexicon.organizationCue(in: tokens, endingAt: index),
                lexicon.titles.longestMatch(in: tokens, at: index).map({ $0.end <= index + 1 }) ?? true
            else { continue }
            let cueStart = index + 1 - cue.word.split(separator: " ").count
            var start = cueStart
            // "the UN Support and Stabilization Office": words joined by "and" within a name, unless the word before
            // "and" ends a name of its own ("JSC 558 Aircraft Repair Plant and JSC Integral", "COMINTSA and ...").
            while start > 0,
                isOrganizationWord(tokens, at: start - 1)
                    || (cue.position != .any && start > 1 && tokens[start - 1].lower == "and"
                        && isOrganizationWord(tokens[start - 2])
                        && lexicon.organizationCue(in: tokens, endingAt: start - 2) == nil
                        && tokens[start - 2].text.contains(where: \.isLowercase))
            {
                start -= 1
            }
            // "Compania Minera, Sociedad Anónima", "Acme, Inc.": a company's legal form right after a comma. A name
            // before the form ("Acme Company, Beta Trading Ltd") makes the comma one between items of a list.
            if cue.position == .suffix, start == cueStart, start >= 2, tokens[start - 1].spells(","),
                isOrganizationWord(tokens[start - 2])
            {
                start -= 1
                while start > 0, isOrganizationWord(tokens, at: start - 1) { start -= 1 }
            }
            var end = index + 1
            // "JSC 558 Aircraft Repair Plant", "Radio Free Asia": a cue that may open a name takes the words after it,
            // but not the first half of a hyphenated compound ("Police Department K-9").
            if cue.position == .any {
                while end < tokens.count,
                    isOrganizationWord(tokens[end])
                        || (tokens[end].startsWithNumber && end + 1 < tokens.count
                            && isOrganizationWord(tokens[end + 1])),
                    end + 1 == tokens.count || !tokens[end + 1].spells("-") || tokens[end + 1].spaceBefore
                {
                    end += 1
                }
            }
            var owner: (of: Int, country: String)?
            while end + 1 < tokens.count, tokens[end].isLowerCase && tokens[end].classes.contains(.namePreposition) {
                var next = end + 1
                if tokens[next].lower == "the", next + 1 < tokens.count { next += 1 }
                guard isOrganizationWord(tokens[next]) else { break }
                // "the Ministry of Defence of Ukraine": a second "of" naming a country names the body's owner;
                // "sanctions by the European Union on Belarus": after "on" or "for", a country is the sentence's.
                if let country = lexicon.names.longestMatch(in: tokens, at: next),
                    let entry = country.values.first(where: { $0.entity.type == .country })
                {
                    let isOf = tokens[end].classes.contains(.partitivePreposition)
                    if isOf, end > index + 1 {
                        owner = (end, entry.entity.id)
                        break
                    }
                    if !isOf { break }
                }
                // "the Training Center of the Russian Ministry of Internal Affairs": a body named after "of" with a
                // cue of its own is the owner, a name apart.
                var scan = next
                while scan < tokens.count, isOrganizationWord(tokens[scan]) { scan += 1 }
                if tokens[end].classes.contains(.partitivePreposition),
                    (next..<scan).contains(where: { lexicon.organizationCue(in: tokens, endingAt: $0) != nil })
                {
                    break
                }
                end = next
                while end < tokens.count,
                    isOrganizationWord(tokens[end])
                        || (tokens[end].spells("and") && end + 1 < tokens.count && isOrganizationWord(tokens[end + 1]))
                {
                    end += 1
                }
            }
            // "the People's Republic of China (PRC) Coast Guard": the country, abbreviated in brackets after its
            // name, owns the body.
            var bracketCountry: (id: String, text: String)?
            if start >= 3, tokens[start - 1].spells(")"), tokens[start - 3].spells("("),
                let country = lexicon.demonyms.longestMatch(in: tokens, at: start - 2), country.end == start - 1,
                let id = country.values.first?.id
            {
                bracketCountry = (id, tokens[start - 2].text)
            }
            guard end - start > 1 || cue.word.contains(" ") || bracketCountry != nil else { continue }
            var nameStart = start
            var nationality = owner?.country
            var surface = tokens[start..<end].joinedText
            if let prefix = lexicon.demonyms.longestMatch(in: tokens, at: start), prefix.end < end,
                prefix.end >= cueStart || !tokens[prefix.end].classes.contains(.placeNoun)
            {
                // "Chinese Commerce Ministry"; but "Spanish Town Police" is the police of a town so named.
                nationality = prefix.values.first?.id
                nameStart = prefix.end
            } else if let bracketCountry {
                nationality = bracketCountry.id
                surface = bracketCountry.text + " " + surface
            }
            var key = EntityKey.organization(
                country: nationality, name: tokens[nameStart..<end].joinedText.lowercased())
            if let match = lexicon.names.longestMatch(in: tokens, at: nameStart), match.end == end,
                let entry = match.values.first(where: { $0.entity.type == .organization })
            {
                key = .known(entry.entity.id)
            }
            let mention = Mention(
                kind: .name, start: start, end: end, key: key, type: .organization, surface: surface,
                nationality: nationality)
            if spans[start].map({ $0.end < end }) ?? true { spans[start] = mention }
        }
        return spans
    }

    private func isOrganizationWord(_ token: Token) -> Bool {
        token.isCapitalized && token.isWord && !token.classes.contains(.nonName)
            && !lexicon.isOneWordTitle(token)
    }

    /// The name of no person right before the comma at `comma`, which a description in apposition describes:
    /// the last mention found, or capitalised words no list holds, added to `found` as a body's name (`Tana Freight,
    /// a Kenyan shipping company`) when there are two or more.
    private func appositionName(_ tokens: [Token], comma: Int, found: inout [Mention]) -> Mention? {
        guard comma >= 1, tokens[comma].spells(",") else { return nil }
        if let name = found.last, name.end == comma {
            return name.kind == .name && name.type != .person ? name : nil
        }
        var start = comma
        while start > (found.last?.end ?? 0), comma - start < 6, isOrganizationWord(tokens, at: start - 1) {
            start -= 1
        }
        guard comma - start >= 2, isOrganizationWord(tokens[start]) else { return nil }
        let name = tokens[start..<comma].joinedText
        found.append(
            Mention(
                kind: .name, start: start, end: comma, key: .organization(country: nil, name: name.lowercased()),
                type: .organization, surface: name))
        return found.last
    }

    /// Whether the word at `index` belongs to an organization's name: a capitalised word, or a lower-case particle
    /// between two (`Minera Andina del Sur`).
    private func isOrganizationWord(_ tokens: [Token], at index: Int) -> Bool {
        if isOrganizationWord(tokens[index]) { return true }
        return tokens[index].isLowerCase && tokens[index].classes.contains(.nameParticle) && index > 0
            && isOrganizationWord(tokens[index - 1]) && index + 1 < tokens.count
            && isOrganizationWord(tokens[index + 1])
    }

    // MARK: Groups, commodities, descriptions, pronouns

    /// A nationality that stands for its country or its people: `the Iranian regime`, `Chinese imports`,
    /// `Russian military activities`, `the Palestinians`; groups with a nationality are `groupPhrase`'s.
    private func nationalityPhrase(_ tokens: [Token], at start: Int) -> Mention? {
        var index = start
        if tokens[index].classes.contains(.determiner) || tokens[index].startsWithNumber { index += 1 }
        guard index < tokens.count, let nationality = lexicon.demonyms.longestMatch(in: tokens, at: index),
            let entry = nationality.values.first
        else { return nil }
        // "4 Iraqis", "the North Koreans": a plural demonym names people of the country.
        let demonym = tokens[index..<nationality.end].joinedText
        if tokens[nationality.end - 1].text.hasSuffix("s"), entry.demonyms.contains(demonym),
            nationality.end == tokens.count || !tokens[nationality.end].classes.contains(.groupNoun)
        {
            return Mention(
                kind: .group, start: start, end: nationality.end, key: .group(country: entry.id, name: "people"),
                type: .group,
                surface: demonym, nationality: entry.id)
        }
        let isAdjective = entry.demonyms.contains { tokens[index].key == $0 || tokens[index].text == $0 }
        var end = nationality.end
        while end < tokens.count, end - nationality.end < (isAdjective ? 3 : 1) {
            let classes = tokens[end].classes
            // "the Iranian regime", "the Syrian government": the country.
            if classes.contains(.governmentNoun) {
                return Mention(
                    kind: .name, start: start, end: end + 1, key: .known(entry.id), type: .country, surface: entry.name)
            }
            // "Russian military activities", "Chinese exports": a phrase about the country's conduct or goods.
            if classes.contains(.countryNoun) {
                return Mention(
                    kind: .name, start: start, end: end + 1, key: .known(entry.id), type: .country, surface: entry.name)
            }
            // "the Egyptian parliament", "the Iraqi army": the common noun of a state body after a nationality
            // names that body of the country, as its capitalised name would.
            if isAdjective, end == nationality.end, let body = stateBodyNoun(tokens[end]) {
                return Mention(
                    kind: .name, start: start, end: end + 1, key: .organization(country: entry.id, name: body),
                    type: .organization, surface: demonym + " " + tokens[end].text, nationality: entry.id)
            }
            // "Chinese sanctions on X": the adjective alone stands for the country, so the trigger noun stays free.
            let isTriggerNoun =
                end == nationality.end
                && lexicon.triggers.longestMatch(in: tokens, at: end)?.values.contains(where: {
                    $0.partOfSpeech == .noun
                }) == true
            if isAdjective, isTriggerNoun {
                return Mention(
                    kind: .name, start: index, end: nationality.end, key: .known(entry.id), type: .country,
                    surface: entry.name)
            }
            guard tokens[end].isWord, !tokens[end].isCapitalized, !classes.contains(.functionWord),
                !classes.contains(.groupNoun),
                lexicon.triggers.longestMatch(in: tokens, at: end) == nil
            else { return nil }
            end += 1
        }
        return nil
    }

    /// The name of the state body a lower-case word is the common noun of (`parliament`, `army`, `embassy`): one
    /// word that, capitalised, is a cue of a government body or an armed force and does not name a group of people.
    private func stateBodyNoun(_ token: Token) -> String? {
        guard token.isLowerCase, token.isWord, !token.classes.contains(.groupNoun) else { return nil }
        // A cue of one word: those of several end with the word too ("Armed Forces" under "Forces").
        let isBody = lexicon.organizationCues(capitalizing: token)?.contains {
            !$0.word.contains(" ") && ($0.kind == "GovernmentBody" || $0.kind == "ArmedGroup")
        }
        return isBody == true ? token.lower : nil
    }

    /// `the people of Mali`: the people of a country, a group of its own.
    private func peopleOfCountry(_ tokens: [Token], at start: Int) -> Mention? {
        let index = tokens[start].lower == "the" ? start + 1 : start
        guard index + 2 < tokens.count, tokens[index].lower == "people",
            tokens[index + 1].classes.contains(.partitivePreposition),
            let country = lexicon.names.longestMatch(in: tokens, at: index + 2),
            let entry = country.values.first(where: { $0.entity.type == .country })?.entity
        else { return nil }
        return Mention(
            kind: .group, start: start, end: country.end, key: .group(country: nil, name: "people of " + entry.id),
            type: .group,
            surface: tokens[index..<country.end].joinedText)
    }

    /// A commodity, optionally after a nationality (`Russian oil`).
    private func commodity(_ tokens: [Token], at start: Int) -> Mention? {
        var index = start
        if let prefix = lexicon.demonyms.longestMatch(in: tokens, at: start),
            lexicon.commodities.longestMatch(in: tokens, at: prefix.end) != nil
        {
            index = prefix.end
        }
        guard let match = lexicon.commodities.longestMatch(in: tokens, at: index), let entry = match.values.first else {
            return nil
        }
        return Mention(
            kind: .commodity, start: start, end: match.end, key: .known(entry.id), type: .commodity,
            surface: tokens[index..<match.end].joinedText)
    }

    /// `the Secretary`, `my Foreign Secretary`, `the department`, `the Government`, `the two sides`: resolved
    /// later to earlier mentions, to the article's own country, or to an office of its own. `readsCountry`: whether
    /// `of Country` after a title belongs to the office (`the foreign minister of Brazil`).
    private func description(_ tokens: [Token], at start: Int, readsCountry: Bool = true) -> Mention? {
        // Its classes only: a copy of the token would retain and release each of its strings.
        let openerClasses = tokens[start].classes
        // "this act of aggression", "these barbaric attacks": the deed stands for its doer.
        var noun = start + 1
        while noun < tokens.count, noun - start <= 2, tokens[noun].tag.isAdjective,
            !tokens[noun].classes.contains(.eventNoun)
        { noun += 1 }
        if openerClasses.contains(.demonstrative), noun < tokens.count, tokens[noun].classes.contains(.eventNoun) {
            var end = noun + 1
            if end + 1 < tokens.count, tokens[end].classes.contains(.partitivePreposition),
                tokens[end + 1].classes.contains(.eventNoun)
            {
                end += 2
            }
            var mention = Mention(kind: .description, start: start, end: end, type: .country, surface: "")
            mention.isDeed = true
            return mention
        }
        // "Authorities in Pakistan": a government noun without an article, before a country, is that country.
        if openerClasses.contains(.governmentNoun), let country = governedCountry(tokens, noun: start) {
            return country
        }
        let isPossessive = !openerClasses.isDisjoint(with: [.speakerPronoun, .issuerPronoun])
        let isPair = openerClasses.contains(.pairWord)
        guard openerClasses.contains(.article) || isPossessive || isPair || tokens[start].tag.isPossessivePronoun,
            start + 1 < tokens.count
        else { return nil }
        let index = start + 1
        // "the two sides", "both delegations", "our two countries": the last two actors named.
        let pair = openerClasses.contains(.pairWord) ? start : tokens[index].classes.contains(.pairWord) ? index : nil
        if let pair, pair + 1 < tokens.count, tokens[pair + 1].classes.contains(.collectiveNoun) {
            var mention = Mention(kind: .description, start: start, end: pair + 2, type: .group, surface: "")
            mention.count = 2
            return mention
        }
        guard !isPair else { return nil }
        let word = tokens[index]
        // "the Foreign Secretary", "my Prime Minister", "a senior British minister", "the Indian prime minister":
        // an office named by its title, with its country when a nationality comes first.
        var titleStart = lexicon.titleStart(in: tokens, from: index)
        var nationality: String?
        if titleStart < tokens.count, let demonym = lexicon.demonyms.longestMatch(in: tokens, at: titleStart),
            lexicon.titles.longestMatch(in: tokens, at: demonym.end) != nil
        {
            nationality = demonym.values.first?.id
            titleStart = demonym.end
        }
        // "his Ethiopian counterpart": after a possessive of the third person, a title with a nationality.
        let isOwned = tokens[start].tag.isPossessivePronoun && nationality != nil
        if titleStart < tokens.count, openerClasses.contains(.article) || isPossessive || isOwned,
            let title = lexicon.titles.longestMatch(in: tokens, at: titleStart),
            title.end == tokens.count || !isNameToken(tokens[title.end])
        {
            // "the foreign minister of Brazil": the country after the title is the office's, as a nationality is.
            let country = nationality == nil && readsCountry ? officeCountry(tokens, after: title.end) : nil
            if tokens[titleStart].isCapitalized || nationality != nil || country != nil {
                return office(
                    title.values.first, tokens, from: start, to: country?.end ?? title.end,
                    of: nationality ?? country?.id)
            }
        }
        guard !isPossessive, !tokens[start].tag.isPossessivePronoun else { return nil }
        if word.classes.contains(.governmentNoun) {
            // "the Government of Azerbaijan" is the country; "the Government" alone is resolved later.
            guard index + 2 < tokens.count,
                tokens[index + 1].classes.contains(.partitivePreposition)
                    || tokens[index + 1].classes.contains(.locativePreposition)
            else {
                return Mention(kind: .description, start: start, end: start + 2, type: .country, surface: "")
            }
            return governedCountry(tokens, noun: index).map { country in
                var mention = country
                mention.start = start
                return mention
            }
        }
        // "the ministry", and "The Department calls" where no name goes on: a body named by its head noun alone.
        let opensName =
            word.isCapitalized
            && index + 1 < tokens.count
            && (tokens[index + 1].isCapitalized || tokens[index + 1].classes.contains(.namePreposition))
        if !opensName, lexicon.organizationCues(capitalizing: word) != nil, !word.classes.contains(.groupNoun) {
            return Mention(kind: .description, start: start, end: start + 2, type: .organization, surface: "")
        }
        return nil
    }

    /// `Kenya's foreign minister`, `Sudan's army`: a country's possessive before a title that no name follows names
    /// the office holder of that country, and before the common noun of a state body that body, as `the Kenyan
    /// foreign minister` and `the Sudanese army` do.
    private func possessiveOfCountry(_ tokens: [Token], at start: Int) -> Mention? {
        guard tokens[start].isCapitalized, let owner = lexicon.names.longestMatch(in: tokens, at: start),
            let country = owner.values.first(where: { $0.entity.type == .country })?.entity,
            owner.end + 1 < tokens.count, tokens[owner.end].classes.contains(.possessiveMarker)
        else { return nil }
        if let body = stateBodyNoun(tokens[owner.end + 1]) {
            return Mention(
                kind: .name, start: start, end: owner.end + 2, key: .organization(country: country.id, name: body),
                type: .organization, surface: tokens[start..<(owner.end + 2)].joinedText, nationality: country.id)
        }
        let titleStart = lexicon.titleStart(in: tokens, from: owner.end + 1)
        guard let title = lexicon.titles.longestMatch(in: tokens, at: titleStart),
            title.end == tokens.count || !isNameToken(tokens[title.end])
        else { return nil }
        return office(title.values.first, tokens, from: start, to: title.end, of: country.id)
    }

    /// The country named by `of [the] Country` or `from [the] Country` at `index`, after an office's title (`the
    /// envoy from Ghana`); not one that owns what follows it (`a member of Yemen's coast guard`).
    private func officeCountry(_ tokens: [Token], after index: Int) -> (id: String, end: Int)? {
        guard index < tokens.count,
            tokens[index].classes.contains(.partitivePreposition)
                || tokens[index].classes.isSuperset(of: [.authorshipPreposition, .locativePreposition]),
            let country = governedCountry(tokens, noun: index - 1), let id = country.key?.gazetteerID,
            country.end == tokens.count || !tokens[country.end].classes.contains(.possessiveMarker)
        else { return nil }
        return (id, country.end)
    }

    /// An office named by its title over `tokens[start..<end]`, held for `country` when one is given.
    private func office(_ title: Title?, _ tokens: [Token], from start: Int, to end: Int, of country: String?)
        -> Mention
    {
        var mention = Mention(kind: .description, start: start, end: end, type: .person, surface: "")
        mention.titles = title.map { [$0] } ?? []
        mention.nationality = country
        mention.surface = tokens[start..<end].joinedText
        return mention
    }

    /// The country a government noun at `noun` belongs to when `of` or `in` and the country's name follow it
    /// (`Government of Azerbaijan`, `authorities in Pakistan`): a mention from the noun to the name.
    private func governedCountry(_ tokens: [Token], noun: Int) -> Mention? {
        guard noun + 2 < tokens.count,
            tokens[noun + 1].classes.contains(.partitivePreposition)
                || tokens[noun + 1].classes.contains(.locativePreposition)
        else { return nil }
        let name = tokens[noun + 2].classes.contains(.article) ? noun + 3 : noun + 2
        guard let country = lexicon.names.longestMatch(in: tokens, at: name),
            let entry = country.values.first(where: { $0.entity.type == .country })?.entity
        else { return nil }
        return Mention(
            kind: .name, start: noun, end: country.end, key: .known(entry.id), type: .country,
            surface: tokens[noun..<country.end].joinedText)
    }

    private func pronoun(_ tokens: [Token], at start: Int) -> Mention? {
        let classes = tokens[start].classes
        let pronounClass: PronounClass
        if classes.contains(.personPronoun) {
            pronounClass = .person
        } else if classes.contains(.pluralPronoun) {
            pronounClass = .plural
        } else if classes.contains(.neuterPronoun) {
            // "it" as an expletive ("it is clear that") stands for nothing.
            if start + 1 < tokens.count, tokens[start + 1].classes.contains(.expletiveVerb) { return nil }
            pronounClass = .neuter
        } else if classes.contains(.speakerPronoun) {
            pronounClass = .speaker
        } else if classes.contains(.issuerPronoun) {
            pronounClass = .issuer
        } else {
            return nil
        }
        var mention = Mention(kind: .pronoun, start: start, end: start + 1, type: .person, surface: "")
        mention.pronounClass = pronounClass
        return mention
    }

    /// The pronoun classes.
    static let pronouns: WordClasses = [
        .personPronoun, .pluralPronoun, .neuterPronoun, .speakerPronoun, .issuerPronoun,
    ]
    /// Possessive determiners that may open a group (`our partners`).
    static let possessives: WordClasses = [.issuerPronoun, .pluralPronoun, .personPronoun, .neuterPronoun]
    /// Words at which a mention may start though not capitalised.
    static let mentionOpeners: WordClasses = [
        .determiner, .pairWord, .demonstrative, .personPronoun, .pluralPronoun, .neuterPronoun, .speakerPronoun,
        .issuerPronoun,
    ]
}
