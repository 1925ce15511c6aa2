/// A sentence of an article: its text, as evidence, and its tokens.
public struct Sentence: Sendable, Hashable {
    /// The sentence as written.
    public let text: String
    /// Its tokens.
    public let tokens: [Token]
    /// Its position in the article, from 0.
    public let index: Int
}
