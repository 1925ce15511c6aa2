"""`geokg serve` under load on loopback: 8 clients send queries, searches, entity pages, diagrams and graph
downloads for 30 s while `geokg ingest` keeps writing to the same store. Every request must succeed, the
server's resident memory must stay flat once warm, and a query past --timeout must be cut off while the others
go on. Prints requests per second and latencies; exits 1 with the list of failures.

Usage: load_test.py --geokg .build/debug/geokg [--seconds 30] [--clients 8]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Benchmarks"))
from corpus_copies import make_corpus  # noqa: E402
from served_store import ROOT, Server, sample_store  # noqa: E402

CHINA = urllib.parse.quote("https://w3id.org/geokg/entity/China", safe="")
SELECT = ("PREFIX geo: <https://w3id.org/geokg/ontology#> SELECT ?r (COUNT(*) AS ?n) WHERE { ?e a geo:Event ; "
          "geo:relation ?r } GROUP BY ?r ORDER BY DESC(?n)")
REQUESTS = [
    ("/sparql?" + urllib.parse.urlencode({"query": SELECT}), "application/sparql-results+json"),
    ("/sparql?" + urllib.parse.urlencode({"query": SELECT}), "text/csv"),
    ("/api/entities?match=chin", None),
    (f"/api/entity?iri={CHINA}", None),
    (f"/api/diagram?iri={CHINA}&depth=1", None),
    ("/store?graph=" + urllib.parse.quote("https://w3id.org/geokg/ontology", safe=""), "application/n-triples"),
]
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }"


def resident_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/debug/geokg")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    geokg = os.path.abspath(args.geokg)
    failures = []
    with tempfile.TemporaryDirectory(prefix="geokg-load-") as folder:
        store = sample_store(geokg, folder)
        server = Server(geokg, store, "--timeout", "1")
        stop = threading.Event()
        latencies, errors, lock = [], [], threading.Lock()

        def client(number):
            index = number
            while not stop.is_set():
                path, accept = REQUESTS[index % len(REQUESTS)]
                index += 1
                started = time.monotonic()
                try:
                    status, _, body = server.get(path, accept)
                    ok = status == 200 and len(body) > 0
                    problem = None if ok else f"{path}: {status} {body[:200]!r}"
                except Exception as error:  # a refused or broken connection is a failed request
                    problem = f"{path}: {error}"
                with lock:
                    latencies.append(time.monotonic() - started)
                    if problem:
                        errors.append(problem)

        # The writer: ingests of new article copies, one after another, for the whole run.
        ingests = []

        def writer():
            batch = 0
            while not stop.is_set():
                corpus = os.path.join(folder, f"batch-{batch}.jsonl")
                make_corpus(os.path.join(ROOT, "Samples", "articles"), 40, corpus)
                with open(corpus) as source, open(corpus + ".tmp", "w") as target:
                    for line in source:
                        target.write(line.replace("#copy-", f"#batch-{batch}-copy-"))
                os.replace(corpus + ".tmp", corpus)
                done = subprocess.run([geokg, "ingest", "--db", store, corpus], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE, text=True)
                ingests.append(done.returncode)
                if done.returncode != 0:
                    errors.append(f"ingest exited {done.returncode}: {done.stderr[-300:]}")
                batch += 1

        memory = []

        def sampler():
            while not stop.is_set():
                memory.append(resident_mb(server.process.pid))
                time.sleep(0.25)

        threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
        threads += [threading.Thread(target=writer), threading.Thread(target=sampler)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        # Halfway through, a query that runs past the time limit must be cut off while the clients go on.
        time.sleep(args.seconds / 2)
        before = len(latencies)
        cut_started = time.monotonic()
        status, _, body = server.get("/sparql?" + urllib.parse.urlencode({"query": HEAVY}))
        cut_took = time.monotonic() - cut_started
        if status != 503 or b"time limit" not in body:
            failures.append(f"the heavy query was not cut off: {status} {body[:200]!r}")
        if cut_took > 5:
            failures.append(f"the heavy query took {cut_took:.1f} s to be cut off (--timeout 1)")
        if len(latencies) <= before:
            failures.append("no other request was answered while the heavy query ran")
        time.sleep(max(0.0, args.seconds - (time.monotonic() - started)))
        stop.set()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        code = server.stop()
        if code != 0:
            failures.append(f"geokg serve exited {code} on SIGTERM")
        failures += errors[:20]
        if len(errors) > 20:
            failures.append(f"... and {len(errors) - 20} more failed requests")
        if not ingests:
            failures.append("no ingest finished during the load: the writes did not overlap the reads")
        # Flat memory: once warm (after the first quarter), the peak may not climb by more than a tenth + 16 MB.
        quarter = max(1, len(memory) // 4)
        warm, late = max(memory[quarter:2 * quarter]), max(memory[2 * quarter:])
        if late > warm * 1.10 + 16:
            failures.append(f"resident memory grew from {warm:.0f} MB to {late:.0f} MB under load")
        ordered = sorted(latencies)
        report = {
            "test": "load", "clients": args.clients, "seconds": round(elapsed, 1), "requests": len(latencies),
            "requests_per_s": round(len(latencies) / elapsed, 1),
            "median_ms": round(statistics.median(ordered) * 1000, 1),
            "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 1), "failed_requests": len(errors),
            "ingests": len(ingests), "rss_mb_warm": round(warm, 1), "rss_mb_late": round(late, 1),
            "heavy_query_cut_after_s": round(cut_took, 2), "failures": failures,
        }
        print(json.dumps(report))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
