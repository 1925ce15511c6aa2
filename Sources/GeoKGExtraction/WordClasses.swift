/// Closed classes of words that mention finding asks about at nearly every token. A token's classes are
/// found once, with its vocabulary numbers, rather than by looking its text up in a set at each question.
struct WordClasses: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    /// Articles, possessives and small numbers before a group (`a`, `their`, `two`).
    static let determiner = WordClasses(rawValue: 1 << 0)
    /// Personal pronouns resolution handles (`he`, `them`, `its`).
    static let pronoun = WordClasses(rawValue: 1 << 1)
    /// Nouns that make a phrase a group of actors (`delegation`, `companies`).
    static let groupNoun = WordClasses(rawValue: 1 << 2)
    /// Words that cannot stand between a nationality and the noun it qualifies (`the`, `said`).
    static let functionWord = WordClasses(rawValue: 1 << 3)
    /// Nouns of goods and conduct that a nationality makes the country's (`imports`, `policy`).
    static let countryNoun = WordClasses(rawValue: 1 << 4)
    /// Nouns that, after a nationality, stand for the country's government (`regime`).
    static let governmentNoun = WordClasses(rawValue: 1 << 5)
    /// Prepositions of place (`in`, `near`).
    static let locativePreposition = WordClasses(rawValue: 1 << 6)
}
