#!/usr/bin/env python3
"""Concurrency: two ingests into one store at once, with queries, show, neighbors and render running meanwhile.

The corpus is split in two overlapping halves, ingested by two processes at the same time into one store,
while readers run `geokg query`, `geokg show`, `geokg neighbors` and `geokg render` in a loop. Every command must succeed
(no "database is locked" reaching the user), and the store must end with exactly the statements of one
ingest of the whole corpus, each once.

Usage: concurrency_test.py --geokg .build/release/geokg [--corpus ../shared/corpus/dev] [--articles 3000]
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../Benchmarks"))
from corpus_copies import make_corpus  # noqa: E402

READERS = [
    ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?e a geo:Event }"],
    ["query", "SELECT ?who WHERE { ?who geo:meets ?other } LIMIT 20"],
    ["show", "China"],
    ["neighbors", "China", "--depth", "2"],
    ["entities", "--type", "Country"],
    ["render", "China", "--max-nodes", "40", "-o", "{work}/china.svg"],
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/release/geokg")
    parser.add_argument("--corpus", default="../shared/corpus/dev")
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    geokg = os.path.abspath(args.geokg)
    with tempfile.TemporaryDirectory(prefix="geokg-concurrency-") as work:
        corpus = os.path.join(work, "corpus.jsonl")
        make_corpus(args.corpus, args.articles, corpus)
        lines = open(corpus, encoding="utf-8").readlines()
        halves = []
        for name, part in (("first", lines[: args.articles * 2 // 3]), ("second", lines[args.articles // 3:])):
            path = os.path.join(work, name + ".jsonl")
            open(path, "w", encoding="utf-8").writelines(part)
            halves.append(path)
        db = os.path.join(work, "shared.sqlite")
        # The store exists before the race, as it would in use.
        first_article = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))[0]
        subprocess.run([geokg, "ingest", "--db", db, first_article], check=True, capture_output=True)
        failures = []
        writers = [subprocess.Popen([geokg, "ingest", "--db", db, "--jobs", "2", path],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for path in halves]
        reads = 0
        succeeded = set()
        done = threading.Event()

        def read_loop():
            nonlocal reads
            while not done.is_set():
                for command in READERS:
                    arguments = [argument.replace("{work}", work) for argument in command[1:]]
                    result = subprocess.run([geokg, command[0], "--db", db] + arguments, capture_output=True, text=True)
                    reads += 1
                    if result.returncode == 0:
                        succeeded.add(command[0] + " " + command[1])
                    elif "no entity is named" not in result.stderr:
                        failures.append(f"{' '.join(command)}: exit {result.returncode}: {result.stderr.strip()[:300]}")

        reader = threading.Thread(target=read_loop)
        reader.start()
        for writer in writers:
            _, stderr = writer.communicate()
            if writer.returncode != 0:
                failures.append(f"ingest: exit {writer.returncode}: {stderr.strip()[:300]}")
        done.set()
        reader.join()
        for command in READERS:
            if command[0] + " " + command[1] not in succeeded:
                failures.append(f"{' '.join(command)} never succeeded while the ingests ran")

        reference = os.path.join(work, "reference.sqlite")
        subprocess.run([geokg, "ingest", "--db", reference, first_article], check=True, capture_output=True)
        subprocess.run([geokg, "ingest", "--db", reference, corpus], check=True, capture_output=True)
        exports = [subprocess.run([geokg, "export", "--db", path, "--format", "nquads"], check=True,
                                  capture_output=True, text=True).stdout.splitlines() for path in (db, reference)]
        if len(exports[0]) != len(set(exports[0])):
            failures.append("the shared store exports a statement twice")
        if sorted(exports[0]) != sorted(exports[1]):
            failures.append(f"the shared store holds {len(exports[0])} statements, one ingest {len(exports[1])}")
        print(json.dumps({"articles": args.articles, "reader_commands": reads, "statements": len(exports[0]),
                          "failures": failures}))
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
