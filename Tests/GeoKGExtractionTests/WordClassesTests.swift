import GeoKGOntology
import Testing

@testable import GeoKGExtraction

@Suite("Word class bits")
struct WordClassesTests {
    @Test("each constant is the bit of its case's position in WordClass.allCases")
    func constantsMatchCases() {
        let constants: [(WordClasses, WordClass)] = [
            (.article, .article),
            (.determiner, .determiner),
            (.numberWord, .numberWord),
            (.quantifier, .quantifier),
            (.approximator, .approximator),
            (.pairWord, .pairWord),
            (.preposition, .preposition),
            (.partitivePreposition, .partitivePreposition),
            (.qualifyingPreposition, .qualifyingPreposition),
            (.locativePreposition, .locativePreposition),
            (.personPronoun, .personPronoun),
            (.subjectPronoun, .subjectPronoun),
            (.expletiveVerb, .expletiveVerb),
            (.pluralPronoun, .pluralPronoun),
            (.neuterPronoun, .neuterPronoun),
            (.speakerPronoun, .speakerPronoun),
            (.issuerPronoun, .issuerPronoun),
            (.nonName, .nonName),
            (.nameSuffix, .nameSuffix),
            (.nameParticle, .nameParticle),
            (.countryNoun, .countryNoun),
            (.functionWord, .functionWord),
            (.governmentNoun, .governmentNoun),
            (.homeGovernmentNoun, .homeGovernmentNoun),
            (.clauseBreak, .clauseBreak),
            (.possessiveMarker, .possessiveMarker),
            (.coordinator, .coordinator),
            (.namePreposition, .namePreposition),
            (.authorshipPreposition, .authorshipPreposition),
            (.relativePronoun, .relativePronoun),
            (.auxiliary, .auxiliary),
            (.progressiveAuxiliary, .progressiveAuxiliary),
            (.passiveAuxiliary, .passiveAuxiliary),
            (.copula, .copula),
            (.objectStop, .objectStop),
            (.subordinator, .subordinator),
            (.conditional, .conditional),
            (.obligation, .obligation),
            (.obligationWithTo, .obligationWithTo),
            (.clauseOpener, .clauseOpener),
            (.nounMarker, .nounMarker),
            (.filler, .filler),
            (.negation, .negation),
            (.future, .future),
            (.irregularParticiple, .irregularParticiple),
            (.familyNameFirst, .familyNameFirst),
            (.sentenceStarter, .sentenceStarter),
            (.closingMark, .closingMark),
            (.demonstrative, .demonstrative),
            (.eventNoun, .eventNoun),
            (.placeParticiple, .placeParticiple),
            (.placeNoun, .placeNoun),
            (.sportsWord, .sportsWord),
            (.genericNoun, .genericNoun),
            (.genreWord, .genreWord),
            (.collectiveNoun, .collectiveNoun),
            (.personCollective, .personCollective),
            (.countryCollective, .countryCollective),
            (.attributionVerb, .attributionVerb),
            (.ultimatum, .ultimatum),
            (.inclusion, .inclusion),
            (.reasonPreposition, .reasonPreposition),
            (.reciprocal, .reciprocal),
        ]
        #expect(constants.count == WordClass.allCases.count)
        for (constant, wordClass) in constants {
            #expect(constant == WordClasses(wordClass), "\(wordClass)")
        }
    }
}
