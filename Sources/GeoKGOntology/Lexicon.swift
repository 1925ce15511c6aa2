/// The words extraction looks for: triggers, titles, cues, abbreviations, honorifics, title modifiers and agent
/// nouns of `Ontology/lexicon/`.
public struct Lexicon: Sendable {
    /// Words and phrases that express event relations, in file order.
    public let triggers: [Trigger]
    /// Job titles that give `leads` or `memberOf`, in file order, one per scope.
    public let titles: [Title]
    /// Head words that type unknown names and group nouns, in file order.
    public let cues: [Cue]
    /// Tokens ending in "." that do not end a sentence (`U.S.`, `Mr.`, `Jan.`).
    public let abbreviations: Set<String>
    /// Courtesy titles and military ranks, which stand before a name and give no relation (`Colonel`, `Dr.`).
    public let honorifics: Set<String>
    /// Words that qualify a title without changing what it says (`Deputy` Chief of Staff).
    public let titleModifiers: Set<String>
    /// Words before a title that say its holder has left the office (`former`, `ex`), or has just taken it
    /// (`newly`, `incoming`), lower case.
    public let pastOfficeWords: Set<String>
    public let newOfficeWords: Set<String>
    /// The closed classes of English words extraction asks about.
    public let wordClasses: WordClassTable
    /// Common nouns of actors (`soldiers`, `ministry`), with their class and sector, in file order.
    public let agentNouns: [AgentNoun]

    /// Makes a lexicon.
    public init(
        triggers: [Trigger] = [], titles: [Title] = [], cues: [Cue] = [], abbreviations: Set<String> = [],
        honorifics: Set<String> = [], titleModifiers: Set<String> = [], pastOfficeWords: Set<String> = [],
        newOfficeWords: Set<String> = [], wordClasses: WordClassTable = WordClassTable(), agentNouns: [AgentNoun] = []
    ) {
        self.pastOfficeWords = pastOfficeWords
        self.newOfficeWords = newOfficeWords
        self.triggers = triggers
        self.titles = titles
        self.cues = cues
        self.abbreviations = abbreviations
        self.honorifics = honorifics
        self.titleModifiers = titleModifiers
        self.wordClasses = wordClasses
        self.agentNouns = agentNouns
    }
}
