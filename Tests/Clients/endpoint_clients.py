"""`geokg serve` driven by real SPARQL clients: SPARQLWrapper and rdflib's SPARQLStore must get over HTTP what
`geokg query` gives on the same store, in every results format; the Graph Store Protocol's GET must give what
`geokg export` does; and the server's refusals, limits, CORS, loopback binding, access log and shutdown are
checked. Exits 1 with the list of failures.

Usage: endpoint_clients.py --geokg .build/debug/geokg   (in the virtualenv of Tests/Clients/requirements.txt)
"""
import argparse
import csv
import io
import json
import os
import signal
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, N3, TSV, TURTLE, XML, SPARQLWrapper

from served_store import Failures, Server, run, sample_store

SELECTS = [
    "SELECT ?r (COUNT(*) AS ?n) WHERE { ?e a geo:Event ; geo:relation ?r } GROUP BY ?r ORDER BY DESC(?n) ?r",
    "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label",
    "SELECT ?e ?s ?o ?date WHERE { ?e geo:subject ?s ; geo:object ?o OPTIONAL { ?e geo:eventDate ?date } } "
    "ORDER BY ?s ?o ?date ?e LIMIT 200",
    "SELECT ?who (LANG(?l) AS ?lang) WHERE { ?who skos:altLabel ?l FILTER(CONTAINS(LCASE(?l), \"a\")) } ORDER BY ?who ?l",
]
ASK = "ASK { ?s geo:meets ?o }"
CONSTRUCT = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a geo:Country ; rdfs:label ?l }"
PREFIXES = "PREFIX geo: <https://w3id.org/geokg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" \
           "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"

failures = Failures()
check = failures.check


def local(geokg, store, query, fmt):
    return run([geokg, "query", "--db", store, "--format", fmt, query])


def json_rows(results):
    """The rows of SPARQL JSON results as tuples of (type, value, datatype or language)."""
    variables = results["head"]["vars"]
    rows = []
    for binding in results["results"]["bindings"]:
        row = []
        for name in variables:
            term = binding.get(name)
            row.append(None if term is None else
                       (term["type"].replace("typed-literal", "literal"), term["value"],
                        term.get("datatype") or term.get("xml:lang")))
        rows.append(tuple(row))
    return variables, rows


def xml_rows(document):
    """The rows of SPARQL XML results (a minidom document) in the same form as `json_rows`."""
    variables = [v.getAttribute("name") for v in document.getElementsByTagName("variable")]
    rows = []
    for result in document.getElementsByTagName("result"):
        found = {}
        for binding in result.getElementsByTagName("binding"):
            element = [n for n in binding.childNodes if n.nodeType == n.ELEMENT_NODE][0]
            kind = {"uri": "uri", "bnode": "bnode", "literal": "literal"}[element.tagName]
            text = "".join(n.data for n in element.childNodes if n.nodeType == n.TEXT_NODE)
            extra = element.getAttribute("datatype") or element.getAttribute("xml:lang") or None
            found[binding.getAttribute("name")] = (kind, text, extra)
        rows.append(tuple(found.get(name) for name in variables))
    return variables, rows


def client(server, query, fmt):
    wrapper = SPARQLWrapper(server.url("/sparql"))
    wrapper.setQuery(PREFIXES + query)
    wrapper.setReturnFormat(fmt)
    return wrapper.query().convert()


def check_clients(geokg, store, server):
    for number, query in enumerate(SELECTS, 1):
        expected = json_rows(json.loads(local(geokg, store, query, "json")))
        check(len(expected[1]) > 0, f"select {number}: the sample store gives no rows; the test proves nothing")
        check(json_rows(client(server, query, JSON)) == expected, f"select {number}: SPARQLWrapper JSON differs")
        check(xml_rows(client(server, query, XML)) == expected, f"select {number}: SPARQLWrapper XML differs")
        got_csv = client(server, query, CSV).decode()
        check(list(csv.reader(io.StringIO(got_csv))) == list(csv.reader(io.StringIO(local(geokg, store, query, "csv")))),
              f"select {number}: CSV differs")
        check(client(server, query, TSV).decode() == local(geokg, store, query, "tsv"), f"select {number}: TSV differs")
        # rdflib's SPARQLStore: the same rows, as rdflib terms.
        graph = Graph(SPARQLStore(server.url("/sparql"), returnFormat="json"))
        got = [tuple(None if term is None else str(term) for term in row) for row in graph.query(PREFIXES + query)]
        want = [tuple(None if term is None else term[1] for term in row) for row in expected[1]]
        check(got == want, f"select {number}: rdflib SPARQLStore rows differ")
    check(client(server, ASK, JSON)["boolean"] is True, "ASK over HTTP is not true")
    check(json.loads(local(geokg, store, ASK, "json"))["boolean"] is True, "ASK locally is not true")
    local_graph = Graph().parse(data=local(geokg, store, CONSTRUCT, "ntriples"), format="nt")
    check(len(local_graph) > 0, "the CONSTRUCT query gives no triples; the test proves nothing")
    for fmt, syntax in ((N3, "nt"), (TURTLE, "turtle")):
        got = Graph().parse(data=client(server, CONSTRUCT, fmt), format=syntax)
        check(set(got) == set(local_graph), f"CONSTRUCT as {fmt} over HTTP differs from geokg query's triples")


def post(server, body, content_type, accept="application/sparql-results+json", query_string=""):
    request = urllib.request.Request(server.url("/sparql" + query_string), data=body.encode(),
                                     headers={"Content-Type": content_type, "Accept": accept}, method="POST")
    return server.request(request)


def get_query(server, query, accept="application/sparql-results+json", extra=""):
    return server.get("/sparql?" + urllib.parse.urlencode({"query": query}) + extra, accept)


def check_protocol(geokg, store, server):
    query = PREFIXES + SELECTS[0]
    status, _, body = post(server, query, "application/sparql-query")
    check(status == 200 and json.loads(body)["results"]["bindings"], "POST application/sparql-query failed")
    status, _, body = post(server, urllib.parse.urlencode({"query": query}), "application/x-www-form-urlencoded")
    check(status == 200 and json.loads(body)["results"]["bindings"], "POST form failed")
    status, headers, _ = get_query(server, query, "text/csv;q=0.5, application/sparql-results+xml")
    check(status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml"),
          "Accept with qualities did not choose XML")
    status, _, body = get_query(server, "SELECT ?x WHERE {\n  ?x ?y }")
    check(status == 400 and b"line 2, column" in body, f"a syntax error is not a 400 with its line and column: {body!r}")
    for refused, why in [("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
                         ("SELECT * FROM <http://example.org/data> WHERE { ?s ?p ?o }", "FROM")]:
        status, _, body = get_query(server, refused)
        check(status == 400, f"{why} with a URL is not refused: {status} {body!r}")
    status, _, _ = get_query(server, query, extra="&default-graph-uri=http%3A%2F%2Fexample.org%2F")
    check(status == 400, "default-graph-uri is not refused")
    status, _, _ = post(server, "update=" + urllib.parse.quote("INSERT DATA { <a:b> <a:c> <a:d> }"),
                        "application/x-www-form-urlencoded")
    check(status == 400, "an update is not refused")
    status, _, _ = post(server, "CLEAR ALL", "application/sparql-update")
    check(status == 400, "a sparql-update body is not refused")
    status, _, _ = post(server, "query=" + "x" * (1 << 21), "application/x-www-form-urlencoded")
    check(status == 413, f"a body over the limit is not refused as too large: {status}")
    status, _, _ = server.get("/api/entity?iri=" + urllib.parse.quote("https://w3id.org/geokg/entity/China")
                              + "&relation=nosuchrelation")
    check(status == 400, f"an unknown relation in a filter is not a bad request: {status}")
    status, _, _ = post(server, query, "text/plain")
    check(status == 415, "a POST of text/plain is not refused as an unsupported media type")
    status, _, _ = get_query(server, query, "image/png")
    check(status == 406, "an Accept the server cannot meet is not a 406")
    status, _, _ = server.get("/sparql")
    check(status == 400, "a request without a query is not a 400")
    status, headers, body = server.get("/", "text/html")
    check(status == 200 and headers["Content-Type"].startswith("text/html") and b"<textarea" in body,
          "GET / does not serve the page")
    # Graph Store Protocol: the same bytes as geokg export.
    status, _, body = server.get("/store?default", "application/n-triples")
    check(status == 200 and body.decode() == run([geokg, "export", "--db", store]),
          "GET /store?default differs from geokg export")
    status, _, body = server.get("/store", "application/n-quads")
    nquads = run([geokg, "export", "--db", store, "--format", "nquads"])
    check(status == 200 and body.decode() == nquads, "GET /store differs from geokg export --format nquads")
    graph = next(line.rsplit(" ", 2)[-2] for line in nquads.splitlines() if line.count("<") >= 4)
    status, _, body = server.get("/store?graph=" + urllib.parse.quote(graph.strip("<>")), "application/n-triples")
    expected = [line.rsplit(" ", 2)[0] + " ." for line in nquads.splitlines() if line.rsplit(" ", 2)[-2] == graph]
    check(status == 200 and sorted(body.decode().splitlines()) == sorted(expected), f"GET /store?graph={graph} differs")
    status, _, _ = server.get("/store?graph=" + urllib.parse.quote("http://example.org/none"))
    check(status == 404, "an unknown graph is not a 404")


def check_limits(geokg, store):
    slow = Server(geokg, store, "--timeout", "0.5")
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }"
    started = time.monotonic()
    status, _, body = get_query(slow, heavy)
    took = time.monotonic() - started
    check(status == 503 and b"time limit" in body, f"a query past --timeout is not cut off: {status} {body!r}")
    check(took < 5, f"the time-limited query took {took:.1f} s to be cut off")
    status, _, _ = get_query(slow, PREFIXES + SELECTS[0])
    check(status == 200, "the server does not answer after cutting a query off")
    check(slow.stop(signal.SIGINT) == 0, "SIGINT did not stop the server cleanly (exit 0)")
    capped = Server(geokg, store, "--max-rows", "10")
    status, _, body = get_query(capped, PREFIXES + SELECTS[1])
    check(status == 400 and b"more than 10 rows" in body, f"--max-rows is not enforced: {status} {body!r}")
    status, _, _ = get_query(capped, PREFIXES + SELECTS[1] + " LIMIT 10")
    check(status == 200, "an answer within --max-rows is refused")
    check(capped.stop() == 0, "SIGTERM did not stop the server cleanly (exit 0)")


def check_cors_and_binding(geokg, store, server):
    request = urllib.request.Request(server.url("/sparql?" + urllib.parse.urlencode({"query": ASK})),
                                     headers={"Origin": "http://example.org"})
    _, headers, _ = server.request(request)
    check("Access-Control-Allow-Origin" not in headers, "CORS headers are sent without --cors")
    open_server = Server(geokg, store, "--cors", "http://example.org")
    _, headers, _ = open_server.request(urllib.request.Request(
        open_server.url("/sparql?" + urllib.parse.urlencode({"query": PREFIXES + ASK})),
        headers={"Origin": "http://example.org"}))
    check(headers.get("Access-Control-Allow-Origin") == "http://example.org", "--cors ORIGIN is not sent")
    open_server.stop()
    port = int(server.base.rsplit(":", 1)[1])
    with open("/proc/net/tcp") as table:
        listening = [line.split()[1] for line in table.readlines()[1:] if line.split()[3] == "0A"]
    check(f"0100007F:{port:04X}" in listening, "the server does not listen on loopback (127.0.0.1) by default")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/debug/geokg")
    args = parser.parse_args()
    geokg = os.path.abspath(args.geokg)
    with tempfile.TemporaryDirectory(prefix="geokg-serve-") as folder:
        store = sample_store(geokg, folder)
        server = Server(geokg, store)
        check_clients(geokg, store, server)
        check_protocol(geokg, store, server)
        check_cors_and_binding(geokg, store, server)
        check_limits(geokg, store)
        code = server.stop()
        check(code == 0, f"geokg serve exited {code} on SIGTERM")
        log = [line for line in server.stderr().splitlines() if line.startswith("geokg serve: ")]
        check(len(log) >= 40, f"the access log has {len(log)} lines, fewer than the requests made")
    print(json.dumps({"test": "endpoint_clients", "failures": failures}))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
