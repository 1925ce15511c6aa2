import GeoKGRDF

/// The browser view's page: a query editor with geokg's prefixes declared, an entity search and an entity page,
/// filled in by `BrowserScript`; no outside resource is loaded.
enum BrowserPage {
    /// The query the editor starts with.
    static let sampleQuery = """
        SELECT ?relation (COUNT(*) AS ?facts) WHERE {
          ?fact a geo:Event ; geo:relation ?relation
        } GROUP BY ?relation ORDER BY DESC(?facts) LIMIT 20
        """

    /// The namespaces as JSON, `{"geo": "https://w3id.org/geokg/ontology#", ...}`, for showing IRIs short.
    static var prefixMap: String {
        "{" + Namespaces.all.map { "\"\($0.prefix)\":\"\($0.iri)\"" }.joined(separator: ",") + "}"
    }

    /// The page's HTML.
    static var html: String {
        let prefixes = Namespaces.all.map { "PREFIX \($0.prefix): <\($0.iri)>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>geokg</title>
            <link rel="stylesheet" href="ui/geokg.css">
            </head>
            <body data-entity-namespace="\(XMLText.escaped(Namespaces.entity.iri))" \
            data-prefixes="\(XMLText.escaped(prefixMap))">
            <header><h1>geokg</h1><p>The knowledge graph of geopolitical actors in this store.</p></header>
            <main>
            <section id="explore">
            <h2>Entities</h2>
            <form id="search-form"><input id="search-text" type="search" placeholder="Name, e.g. China" \
            aria-label="Entity name"> <button id="search" type="submit">Search</button></form>
            <div id="search-results"></div>
            </section>
            <section id="entity" hidden>
            <h2 id="entity-name"></h2>
            <p id="entity-iri" class="muted"></p>
            <form id="filters">
            <label>Relation <input id="filter-relation" placeholder="meets, 036"></label>
            <label>Since <input id="filter-since" type="date"></label>
            <label>Until <input id="filter-until" type="date"></label>
            <label>Depth <select id="filter-depth"><option>1</option><option>2</option><option>3</option></select></label>
            <button type="submit">Apply</button>
            </form>
            <div id="entity-diagram"></div>
            <h3>Names and classes</h3>
            <div id="entity-description"></div>
            <h3>Facts</h3>
            <div id="entity-facts"></div>
            </section>
            <section id="query">
            <h2>SPARQL</h2>
            <textarea id="query-text" rows="16" spellcheck="false" aria-label="SPARQL query">\
            \(XMLText.escaped(prefixes + "\n\n" + sampleQuery))</textarea>
            <p><button id="run-query" type="button">Run</button> <span class="muted">The endpoint is \
            <code>/sparql</code> (SPARQL 1.1 Protocol).</span></p>
            <div id="query-results"></div>
            </section>
            </main>
            <script src="ui/geokg.js"></script>
            </body>
            </html>

            """
    }
}
