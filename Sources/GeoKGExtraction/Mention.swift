import GeoKGOntology

/// A span of a sentence that refers to an entity.
struct Mention {
    /// How the span names its entity.
    enum Kind {
        /// A proper name or alias.
        case name
        /// A capital or building standing for a government (`Beijing`, `the Kremlin`).
        case metonym
        /// A surname (or title and surname) of a person named before.
        case surname
        /// A pronoun, resolved to an earlier mention or to the article's speaker or issuer.
        case pronoun
        /// `the Secretary`, `the department`, `the regime`, `the two sides`: resolved to earlier mentions, or,
        /// for a title no one in the article holds, to the office itself.
        case description
        /// A group of actors (`a Chinese delegation`).
        case group
        case commodity
    }

    let kind: Kind
    /// The token range in the sentence, including titles and nationality words.
    var start: Int
    var end: Int
    /// The entity's resolution key (filled in by resolution for pronouns and descriptions).
    var key: EntityKey?
    var type: EntityType
    /// The name as written, without titles or determiners (empty for pronouns and descriptions).
    var surface: String
    /// An organization the title belongs to (`Pentagon` Press Secretary, Director `of the Council`).
    var titleBody: Int?
    /// Whether a preposition of place comes before it (`in Beijing`): a place, not an actor.
    var isLocative = false
    /// Whether it lies inside a larger mention, so that it cannot be a subject or object itself.
    var isNested = false
    /// The fields most mentions leave empty, in a box shared by copies until one of them changes it (`nil`
    /// while all are empty): mentions are copied often, and every field held inline would cost each copy.
    private var details: Details?

    /// A mention of tokens `start..<end`, its other fields empty.
    init(
        kind: Kind, start: Int, end: Int, key: EntityKey? = nil, type: EntityType, surface: String,
        nationality: String? = nil
    ) {
        self.kind = kind
        self.start = start
        self.end = end
        self.key = key
        self.type = type
        self.surface = surface
        if let nationality { self.nationality = nationality }
    }

    /// For a plural description resolved to several entities (`the two sides`), those entities.
    var members: [EntityKey] {
        get { details?.members ?? [] }
        set { uniqueDetails().members = newValue }
    }
    /// The country a nationality word inside the span names, as a gazetteer id (`Chinese` delegation).
    var nationality: String? {
        get { details?.nationality }
        set { uniqueDetails().nationality = newValue }
    }
    /// Titles in front of a person's name, or the title of a description (`the Foreign Secretary`).
    var titles: [Title] {
        get { details?.titles ?? [] }
        set { uniqueDetails().titles = newValue }
    }
    /// For pronouns: which entity they may stand for.
    var pronounClass: PronounClass? {
        get { details?.pronounClass }
        set { uniqueDetails().pronounClass = newValue }
    }
    /// For descriptions of several entities (`the two sides`): how many.
    var count: Int {
        get { details?.count ?? 0 }
        set { uniqueDetails().count = newValue }
    }
    /// Other names the span gives the entity (`three Malian officials` beside `Malian officials`).
    var alternatives: [String] {
        get { details?.alternatives ?? [] }
        set { uniqueDetails().alternatives = newValue }
    }
    /// The acronym written in brackets right after the name (`OFAC`), another name of the entity.
    var acronym: String? {
        get { details?.acronym }
        set { uniqueDetails().acronym = newValue }
    }
    /// For descriptions of a deed (`this act of aggression`): they stand for the last actor who acted.
    var isDeed: Bool {
        get { details?.isDeed ?? false }
        set { uniqueDetails().isDeed = newValue }
    }

    /// The details box, made or copied first when another mention shares it.
    private mutating func uniqueDetails() -> Details {
        if isKnownUniquelyReferenced(&details), let details { return details }
        let copy = details?.copy() ?? Details()
        details = copy
        return copy
    }

    /// The rarely set fields of a mention (see the properties of the same names).
    private final class Details {
        var members: [EntityKey] = []
        var nationality: String?
        var titles: [Title] = []
        var pronounClass: PronounClass?
        var count = 0
        var alternatives: [String] = []
        var acronym: String?
        var isDeed = false

        func copy() -> Details {
            let copy = Details()
            copy.members = members
            copy.nationality = nationality
            copy.titles = titles
            copy.pronounClass = pronounClass
            copy.count = count
            copy.alternatives = alternatives
            copy.acronym = acronym
            copy.isDeed = isDeed
            return copy
        }
    }

    /// The entities the mention stands for: its members, or its own key.
    var referents: [EntityKey] {
        if !members.isEmpty { return members }
        return key.map { [$0] } ?? []
    }
}

/// The classes of pronouns resolution tells apart.
enum PronounClass {
    /// he, she: a person named before.
    case person
    /// they: a group or country named before.
    case plural
    /// it: a country or organization named before.
    case neuter
    /// I, me, my: the article's speaker.
    case speaker
    /// we, our, us: the body the article speaks for.
    case issuer
}

extension [Mention] {
    /// The first mention that `predicate` accepts. Reads the mentions in place, where `first(where:)` copies
    /// every mention it tests.
    func firstMention(where predicate: (Mention) -> Bool) -> Mention? {
        indices.first { predicate(self[$0]) }.map { self[$0] }
    }

    /// The last mention that `predicate` accepts, read in place as `firstMention(where:)` reads them.
    func lastMention(where predicate: (Mention) -> Bool) -> Mention? {
        indices.last { predicate(self[$0]) }.map { self[$0] }
    }

    /// Whether some mention satisfies `predicate`, read in place as `firstMention(where:)` reads them.
    func containsMention(where predicate: (Mention) -> Bool) -> Bool {
        indices.contains { predicate(self[$0]) }
    }
}
