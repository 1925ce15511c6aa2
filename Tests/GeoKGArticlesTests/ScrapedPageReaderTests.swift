import Foundation
import Testing

@testable import GeoKGArticles

@Suite("Scraped page reader")
struct ScrapedPageReaderTests {
    private static let seed = TestFiles.results(path: TestFiles.fixture("seed-sputnik-rare-earths-2025.txt"))

    private var article: Article? {
        Self.seed.first?.value
    }

    private var paragraphs: [String] {
        article?.body.components(separatedBy: "\n\n") ?? []
    }

    @Test("reads the seed page as one article")
    func oneArticle() {
        #expect(Self.seed.count == 1)
        #expect(article != nil)
    }

    @Test("takes the URL from line 1, the title from line 2, the date from the first date line")
    func header() {
        #expect(
            article?.url
                == "https://sputnikglobe.com/20250609/us-to-ask-china-to-boost-rare-earths-exports-at-upcoming-meeting-1122216876.html"
        )
        #expect(article?.title == "US to Ask China to Boost Rare Earths Exports at Upcoming Meeting")
        #expect(article?.date == "2025-06-09")
    }

    @Test("starts the body with the first paragraph, its dateline removed")
    func bodyStart() {
        #expect(
            article?.body.hasPrefix(
                "The United States will ask China to increase rare earth metals exports at talks in London, Kevin Hassett, "
            ) == true)
    }

    @Test("keeps the four body paragraphs, each once, in order")
    func paragraphsOnce() {
        #expect(paragraphs.count == 4)
        #expect(Set(paragraphs).count == paragraphs.count)
        #expect(paragraphs.map { $0.prefix(12) } == ["The United S", "Earlier, US ", "\"Those expor", "In early Apr"])
    }

    @Test("repeats no sentence of the page")
    func noSentenceTwice() {
        let body = article?.body ?? ""
        for sentence in [
            "Kevin Hassett, the director", "would meet with a Chinese delegation", "essential minerals and magnets",
        ] {
            #expect(body.components(separatedBy: sentence).count == 2, "\(sentence)")
        }
    }

    @Test(
        "leaves out every metadata line",
        arguments: [
            "feedback@sputniknews.com", "+74956456601", "cdn1.img.sputnikglobe.com", "en_EN", "Sputnik International",
            "Rossiya Segodnya", "us-china trade war", "americas", "2025-06-09T08:27", "WASHINGTON", "(Sputnik)",
        ])
    func noMetadata(line: String) {
        #expect(article?.body.contains(line) == false)
    }

    @Test("keeps the title out of the body")
    func noTitleInBody() {
        #expect(article?.body.contains("US to Ask China to Boost") == false)
    }

    @Test("drops a line that joins two body paragraphs and a summary found again in the body")
    func copiesDropped() {
        let lines = [
            "Short summary of the talks.", "First paragraph. Second paragraph.", "CITY - Short summary of the talks.",
            "First paragraph.", "Second paragraph.",
        ]
        #expect(
            ScrapedPageReader.withoutCopies(lines) == [
                "CITY - Short summary of the talks.", "First paragraph.", "Second paragraph.",
            ])
    }

    @Test("keeps the later of two equal lines and drops a truncated summary")
    func equalAndTruncated() {
        let lines = [
            "The ministers met in Geneva on Friday.", "The ministers met in Gen…", "Header noise line here.",
            "The ministers met in Geneva on Friday.",
        ]
        #expect(
            ScrapedPageReader.withoutCopies(lines) == [
                "Header noise line here.", "The ministers met in Geneva on Friday.",
            ])
    }

    @Test("reads a page of another site: labelled date, tags, copyright, related links")
    func otherSite() {
        let page = """
            https://news.example.org/world/2024/03/01/leaders-meet
            Leaders Meet in Brussels
            Example News
            Published: 1 March 2024
            Updated: 2 March 2024
            world, europe, diplomacy
            https://img.example.org/photo.jpg
            press@example.org
            Leaders of the two countries met in Brussels on Friday to discuss trade.
            BRUSSELS, BELGIUM — Leaders of the two countries met in Brussels on Friday to discuss trade.
            They agreed to meet again in April, officials said.
            Related: Trade talks stall
            © 2024 Example News. All rights reserved.
            """
        let article = TestFiles.article(text: page, format: .page)
        #expect(article?.date == "2024-03-01")
        #expect(article?.title == "Leaders Meet in Brussels")
        #expect(
            article?.body
                == "Leaders of the two countries met in Brussels on Friday to discuss trade.\n\nThey agreed to meet again in April, officials said."
        )
    }

    @Test("reports a page with no prose as having no article text")
    func noProse() {
        let results = TestFiles.results(text: "https://example.org/a\nTitle\n2024-01-01\nnews\nexample", name: "a.txt")
        #expect(results.first?.failure == ArticleError(file: "a.txt", message: "no article text found"))
    }
}
