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
    /// What its class and id say of it: ``HTMLClassWords/weight``, positive for words of content
    /// (`article`, `post`, `content`...), negative for words of what stands beside it (`meta`, `references`...).
    var classWeight: Int
}
