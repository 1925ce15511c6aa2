/// A Universal Dependencies part-of-speech tag (UPOS), one of the 17 universal tags.
public enum UniversalTag: String, Sendable, Hashable, CaseIterable, Codable {
    /// Adjective: "big", "old", "foreign".
    case adj = "ADJ"
    /// Adposition: "in", "to", "with", "by".
    case adp = "ADP"
    /// Adverb: "very", "tomorrow", "where".
    case adv = "ADV"
    /// Auxiliary verb: "is", "has", "will", "was" (before a participle).
    case aux = "AUX"
    /// Coordinating conjunction: "and", "or", "but".
    case cconj = "CCONJ"
    /// Determiner: "the", "a", "this", "no".
    case det = "DET"
    /// Interjection: "yes", "oh".
    case intj = "INTJ"
    /// Noun: "minister", "talks", "sanctions".
    case noun = "NOUN"
    /// Numeral: "two", "1990", "3.5".
    case num = "NUM"
    /// Particle: "'s", "not", "to" before a verb.
    case part = "PART"
    /// Pronoun: "he", "they", "which".
    case pron = "PRON"
    /// Proper noun: "Kenya", "Geneva", "Lavrov".
    case propn = "PROPN"
    /// Punctuation: ".", ",", "(".
    case punct = "PUNCT"
    /// Subordinating conjunction: "that", "if", "because".
    case sconj = "SCONJ"
    /// Symbol: "$", "%", "+".
    case sym = "SYM"
    /// Verb: "met", "sanctioned", "says".
    case verb = "VERB"
    /// Other: foreign words, typos, unanalysable material.
    case x = "X"
}
