import GeoKGOntology

/// The word classes of `lexicon/word-classes.tsv` a token belongs to, as a set of bits: a token's classes are
/// found once, with its vocabulary numbers, rather than by looking its text up in a set at each question.
struct WordClasses: OptionSet, Hashable, Sendable {
    let rawValue: UInt64

    init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// The set holding `wordClass` alone: its bit is its position in `WordClass.allCases`.
    init(_ wordClass: WordClass) {
        rawValue = 1 << UInt64(WordClass.allCases.firstIndex(of: wordClass) ?? 0)
    }

    static let article = WordClasses(.article)
    static let determiner = WordClasses(.determiner)
    static let numberWord = WordClasses(.numberWord)
    static let quantifier = WordClasses(.quantifier)
    static let approximator = WordClasses(.approximator)
    static let pairWord = WordClasses(.pairWord)
    static let preposition = WordClasses(.preposition)
    static let partitivePreposition = WordClasses(.partitivePreposition)
    static let qualifyingPreposition = WordClasses(.qualifyingPreposition)
    static let locativePreposition = WordClasses(.locativePreposition)
    static let personPronoun = WordClasses(.personPronoun)
    static let subjectPronoun = WordClasses(.subjectPronoun)
    static let expletiveVerb = WordClasses(.expletiveVerb)
    static let pluralPronoun = WordClasses(.pluralPronoun)
    static let neuterPronoun = WordClasses(.neuterPronoun)
    static let speakerPronoun = WordClasses(.speakerPronoun)
    static let issuerPronoun = WordClasses(.issuerPronoun)
    static let nonName = WordClasses(.nonName)
    static let nameSuffix = WordClasses(.nameSuffix)
    static let nameParticle = WordClasses(.nameParticle)
    static let countryNoun = WordClasses(.countryNoun)
    static let functionWord = WordClasses(.functionWord)
    static let governmentNoun = WordClasses(.governmentNoun)
    static let homeGovernmentNoun = WordClasses(.homeGovernmentNoun)
    static let clauseBreak = WordClasses(.clauseBreak)
    static let possessiveMarker = WordClasses(.possessiveMarker)
    static let coordinator = WordClasses(.coordinator)
    static let namePreposition = WordClasses(.namePreposition)
    static let authorshipPreposition = WordClasses(.authorshipPreposition)
    static let relativePronoun = WordClasses(.relativePronoun)
    static let auxiliary = WordClasses(.auxiliary)
    static let progressiveAuxiliary = WordClasses(.progressiveAuxiliary)
    static let passiveAuxiliary = WordClasses(.passiveAuxiliary)
    static let copula = WordClasses(.copula)
    static let objectStop = WordClasses(.objectStop)
    static let subordinator = WordClasses(.subordinator)
    static let conditional = WordClasses(.conditional)
    static let obligation = WordClasses(.obligation)
    static let obligationWithTo = WordClasses(.obligationWithTo)
    static let clauseOpener = WordClasses(.clauseOpener)
    static let nounMarker = WordClasses(.nounMarker)
    static let filler = WordClasses(.filler)
    static let negation = WordClasses(.negation)
    static let future = WordClasses(.future)
    static let irregularParticiple = WordClasses(.irregularParticiple)
    static let familyNameFirst = WordClasses(.familyNameFirst)
    static let sentenceStarter = WordClasses(.sentenceStarter)
    static let closingMark = WordClasses(.closingMark)
    static let demonstrative = WordClasses(.demonstrative)
    static let eventNoun = WordClasses(.eventNoun)
    static let placeParticiple = WordClasses(.placeParticiple)
    static let placeNoun = WordClasses(.placeNoun)
    static let sportsWord = WordClasses(.sportsWord)
    static let genericNoun = WordClasses(.genericNoun)
    static let genreWord = WordClasses(.genreWord)
    static let collectiveNoun = WordClasses(.collectiveNoun)
    static let personCollective = WordClasses(.personCollective)
    static let countryCollective = WordClasses(.countryCollective)
    static let attributionVerb = WordClasses(.attributionVerb)
    static let ultimatum = WordClasses(.ultimatum)
    static let inclusion = WordClasses(.inclusion)
    static let reasonPreposition = WordClasses(.reasonPreposition)
}

extension WordClasses {
    /// Nouns that make a phrase a group of actors (`delegation`, `companies`): the group cues of `cues.tsv`,
    /// the one class that file rather than `word-classes.tsv` holds.
    static let groupNoun = WordClasses(rawValue: 1 << 63)
}
