/// A block element of an HTML document (`<div>`, `<p>`, `<article>`...), as a candidate to hold the article.
struct HTMLElement: Equatable {
    /// The lower-case tag name.
    var name: String
    /// The index of the innermost block element around it, if any.
    var parent: Int?
    /// The indices of the ``HTMLParagraph`` blocks inside it, in document order.
    var blocks: Range<Int>
    /// Whether it is `<article>` or marked `itemprop="articleBody"`.
    var isArticle: Bool
    /// Whether it is `<main>` or has `role="main"`.
    var isMain: Bool
    /// What its class and id say of it: positive for words of content (`article`, `post`,
    /// `content`...), negative for words of page chrome that do not exclude it (`sidebar`, `meta`...).
    var classWeight: Int
}
