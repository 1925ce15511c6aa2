#!/usr/bin/env python3
"""Differential test: geokg's SPARQL answers against pyoxigraph's on the same data.

Datasets: synthetic.nq (typed literals, cycles, named graphs, blank nodes), the sample articles as
`geokg ingest` stores them, and the first --events-triples triples of the real event data (ICEWS) with its
last --events-last (GDELT), made from --shared's datasets by Benchmarks/event_data.py (generated in the same
shape, with a note on standard error, when the datasets are missing). Each dataset is loaded into a fresh geokg store and, through geokg's N-Quads
export, into pyoxigraph, whose default graph then receives every named graph's triples (each once): geokg's
default graph is the RDF merge of all graphs. Every query of the matching queries_*.rq file runs on both.
Solutions are compared as multisets (in order for blocks marked "# ordered"), CONSTRUCT results as sets,
and blank nodes up to one consistent renaming: the answers agree only if a single one-to-one mapping of
geokg's blank-node labels onto pyoxigraph's makes them equal. A self-check of that comparison runs first.

Usage: run.py --geokg .build/debug/geokg [--shared ../shared] [--events /tmp/geokg-events.nt]
              [--events-triples 50000] [--events-last 10000]
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from event_data import event_slice  # noqa: E402

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
BLANK = ("blank",)


def blocks(path):
    """The queries of a queries_*.rq file, each with whether its block is marked "# ordered"."""
    text = open(path, encoding="utf-8").read()
    for block in text.split("\n####\n"):
        lines = [line for line in block.strip().split("\n")]
        ordered = lines[0].strip() == "# ordered"
        query = "\n".join(line for line in lines if not line.startswith("# "))
        yield query.strip(), ordered


def term_key(term):
    """A comparable form of a SPARQL JSON binding or a pyoxigraph term. A blank node keeps its label,
    ("blank", label): labels are only compared through `same_rows`' renaming."""
    if term is None:
        return None
    if isinstance(term, dict):
        kind = term["type"]
        if kind == "uri":
            return ("iri", term["value"])
        if kind == "bnode":
            return BLANK + (term["value"],)
        return ("literal", term["value"], term.get("datatype", "" if "xml:lang" not in term else "lang"),
                term.get("xml:lang", "").lower())
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return BLANK + (term.value,)
    datatype = term.datatype.value
    if term.language:
        return ("literal", term.value, "lang", term.language.lower())
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        datatype = ""
    return ("literal", term.value, datatype, "")


def is_blank(key):
    """Whether a `term_key` is a blank node's."""
    return key is not None and key[0] == BLANK[0]


def shape(row):
    """A row with its blank nodes' labels dropped: rows that may match under some renaming share a shape."""
    return tuple(BLANK if is_blank(key) else key for key in row)


def unify(renaming, ours, theirs):
    """`renaming` (a pair of dicts: our label to theirs, and back) extended so that the row `ours` becomes
    the row `theirs`, or None when no one-to-one extension does."""
    forward, backward = dict(renaming[0]), dict(renaming[1])
    if len(ours) != len(theirs):
        return None
    for a, b in zip(ours, theirs):
        if is_blank(a) and is_blank(b):
            if forward.setdefault(a, b) != b or backward.setdefault(b, a) != a:
                return None
        elif a != b:
            return None
    return forward, backward


def match_unordered(ours, pools, renaming):
    """Whether the rows `ours` can each take a distinct row of `pools` (the other side's rows with blank
    nodes, grouped by shape) under one extension of `renaming`. Backtracks over the candidates of each row,
    trying each distinct candidate once: exponential at worst, quick on answers with few blank nodes."""
    if not ours:
        return True
    row, rest = ours[0], ours[1:]
    pool = pools[shape(row)]
    tried = set()
    for index, candidate in enumerate(pool):
        if candidate in tried:
            continue
        tried.add(candidate)
        extended = unify(renaming, row, candidate)
        if extended is None:
            continue
        del pool[index]
        found = match_unordered(rest, pools, extended)
        pool.insert(index, candidate)
        if found:
            return True
    return False


def same_rows(ours, theirs, ordered):
    """Whether one one-to-one renaming of the blank-node labels of `ours` makes it equal to `theirs`: row
    by row when `ordered`, else as multisets. Rows without blank nodes are compared by counting."""
    if len(ours) != len(theirs):
        return False
    renaming = ({}, {})
    if ordered:
        for a, b in zip(ours, theirs):
            renaming = unify(renaming, a, b)
            if renaming is None:
                return False
        return True
    if collections.Counter(map(shape, ours)) != collections.Counter(map(shape, theirs)):
        return False
    pools = collections.defaultdict(list)
    for row in theirs:
        if any(map(is_blank, row)):
            pools[shape(row)].append(row)
    return match_unordered([row for row in ours if any(map(is_blank, row))], pools, renaming)


def self_check():
    """Exits 1 unless the comparison (`term_key` of both sides' terms, then `same_rows`) accepts consistent
    renamings and rejects inconsistent ones, so that a comparison that ignores blank-node labels cannot pass
    unnoticed. Our rows are written as geokg's JSON labels ("1", "2"), theirs as pyoxigraph terms ("p", "q")."""
    def ours(*rows):
        return [tuple(term_key({"type": "bnode", "value": t} if t in ("1", "2") else {"type": "uri", "value": t})
                      for t in row) for row in rows]

    def theirs(*rows):
        return [tuple(term_key(ox.BlankNode(t) if t in ("p", "q") else ox.NamedNode("http://ex.org/" + t))
                      for t in row) for row in rows]
    x, y = "http://ex.org/x", "http://ex.org/y"
    cases = [
        ("consistent renaming, found by backtracking", ours(("1", x), ("1", y), ("2", x)),
         theirs(("q", "x"), ("p", "x"), ("p", "y")), False, True),
        ("one of our nodes as two of theirs", ours(("1", x), ("1", y)), theirs(("p", "x"), ("q", "y")), False, False),
        ("two of our nodes as one of theirs", ours(("1", x), ("2", y)), theirs(("p", "x"), ("p", "y")), False, False),
        ("one node in both columns as two", ours(("1", "1")), theirs(("p", "q")), False, False),
        ("ordered, renamed row by row", ours(("1", x), ("2", y)), theirs(("q", "x"), ("p", "y")), True, True),
        ("ordered, rows swapped", ours(("1", x), ("2", y)), theirs(("q", "y"), ("p", "x")), True, False),
        ("blank node against an IRI", ours(("1",)), theirs(("x",)), False, False),
    ]
    wrong = [name for name, a, b, ordered, expected in cases if same_rows(a, b, ordered) != expected]
    if wrong:
        sys.exit(f"FAILED: the blank-node comparison is wrong on: {', '.join(wrong)}")
    print(f"blank-node comparison self-check: {len(cases)} cases right")


def oxigraph_answer(store, query):
    """pyoxigraph's answer to `query`: ("ask", bool), ("select", variables, rows) or ("construct", triples)."""
    result = store.query(query)
    if isinstance(result, ox.QueryBoolean):
        return ("ask", bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [tuple(term_key(row[v]) for v in variables) for row in result]
        return ("select", variables, rows)
    triples = {(term_key(t.subject), term_key(t.predicate), term_key(t.object)) for t in result}
    return ("construct", sorted(triples))


def geokg_answer(geokg, db, query, construct):
    """geokg's answer to `query`, in the form of `oxigraph_answer`, or ("error", message)."""
    command = [geokg, "query", "--db", db, "--format", "ntriples" if construct else "json", query]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        return ("error", done.stderr.strip())
    if construct:
        triples = set()
        for quad in ox.parse(done.stdout.encode(), format=ox.RdfFormat.N_TRIPLES):
            triples.add((term_key(quad.subject), term_key(quad.predicate), term_key(quad.object)))
        return ("construct", sorted(triples))
    answer = json.loads(done.stdout)
    if "boolean" in answer:
        return ("ask", answer["boolean"])
    variables = answer["head"]["vars"]
    rows = [tuple(term_key(binding.get(v)) for v in variables) for binding in answer["results"]["bindings"]]
    return ("select", variables, rows)


def same(ours, theirs, ordered):
    """Whether two answers agree: same kind, same variables, rows equal under one blank-node renaming."""
    if ours[0] != theirs[0]:
        return False
    if ours[0] == "select":
        return ours[1] == theirs[1] and same_rows(ours[2], theirs[2], ordered)
    if ours[0] == "construct":
        return same_rows(ours[1], theirs[1], False)
    return ours == theirs


def load(geokg, workdir, name, files):
    """A fresh geokg store of `files` (folders are ingested, files imported) and a pyoxigraph store of its
    N-Quads export with every graph's triples also in the default graph."""
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
    parser.add_argument("--shared", default="../shared", help="holds datasets/, the source of the event data")
    parser.add_argument("--events", default="/tmp/geokg-events.nt",
                        help="all the real event N-Triples, made from --shared's datasets when missing")
    parser.add_argument("--events-triples", type=int, default=50000)
    parser.add_argument("--events-last", type=int, default=10000)
    args = parser.parse_args()
    self_check()
    with tempfile.TemporaryDirectory() as workdir:
        events = os.path.join(workdir, "events.nt")
        kind = event_slice(args.shared, args.events_triples, events, args.events, args.events_last)
        print(f"event data: the first {args.events_triples:,} and the last {args.events_last:,} triples of "
              f"{args.events}" if kind == "real" else
              f"event data: {args.events_triples + args.events_last:,} generated triples ({args.shared}/datasets "
              f"is missing)")
        datasets = [
            ("synthetic", [os.path.join(HERE, "synthetic.nq")], "queries_synthetic.rq"),
            ("articles", [os.path.join(ROOT, "Samples", "articles")] +
             sorted(os.path.join(ROOT, "Samples", f) for f in os.listdir(os.path.join(ROOT, "Samples"))
                    if f.endswith(".nt")), "queries_articles.rq"),
            ("events", [events], "queries_events.rq"),
        ]
        failures = 0
        total = 0
        empty = 0
        for name, files, queries in datasets:
            db, store = load(args.geokg, workdir, name, files)
            for query, ordered in blocks(os.path.join(HERE, queries)):
                total += 1
                try:
                    theirs = oxigraph_answer(store, PREFIXES + query)
                except (SyntaxError, ValueError, OSError) as error:
                    theirs = ("error", str(error).split("\n")[0])
                ours = geokg_answer(args.geokg, db, query, "CONSTRUCT" in query.upper())
                empty += theirs[0] in ("select", "construct") and not theirs[-1]
                if not same(ours, theirs, ordered):
                    failures += 1
                    print(f"DIFFERENT on {name}:\n{query}\n  geokg:     {str(ours)[:600]}\n  pyoxigraph: {str(theirs)[:600]}\n")
        print(f"{total - failures}/{total} queries agree with pyoxigraph {ox.__version__} "
              f"({empty} of them with no solution on pyoxigraph's side)")
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
