#!/usr/bin/env python3
"""Differential test: geokg's SPARQL answers against pyoxigraph's on the same data.

Datasets: synthetic.nq (typed literals, cycles, named graphs, blank nodes), the sample articles as
`geokg ingest` stores them, and, when given, a slice of the real event N-Triples. Each dataset is loaded
into a fresh geokg store and, through geokg's N-Quads export, into pyoxigraph, whose default graph then
receives every named graph's triples (each once): geokg's default graph is the RDF merge of all graphs. Every query of the matching queries_*.rq file
runs on both; solutions are compared as multisets (in order for blocks marked "# ordered"), blank nodes
compared by position only.

Usage: run.py --geokg .build/debug/geokg [--events /tmp/geokg-events.nt] [--events-lines 200000]
Needs pyoxigraph (pip install pyoxigraph); exits 1 on any disagreement.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

import pyoxigraph as ox

# geokg declares these itself; pyoxigraph needs them spelled out.
PREFIXES = """PREFIX geo: <https://w3id.org/geokg/ontology#>
PREFIX entity: <https://w3id.org/geokg/entity/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX wd: <http://www.wikidata.org/entity/>
"""
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def blocks(path):
    text = open(path, encoding="utf-8").read()
    for block in text.split("\n####\n"):
        lines = [line for line in block.strip().split("\n")]
        ordered = lines[0].strip() == "# ordered"
        query = "\n".join(line for line in lines if not line.startswith("# "))
        yield query.strip(), ordered


def term_key(term):
    """A comparable form of a SPARQL JSON binding or a pyoxigraph term; blank nodes lose their labels."""
    if term is None:
        return None
    if isinstance(term, dict):
        kind = term["type"]
        if kind == "uri":
            return ("iri", term["value"])
        if kind == "bnode":
            return ("blank",)
        return ("literal", term["value"], term.get("datatype", "" if "xml:lang" not in term else "lang"),
                term.get("xml:lang", "").lower())
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("blank",)
    datatype = term.datatype.value
    if term.language:
        return ("literal", term.value, "lang", term.language.lower())
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        datatype = ""
    return ("literal", term.value, datatype, "")


def oxigraph_answer(store, query):
    result = store.query(query)
    if isinstance(result, ox.QueryBoolean):
        return ("ask", bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [tuple(term_key(row[v]) for v in variables) for row in result]
        return ("select", variables, rows)
    triples = {(term_key(t.subject), term_key(t.predicate), term_key(t.object)) for t in result}
    return ("construct", triples)


def geokg_answer(geokg, db, query, construct):
    command = [geokg, "query", "--db", db, "--format", "ntriples" if construct else "json", query]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        return ("error", done.stderr.strip())
    if construct:
        triples = set()
        for quad in ox.parse(done.stdout.encode(), format=ox.RdfFormat.N_TRIPLES):
            triples.add((term_key(quad.subject), term_key(quad.predicate), term_key(quad.object)))
        return ("construct", triples)
    answer = json.loads(done.stdout)
    if "boolean" in answer:
        return ("ask", answer["boolean"])
    variables = answer["head"]["vars"]
    rows = [tuple(term_key(binding.get(v)) for v in variables) for binding in answer["results"]["bindings"]]
    return ("select", variables, rows)


def same(ours, theirs, ordered):
    if ours[0] != theirs[0]:
        return False
    if ours[0] != "select":
        return ours == theirs
    if ours[1] != theirs[1]:
        return False
    if ordered:
        return ours[2] == theirs[2]
    return collections.Counter(ours[2]) == collections.Counter(theirs[2])


def load(geokg, workdir, name, files):
    db = os.path.join(workdir, name + ".sqlite")
    for path in files:
        verb = "ingest" if os.path.isdir(path) else "import"
        subprocess.run([geokg, verb, "--db", db, path], check=True, capture_output=True)
    exported = subprocess.run([geokg, "export", "--db", db, "--format", "nquads"], check=True,
                              capture_output=True).stdout
    store = ox.Store()
    store.load(exported, format=ox.RdfFormat.N_QUADS)
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return db, store


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", required=True)
    parser.add_argument("--events", help="real event N-Triples (to_ntriples.py output)")
    parser.add_argument("--events-lines", type=int, default=200000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        datasets = [
            ("synthetic", [os.path.join(HERE, "synthetic.nq")], "queries_synthetic.rq"),
            ("articles", [os.path.join(ROOT, "Samples", "articles")] +
             sorted(os.path.join(ROOT, "Samples", f) for f in os.listdir(os.path.join(ROOT, "Samples"))
                    if f.endswith(".nt")), "queries_articles.rq"),
        ]
        if args.events and os.path.exists(args.events):
            head = os.path.join(workdir, "events.nt")
            with open(args.events, encoding="utf-8") as source, open(head, "w", encoding="utf-8") as out:
                for number, line in enumerate(source):
                    if number >= args.events_lines:
                        break
                    out.write(line)
            datasets.append(("events", [head], "queries_events.rq"))
        failures = 0
        total = 0
        for name, files, queries in datasets:
            db, store = load(args.geokg, workdir, name, files)
            for query, ordered in blocks(os.path.join(HERE, queries)):
                total += 1
                try:
                    theirs = oxigraph_answer(store, PREFIXES + query)
                except (SyntaxError, ValueError, OSError) as error:
                    theirs = ("error", str(error).split("\n")[0])
                ours = geokg_answer(args.geokg, db, query, "CONSTRUCT" in query.upper())
                if not same(ours, theirs, ordered):
                    failures += 1
                    print(f"DIFFERENT on {name}:\n{query}\n  geokg:     {str(ours)[:600]}\n  pyoxigraph: {str(theirs)[:600]}\n")
        print(f"{total - failures}/{total} queries agree with pyoxigraph {ox.__version__}")
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
