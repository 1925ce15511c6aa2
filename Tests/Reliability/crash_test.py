#!/usr/bin/env python3
"""Crash safety: kills `geokg ingest` and `geokg import` with SIGKILL at random moments.

For each command, a reference store is made by one uninterrupted run. Then the same command runs again
and again on a fresh store, each time killed with SIGKILL at a random moment, 20 times in all; after each
kill the store must pass `PRAGMA integrity_check` and hold whole sources only (every article graph with
exactly its reference statements; the imported file all or nothing). A last run without a kill must then
finish the job, and the store's N-Quads export must be byte-identical to the reference's.

Usage: crash_test.py --geokg .build/release/geokg [--corpus ../shared/corpus/dev] [--events FILE.nt]
         [--kills 20] [--seed 1]
"""
import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../Benchmarks"))
from corpus_copies import make_corpus  # noqa: E402


def graph_counts(db):
    """Statements per graph, by graph IRI (the default graph as '')."""
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute(
            "SELECT coalesce(t.value, ''), count(*) FROM quads q LEFT JOIN terms t ON t.id = q.g GROUP BY q.g").fetchall()
        return dict(rows)
    finally:
        connection.close()


def integrity(db):
    connection = sqlite3.connect(db)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def export(geokg, db):
    return subprocess.run([geokg, "export", "--db", db, "--format", "nquads"], check=True, capture_output=True).stdout


def run_to_end(command):
    started = time.time()
    subprocess.run(command, check=True, capture_output=True)
    return time.time() - started


def crash_series(name, geokg, command_for, kills, rng, work):
    """Reference run, then `kills` killed runs on one store, then a finishing run; returns a summary."""
    reference_db = os.path.join(work, f"{name}-reference.sqlite")
    duration = run_to_end(command_for(reference_db))
    reference_counts = graph_counts(reference_db)
    reference_export = export(geokg, reference_db)
    db = os.path.join(work, f"{name}-crashed.sqlite")
    problems = []
    for kill in range(kills):
        process = subprocess.Popen(command_for(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.02, duration * 0.9))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if not os.path.exists(db):
            continue
        check = integrity(db)
        if check != "ok":
            problems.append(f"kill {kill + 1}: integrity_check says {check}")
        for graph, count in graph_counts(db).items():
            if graph == "" and name == "import" and count not in (0, reference_counts.get("", 0)):
                problems.append(f"kill {kill + 1}: the imported file is in part ({count} statements)")
            elif graph != "" and count != reference_counts.get(graph):
                problems.append(f"kill {kill + 1}: graph {graph} holds {count} statements, not {reference_counts.get(graph)}")
    run_to_end(command_for(db))
    identical = export(geokg, db) == reference_export
    if not identical:
        problems.append("the export after the final run differs from the uninterrupted run's")
    return {"command": name, "kills": kills, "uninterrupted_seconds": round(duration, 2),
            "export_identical": identical, "problems": problems}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/release/geokg")
    parser.add_argument("--corpus", default="../shared/corpus/dev")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--events", help="N-Triples to import for the import series (left out without it)")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    geokg = os.path.abspath(args.geokg)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="geokg-crash-") as work:
        corpus = os.path.join(work, "corpus.jsonl")
        make_corpus(args.corpus, args.articles, corpus)
        results = [crash_series("ingest", geokg, lambda db: [geokg, "ingest", "--db", db, "--jobs", "2", corpus],
                                args.kills, rng, work)]
        if args.events:
            results.append(crash_series("import", geokg, lambda db: [geokg, "import", "--db", db, args.events],
                                        args.kills, rng, work))
        for result in results:
            print(json.dumps(result))
        sys.exit(1 if any(result["problems"] for result in results) else 0)


if __name__ == "__main__":
    main()
