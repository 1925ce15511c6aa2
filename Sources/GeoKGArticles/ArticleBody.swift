/// Turns the paragraphs a reader found into an article body.
enum ArticleBody {
    /// The paragraphs with whitespace normalised, blank and repeated ones dropped, the dateline
    /// stripped from the first, joined by blank lines; `nil` when no text is left.
    static func text(of paragraphs: [String]) -> String? {
        var seen: Set<String> = []
        seen.reserveCapacity(paragraphs.count)
        var kept: [String] = []
        for paragraph in paragraphs {
            var text = paragraph.normalizedWhitespace
            if kept.isEmpty { text = Dateline.stripped(from: text) }
            guard !text.isEmpty, seen.insert(text).inserted else { continue }
            kept.append(text)
        }
        guard !kept.isEmpty else { return nil }
        // Sized once: a long article is not copied again as the body grows.
        var body = ""
        body.reserveCapacity(kept.reduce(2 * (kept.count - 1)) { $0 + $1.utf8.count })
        for (index, text) in kept.enumerated() {
            if index > 0 { body += "\n\n" }
            body += text
        }
        return body
    }
}
