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

    // Literal bits, so that reading one costs no lazy initialization; a test checks each against its case.
    static let article = WordClasses(rawValue: 1 << 0)
    static let determiner = WordClasses(rawValue: 1 << 1)
    static let numberWord = WordClasses(rawValue: 1 << 2)
    static let quantifier = WordClasses(rawValue: 1 << 3)
    static let approximator = WordClasses(rawValue: 1 << 4)
    static let pairWord = WordClasses(rawValue: 1 << 5)
    static let preposition = WordClasses(rawValue: 1 << 6)
    static let partitivePreposition = WordClasses(rawValue: 1 << 7)
    static let qualifyingPreposition = WordClasses(rawValue: 1 << 8)
    static let locativePreposition = WordClasses(rawValue: 1 << 9)
    static let personPronoun = WordClasses(rawValue: 1 << 10)
    static let subjectPronoun = WordClasses(rawValue: 1 << 11)
    static let expletiveVerb = WordClasses(rawValue: 1 << 12)
    static let pluralPronoun = WordClasses(rawValue: 1 << 13)
    static let neuterPronoun = WordClasses(rawValue: 1 << 14)
    static let speakerPronoun = WordClasses(rawValue: 1 << 15)
    static let issuerPronoun = WordClasses(rawValue: 1 << 16)
    static let nonName = WordClasses(rawValue: 1 << 17)
    static let nameSuffix = WordClasses(rawValue: 1 << 18)
    static let nameParticle = WordClasses(rawValue: 1 << 19)
    static let countryNoun = WordClasses(rawValue: 1 << 20)
    static let functionWord = WordClasses(rawValue: 1 << 21)
    static let governmentNoun = WordClasses(rawValue: 1 << 22)
    static let homeGovernmentNoun = WordClasses(rawValue: 1 << 23)
    static let clauseBreak = WordClasses(rawValue: 1 << 24)
    static let possessiveMarker = WordClasses(rawValue: 1 << 25)
    static let coordinator = WordClasses(rawValue: 1 << 26)
    static let namePreposition = WordClasses(rawValue: 1 << 27)
    static let authorshipPreposition = WordClasses(rawValue: 1 << 28)
    static let relativePronoun = WordClasses(rawValue: 1 << 29)
    static let auxiliary = WordClasses(rawValue: 1 << 30)
    static let progressiveAuxiliary = WordClasses(rawValue: 1 << 31)
    static let passiveAuxiliary = WordClasses(rawValue: 1 << 32)
    static let copula = WordClasses(rawValue: 1 << 33)
    static let objectStop = WordClasses(rawValue: 1 << 34)
    static let subordinator = WordClasses(rawValue: 1 << 35)
    static let conditional = WordClasses(rawValue: 1 << 36)
    static let obligation = WordClasses(rawValue: 1 << 37)
    static let obligationWithTo = WordClasses(rawValue: 1 << 38)
    static let clauseOpener = WordClasses(rawValue: 1 << 39)
    static let nounMarker = WordClasses(rawValue: 1 << 40)
    static let filler = WordClasses(rawValue: 1 << 41)
    static let negation = WordClasses(rawValue: 1 << 42)
    static let future = WordClasses(rawValue: 1 << 43)
    static let irregularParticiple = WordClasses(rawValue: 1 << 44)
    static let familyNameFirst = WordClasses(rawValue: 1 << 45)
    static let sentenceStarter = WordClasses(rawValue: 1 << 46)
    static let closingMark = WordClasses(rawValue: 1 << 47)
    static let demonstrative = WordClasses(rawValue: 1 << 48)
    static let eventNoun = WordClasses(rawValue: 1 << 49)
    static let placeParticiple = WordClasses(rawValue: 1 << 50)
    static let placeNoun = WordClasses(rawValue: 1 << 51)
    static let sportsWord = WordClasses(rawValue: 1 << 52)
    static let genericNoun = WordClasses(rawValue: 1 << 53)
    static let genreWord = WordClasses(rawValue: 1 << 54)
    static let collectiveNoun = WordClasses(rawValue: 1 << 55)
    static let personCollective = WordClasses(rawValue: 1 << 56)
    static let countryCollective = WordClasses(rawValue: 1 << 57)
    static let attributionVerb = WordClasses(rawValue: 1 << 58)
    static let ultimatum = WordClasses(rawValue: 1 << 59)
    static let inclusion = WordClasses(rawValue: 1 << 60)
    static let reasonPreposition = WordClasses(rawValue: 1 << 61)
    static let reciprocal = WordClasses(rawValue: 1 << 62)
}

extension WordClasses {
    /// Nouns that make a phrase a group of actors (`delegation`, `companies`): the group cues of `cues.tsv`,
    /// the one class that file rather than `word-classes.tsv` holds.
    static let groupNoun = WordClasses(rawValue: 1 << 63)
}
