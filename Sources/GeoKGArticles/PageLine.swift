/// Tells the body text of a scraped page from its metadata lines.
///
/// A scraped page mixes the article with what the scraper picked up around it: URLs and image
/// links, e-mail addresses, phone numbers, years, locales (`en_EN`), tags, tag lists, publisher
/// names, dates and the title again. Rather than list every kind, a line counts as body text only
/// when it reads as prose: three words or more, some lower-case letters, and a sentence end
/// (`.`, `!`, `?`, `…`, `:` or `;`, before any closing quotes). A very long line (see
/// ``longLineWords``) is prose without the sentence end. The title again, a date, a copyright
/// notice and a comma-separated tag list are never body text.
enum PageLine {
    /// How many words make a line prose even when it does not end a sentence.
    static let longLineWords = 25

    /// Whether `line` (whitespace normalised) is body text of the page titled `title`.
    static func isBodyText(_ line: String, title: String?) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 3, line.contains(where: \.isLowercase), !isTagList(line) else { return false }
        if let title, line.lowercased() == title.lowercased() { return false }
        if line.contains("©") || line.lowercased().hasPrefix("copyright") { return false }
        if DateNormalizer.isoDate(from: line) != nil { return false }
        return endsSentence(line) || words.count >= longLineWords
    }

    /// Whether the line ends with a sentence end, possibly followed by closing quotes or brackets.
    private static func endsSentence(_ line: String) -> Bool {
        let closers: Set<Character> = ["\"", "'", "”", "’", "»", "“", ")", "]"]
        let end = line.reversed().first { !closers.contains($0) }
        return end.map { ".!?…:;".contains($0) } ?? false
    }

    /// Whether the line is a list of short comma-separated items with no sentence end, such as
    /// `us-china relations, us-china trade war, us hegemony`.
    private static func isTagList(_ line: String) -> Bool {
        let items = line.split(separator: ",")
        return items.count >= 2 && !endsSentence(line)
            && items.allSatisfy { $0.split(separator: " ").count <= 4 }
    }
}
