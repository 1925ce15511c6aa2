/// A block of text found in an HTML document, with where it stood.
struct HTMLParagraph: Equatable {
    /// The element that holds the text.
    enum Kind: Equatable {
        /// A `<p>`.
        case paragraph
        /// An `<h2>` or `<h3>`, or a `<li>`: article text when inside the article.
        case headingOrItem
        /// Text in any other block (`<div>`, `<h1>`, `<td>`...) or in no block.
        case loose
    }

    /// The text, whitespace not yet normalised.
    var text: String
    var kind: Kind
    /// Whether it stands inside `<article>` or an element marked `itemprop="articleBody"`.
    var inArticle: Bool
    /// Whether it stands inside `<main>` or an element with `role="main"`.
    var inMain: Bool
}
