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
    /// For a plural description resolved to several entities (`the two sides`), those entities.
    var members: [EntityKey] = []
    var type: EntityType
    /// The name as written, without titles or determiners (empty for pronouns and descriptions).
    var surface: String
    /// The country a nationality word inside the span names, as a gazetteer id (`Chinese` delegation).
    var nationality: String?
    /// Titles in front of a person's name, or the title of a description (`the Foreign Secretary`).
    var titles: [Title] = []
    /// An organization the title belongs to (`Pentagon` Press Secretary, Director `of the Council`).
    var titleBody: Int?
    /// Whether a preposition of place comes before it (`in Beijing`): a place, not an actor.
    var isLocative = false
    /// Whether it lies inside a larger mention, so that it cannot be a subject or object itself.
    var isNested = false
    /// For pronouns: which entity they may stand for.
    var pronounClass: PronounClass?
    /// For descriptions of several entities (`the two sides`): how many.
    var count = 0
    /// Other names the span gives the entity (`three Malian officials` beside `Malian officials`).
    var alternatives: [String] = []
    /// The acronym written in brackets right after the name (`OFAC`), another name of the entity.
    var acronym: String?
    /// For descriptions of a deed (`this act of aggression`): they stand for the last actor who acted.
    var isDeed = false

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
