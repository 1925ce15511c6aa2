import GeoKGOntology
import GeoKGSyntax

/// The entities of one article: resolves mention keys to entities, and pronouns and descriptions to the
/// mentions they stand for (or to the article's speaker and issuer), and keeps the names each entity goes by.
struct ArticleEntities {
    /// A mention recorded for resolving later pronouns and descriptions.
    private struct Recent {
        let key: EntityKey
        let type: EntityType
        let titles: [Title]
        /// The country a person's title was given for (`Foreign Minister of Qatar X`), when the text says.
        let nationality: String?
        let isSubject: Bool
        /// For organizations, the lower-cased words of the name (`ministry`, `of`, `defence`), which a description
        /// by its head noun (`the ministry`) names.
        let words: [String]
        let sentence: Int
        /// The coordination it belongs to (`Saudi Arabia, UAE, Egypt and Bahrain`): mentions joined by commas and
        /// `and` share a number.
        var coordination = 0
    }

    private let lexicon: ExtractionLexicon
    private var entities: [EntityKey: ExtractedEntity] = [:]
    /// Surnames of the people named so far, to their keys.
    private(set) var surnames: [String: EntityKey] = [:]
    /// Acronyms given in brackets after names so far (`OFAC`), to their entities.
    private(set) var acronyms: [String: (key: EntityKey, type: EntityType)] = [:]
    /// Keys of organizations named with a nationality, by their name without it.
    private var organizationsByName: [String: Set<EntityKey>] = [:]
    /// Recent mentions, newest last, at most `recentLimit`.
    private var recent: [Recent] = []
    /// How many recent mentions pronouns and descriptions are resolved against.
    private static let recentLimit = 30
    /// Where the last mention recorded ended, and in which sentence, to tell coordinations.
    private var lastEnd = (sentence: -1, token: -1)
    /// The number of the next coordination.
    private var coordinations = 0
    /// Who speaks, for whom, and who acted last.
    var discourse: Discourse

    init(lexicon: ExtractionLexicon, sourceCountry: String?) {
        self.lexicon = lexicon
        discourse = Discourse(sourceCountry: sourceCountry)
    }

    /// Records `mention` (resolving it first when it is a pronoun or description); returns whether it stands
    /// for an entity.
    mutating func add(_ mention: inout Mention, tokens: [Token], sentence: Int, isSubject: Bool) -> Bool {
        switch mention.kind {
        case .pronoun, .description:
            guard resolve(&mention, tokens: tokens, sentence: sentence, isSubject: isSubject) else { return false }
            if let key = mention.key, case .office = key {
                register(key: key, mention: mention)
            }
            if let key = mention.key {
                coordinations += 1
                var entry = Recent(
                    key: key, type: mention.type, titles: mention.titles, nationality: mention.nationality,
                    isSubject: isSubject, words: [], sentence: sentence)
                entry.coordination = coordinations
                remember(entry)
            }
            return true
        default:
            break
        }
        guard var key = mention.key else { return false }
        // "the Commerce Ministry" after "the Chinese Commerce Ministry": the one organization of that name.
        if case .organization(nil, let name) = key, let owned = organizationsByName[name], owned.count == 1,
            let only = owned.first
        {
            key = only
            mention.key = only
        } else if case .organization(.some, let name) = key {
            organizationsByName[name, default: []].insert(key)
        } else if let earlier = personNamedBySurname(mention) {
            // "Mudavadi" in the headline, "Musalia Mudavadi" in the text: one person, now named in full.
            key = earlier
            mention.key = earlier
        }
        register(key: key, mention: mention)
        for other in mention.alternatives + (mention.acronym.map { [$0] } ?? []) {
            var named = mention
            named.surface = other
            register(key: key, mention: named, asAlias: true)
        }
        if let acronym = mention.acronym { acronyms[acronym] = (key, mention.type) }
        if mention.type == .country, let id = key.gazetteerID { discourse.count(country: id) }
        if isSubject, discourse.firstActor == nil, mention.type == .country || mention.type == .organization {
            discourse.firstActor = key
        }
        let words = mention.type == .organization ? tokens[mention.start..<mention.end].map(\.lower) : []
        var entry = Recent(
            key: key, type: mention.type, titles: mention.titles, nationality: mention.nationality,
            isSubject: isSubject, words: words, sentence: sentence)
        let joined =
            lastEnd.sentence == sentence && lastEnd.token < mention.start
            && tokens[lastEnd.token..<mention.start].allSatisfy { $0.spells(",") || $0.classes.contains(.coordinator) }
        if joined, let previous = recent.last {
            entry.coordination = previous.coordination
        } else {
            coordinations += 1
            entry.coordination = coordinations
        }
        lastEnd = (sentence, mention.end)
        remember(entry)
        return true
    }

    /// The person named so far by the family name alone whom `mention`, a full name the gazetteer lacks, names.
    private func personNamedBySurname(_ mention: Mention) -> EntityKey? {
        guard mention.type == .person, case .person(let name)? = mention.key, name.contains(" "),
            let surname = lexicon.surname(of: mention.surface), let earlier = surnames[surname],
            case .person(let alone) = earlier, !alone.contains(" ")
        else { return nil }
        return earlier
    }

    /// Appends `entry` to the recent mentions, forgetting the oldest beyond `recentLimit`: resolution scans
    /// them all for each pronoun, so an unbounded list would make a long article quadratic.
    private mutating func remember(_ entry: Recent) {
        recent.append(entry)
        if recent.count > Self.recentLimit { recent.removeFirst(recent.count - Self.recentLimit) }
    }

    /// Adds the gazetteer entity `key` names when no mention introduced it (a title's country, say).
    mutating func include(_ key: EntityKey) {
        // Looked up by index: reading `entities[key]` would copy the entity out only to compare it with nil.
        guard entities.index(forKey: key) == nil, key.gazetteerID != nil else { return }
        register(key: key, mention: Mention(kind: .name, start: 0, end: 0, key: key, type: .country, surface: ""))
    }

    /// The article's entity for `key`.
    func entity(_ key: EntityKey) -> ExtractedEntity? {
        entities[key]
    }

    /// The class of the entity `key` names, when it is known.
    func type(of key: EntityKey) -> EntityType? {
        entities[key]?.type ?? key.gazetteerID.flatMap { lexicon.ontology.gazetteer.entry(id: $0)?.type }
    }

    /// Records `mention`'s name for the entity `key`: its label when it is the longest proper name so far,
    /// else, or when `asAlias`, one of its other names.
    private mutating func register(key: EntityKey, mention: Mention, asAlias: Bool = false) {
        let surface = mention.surface
        // Changed in place: taken out and put back, the entity would copy its aliases and hash its key again.
        if let index = entities.index(forKey: key) {
            let name = entities.values[index].name
            if !surface.isEmpty, mention.type != .country, mention.type != .commodity, surface.count > name.count,
                mention.kind == .name || mention.kind == .group, !asAlias
            {
                entities.values[index].aliases.append(name)
                entities.values[index].name = surface
            } else if !surface.isEmpty, surface != name, !entities.values[index].aliases.contains(surface) {
                entities.values[index].aliases.append(surface)
            }
        } else {
            entities[key] = newEntity(key: key, mention: mention)
        }
        if mention.type == .person, let entity = entities[key] {
            if let surname = familyName(of: entity) {
                surnames[surname] = key
            } else if surnames[entity.name] == nil {
                // "Foreign Minister Mudavadi": a family name alone, until the full name comes.
                surnames[entity.name] = key
            }
        }
    }

    /// The name a person is called by alone: the gazetteer's family name, or the last word of the name.
    private func familyName(of entity: ExtractedEntity) -> String? {
        if let familyName = lexicon.familyNames[entity.id] { return familyName }
        return entity.name.contains(" ") ? lexicon.surname(of: entity.name) : nil
    }

    private func newEntity(key: EntityKey, mention: Mention) -> ExtractedEntity {
        if let id = key.gazetteerID, let entry = lexicon.ontology.gazetteer.entry(id: id) {
            let usesCanonical = entry.type == .country || entry.type == .commodity || mention.surface.isEmpty
            let name = usesCanonical ? entry.name : mention.surface
            return ExtractedEntity(
                id: entry.id, name: name, type: entry.type, kind: entry.kind,
                aliases: usesCanonical && mention.surface != name && !mention.surface.isEmpty ? [mention.surface] : [],
                canonicalName: entry.name, wikidata: entry.wikidata)
        }
        var name = mention.surface
        var aliases: [String] = []
        if case .office(let title, _) = key {
            name = title
            if mention.surface != title, !mention.surface.isEmpty { aliases.append(mention.surface) }
        }
        return ExtractedEntity(
            id: "", name: name, type: mention.type, kind: nil, aliases: aliases, canonicalName: nil, wikidata: nil)
    }

    /// The final entities, with ids made from their names for those not in the gazetteer.
    func finished() -> [EntityKey: ExtractedEntity] {
        var result: [EntityKey: ExtractedEntity] = [:]
        for (key, entity) in entities {
            guard entity.id.isEmpty else {
                result[key] = entity
                continue
            }
            result[key] = ExtractedEntity(
                id: EntitySlug.make(entity.name), name: entity.name, type: entity.type, kind: entity.kind,
                aliases: entity.aliases, canonicalName: nil, wikidata: nil)
        }
        return result
    }

    // MARK: Resolution

    /// Sets the key (or members) and class of a pronoun or description; returns whether it stands for any.
    private func resolve(_ mention: inout Mention, tokens: [Token], sentence: Int, isSubject: Bool) -> Bool {
        let candidates = recent.reversed()
        var found: (key: EntityKey, type: EntityType)?
        switch mention.kind {
        case .pronoun:
            switch mention.pronounClass {
            case .speaker?:
                found = discourse.speaker.map { ($0, type(of: $0) ?? .person) }
            case .issuer?:
                let isQuoted = tokens[..<mention.start].contains {
                    $0.tag.xpos == .openQuote || $0.tag.xpos == .closeQuote
                }
                found = (isQuoted ? discourse.quotedWe : discourse.we).map { ($0, type(of: $0) ?? .country) }
                // "We" in a joint statement is every body that issues it.
                if discourse.jointIssuers.count > 1, found?.key == discourse.issuer {
                    mention.members = discourse.jointIssuers
                }
            case .person?:
                // "he" prefers the last person that was a subject; "him" and "his" the last person named.
                let people = candidates.filter { $0.type == .person }
                let prefersSubject = tokens[mention.start].classes.contains(.subjectPronoun)
                found = ((prefersSubject ? people.first { $0.isSubject } : nil) ?? people.first).map {
                    ($0.key, $0.type)
                }
            case .plural?:
                // "Saudi Arabia, UAE, Egypt and Bahrain ... urged them": every member of the last coordination.
                let actors = candidates.filter { $0.type == .group || $0.type == .country || $0.type == .organization }
                let coordinated = actors.first { actor in
                    actor.sentence >= sentence - 1 && recent.filter { $0.coordination == actor.coordination }.count > 1
                }
                guard let last = coordinated ?? actors.first(where: { $0.type != .organization }) else { return false }
                let members = recent.filter { $0.coordination == last.coordination }.map(\.key)
                if members.count > 1 { mention.members = members }
                found = (last.key, last.type)
            case .neuter?:
                // "X criticized Y, and it also condemned Z": "it" opening a coordinated clause is the subject of
                // the clause before; elsewhere, the last actor of the sentence, else the last subject.
                let actors = candidates.filter { $0.type == .country || $0.type == .organization }
                let opensClause =
                    mention.start > 0
                    && (tokens[mention.start - 1].classes.contains(.coordinator)
                        || tokens[mention.start - 1].spells(","))
                let parallel = opensClause ? actors.first { $0.sentence == sentence && $0.isSubject } : nil
                found = (parallel ?? actors.first { $0.sentence == sentence } ?? actors.first { $0.isSubject }).map {
                    ($0.key, $0.type)
                }
            case nil:
                return false
            }
        default:
            if mention.count > 0 { return resolveCollective(&mention, tokens: tokens, sentence: sentence) }
            if mention.isDeed {
                // "We condemn this act": the doer of the deed named last; a deed as subject names no doer here.
                guard !isSubject else { return false }
                found = discourse.lastActor.map { ($0, type(of: $0) ?? .country) }
                break
            }
            if let title = mention.titles.first {
                // "the Secretary" after "Secretary of State X": a title that opens the holder's title (not
                // "Assistant Secretary", another office), held for the same country when both say whose.
                let words = title.title.lowercased().split(separator: " ")
                if let holder = candidates.first(where: { candidate in
                    candidate.type == .person
                        && candidate.titles.contains { $0.title.lowercased().split(separator: " ").starts(with: words) }
                        && (mention.nationality == nil || candidate.nationality == nil
                            || candidate.nationality == mention.nationality)
                }) {
                    found = (holder.key, .person)
                } else {
                    // No one in the article holds the title: the office stands as an entity of its own.
                    let country = mention.nationality ?? officeCountry(mention, tokens: tokens)
                    found = (.office(title: officeName(mention, tokens: tokens), country: country), .person)
                }
            } else if mention.type == .organization {
                // "the ministry" after "the Ministry of Defence" or "the Foreign Ministry": the last body so named.
                let head = tokens[mention.end - 1].lower
                found = candidates.first { $0.type == .organization && $0.words.contains(head) }.map {
                    ($0.key, $0.type)
                }
            } else if tokens[mention.end - 1].classes.contains(.homeGovernmentNoun) {
                found = discourse.homeCountry { type(of: $0) == .country }.map { ($0, .country) }
            } else {
                found = candidates.first { $0.type == .country }.map { ($0.key, $0.type) }
            }
        }
        guard let found else { return false }
        mention.key = found.key
        mention.type = found.type
        return true
    }

    /// The country of an office named by title alone: the speaker's for "my", else for a national office the
    /// article's own.
    private func officeCountry(_ mention: Mention, tokens: [Token]) -> String? {
        if tokens[mention.start].classes.contains(.speakerPronoun)
            || tokens[mention.start].classes.contains(.issuerPronoun),
            let we = discourse.we, type(of: we) == .country
        {
            return we.gazetteerID
        }
        // "the Prime Minister" in a British release: a national office of more than one word; a bare "Minister"
        // or an office of a body ("the Deputy Commander") could be anyone's.
        guard let title = mention.titles.first, title.scope == .country, title.title.contains(" ") else { return nil }
        return discourse.homeCountry { type(of: $0) == .country }?.gazetteerID
    }

    /// The office's name: the title as the text writes it, with its nationality but without determiners,
    /// possessives or modifiers (`Foreign Secretary`, `British minister`).
    private func officeName(_ mention: Mention, tokens: [Token]) -> String {
        var start = mention.start
        while start < mention.end - 1,
            !tokens[start].classes.isDisjoint(with: [.determiner, .speakerPronoun, .issuerPronoun, .article])
                || lexicon.isTitleModifier(tokens[start])
        {
            start += 1
        }
        return tokens[start..<mention.end].joinedText
    }

    /// `the two sides`, `both countries`: the last distinct actors of the kind the noun names; for nouns of any
    /// kind (`sides`, `delegations`), the parties of the last meeting or agreement.
    private func resolveCollective(_ mention: inout Mention, tokens: [Token], sentence: Int) -> Bool {
        let noun = tokens[mention.end - 1]
        let fits: (EntityType) -> Bool
        if noun.classes.contains(.personCollective) {
            fits = { $0 == .person }
        } else if noun.classes.contains(.countryCollective) {
            fits = { $0 == .country }
        } else if discourse.lastParties.count == mention.count, let first = discourse.lastParties.first {
            mention.members = discourse.lastParties
            mention.key = first
            mention.type = type(of: first) ?? .group
            return true
        } else {
            fits = { $0 != .commodity && $0 != .location }
        }
        // "spoke with X and Y ... urged both leaders": the last ones named together, in this sentence or the one
        // before, when they are as many; else the last ones named, but for a subject of this sentence ("He urged the
        // two leaders" is not about him).
        let together = recent.reversed().lazy.filter { $0.sentence >= sentence - 1 && fits($0.type) }.map { last in
            self.recent.filter { $0.coordination == last.coordination && fits($0.type) }.map(\.key)
        }.first { Set($0).count == mention.count }
        var members: [EntityKey] = together.map { Array($0.reversed()) } ?? []
        let subjects = Set(recent.filter { $0.sentence == sentence && $0.isSubject }.map(\.key))
        for candidate in recent.reversed()
        where together == nil && fits(candidate.type) && !members.contains(candidate.key)
            && !subjects.contains(candidate.key)
        {
            members.append(candidate.key)
            if members.count == mention.count { break }
        }
        guard members.count == mention.count, let first = members.last else { return false }
        mention.members = members.reversed()
        mention.key = first
        mention.type = type(of: first) ?? .group
        return true
    }
}
