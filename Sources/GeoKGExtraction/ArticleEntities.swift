import GeoKGOntology

/// The entities of one article: resolves mention keys to entities, and pronouns and descriptions to
/// the mentions they stand for, and keeps the names each entity goes by.
struct ArticleEntities {
    private let gazetteer: Gazetteer
    /// The family names of gazetteer people, by id.
    private let familyNames: [String: String?]
    private var entities: [String: ExtractedEntity] = [:]
    /// Surnames of the people named so far, to their keys.
    private(set) var surnames: [String: String] = [:]
    /// Keys of organizations named with a nationality, by their name without it.
    private var organizationsByName: [String: Set<String>] = [:]
    /// Recent mentions, newest last, for resolving pronouns and descriptions.
    private var recent: [(key: String, type: EntityType, titles: [Title], isSubject: Bool, cue: String?, sentence: Int)] = []

    init(gazetteer: Gazetteer, familyNames: [String: String?]) {
        self.gazetteer = gazetteer
        self.familyNames = familyNames
    }

    /// Records `mention` (resolving it first when it is a pronoun or description); returns its key, or `nil`
    /// when it cannot be resolved.
    mutating func add(_ mention: inout Mention, tokens: [Token], sentence: Int, isSubject: Bool) -> String? {
        switch mention.kind {
        case .pronoun, .description:
            guard let target = resolve(mention, tokens: tokens, sentence: sentence) else { return nil }
            mention.key = target.key
            mention.type = target.type
            return target.key
        default:
            break
        }
        guard var key = mention.key else { return nil }
        // "the Commerce Ministry" after "the Chinese Commerce Ministry": the one organization of that name.
        if key.hasPrefix("org:|"), let owned = organizationsByName[String(key.dropFirst(5))], owned.count == 1,
            let only = owned.first
        {
            key = only
            mention.key = only
        } else if key.hasPrefix("org:"), !key.hasPrefix("org:|"), let bar = key.firstIndex(of: "|") {
            organizationsByName[String(key[key.index(after: bar)...]), default: []].insert(key)
        }
        register(key: key, mention: mention)
        let cue = mention.type == .organization ? tokens[max(mention.start, mention.end - 1)].lower : nil
        recent.append((key, mention.type, mention.titles, isSubject, cue, sentence))
        if recent.count > 30 { recent.removeFirst() }
        return key
    }

    /// Adds the gazetteer entity `key` names when no mention introduced it (a title's country, say).
    mutating func include(_ key: String) {
        guard entities[key] == nil, key.hasPrefix("gz:") else { return }
        register(key: key, mention: Mention(kind: .name, start: 0, end: 0, key: key, type: .country, surface: ""))
    }

    /// The article's entity for `key`.
    func entity(_ key: String) -> ExtractedEntity? {
        entities[key]
    }

    private mutating func register(key: String, mention: Mention) {
        let surface = mention.surface
        if var entity = entities[key] {
            if !surface.isEmpty, mention.type != .country, mention.type != .commodity, surface.count > entity.name.count,
                mention.kind != .surname
            {
                entity.aliases.append(entity.name)
                entity.name = surface
            } else if !surface.isEmpty, surface != entity.name, !entity.aliases.contains(surface) {
                entity.aliases.append(surface)
            }
            entities[key] = entity
        } else {
            entities[key] = newEntity(key: key, mention: mention)
        }
        if mention.type == .person, let entity = entities[key], let surname = familyName(of: entity) {
            surnames[surname] = key
        }
    }

    /// The name a person is called by alone: the gazetteer's family name, or the last word of the name.
    private func familyName(of entity: ExtractedEntity) -> String? {
        if let familyName = familyNames[entity.id] { return familyName }
        return entity.name.contains(" ") ? ExtractionLexicon.surname(of: entity.name) : nil
    }

    private func newEntity(key: String, mention: Mention) -> ExtractedEntity {
        if key.hasPrefix("gz:"), let entry = gazetteer.entry(id: String(key.dropFirst(3))) {
            let usesCanonical = entry.type == .country || entry.type == .commodity || mention.surface.isEmpty
            let name = usesCanonical ? entry.name : mention.surface
            return ExtractedEntity(
                id: entry.id, name: name, type: entry.type, kind: entry.kind,
                aliases: usesCanonical && mention.surface != name && !mention.surface.isEmpty ? [mention.surface] : [],
                canonicalName: entry.name, wikidata: entry.wikidata)
        }
        return ExtractedEntity(
            id: "", name: mention.surface, type: mention.type, kind: nil, aliases: [], canonicalName: nil, wikidata: nil)
    }

    /// The final entities, with ids made from their names for those not in the gazetteer.
    func finished() -> [String: ExtractedEntity] {
        var result: [String: ExtractedEntity] = [:]
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

    /// The earlier mention a pronoun or description stands for.
    private func resolve(_ mention: Mention, tokens: [Token], sentence: Int) -> (key: String, type: EntityType)? {
        let candidates = recent.reversed()
        switch mention.kind {
        case .pronoun:
            switch mention.pronounClass {
            case .person?:
                let people = candidates.filter { $0.type == .person }
                return (people.first { $0.isSubject } ?? people.first).map { ($0.key, $0.type) }
            case .plural?:
                return candidates.first { $0.type == .group || $0.type == .country }.map { ($0.key, $0.type) }
            case .neuter?:
                // "it" is as often an action or a policy as a state; only a sentence-initial "It" or "its" is taken.
                guard mention.start == 0 || tokens[mention.start].lower == "its" else { return nil }
                let actors = candidates.filter { $0.type == .country || $0.type == .organization }
                return (actors.first { $0.sentence == sentence } ?? actors.first { $0.isSubject }).map { ($0.key, $0.type) }
            case nil:
                return nil
            }
        default:
            if let title = mention.titles.first {
                return candidates.first { $0.type == .person && $0.titles.contains { $0.title == title.title } }
                    .map { ($0.key, $0.type) }
            }
            if mention.type == .organization {
                let cue = tokens[mention.end - 1].lower
                return candidates.first { $0.type == .organization && $0.cue == cue }.map { ($0.key, $0.type) }
            }
            return candidates.first { $0.type == .country }.map { ($0.key, $0.type) }
        }
    }
}
