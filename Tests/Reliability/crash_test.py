#!/usr/bin/env python3
"""Crash safety: kills `geokg ingest` and `geokg import` with SIGKILL while they write, and checks the store.

Every run starts from a copy of an empty store. For each command, two uninterrupted runs give the
reference export and the writing window: from the moment the process begins writing to the last moment it
was seen writing (holding the write lock, polled from the kernel's lock table, or its log growing), the
shorter of the two. Then `--kills` runs, each on a fresh
store, are killed at moments spread uniformly over the first 85% of that window (one random moment in each of
`--kills` equal slices), counted from the run's own first write, since start-up time varies more from run to
run than writing does. A kill is only sent to a process still running, and it counts as landed when it
interrupted writing: the process held the write lock at that moment, or the store it left holds part of the
job but not all of it. Runs on a busy machine can be faster than both reference runs: a kill that did not land
shows that this run's writing ended before its moment, so the window shrinks to that moment, and the slice is
tried again (at most `--kills` extra attempts in all). Every one of the `--kills` slices must land.
After each kill:
- `PRAGMA integrity_check` says ok;
- the store holds whole sources only: every article graph with exactly its reference statements, the
  imported file all or nothing;
- after an ingest, the consolidated facts are exactly those of the articles stored (`geokg consolidate` on a
  copy of the killed store gives the same facts graph);
- a rerun finishes the job, and the store's N-Quads export is byte-identical to the reference's.

The import series reads a slice of the real event data (generated triples of the same shape when the
datasets are missing).

Usage: crash_test.py --geokg .build/release/geokg [--shared ../shared] [--events /tmp/geokg-events.nt]
         [--corpus ../shared/corpus/dev]
         [--articles 600] [--triples 200000] [--kills 20] [--seed 1]
"""
import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../Benchmarks"))
from corpus_copies import make_corpus  # noqa: E402
from event_data import event_slice  # noqa: E402
from store_locks import write_lock_holder  # noqa: E402

# The share of the writing window the kills are spread over: a run a little faster than the reference
# would be over before a kill in the last sixth or so.
KILL_SPAN = 0.85


def graph_counts(db):
    """Statements per graph, by graph IRI (the default graph as '')."""
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute(
            "SELECT coalesce(t.value, ''), count(*) FROM quads q LEFT JOIN terms t ON t.id = q.g GROUP BY q.g").fetchall()
        return dict(rows)
    except sqlite3.OperationalError:
        return {}  # killed before the tables were made
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


def remove_store(db):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)


def file_size(path):
    """The size of `path`, 0 when it is absent: the process watched may remove its log between two looks."""
    try:
        return os.path.getsize(path)
    except FileNotFoundError:
        return 0


class WriteWatch:
    """Watches one process write to a store. Writing has begun once the store's log holds frames, or once the
    process has held the write lock at two looks in a row: the lock seen once does not say so, since a process
    opening a store whose lock file is new holds it for a moment to rebuild the log's index."""

    def __init__(self, db, pid):
        self.db, self.pid, self.held, self.wal_size, self.begun = db, pid, False, 0, False

    def look(self):
        """Looks once; returns whether the process is seen writing now (holding the write lock, or its log
        growing) once writing has begun."""
        size = file_size(self.db + "-wal")
        held = write_lock_holder(self.db) == self.pid
        self.begun = self.begun or size > 0 or (held and self.held)
        writing = self.begun and (held or size > self.wal_size)
        self.held, self.wal_size = held, size
        return writing


def timed_run(command, db):
    """Runs `command` to the end; returns (first, last): the seconds after the start at which it began
    writing, and at which it was last seen writing."""
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watch = WriteWatch(db, process.pid)
    first = last = None
    while process.poll() is None:
        now = time.monotonic() - started
        if watch.look():
            first = now if first is None else first
            last = now
        time.sleep(0.001)
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)}: exit {process.returncode}: {process.stderr.read().decode()[:400]}")
    if first is None:
        sys.exit(f"{' '.join(command)}: never seen writing to the store; cannot time the kills")
    return first, last


FACTS_GRAPH = "https://w3id.org/geokg/facts"


def facts_graph(geokg, db):
    """The consolidated facts of `db`, as sorted N-Quads lines."""
    suffix = f"<{FACTS_GRAPH}> .".encode()
    return sorted(line for line in export(geokg, db).splitlines() if line.endswith(suffix))


def facts_problems(geokg, db, work):
    """What is wrong with the consolidated facts of a killed store: they must be those that consolidating its
    articles afresh gives (on a copy, made through SQLite so that the write-ahead log comes along)."""
    copy = os.path.join(work, "consolidated-copy.sqlite")
    remove_store(copy)
    source, target = sqlite3.connect(db), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    subprocess.run([geokg, "consolidate", "--db", copy], check=True, capture_output=True)
    if facts_graph(geokg, db) != facts_graph(geokg, copy):
        return ["the consolidated facts are not those of the articles stored"]
    return []


def whole_sources_problems(name, counts, reference):
    """What is wrong with the graph counts `counts` of a killed store, against the reference's. The facts graph,
    which grows with the articles, is checked by `facts_problems`."""
    problems = []
    for graph, count in counts.items():
        if graph == FACTS_GRAPH:
            continue
        if graph == "" and name == "import" and count not in (0, reference.get("", 0)):
            problems.append(f"the imported file is in part ({count} of {reference.get('', 0)} statements)")
        elif graph != "" and count != reference.get(graph):
            problems.append(f"graph {graph} holds {count} statements, not {reference.get(graph)}")
    return problems


def fresh_store(empty, db):
    """Makes `db` a copy of the empty store `empty`."""
    remove_store(db)
    shutil.copy(empty, db)


def crash_series(name, geokg, command_for, kills, rng, work, empty):
    """The reference runs, then `kills` killed runs each followed by a finishing rerun; returns a summary.
    Every run starts from a copy of the empty store `empty`, so that its first write is one of data."""
    reference_db = os.path.join(work, f"{name}-reference.sqlite")
    windows = []
    for _ in range(2):
        fresh_store(empty, reference_db)
        windows.append(timed_run(command_for(reference_db), reference_db))
    # The shorter of two runs: a run faster than the reference would end before the last kills.
    first, last = min(windows, key=lambda window: window[1] - window[0])
    window = last - first
    reference_counts = graph_counts(reference_db)
    reference_export = export(geokg, reference_db)
    db = os.path.join(work, f"{name}-crashed.sqlite")
    problems, landed, attempts, finished_first = [], 0, 0, 0
    kill = 0
    while kill < kills and attempts < 2 * kills:
        attempts += 1
        fresh_store(empty, db)
        moment = (kill + rng.random()) / kills * KILL_SPAN * window
        process = subprocess.Popen(command_for(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # The moment counts from this run's first write: start-up time varies more than writing.
        watch = WriteWatch(db, process.pid)
        while process.poll() is None and not watch.begun:
            watch.look()
            time.sleep(0.001)
        time.sleep(moment)
        if process.poll() is not None:
            finished_first += 1
            window = min(window, moment)
            continue
        holding = write_lock_holder(db) == process.pid
        process.send_signal(signal.SIGKILL)
        process.wait()
        counts = graph_counts(db) if os.path.exists(db) else {}
        partial = bool(counts) and counts != reference_counts
        label = f"kill {attempts}, {moment:.2f} s into writing"
        check = integrity(db) if os.path.exists(db) else "ok"
        if check != "ok":
            problems.append(f"{label}: integrity_check says {check}")
        problems += [f"{label}: {problem}" for problem in whole_sources_problems(name, counts, reference_counts)]
        if name == "ingest" and counts:
            problems += [f"{label}: {problem}" for problem in facts_problems(geokg, db, work)]
        subprocess.run(command_for(db), check=True, capture_output=True)
        if export(geokg, db) != reference_export:
            problems.append(f"{label}: after the rerun, the export differs from the uninterrupted run's")
        if holding or partial:
            landed += 1
            kill += 1
        else:
            window = min(window, moment)
    if landed < kills:
        problems.append(f"only {landed} of {attempts} kills interrupted writing ({finished_first} found the process "
                        f"done)")
    return {"command": name, "kills": attempts, "kills_landed": landed, "finished_before_kill": finished_first,
            "writing_window_s": [round(first, 2), round(last, 2)], "window_at_end_s": round(window, 2),
            "problems": problems}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/release/geokg")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--events", default="/tmp/geokg-events.nt", help="the real event data (made when missing)")
    parser.add_argument("--corpus", default=None, help="corpus-layout articles (default: SHARED/corpus/dev)")
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--triples", type=int, default=200000, help="event triples imported")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    geokg = os.path.abspath(args.geokg)
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="geokg-crash-")
    try:
        corpus = os.path.join(work, "corpus.jsonl")
        make_corpus(args.corpus or os.path.join(args.shared, "corpus", "dev"), args.articles, corpus)
        events = os.path.join(work, "events.nt")
        # Generated triples stand in for missing real ones only in a file of at least 200,000.
        origin = event_slice(args.shared, args.triples, events, events=args.events, generated_minimum=200000)
        empty = os.path.join(work, "empty.sqlite")
        subprocess.run([geokg, "stats", "--db", empty], check=True, capture_output=True)
        results = [
            crash_series("ingest", geokg, lambda db: [geokg, "ingest", "--db", db, "--jobs", "2", corpus],
                         args.kills, rng, work, empty),
            crash_series("import", geokg, lambda db: [geokg, "import", "--db", db, events], args.kills, rng, work,
                         empty),
        ]
        results[1]["events"] = origin
        for result in results:
            print(json.dumps(result))
        sys.exit(1 if any(result["problems"] for result in results) else 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
