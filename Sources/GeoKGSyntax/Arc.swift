/// The head and relation of one word of a parsed sentence.
///
/// ```swift
/// let arcs = parser.parse(words: words, tags: tags)
/// if arcs[1].relation == .nsubjPass, let head = arcs[1].head { print(words[head]) }   // "sanctioned"
/// ```
public struct Arc: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The index of the head word in the sentence, from 0, or `nil` for the root.
    public let head: Int?
    /// The relation of the word to its head (`.root` for the root).
    public let relation: DependencyRelation

    /// Makes an arc.
    public init(head: Int?, relation: DependencyRelation) {
        self.head = head
        self.relation = relation
    }

    /// `relation(head)`, with heads from 1 and 0 for the root as in CoNLL-U: `nsubj(3)`.
    public var description: String { "\(relation.rawValue)(\(head.map { $0 + 1 } ?? 0))" }
}
