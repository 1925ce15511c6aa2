import Foundation
import Testing

@testable import GeoKGArticles

@Suite("HTML reader")
struct HTMLReaderTests {
    private static let page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Ministers meet | Example Times</title>
        <meta property="og:title" content="OG title, not used">
        <meta property="og:url" content="https://example.org/og-url">
        <link rel="canonical" href="https://example.org/world/ministers-meet">
        <meta property="article:published_time" content="2024-05-02T10:00:00Z">
        <style>p { color: red; } .secret-style {}</style>
        <script>var leaked = "SCRIPT TEXT";</script>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebPage", "url": "https://example.org/page"},
          {"@type": ["NewsArticle"], "headline": "Ministers Meet in Paris &amp; Agree", "datePublished": "2024-05-01T09:00:00+02:00"}
        ]}
        </script>
        </head>
        <body>
        <nav><ul><li><a href="/">Home</a></li><li>World NAVTEXT</li></ul></nav>
        <header><h1>Ministers Meet in Paris</h1><p>HEADERTEXT by a reporter</p></header>
        <main>
        <article>
          <div class="share-buttons"><p>Share on Facebook SHARETEXT</p></div>
          <p class="article-byline">By BYLINETEXT</p>
          <p>PARIS (AP) &mdash; The foreign ministers of France and Germany met on Thursday.</p>
          <figure><img src="a.jpg" alt="x"><figcaption>CAPTIONTEXT The ministers.</figcaption></figure>
          <p>They discussed   the war in Ukraine,\n   the minister&#8217;s aides said &amp; added that caf&eacute;s were closed.</p>
          <!-- a comment COMMENTTEXT -->
          <h2>Next steps</h2>
          <ul><li>A summit in June.</li></ul>
          <noscript>NOSCRIPTTEXT</noscript>
          <div class="ad-slot"><p>ADTEXT buy now</p></div>
          <aside><p>ASIDETEXT read also</p></aside>
          <p>The ministers will meet again in <b>Berlin</b>.</p>
          <section id="comments"><p>COMMENTSECTION great article</p></section>
          <svg><text>SVGTEXT</text></svg>
          <template><p>TEMPLATETEXT</p></template>
          <p><button>BUTTONTEXT</button></p>
        </article>
        <div class="related-stories"><p>RELATEDTEXT Another story.</p></div>
        </main>
        <footer><p>FOOTERTEXT © Example</p></footer>
        </body></html>
        """

    private static let article = TestFiles.article(text: page, name: "page.html")

    @Test("takes the title from JSON-LD, decoded")
    func title() {
        #expect(Self.article?.title == "Ministers Meet in Paris & Agree")
    }

    @Test("takes the URL from the canonical link")
    func url() {
        #expect(Self.article?.url == "https://example.org/world/ministers-meet")
    }

    @Test("takes the date from JSON-LD datePublished, as written")
    func date() {
        #expect(Self.article?.date == "2024-05-01")
    }

    @Test("keeps the article's paragraphs, heading and list item, decoded and normalised")
    func body() {
        #expect(
            Self.article?.body == """
                The foreign ministers of France and Germany met on Thursday.

                They discussed the war in Ukraine, the minister’s aides said & added that cafés were closed.

                Next steps

                A summit in June.

                The ministers will meet again in Berlin.
                """)
    }

    @Test(
        "leaks no text of chrome, scripts or hidden content",
        arguments: [
            "SCRIPT", "secret-style", "NAVTEXT", "HEADERTEXT", "SHARETEXT", "CAPTIONTEXT", "COMMENTTEXT",
            "NOSCRIPTTEXT",
            "ADTEXT", "ASIDETEXT", "COMMENTSECTION", "SVGTEXT", "TEMPLATETEXT", "BUTTONTEXT", "RELATEDTEXT",
            "FOOTERTEXT",
            "BYLINETEXT",
            "<", "&amp;", "&#",
        ])
    func noLeak(marker: String) {
        #expect(Self.article?.body.contains(marker) == false)
    }

    @Test("uses JSON-LD articleBody when the page has one, a paragraph a line")
    func articleBody() {
        let html = """
            <html><head><script type="application/ld+json">
            {"@type": "Article", "headline": "H", "articleBody": "First line &amp; more.\\nSecond line.", "url": "https://example.org/ld"}
            </script></head><body><p>Page text.</p></body></html>
            """
        let article = TestFiles.article(text: html)
        #expect(article?.body == "First line & more.\n\nSecond line.")
        #expect(article?.url == "https://example.org/ld")
    }

    @Test("falls back to og:title, og:url, a date meta and <main> without an article")
    func fallbacks() {
        let html = """
            <html><head><title>Doc title</title><meta property="og:title" content="OG &quot;title&quot;">
            <meta property="og:url" content="https://example.org/og"><meta name="date" content="June 3, 2024">
            </head><body><p>OUTSIDE main.</p><main><p>Inside main.</p></main></body></html>
            """
        let article = TestFiles.article(text: html)
        #expect(article?.title == "OG \"title\"")
        #expect(article?.url == "https://example.org/og")
        #expect(article?.date == "2024-06-03")
        #expect(article?.body == "Inside main.")
    }

    @Test("falls back to <title>, <time datetime> and the file's URL; takes loose text when there is no <p>")
    func lastFallbacks() {
        let html =
            "<html><head><title>Only &lt;title&gt;</title></head><body><div>Loose text here.</div><time datetime=\"2023-01-02\">Jan 2</time></body></html>"
        let article = TestFiles.article(text: html, name: "/tmp/x.html")
        #expect(article?.title == "Only <title>")
        #expect(article?.date == "2023-01-02")
        #expect(article?.url == "file:///tmp/x.html")
        #expect(article?.body.hasPrefix("Loose text here.") == true)
    }

    @Test("reads 10,000 nested elements quickly, without recursion")
    func deepNesting() {
        let depth = 10_000
        let html =
            "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep text.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let start = ContinuousClock.now
        let article = TestFiles.article(text: html)
        #expect(article?.body == "Deep text.")
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test("keeps text in a form that wraps the page and in containers whose class names chrome")
    func pageWrappers() {
        let html = """
            <html><body class="has-comments social-bar"><form id="aspnetForm"><div class="search"><form><p>SEARCHTEXT</p></form></div>
            <article class="story comments-on"><p>Story text.</p></article></form></body></html>
            """
        #expect(TestFiles.article(text: html)?.body == "Story text.")
    }

    @Test("survives broken markup")
    func brokenMarkup() {
        let html =
            "<html><body><p>One <b>bold <i>and</b> odd.</p></span></div><p>Two < three & four</p><p>Cut <a href=\"x"
        let article = TestFiles.article(text: html, format: .html)
        #expect(article?.body == "One bold and odd.\n\nTwo < three & four\n\nCut")
    }
}
