import GeoKGSyntax

/// What a token's part of speech tells the rules, in the terms they ask about.
extension Token {
    /// An adverb: `strongly`, `also`, `today` (not `Italy`, which merely ends like one).
    var isAdverb: Bool { tag.upos == .adv }

    /// A gerund or present participle: `targeting`, `supporting`.
    var isGerund: Bool { tag.xpos == .vbg }

    /// A past participle: `sanctioned`, `taken`, `held`.
    var isPastParticiple: Bool { tag.xpos == .vbn }

    /// A past tense or past participle, which the tagger often confuses after a noun: `carried` in "the attacks
    /// carried out by X".
    var isPastForm: Bool { tag.xpos == .vbn || tag.xpos == .vbd }

    /// A plural common noun: `vessels`, `detainees`.
    var isPluralNoun: Bool { tag.xpos == .nns }

    /// A noun, common or proper.
    var isNoun: Bool { tag.upos == .noun || tag.upos == .propn }

    /// An adjective: `full`, `unequivocal`, `humanitarian`.
    var isAdjective: Bool { tag.upos == .adj }

    /// A possessive determiner: `our`, `its`, `their`.
    var isPossessivePronoun: Bool { tag.xpos == .prpDollar }

}
