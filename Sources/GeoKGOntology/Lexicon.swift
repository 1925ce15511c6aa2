/// The words extraction looks for: triggers, titles, cues and abbreviations of `Ontology/lexicon/`.
public struct Lexicon: Sendable {
    /// Words and phrases that express event relations, in file order.
    public let triggers: [Trigger]
    /// Job titles that give `leads` or `memberOf`, in file order, one per scope.
    public let titles: [Title]
    /// Head words that type unknown names and group nouns, in file order.
    public let cues: [Cue]
    /// Tokens ending in "." that do not end a sentence (`U.S.`, `Mr.`, `Jan.`).
    public let abbreviations: Set<String>

    /// Makes a lexicon.
    public init(triggers: [Trigger] = [], titles: [Title] = [], cues: [Cue] = [], abbreviations: Set<String> = []) {
        self.triggers = triggers
        self.titles = titles
        self.cues = cues
        self.abbreviations = abbreviations
    }
}
