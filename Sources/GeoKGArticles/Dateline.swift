/// The dateline that opens a news story: `WASHINGTON (Sputnik) - `, `BEIJING, CHINA — `,
/// `NEW YORK, June 9 (Reuters) - `, `KYIV, Ukraine (AFP) — `, `Washington, DC – `.
enum Dateline {
    /// The paragraph without its leading dateline, or unchanged when it has none.
    ///
    /// A dateline is a place in capitals of three letters or more (or a capitalised city with a
    /// state code such as `DC`), optionally a capitalised region or country, a date and an agency
    /// in parentheses, then a dash or colon and a sentence that starts with a capital, a digit or
    /// a quote. So `NATO - the alliance said`, `UN: Russia must` and `US President Trump said` are
    /// kept whole.
    static func stripped(from paragraph: String) -> String {
        guard let match = paragraph.prefixMatch(of: pattern) else { return paragraph }
        return String(paragraph[match.range.upperBound...])
    }

    // A `Regex` compiles its program once, on first use, with an atomic store; sharing it
    // between threads is safe, though the type is not marked `Sendable`.
    nonisolated(unsafe) private static let pattern =
        #/
        ^ (?: [A-Z] [A-Z.'’&-]{2,} (?: [\ ,]+ [A-Z] [A-Z.'’&-]* )*
            | [A-Z][a-z]+ (?: \ [A-Z][a-z]+ )* , \ (?: [A-Z]\.? ){2} )
        (?: , \ [A-Z][a-z]+ (?: \ [A-Z][a-z]+ )* )?
        (?: , \ * [A-Z][a-z]{2,} \.? \ + \d{1,2} (?: , \ * \d{4} )? )?
        (?: \ * \( [^()]{1,40} \) )?
        \ * (?: -- | [-–—:] ) \ +
        (?= [A-Z0-9"“‘'] )
    /#
}
