import Testing

@testable import GeoKGArticles

@Suite("HTML entities")
struct HTMLEntitiesTests {
    @Test(
        "decodes references",
        arguments: [
            ("a &amp; b", "a & b"), ("&lt;p&gt;", "<p>"), ("&quot;x&quot; &apos;y&apos;", "\"x\" 'y'"),
            ("it&#8217;s", "it’s"), ("it&#x2019;s", "it’s"), ("&#X2014;", "—"), ("&#146;", "’"),
            ("caf&eacute; &Eacute;cole na&iuml;ve &ntilde; &szlig; &AElig;", "café École naïve ñ ß Æ"),
            ("&mdash;&ndash;&hellip;&lsquo;&rsquo;&ldquo;&rdquo;&laquo;&raquo;&copy;&reg;", "—–…‘’“”«»©®"),
            ("a&nbsp;b", "a\u{A0}b"), ("&#65", "A"), ("&#0;", "\u{FFFD}"), ("&#1114112;", "\u{FFFD}"),
        ])
    func decodes(text: String, expected: String) {
        #expect(HTMLEntities.decode(text) == expected)
    }

    @Test(
        "leaves what is no reference as written", arguments: ["AT&T", "a & b", "&unknown;", "&amp", "&#;", "&#x;", "&"])
    func keeps(text: String) {
        #expect(HTMLEntities.decode(text) == text)
    }
}
