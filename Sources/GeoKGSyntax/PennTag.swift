/// A Penn Treebank part-of-speech tag (the XPOS column of UD English), as used by UD English EWT.
///
/// It tells apart what the universal tags merge: a past tense (`vbd`, "met") from a past participle
/// (`vbn`, "was sanctioned"), a gerund (`vbg`), a third-person present (`vbz`), a plural proper noun
/// (`nnps`), the possessive ending (`pos`, "'s") and a hyphen between words (`hyph`).
public enum PennTag: String, Sendable, Hashable, CaseIterable, Codable {
    /// Coordinating conjunction: "and".
    case cc = "CC"
    /// Cardinal number: "two", "1990".
    case cd = "CD"
    /// Determiner: "the".
    case dt = "DT"
    /// Existential "there".
    case ex = "EX"
    /// Foreign word.
    case fw = "FW"
    /// Preposition or subordinating conjunction: "in", "that".
    case `in` = "IN"
    /// Adjective: "foreign".
    case jj = "JJ"
    /// Comparative adjective: "bigger".
    case jjr = "JJR"
    /// Superlative adjective: "biggest".
    case jjs = "JJS"
    /// List item marker: "1.", "a)".
    case ls = "LS"
    /// Modal: "will", "must".
    case md = "MD"
    /// Singular or mass noun: "minister".
    case nn = "NN"
    /// Plural noun: "ministers".
    case nns = "NNS"
    /// Singular proper noun: "Kenya".
    case nnp = "NNP"
    /// Plural proper noun: "Philippines", "Nations".
    case nnps = "NNPS"
    /// Predeterminer: "all" in "all the".
    case pdt = "PDT"
    /// Possessive ending: "'s".
    case pos = "POS"
    /// Personal pronoun: "he".
    case prp = "PRP"
    /// Possessive pronoun: "his".
    case prpDollar = "PRP$"
    /// Adverb: "very".
    case rb = "RB"
    /// Comparative adverb: "more".
    case rbr = "RBR"
    /// Superlative adverb: "most".
    case rbs = "RBS"
    /// Particle: "up" in "set up".
    case rp = "RP"
    /// Symbol: "+".
    case sym = "SYM"
    /// "to".
    case to = "TO"
    /// Interjection: "oh".
    case uh = "UH"
    /// Verb, base form: "meet".
    case vb = "VB"
    /// Verb, past tense: "met".
    case vbd = "VBD"
    /// Verb, gerund or present participle: "meeting".
    case vbg = "VBG"
    /// Verb, past participle: "sanctioned" in "was sanctioned".
    case vbn = "VBN"
    /// Verb, present, not third person singular: "meet".
    case vbp = "VBP"
    /// Verb, present, third person singular: "meets".
    case vbz = "VBZ"
    /// Wh-determiner: "which".
    case wdt = "WDT"
    /// Wh-pronoun: "who".
    case wp = "WP"
    /// Possessive wh-pronoun: "whose".
    case wpDollar = "WP$"
    /// Wh-adverb: "where".
    case wrb = "WRB"
    /// Hyphen between the parts of a word: "-" in "state - owned".
    case hyph = "HYPH"
    /// Superfluous punctuation: "...", "!!!".
    case nfp = "NFP"
    /// Address: e-mail or web address.
    case add = "ADD"
    /// Affix written apart: "pre" in "pre - war".
    case afx = "AFX"
    /// "Goes with": a piece of a word split by a typo.
    case gw = "GW"
    /// Unknown.
    case xx = "XX"
    /// Dollar sign and other currency symbols.
    case dollar = "$"
    /// Number sign.
    case hash = "#"
    /// Comma.
    case comma = ","
    /// Sentence-final punctuation: ".", "?", "!".
    case period = "."
    /// Colon, semicolon, dash, ellipsis.
    case colon = ":"
    /// Opening quotation mark.
    case openQuote = "``"
    /// Closing quotation mark.
    case closeQuote = "''"
    /// Opening bracket.
    case leftBracket = "-LRB-"
    /// Closing bracket.
    case rightBracket = "-RRB-"
}
