import GeoKGOntology

/// Reads who speaks in an article and for whom: headlines such as "Statement by X", "X's remarks" or "UK
/// statement at the UN", "We, the X," in the text, and transcript labels ("MR MILLER:").
struct DiscourseCues {
    let lexicon: ExtractionLexicon

    /// Whether a headline is in title case (most of its longer words capitalised), where capitals mark no names.
    func isTitleCase(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.isWord && $0.text.utf8.count > 3 }
        guard words.count >= 3 else { return false }
        return words.filter(\.isCapitalized).count * 4 >= words.count * 3
    }

    /// "We, the G7 Foreign Ministers, ...": the body named in apposition to "we" is the issuer.
    func noteIssuerApposition(in tokens: [Token], mentions: [Mention], discourse: inout Discourse) {
        for mention in mentions where mention.kind == .pronoun && tokens[mention.start].classes.contains(.issuerPronoun)
        {
            guard mention.end + 1 < tokens.count, tokens[mention.end].spells(",") else { continue }
            let start = tokens[mention.end + 1].classes.contains(.article) ? mention.end + 2 : mention.end + 1
            if let named = mentions.firstMention(where: {
                ($0.start == start || $0.start == mention.end + 1) && $0.kind != .pronoun && !$0.isNested
            }),
                let key = named.key
            {
                discourse.issuer = key
                return
            }
        }
    }

    /// In a headline or an opening line that names its genre ("Statement by X", "X's remarks", "UK statement",
    /// "on behalf of the EU"): the speaker and the issuer it names.
    func noteSpeaker(in tokens: [Token], mentions: [Mention], discourse: inout Discourse) {
        guard let genre = tokens.firstIndex(where: { $0.classes.contains(.genreWord) }) else { return }
        let heads = mentions.filter { !$0.isNested && $0.key != nil }
        // "Statement by Ambassador X", "Remarks from the Foreign Secretary".
        if let by = (genre + 1..<min(tokens.count, genre + 3)).first(where: {
            tokens[$0].classes.contains(.authorshipPreposition)
        }),
            let speaker = heads.firstMention(where: { $0.start == by + 1 && $0.type == .person })
        {
            discourse.speaker = speaker.key
        }
        // "Secretary Blinken's remarks", "UK statement", "G7 Foreign Ministers' Statement".
        var before = genre - 1
        if before >= 0, tokens[before].classes.contains(.possessiveMarker) { before -= 1 }
        if let owner = heads.lastMention(where: { $0.end == before + 1 }) {
            if owner.type == .person {
                discourse.speaker = discourse.speaker ?? owner.key
            } else if owner.type != .commodity && owner.type != .location {
                discourse.issuer = owner.key
            }
        }
        // "on behalf of the EU".
        if let behalf = tokens.indices.first(where: { tokens[$0].lower == "behalf" }), behalf + 1 < tokens.count,
            tokens[behalf + 1].classes.contains(.partitivePreposition),
            let body = heads.firstMention(where: {
                $0.start == behalf + 2 || ($0.start == behalf + 3 && tokens[behalf + 2].classes.contains(.article))
            }),
            body.type != .person
        {
            discourse.issuer = body.key
        }
    }

    /// "MR MILLER: ...", "QUESTION: ...": a transcript label makes the labelled person the speaker until the next
    /// label; a label that names no one known leaves no speaker.
    func noteTranscriptLabel(in tokens: [Token], entities: inout ArticleEntities) {
        guard let colon = tokens.prefix(4).firstIndex(where: { $0.spells(":") }), colon > 0,
            tokens[..<colon].allSatisfy({ $0.isWord && $0.text == $0.text.uppercased() })
        else { return }
        entities.discourse.speaker = entities.surnames[tokens[colon - 1].nameKey]
    }
}
