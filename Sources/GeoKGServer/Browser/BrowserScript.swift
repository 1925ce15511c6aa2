/// The browser view's script: the query editor, entity search and entity page. Every name and sentence from the
/// store is put in the page as text (`textContent`), never as markup; only http(s) IRIs become outside links.
enum BrowserScript {
    static let text = #"""
        "use strict";
        const byId = (id) => document.getElementById(id);
        const entityNamespace = document.body.dataset.entityNamespace;
        const prefixes = Object.entries(JSON.parse(document.body.dataset.prefixes));

        // An IRI as a prefixed name when a declared namespace holds it.
        function shortName(iri) {
          for (const [prefix, namespace] of prefixes) {
            if (iri.startsWith(namespace) && iri.length > namespace.length) return prefix + ":" + iri.slice(namespace.length);
          }
          return iri;
        }

        function element(tag, text, className) {
          const node = document.createElement(tag);
          if (text !== undefined && text !== null) node.textContent = text;
          if (className) node.className = className;
          return node;
        }

        // A link for an IRI: an entity opens its page here, an http(s) IRI opens outside, anything else is text.
        function termLink(iri, label) {
          const shown = label || shortName(iri);
          if (iri.startsWith(entityNamespace)) {
            const a = element("a", shown, "entity-link");
            a.href = "#entity=" + encodeURIComponent(iri);
            a.title = iri;
            return a;
          }
          if (/^https?:\/\//i.test(iri)) {
            const a = element("a", shown);
            a.href = iri;
            a.rel = "noopener noreferrer";
            a.target = "_blank";
            a.title = iri;
            return a;
          }
          return element("span", shown);
        }

        // A table of SPARQL JSON results; IRIs are shown by their labels when `labels` has them.
        function resultTable(results, labels) {
          const table = element("table");
          const head = element("tr");
          for (const name of results.head.vars) head.append(element("th", name));
          table.append(head);
          for (const binding of results.results.bindings) {
            const row = element("tr");
            for (const name of results.head.vars) {
              const cell = element("td");
              const term = binding[name];
              if (term && term.type === "uri") cell.append(termLink(term.value, labels && labels[term.value]));
              else if (term) cell.textContent = term.value;
              row.append(cell);
            }
            table.append(row);
          }
          return table;
        }

        function showError(container, text) {
          container.replaceChildren(element("pre", text, "error"));
        }

        async function runQuery() {
          const out = byId("query-results");
          out.replaceChildren(element("p", "Running…"));
          const response = await fetch("sparql", {
            method: "POST",
            headers: {
              "Content-Type": "application/x-www-form-urlencoded",
              "Accept": "application/sparql-results+json, application/n-triples;q=0.5",
            },
            body: new URLSearchParams({ query: byId("query-text").value }),
          });
          const text = await response.text();
          if (!response.ok) return showError(out, text);
          if (!(response.headers.get("Content-Type") || "").startsWith("application/sparql-results+json")) {
            return out.replaceChildren(element("pre", text));
          }
          const results = JSON.parse(text);
          if ("boolean" in results) return out.replaceChildren(element("p", String(results.boolean), "boolean"));
          out.replaceChildren(
            element("p", results.results.bindings.length + " solutions"), resultTable(results, null));
        }

        async function search() {
          const out = byId("search-results");
          const query = byId("search-text").value;
          const response = await fetch("api/entities?match=" + encodeURIComponent(query));
          const text = await response.text();
          if (!response.ok) return showError(out, text);
          const answer = JSON.parse(text);
          const list = element("ul");
          for (const binding of answer.entities.results.bindings) {
            const item = element("li");
            item.append(termLink(binding.entity.value, binding.label && binding.label.value));
            const type = binding.type ? answer.labels[binding.type.value] || binding.type.value : "";
            item.append(element("span", " " + type + " · " + (binding.facts ? binding.facts.value : 0) + " facts",
              "muted"));
            list.append(item);
          }
          out.replaceChildren(list.childElementCount ? list : element("p", "No entity matches."));
        }

        function filterFields(iri) {
          const fields = new URLSearchParams({ iri: iri });
          for (const name of ["relation", "since", "until"]) {
            const value = byId("filter-" + name).value.trim();
            if (value) fields.set(name, value);
          }
          return fields;
        }

        // Graphviz's SVG, parsed as XML and stripped of anything active: scripts, foreign content, event handlers
        // and links. Clicking a node opens its entity (the node's title is the entity's IRI).
        function safeDiagram(svgText) {
          const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
          const svg = doc.documentElement;
          if (svg.nodeName !== "svg") return element("p", "The diagram could not be read.");
          for (const node of Array.from(svg.querySelectorAll("script, foreignObject, iframe, object, embed"))) {
            node.remove();
          }
          for (const node of [svg, ...svg.querySelectorAll("*")]) {
            for (const attribute of Array.from(node.attributes)) {
              const name = attribute.name.toLowerCase();
              if (name.startsWith("on") || name === "href" || name === "xlink:href") node.removeAttribute(attribute.name);
            }
          }
          const imported = document.importNode(svg, true);
          for (const group of imported.querySelectorAll("g.node")) {
            const title = group.querySelector("title");
            if (!title || !title.textContent.startsWith(entityNamespace)) continue;
            group.classList.add("clickable");
            group.addEventListener("click", (event) => {
              event.preventDefault();
              location.hash = "#entity=" + encodeURIComponent(title.textContent);
            });
          }
          return imported;
        }

        async function openEntity(iri) {
          byId("entity").hidden = false;
          const fields = filterFields(iri);
          const [profile, diagram] = await Promise.all([
            fetch("api/entity?" + fields),
            fetch("api/diagram?" + fields + "&depth=" + byId("filter-depth").value),
          ]);
          const profileText = await profile.text();
          if (!profile.ok) return showError(byId("entity-facts"), profileText);
          const answer = JSON.parse(profileText);
          const names = answer.description.results.bindings;
          const label = names.find((b) => b.property.value.endsWith("#label"));
          byId("entity-name").textContent = label ? label.value.value : iri;
          byId("entity-iri").textContent = iri;
          byId("entity-description").replaceChildren(resultTable(answer.description, answer.labels));
          byId("entity-facts").replaceChildren(
            element("p", answer.facts.results.bindings.length + " facts"), resultTable(answer.facts, answer.labels));
          const diagramText = await diagram.text();
          if (!diagram.ok) return showError(byId("entity-diagram"), diagramText);
          byId("entity-diagram").replaceChildren(safeDiagram(diagramText));
        }

        function route() {
          const hash = location.hash;
          if (hash.startsWith("#entity=")) openEntity(decodeURIComponent(hash.slice(8)));
        }

        byId("run-query").addEventListener("click", runQuery);
        byId("search-form").addEventListener("submit", (event) => { event.preventDefault(); search(); });
        byId("filters").addEventListener("submit", (event) => { event.preventDefault(); route(); });
        window.addEventListener("hashchange", route);
        route();
        """#
}
