/// A block of text found in an HTML document, with where it stood.
struct HTMLParagraph: Equatable {
    /// The element that holds the text.
    enum Kind: Equatable {
        /// A `<p>`, `<blockquote>` or `<pre>`: running text.
        case paragraph
        /// A heading, `<h1>` to `<h6>`.
        case heading
        /// A list item or a definition, `<li>`, `<dt>` or `<dd>`.
        case item
        /// Text in any other block (`<div>`, `<td>`...) or in no block.
        case loose
    }

    /// The text, whitespace not yet normalised.
    var text: String
    var kind: Kind
    /// Whether it stands inside `<article>` or an element marked `itemprop="articleBody"`.
    var inArticle: Bool
    /// Whether it stands inside `<main>` or an element with `role="main"`.
    var inMain: Bool
    /// The share of its visible characters that are link text (`<a>`), from 0 to 1.
    var linkDensity: Double
    /// The index in ``HTMLTextCollector/elements`` of the innermost block element holding it, if any.
    var owner: Int?
}
