/// Finds the longest listed phrase (a sequence of token keys) starting at a token, in O(phrase length).
struct PhraseIndex<Value> {
    private final class Node {
        var children: [String: Node] = [:]
        var values: [Value] = []
    }

    private let root = Node()
    /// Whether keys are compared lower-cased.
    let caseInsensitive: Bool

    init(caseInsensitive: Bool) {
        self.caseInsensitive = caseInsensitive
    }

    /// Adds `phrase` (tokenized with `tokenizer`) for `value`.
    mutating func add(_ phrase: String, _ value: Value, tokenizer: Tokenizer) {
        let keys = tokenizer.tokens(phrase).map { key($0) }
        guard !keys.isEmpty else { return }
        var node = root
        for key in keys {
            if let next = node.children[key] {
                node = next
            } else {
                let next = Node()
                node.children[key] = next
                node = next
            }
        }
        node.values.append(value)
    }

    /// The longest phrase starting at `start`: its end (exclusive) and its values.
    func longestMatch(in tokens: [Token], at start: Int) -> (end: Int, values: [Value])? {
        var node = root
        var best: (Int, [Value])?
        var index = start
        while index < tokens.count, let next = node.children[key(tokens[index])] {
            node = next
            index += 1
            if !node.values.isEmpty { best = (index, node.values) }
        }
        return best
    }

    private func key(_ token: Token) -> String {
        caseInsensitive ? token.lower : token.key
    }
}
