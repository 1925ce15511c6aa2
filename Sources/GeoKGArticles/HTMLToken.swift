/// A piece of an HTML document, as ``HTMLTokenizer`` reads it.
enum HTMLToken: Equatable {
    /// An opening tag: lower-case name, attributes (lower-case names, decoded values, the first of
    /// a repeated name), and whether it ends with `/>`.
    case startTag(name: String, attributes: [String: String], selfClosing: Bool)
    /// A closing tag, with its lower-case name.
    case endTag(name: String)
    /// Text between tags, references decoded (raw inside `<script>` and `<style>`).
    case text(String)
}
