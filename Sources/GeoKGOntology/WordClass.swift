/// A closed class of English words that extraction asks about: a row of `lexicon/word-classes.tsv`.
///
/// Raw values are the `class` column; every case must have its row, so that the code names each list once
/// and the file holds its words once.
public enum WordClass: String, CaseIterable, Sendable {
    case article
    case determiner
    case numberWord = "number-word"
    case quantifier
    case approximator
    case pairWord = "pair-word"
    case preposition
    case partitivePreposition = "partitive-preposition"
    case qualifyingPreposition = "qualifying-preposition"
    case locativePreposition = "locative-preposition"
    case personPronoun = "person-pronoun"
    case subjectPronoun = "subject-pronoun"
    case expletiveVerb = "expletive-verb"
    case pluralPronoun = "plural-pronoun"
    case neuterPronoun = "neuter-pronoun"
    case speakerPronoun = "speaker-pronoun"
    case issuerPronoun = "issuer-pronoun"
    case nonName = "non-name"
    case nameSuffix = "name-suffix"
    case nameParticle = "name-particle"
    case countryNoun = "country-noun"
    case functionWord = "function-word"
    case governmentNoun = "government-noun"
    case homeGovernmentNoun = "home-government-noun"
    case clauseBreak = "clause-break"
    case possessiveMarker = "possessive-marker"
    case coordinator
    case namePreposition = "name-preposition"
    case authorshipPreposition = "authorship-preposition"
    case relativePronoun = "relative-pronoun"
    case auxiliary
    case progressiveAuxiliary = "progressive-auxiliary"
    case passiveAuxiliary = "passive-auxiliary"
    case copula
    case objectStop = "object-stop"
    case subordinator
    case conditional
    case obligation
    case obligationWithTo = "obligation-with-to"
    case clauseOpener = "clause-opener"
    case nounMarker = "noun-marker"
    case filler
    case negation
    case future
    case irregularParticiple = "irregular-participle"
    case familyNameFirst = "family-name-first"
    case sentenceStarter = "sentence-starter"
    case closingMark = "closing-mark"
    case demonstrative
    case eventNoun = "event-noun"
    case placeParticiple = "place-participle"
    case placeNoun = "place-noun"
    case sportsWord = "sports-word"
    case genericNoun = "generic-noun"
    case genreWord = "genre-word"
    case collectiveNoun = "collective-noun"
    case personCollective = "person-collective"
    case countryCollective = "country-collective"
    case attributionVerb = "attribution-verb"
    case ultimatum
    case inclusion
    case reasonPreposition = "reason-preposition"
    case reciprocal
}

/// The words of every `WordClass`, lower case (`family-name-first` holds gazetteer ids as written).
public struct WordClassTable: Sendable {
    private let words: [WordClass: Set<String>]

    /// Makes a table; a class without an entry holds no words.
    public init(_ words: [WordClass: Set<String>] = [:]) {
        self.words = words
    }

    /// The words of `wordClass`.
    public subscript(_ wordClass: WordClass) -> Set<String> {
        words[wordClass] ?? []
    }
}
