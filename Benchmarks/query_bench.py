#!/usr/bin/env python3
"""Query benchmark: geokg's SPARQL beside pyoxigraph's on-disk store, on the same N-Triples, in one run.

Five queries over the 1.4 million real event triples (made by event_data.py when missing), with the picks of
../shared/bench/rdf_peer_bench.py (busiest subject, busiest object, the join predicates p1 and p2):
  subject  SELECT ?p ?o { <s> ?p ?o }
  object   SELECT ?s ?p { ?s ?p <o> }
  join     SELECT ?a ?b ?c { ?a <p1> ?b . ?b <p2> ?c }
  group    SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p
  path     SELECT ?a ?c { ?a <p1>/<p2> ?c }
Each: one warm-up, then the median of --repeat runs. geokg runs as a process per query (`geokg query`,
start-up and store opening included); pyoxigraph runs in-process. Result counts must agree.
Then `geokg neighbors` of the busiest subject (China in the event data) at depth 2.

Usage: query_bench.py --geokg .build/release/geokg [--shared ../shared] [--events /tmp/geokg-events.nt]
Prints a table, then JSON.
"""
import argparse
import importlib.util
import json
import os
import shutil
import statistics
import sys
import tempfile
import time

from event_data import make_events
from measure import run


def peer_module(shared):
    path = os.path.join(shared, "bench", "rdf_peer_bench.py")
    spec = importlib.util.spec_from_file_location("rdf_peer_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def queries(picks):
    p1, p2 = picks["p1"], picks["p2"]
    return {
        "subject": f"SELECT ?p ?o WHERE {{ <{picks['subject']}> ?p ?o }}",
        "object": f"SELECT ?s ?p WHERE {{ ?s ?p <{picks['object']}> }}",
        "join": f"SELECT ?a ?b ?c WHERE {{ ?a <{p1}> ?b . ?b <{p2}> ?c }}",
        "group": "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
        "path": f"SELECT ?a ?c WHERE {{ ?a <{p1}>/<{p2}> ?c }}",
    }


def median_ms(run, repeat):
    run()
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 1), result


def geokg_count(geokg, db, query):
    return run([geokg, "query", "--db", db, "--format", "tsv", query]).stdout.count("\n") - 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", required=True)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--events", default="/tmp/geokg-events.nt")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    make_events(args.shared, args.events)
    peer = peer_module(args.shared)
    picks = peer.compute_picks(args.events, argparse.Namespace(subject=None, object=None, p1=None, p2=None))
    work = tempfile.mkdtemp(prefix="geokg-query-bench-")
    try:
        db = os.path.join(work, "events.sqlite")
        run([args.geokg, "import", "--db", db, args.events])
        import pyoxigraph as ox
        store = ox.Store(os.path.join(work, "oxigraph"))
        store.bulk_load(path=args.events, format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        rows = []
        for name, query in queries(picks).items():
            ours, our_count = median_ms(lambda: geokg_count(args.geokg, db, query), args.repeat)
            theirs, their_count = median_ms(lambda: sum(1 for _ in store.query(query)), args.repeat)
            rows.append({"query": name, "geokg_ms": ours, "pyoxigraph_ms": theirs, "ratio": round(ours / theirs, 2),
                         "results": our_count, "agree": our_count == their_count})
        for depth in (1, 2):
            command = [args.geokg, "neighbors", "--db", db, "--depth", str(depth), "--format", "tsv", picks["subject"]]
            ms, done = median_ms(lambda: run(command), args.repeat)
            rows.append({"query": f"neighbors depth {depth}", "geokg_ms": ms, "pyoxigraph_ms": None, "ratio": None,
                         "results": done.stdout.count("\n") - 1, "agree": None})
        print(f"{'query':<18} {'geokg ms':>9} {'pyoxigraph ms':>14} {'ratio':>6} {'results':>8} agree")
        for row in rows:
            print(f"{row['query']:<18} {row['geokg_ms']:>9} {str(row['pyoxigraph_ms']):>14} {str(row['ratio']):>6} "
                  f"{str(row['results']):>8} {row['agree']}")
        print(json.dumps({"picks": picks, "pyoxigraph": ox.__version__, "rows": rows}))
        if any(row["agree"] is False for row in rows):
            sys.exit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
