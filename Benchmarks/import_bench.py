#!/usr/bin/env python3
"""Import benchmark: geokg beside pyoxigraph's on-disk bulk load, on the same real N-Triples, in one run.

Makes the 1.4 million event triples of ../shared/datasets when missing (event_data.py; fails when it
cannot), imports them with `geokg import` into a fresh store (wall time, triples/s, peak resident memory of
the geokg process alone, store size), checks that the export gives back the same set of triples, times
`geokg consolidate` on the store (it must take no longer than the import), then runs
../shared/bench/rdf_peer_bench.py for pyoxigraph's on-disk store (in the virtualenv of
scripts/python-venv.sh) and prints both with their ratios. Prints a table, then one JSON line.

Usage: import_bench.py --geokg .build/release/geokg [--shared ../shared] [--events /tmp/geokg-events.nt]
                       [--no-peer]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

from event_data import make_events
from measure import run, timed

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_geokg(geokg, events, workdir):
    """Imports `events` into a fresh store: load time and rate, geokg's own peak memory, store size, and
    whether the export gives back the same set of triples."""
    store = os.path.join(workdir, "bench.sqlite")
    seconds, peak_mb = timed([geokg, "import", "--db", store, events])
    stats = json.loads(run([geokg, "stats", "--db", store, "--format", "json"]).stdout)
    exported = os.path.join(workdir, "export.nt")
    export_seconds, _ = timed([geokg, "export", "--db", store, "-o", exported])
    with open(events, "rb") as a, open(exported, "rb") as b:
        same = set(l for l in a if l.strip() and not l.startswith(b"#")) == set(b)
    consolidate_seconds, consolidate_peak_mb = timed([geokg, "consolidate", "--db", store])
    facts = json.loads(run([geokg, "query", "--db", store, "--format", "json",
                            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/geokg/facts> "
                            "{ ?f a <https://w3id.org/geokg/ontology#Fact> } }"]).stdout)
    return {
        "engine": "geokg",
        "load_s": seconds,
        "triples": stats["triples"],
        "triples_per_s": round(stats["triples"] / seconds),
        "peak_rss_mb": round(peak_mb, 1),
        "store_bytes": stats["file_bytes"],
        "export_s": export_seconds,
        "export_roundtrip_same_set": same,
        "consolidate_s": consolidate_seconds,
        "consolidate_peak_rss_mb": round(consolidate_peak_mb, 1),
        "consolidated_facts": int(facts["results"]["bindings"][0]["n"]["value"]),
    }


def run_peer(shared, events, venv):
    """pyoxigraph's on-disk bulk load of `events`, by ../shared/bench/rdf_peer_bench.py in the benchmarks'
    virtualenv (scripts/python-venv.sh)."""
    python = subprocess.run([os.path.join(ROOT, "scripts", "python-venv.sh"),
                             os.path.join(shared, "bench", "requirements.txt"), venv],
                            check=True, stdout=subprocess.PIPE, text=True).stdout.strip()
    workdir = tempfile.mkdtemp(prefix="geokg-peer-")
    try:
        out = subprocess.run([python, os.path.join(shared, "bench", "rdf_peer_bench.py"), events,
                              "--engines", "oxigraph-disk", "--workdir", workdir, "--repeat", "3"],
                             check=True, capture_output=True, text=True).stdout
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return json.loads(out)["engines"]["oxigraph-disk"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/release/geokg")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--events", default="/tmp/geokg-events.nt")
    parser.add_argument("--venv", default=".build/bench-venv")
    parser.add_argument("--no-peer", action="store_true")
    args = parser.parse_args()

    make_events(args.shared, args.events)
    workdir = tempfile.mkdtemp(prefix="geokg-bench-")
    try:
        geokg = run_geokg(os.path.abspath(args.geokg), args.events, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    peer = None if args.no_peer else run_peer(args.shared, args.events, args.venv)

    print(f"{'engine':<16}{'load s':>9}{'triples/s':>12}{'peak MB':>10}{'store MB':>10}")
    print(f"{'geokg':<16}{geokg['load_s']:>9}{geokg['triples_per_s']:>12,}{geokg['peak_rss_mb']:>10}"
          f"{geokg['store_bytes'] / 1e6:>10.1f}")
    result = {"file": args.events, "geokg": geokg}
    if peer:
        print(f"{'pyoxigraph disk':<16}{peer['load_s']:>9}{peer['triples_per_s']:>12,}{peer['max_rss_mb']:>10}"
              f"{peer['disk_bytes'] / 1e6:>10.1f}")
        result["pyoxigraph_disk"] = peer
        result["speed_ratio"] = round(geokg["triples_per_s"] / peer["triples_per_s"], 2)
        result["size_ratio"] = round(geokg["store_bytes"] / peer["disk_bytes"], 2)
        print(f"geokg/pyoxigraph: {result['speed_ratio']}x the speed, {result['size_ratio']}x the store size")
    print(f"export: {geokg['export_s']} s, same set of triples back: {geokg['export_roundtrip_same_set']}")
    consolidates_in_time = geokg["consolidate_s"] <= geokg["load_s"]
    print(f"consolidate: {geokg['consolidate_s']} s ({geokg['consolidated_facts']:,} facts, "
          f"{geokg['consolidate_peak_rss_mb']} MB), {'within' if consolidates_in_time else 'OVER'} the import's "
          f"{geokg['load_s']} s")
    print(json.dumps(result))
    return 0 if geokg["export_roundtrip_same_set"] and consolidates_in_time else 1


if __name__ == "__main__":
    sys.exit(main())
