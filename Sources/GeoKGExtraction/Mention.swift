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
        /// A pronoun, resolved to an earlier mention.
        case pronoun
        /// `the Secretary`, `the department`, `the regime`: resolved to an earlier mention.
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
    var key: String?
    var type: EntityType
    /// The name as written, without titles or determiners (empty for pronouns and descriptions).
    var surface: String
    /// The country a nationality word inside the span names (`Chinese` delegation, `U.S.` Treasury).
    var nationality: String?
    /// Titles in front of a person's name.
    var titles: [Title] = []
    /// An organization the title belongs to (`Pentagon` Press Secretary, Director `of the Council`).
    var titleBody: Int?
    /// Whether a preposition of place comes before it (`in Beijing`): a place, not an actor.
    var isLocative = false
    /// Whether it lies inside a larger mention, so that it cannot be a subject or object itself.
    var isNested = false
    /// For pronouns: singular person (he/she), plural (they) or neuter (it).
    var pronounClass: PronounClass?
}

/// The classes of pronouns resolution tells apart.
enum PronounClass {
    case person, plural, neuter
}
