#!/usr/bin/env python3
"""Import benchmark: geokg beside pyoxigraph's on-disk bulk load, on the same real N-Triples, in one run.

Makes the 1.4 million event triples of ../shared/datasets when missing, imports them with
`geokg import` into a fresh store (wall time, triples/s, peak resident memory, store size), checks
that the export gives back the same set of triples, then runs ../shared/bench/rdf_peer_bench.py for
pyoxigraph's on-disk store (installed from its requirements into a virtualenv under .build/) and
prints both with their ratios. Prints a table, then one JSON line.

Usage: import_bench.py --geokg .build/release/geokg [--shared ../shared] [--events /tmp/geokg-events.nt]
                       [--no-peer]
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time


def make_events(shared, path):
    if os.path.exists(path):
        return
    datasets = os.path.join(shared, "datasets")
    inputs = []
    for folder in ("icews-tkg/icews18", "icews-tkg/icews05-15", "icews-tkg/icews14"):
        full = os.path.join(datasets, folder)
        inputs += sorted(os.path.join(full, f) for f in os.listdir(full) if f.endswith(".txt"))
    gdelt = os.path.join(datasets, "gdelt-samples")
    inputs += sorted(os.path.join(gdelt, f) for f in os.listdir(gdelt) if f.lower().endswith(".csv"))
    print(f"making {path} from {len(inputs)} dataset files ...", file=sys.stderr)
    subprocess.run([sys.executable, os.path.join(datasets, "to_ntriples.py"), "--out", path] + inputs,
                   check=True, stdout=subprocess.DEVNULL)


def count_lines(path):
    with open(path, "rb") as handle:
        return sum(1 for line in handle if line.strip() and not line.startswith(b"#"))


def run_geokg(geokg, events, workdir):
    store = os.path.join(workdir, "bench.sqlite")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([geokg, "import", "--db", store, events], check=True)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    stats = json.loads(subprocess.run([geokg, "stats", "--db", store, "--format", "json"],
                                      check=True, capture_output=True, text=True).stdout)
    exported = os.path.join(workdir, "export.nt")
    start = time.perf_counter()
    subprocess.run([geokg, "export", "--db", store, "-o", exported], check=True)
    export_seconds = time.perf_counter() - start
    with open(events, "rb") as a, open(exported, "rb") as b:
        same = set(l for l in a if l.strip() and not l.startswith(b"#")) == set(b)
    return {
        "engine": "geokg",
        "load_s": round(seconds, 3),
        "triples": stats["triples"],
        "triples_per_s": round(stats["triples"] / seconds),
        "peak_rss_mb": round(max(peak_kb, before) / 1024, 1),
        "store_bytes": stats["file_bytes"],
        "export_s": round(export_seconds, 3),
        "export_roundtrip_same_set": same,
    }


def run_peer(shared, events, venv):
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "-r",
                        os.path.join(shared, "bench", "requirements.txt")], check=True)
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
    print(json.dumps(result))
    return 0 if geokg["export_roundtrip_same_set"] else 1


if __name__ == "__main__":
    sys.exit(main())
