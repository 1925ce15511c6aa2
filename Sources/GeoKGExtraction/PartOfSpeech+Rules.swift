import GeoKGSyntax

/// What a token's part of speech tells the rules, in the terms they ask about. Asked of `Token.tag`
/// (`tokens[i].tag.isAdverb`), which is read in place: a computed property of the token itself makes the
/// compiler copy the whole token to read it.
extension PartOfSpeech {
    /// An adverb: `strongly`, `also`, `today` (not `Italy`, which merely ends like one).
    var isAdverb: Bool { upos == .adv }

    /// A gerund or present participle: `targeting`, `supporting`.
    var isGerund: Bool { xpos == .vbg }

    /// A past participle: `sanctioned`, `taken`, `held`.
    var isPastParticiple: Bool { xpos == .vbn }

    /// A past tense or past participle, which the tagger often confuses after a noun: `carried` in "the attacks
    /// carried out by X".
    var isPastForm: Bool { xpos == .vbn || xpos == .vbd }

    /// A plural common noun: `vessels`, `detainees`.
    var isPluralNoun: Bool { xpos == .nns }

    /// A noun, common or proper.
    var isNoun: Bool { upos == .noun || upos == .propn }
    /// A proper noun: a name, in the singular (`NNP`).
    var isProperNoun: Bool { xpos == .nnp }

    /// An adjective: `full`, `unequivocal`, `humanitarian`.
    var isAdjective: Bool { upos == .adj }

    /// A possessive determiner: `our`, `its`, `their`.
    var isPossessivePronoun: Bool { xpos == .prpDollar }
}
