#!/usr/bin/env python3
"""Concurrency: two writers share one store, with readers alongside, and end as if they had run one after the other.

Three pairs of writers: import + import (two halves of a slice of the real event data), ingest + ingest (two
different sets of articles) and ingest + import. Each pair races on a new store (both processes create
it) and on an existing one (a copy of a store already holding other articles and triples), `--rounds`
times each. In every round:
- both writers exit 0;
- the store's N-Quads export holds exactly the statements of the same two loads run one after the other
  (compared as sets of lines: statement order follows term ids, which depend on who wrote first);
- readers (`query`, `stats`, `entities`, `show`, `neighbors`, `render`) run in a loop meanwhile and never fail,
  except `show`, `neighbors` and `render` finding no such entity yet; each reader that the finished store
  answers succeeds at least once per pair and store.
A monitor polls the kernel's lock table: a round counts as contended when one writer held the store's write
lock while the other was running. Every pair must be contended in at least one round, or the test proves
nothing and fails.
Last, a writer kept waiting by a lock this script holds must give up after `--lock-timeout`, exit 1, name
this process as the holder, and leave the store unchanged.

Usage: concurrency_test.py --geokg .build/release/geokg [--shared ../shared] [--events /tmp/geokg-events.nt]
         [--corpus ../shared/corpus/dev]
         [--rounds 10] [--articles 300] [--triples 200000]
"""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../Benchmarks"))
from corpus_copies import make_corpus  # noqa: E402
from event_data import event_slice  # noqa: E402
from store_locks import write_lock_holder  # noqa: E402

READERS = [
    ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"],
    ["stats"],
    ["entities", "--type", "Country"],
    ["show", "entity:China"],
    ["neighbors", "entity:China", "--depth", "2"],
    ["render", "entity:China", "--max-nodes", "40", "-o", "{work}/china.svg"],
]
# What a reader may answer before the writers have stored the entity or class it asks for.
NOT_YET = ("unknown entity", "unknown class", "no statement mentions")


def run(command):
    """Runs a command that must succeed; exits with its error output when it does not."""
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)}: exit {result.returncode}: {result.stderr.strip()[:400]}")


def export(geokg, db):
    lines = subprocess.run([geokg, "export", "--db", db, "--format", "nquads"], check=True, capture_output=True,
                           text=True).stdout.splitlines()
    return lines


class Monitor(threading.Thread):
    """Polls who holds the store's write lock while two writers run; records whether one held it while the
    other was still running."""

    def __init__(self, db, writers):
        super().__init__()
        self.db, self.writers, self.contended, self.done = db, writers, False, threading.Event()

    def run(self):
        pids = {writer.pid for writer in self.writers}
        while not self.done.is_set():
            holder = write_lock_holder(self.db) if os.path.exists(self.db) else None
            if holder in pids and all(w.poll() is None for w in self.writers):
                self.contended = True
            time.sleep(0.002)


def read_once(geokg, db, work, failures=None):
    """Runs every reader once on `db`; returns the names of those that succeeded, and records failures other
    than those of `NOT_YET` in `failures`."""
    succeeded = []
    for command in READERS:
        arguments = [argument.replace("{work}", work) for argument in command[1:]]
        result = subprocess.run([geokg, command[0], "--db", db] + arguments, capture_output=True, text=True)
        name = " ".join(command[:2])
        if result.returncode == 0:
            succeeded.append(name)
        elif failures is not None and not any(message in result.stderr for message in NOT_YET):
            failures.append(f"reader {name}: exit {result.returncode}: {result.stderr.strip()[:300]}")
    return succeeded


def read_loop(geokg, db, work, done, successes, failures):
    """Runs every reader again and again until `done` is set, counting successes by reader."""
    while not done.is_set():
        for name in read_once(geokg, db, work, failures=failures):
            successes[name] = successes.get(name, 0) + 1


def race(geokg, db, commands, work):
    """Runs the two writer commands at once on `db` with readers alongside; returns (failures, successes,
    contended)."""
    failures, successes = [], {}
    done = threading.Event()
    reader = threading.Thread(target=read_loop, args=(geokg, db, work, done, successes, failures))
    reader.start()
    writers = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for command in commands]
    monitor = Monitor(db, writers)
    monitor.start()
    for command, writer in zip(commands, writers):
        _, stderr = writer.communicate()
        if writer.returncode != 0:
            failures.append(f"{' '.join(command[1:2] + command[-1:])}: exit {writer.returncode}: {stderr.strip()[:400]}")
    monitor.done.set()
    done.set()
    monitor.join()
    reader.join()
    return failures, successes, monitor.contended


def lock_timeout_problems(geokg, seed, work):
    """Holds the write lock of a copy of `seed` from this process while `geokg import --lock-timeout 1` runs:
    it must give up after about a second, exit 1, name this process, and leave the store as it was."""
    db = os.path.join(work, "held.sqlite")
    shutil.copy(seed, db)
    before = sorted(export(geokg, db))
    events = os.path.join(work, "events-b.nt")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    result = subprocess.run([geokg, "import", "--db", db, "--lock-timeout", "1", events], capture_output=True, text=True)
    waited = time.monotonic() - started
    holder.execute("COMMIT")
    holder.close()
    problems = []
    if result.returncode != 1:
        problems.append(f"exit {result.returncode}, not 1")
    if f"process {os.getpid()} (" not in result.stderr or "stayed locked" not in result.stderr:
        problems.append(f"the message does not name this process ({os.getpid()}): {result.stderr.strip()[:300]}")
    if waited < 1:
        problems.append(f"gave up after {waited:.2f} s, before the timeout")
    if sorted(export(geokg, db)) != before:
        problems.append("the store changed")
    return [f"lock timeout: {problem}" for problem in problems]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/release/geokg")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--events", default="/tmp/geokg-events.nt", help="the real event data (made when missing)")
    parser.add_argument("--corpus", default=None, help="corpus-layout articles (default: SHARED/corpus/dev)")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--articles", type=int, default=300, help="articles per ingest")
    parser.add_argument("--triples", type=int, default=200000, help="event triples per import")
    args = parser.parse_args()
    geokg = os.path.abspath(args.geokg)
    corpus = args.corpus or os.path.join(args.shared, "corpus", "dev")
    work = tempfile.mkdtemp(prefix="geokg-concurrency-")
    try:
        # Inputs: two disjoint article sets, two halves of an event slice, and a seed for existing stores.
        articles = os.path.join(work, "articles.jsonl")
        make_corpus(corpus, 2 * args.articles + 20, articles)
        lines = open(articles, encoding="utf-8").readlines()
        events = os.path.join(work, "events.nt")
        origin = event_slice(args.shared, 2 * args.triples + 2000, events, events=args.events)
        triples = open(events, encoding="utf-8").readlines()
        files = {}
        for name, part in (("articles-a.jsonl", lines[:args.articles]),
                           ("articles-b.jsonl", lines[args.articles:2 * args.articles]),
                           ("seed.jsonl", lines[2 * args.articles:]),
                           ("events-a.nt", triples[:args.triples]),
                           ("events-b.nt", triples[args.triples:2 * args.triples]),
                           ("seed.nt", triples[2 * args.triples:])):
            files[name] = os.path.join(work, name)
            open(files[name], "w", encoding="utf-8").writelines(part)

        def ingest(db, name):
            return [geokg, "ingest", "--db", db, "--jobs", "2", files[name]]

        def import_(db, name):
            return [geokg, "import", "--db", db, files[name]]

        pairs = {
            "import+import": lambda db: [import_(db, "events-a.nt"), import_(db, "events-b.nt")],
            "ingest+ingest": lambda db: [ingest(db, "articles-a.jsonl"), ingest(db, "articles-b.jsonl")],
            "ingest+import": lambda db: [ingest(db, "articles-a.jsonl"), import_(db, "events-a.nt")],
        }
        seed = os.path.join(work, "seed.sqlite")
        run(ingest(seed, "seed.jsonl"))
        run(import_(seed, "seed.nt"))
        if os.path.exists(seed + "-wal") and os.path.getsize(seed + "-wal") > 0:
            sys.exit("the seed store's log was not checkpointed: cannot copy it as one file")

        results, failures = [], lock_timeout_problems(geokg, seed, work)
        for pair, commands_for in pairs.items():
            for state in ("new", "existing"):
                reference = os.path.join(work, f"reference-{pair}-{state}.sqlite")
                if state == "existing":
                    shutil.copy(seed, reference)
                for command in commands_for(reference):
                    run(command)
                expected = sorted(export(geokg, reference))
                # Readers the finished store answers must answer at least once during the races.
                required = set(read_once(geokg, reference, work))
                successes, contended = {}, 0
                for round_ in range(args.rounds):
                    db = os.path.join(work, f"race-{pair}-{state}-{round_}.sqlite")
                    if state == "existing":
                        shutil.copy(seed, db)
                    round_failures, round_successes, was_contended = race(geokg, db, commands_for(db), work)
                    contended += was_contended
                    for name, count in round_successes.items():
                        successes[name] = successes.get(name, 0) + count
                    exported = export(geokg, db)
                    if len(exported) != len(set(exported)):
                        round_failures.append("the export holds a statement twice")
                    if sorted(exported) != expected:
                        round_failures.append(f"the store holds {len(exported)} statements, the sequential run "
                                              f"{len(expected)} (or other ones)")
                    failures += [f"{pair}, {state} store, round {round_ + 1}: {f}" for f in round_failures]
                    for suffix in ("", "-wal", "-shm"):
                        if os.path.exists(db + suffix):
                            os.remove(db + suffix)
                never = sorted(required - set(successes))
                if never:
                    failures.append(f"{pair}, {state} store: these readers never succeeded: {', '.join(never)}")
                if contended == 0:
                    failures.append(f"{pair}, {state} store: the writers never held the lock while the other ran; "
                                    "make the inputs larger")
                results.append({"pair": pair, "store": state, "rounds": args.rounds, "contended_rounds": contended,
                                "reader_successes": sum(successes.values()), "statements": len(expected)})
        for result in results:
            print(json.dumps(result))
        print(json.dumps({"events": origin, "failures": failures[:40], "failure_count": len(failures)}))
        sys.exit(1 if failures else 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
