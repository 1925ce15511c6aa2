import GeoKGOntology
import GeoKGSyntax

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
    /// "on behalf of the EU") or is a byline ("Foreign Secretary X"): the speaker and the issuer it names.
    func noteSpeaker(in tokens: [Token], mentions: [Mention], discourse: inout Discourse) {
        let heads = mentions.filter { !$0.isNested && $0.key != nil }
        // "Foreign Secretary Jane Roe" alone on the opening line: a byline names the speaker.
        if heads.count == 1, let byline = heads.first, byline.type == .person, byline.start == 0,
            tokens[byline.end...].allSatisfy({ !$0.isWord })
        {
            discourse.speaker = discourse.speaker ?? byline.key
            return
        }
        guard let genre = tokens.firstIndex(where: { $0.classes.contains(.genreWord) }) else { return }
        // "Statement by Ambassador X", "Remarks from the Foreign Secretary", "Joint Statement of Ghana and Togo".
        if let by = (genre + 1..<min(tokens.count, genre + 3)).first(where: {
            tokens[$0].classes.contains(.authorshipPreposition)
        }) {
            let start = by + 1 < tokens.count && tokens[by + 1].classes.contains(.article) ? by + 2 : by + 1
            if let speaker = heads.firstMention(where: { $0.start == by + 1 && $0.type == .person }) {
                discourse.speaker = speaker.key
            } else if let first = heads.firstIndex(where: { ($0.start == by + 1 || $0.start == start) && isBody($0) }) {
                noteIssuers(coordination(heads, around: first, in: tokens), discourse: &discourse)
            }
        }
        // "Secretary Blinken's remarks", "UK statement", "G7 Foreign Ministers' Statement", "Ghana-Togo Joint
        // Statement".
        var before = genre - 1
        while before >= 0, tokens[before].classes.contains(.possessiveMarker) || tokens[before].tag.isAdjective {
            before -= 1
        }
        if let owner = heads.lastMention(where: { $0.end == before + 1 }) {
            if owner.type == .person {
                discourse.speaker = discourse.speaker ?? owner.key
            } else if isBody(owner), let last = heads.lastIndex(where: { $0.end == before + 1 }) {
                noteIssuers(coordination(heads, around: last, in: tokens), discourse: &discourse)
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

    /// Whether a line may sign a text: short, with no verb, opening (past dashes) with a capitalised word, and
    /// no contact line ("Media contact: X, x@example.org").
    static func isSignature(_ tokens: [Token]) -> Bool {
        guard tokens.count <= 24, let first = tokens.firstIndex(where: { $0.isWord }), tokens[first].isCapitalized
        else { return false }
        return !tokens.contains {
            $0.tag.upos == .verb || $0.tag.upos == .aux || $0.spells(":") || $0.text.contains("@")
        }
    }

    /// Whether `mention` names a body that may issue a text: a country, organization or group.
    private func isBody(_ mention: Mention) -> Bool {
        mention.type == .country || mention.type == .organization || mention.type == .group
    }

    /// Whether the words between two names join them in a coordination (`, `, `and`, `-`).
    private func joins(_ words: ArraySlice<Token>) -> Bool {
        !words.isEmpty && words.allSatisfy { $0.spells(",") || $0.spells("-") || $0.classes.contains(.coordinator) }
    }

    /// The bodies coordinated with `heads[index]`, before and after it (`Ghana, Togo and Benin`).
    private func coordination(_ heads: [Mention], around index: Int, in tokens: [Token]) -> [Mention] {
        let isJoined = { (left: Int) in
            self.joins(tokens[heads[left].end..<heads[left + 1].start]) && self.isBody(heads[left])
                && self.isBody(heads[left + 1])
        }
        var first = index
        while first > 0, isJoined(first - 1) { first -= 1 }
        var last = index
        while last + 1 < heads.count, isJoined(last) { last += 1 }
        return Array(heads[first...last])
    }

    /// Makes the first of `bodies` the issuer, and all of them the joint issuers when there are several.
    private func noteIssuers(_ bodies: [Mention], discourse: inout Discourse) {
        let keys = bodies.compactMap(\.key)
        guard let first = keys.first else { return }
        discourse.issuer = first
        discourse.jointIssuers = keys.count > 1 ? keys : []
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
