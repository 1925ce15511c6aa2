/// The part of speech of one word: its universal tag and its Penn Treebank tag.
///
/// ```swift
/// let tags = tagger.tag(["The", "ministry", "was", "sanctioned"])
/// tags[3].xpos == .vbn   // a past participle, not a past tense
/// ```
public struct PartOfSpeech: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The universal tag (UPOS).
    public let upos: UniversalTag
    /// The Penn Treebank tag (XPOS).
    public let xpos: PennTag

    /// Makes a part of speech from its two tags.
    public init(upos: UniversalTag, xpos: PennTag) {
        self.upos = upos
        self.xpos = xpos
    }

    /// `UPOS/XPOS`, as in `VERB/VBN`.
    public var description: String { "\(upos.rawValue)/\(xpos.rawValue)" }
}
