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
start-up and store opening included) and over HTTP from a warm `geokg serve` (a kept-alive connection, TSV
results read whole); pyoxigraph runs in-process. Result counts must agree, and the HTTP median of each query must
be at most pyoxigraph's. Then `geokg neighbors` of the busiest subject (China in the event data) at depths 1 and 2,
its answer written to a file, and the server's requests per second for a simple lookup (a label), by wrk with 8
connections for 5 s.

Usage: query_bench.py --geokg .build/release/geokg [--shared ../shared] [--events /tmp/geokg-events.nt]
Prints a table, then JSON.
"""
import argparse
import http.client
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

from event_data import make_events
from measure import run

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Clients"))
from served_store import Server  # noqa: E402


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


class HTTPClient:
    """A kept-alive connection to `geokg serve`, asking for TSV results."""

    def __init__(self, server):
        address = urllib.parse.urlsplit(server.base)
        self.connection = http.client.HTTPConnection(address.hostname, address.port)

    def count(self, query):
        self.connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}),
                                headers={"Accept": "text/tab-separated-values"})
        response = self.connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"geokg serve answered {response.status}: {body[:300]!r}")
        return body.count(b"\n") - 1


def lookups_per_second(server, subject):
    """wrk's requests per second for a label lookup of `subject`, 8 connections for 5 s."""
    query = f"SELECT ?label WHERE {{ <{subject}> <http://www.w3.org/2000/01/rdf-schema#label> ?label }}"
    url = server.url("/sparql?" + urllib.parse.urlencode({"query": query}))
    if shutil.which("wrk") is None:
        raise SystemExit("query_bench.py: wrk is missing (apt-get install wrk): cannot measure requests per second")
    out = subprocess.run(["wrk", "-t2", "-c8", "-d5s", url], check=True, stdout=subprocess.PIPE, text=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise SystemExit(f"query_bench.py: {errors.group(1)} lookups failed under wrk")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


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
        server = Server(args.geokg, db, "--max-rows", "100000000", "--timeout", "120")
        # Stopped whatever happens: a failed measurement (wrk missing, say) must not leave the server running.
        try:
            client = HTTPClient(server)
            for name, query in queries(picks).items():
                ours, our_count = median_ms(lambda: geokg_count(args.geokg, db, query), args.repeat)
                served, served_count = median_ms(lambda: client.count(query), args.repeat)
                theirs, their_count = median_ms(lambda: sum(1 for _ in store.query(query)), args.repeat)
                rows.append({"query": name, "geokg_ms": ours, "http_ms": served, "pyoxigraph_ms": theirs,
                             "ratio": round(ours / theirs, 2), "http_ratio": round(served / theirs, 2),
                             "results": our_count, "agree": our_count == their_count == served_count})
            lookups = lookups_per_second(server, picks["subject"])
        finally:
            server.stop()
        for depth in (1, 2):
            command = [args.geokg, "neighbors", "--db", db, "--depth", str(depth), "--format", "tsv", picks["subject"]]
            # Written to a file, as a user keeps an answer: reading the 17 MB that depth 2 writes through a pipe
            # would time Python as much as geokg.
            answer = os.path.join(work, f"neighbors-{depth}.tsv")

            def write_answer():
                with open(answer, "wb") as out:
                    run(command, stdout=out, text=False)

            ms, _ = median_ms(write_answer, args.repeat)
            with open(answer, "rb") as written:
                results = written.read().count(b"\n") - 1
            rows.append({"query": f"neighbors depth {depth}", "geokg_ms": ms, "http_ms": None, "pyoxigraph_ms": None,
                         "ratio": None, "http_ratio": None, "results": results, "agree": None})
        print(f"{'query':<18} {'geokg ms':>9} {'http ms':>8} {'pyoxigraph ms':>14} {'ratio':>6} {'http':>6} "
              f"{'results':>8} agree")
        for row in rows:
            print(f"{row['query']:<18} {row['geokg_ms']:>9} {str(row['http_ms']):>8} {str(row['pyoxigraph_ms']):>14} "
                  f"{str(row['ratio']):>6} {str(row['http_ratio']):>6} {str(row['results']):>8} {row['agree']}")
        print(f"geokg serve: {lookups:,.0f} label lookups per second (wrk, 8 connections)")
        print(json.dumps({"picks": picks, "pyoxigraph": ox.__version__, "rows": rows, "lookups_per_s": lookups}))
        slower = [row["query"] for row in rows if row["http_ratio"] is not None and row["http_ratio"] > 1]
        if slower:
            print(f"query_bench.py: over HTTP slower than pyoxigraph in-process: {', '.join(slower)}", file=sys.stderr)
        if any(row["agree"] is False for row in rows) or slower:
            sys.exit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
