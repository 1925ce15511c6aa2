#!/usr/bin/env python3
"""Scale benchmark: ingests 100,000 articles with --jobs 2 into one store, 10,000 at a time.

The articles are the dev corpus repeated under distinct URLs. For each batch it reports articles/s, the
process's peak memory and the store's size, and checks its two aims: the last batch's rate at least three
quarters of the first's (ingest slows by no more than a quarter as the store grows), and no batch's peak
memory more than 5% plus 10 MB above the first's (a batch of 10,000 already fills SQLite's 64 MiB page
cache). Exits 1 when an aim is missed.

Usage: scale_bench.py --geokg .build/release/geokg [--corpus ../shared/corpus/dev] [--articles 100000]
         [--batch 10000] [--workdir /tmp]
"""
import argparse
import json
import os
import shutil
import sys
import tempfile

from corpus_copies import make_corpus
from measure import run, timed

# The aims: the last batch at least this share of the first batch's rate; no batch's peak above the first's
# by more than this factor and slack.
RATE_FLOOR = 0.75
PEAK_GROWTH, PEAK_SLACK_MB = 1.05, 10


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/release/geokg")
    parser.add_argument("--corpus", default="../shared/corpus/dev")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--workdir", default=None)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="geokg-scale-", dir=args.workdir)
    try:
        corpus = os.path.join(work, "corpus.jsonl")
        make_corpus(args.corpus, args.articles, corpus)
        lines = open(corpus, encoding="utf-8").readlines()
        db = os.path.join(work, "scale.sqlite")
        rows = []
        for start in range(0, args.articles, args.batch):
            part = os.path.join(work, "batch.jsonl")
            open(part, "w", encoding="utf-8").writelines(lines[start:start + args.batch])
            seconds, peak = timed([args.geokg, "ingest", "--db", db, "--jobs", "2", part])
            run([args.geokg, "query", "--db", db, "ASK {}"])
            size = sum(os.path.getsize(db + suffix) for suffix in ("", "-wal") if os.path.exists(db + suffix))
            stored = start + len(lines[start:start + args.batch])
            rows.append({"stored_articles": stored, "articles_per_s": round(len(lines[start:start + args.batch]) / seconds),
                         "peak_mb": round(peak),
                         "store_mb": round(size / 1e6, 1), "store_kb_per_article": round(size / 1024 / stored, 1)})
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
        print(f"{'articles':>9} {'articles/s':>11} {'peak MB':>8} {'store MB':>9} {'KB/article':>11}")
        for row in rows:
            print(f"{row['stored_articles']:>9} {row['articles_per_s']:>11} {row['peak_mb']:>8} {row['store_mb']:>9} "
                  f"{row['store_kb_per_article']:>11}")
        first, last = rows[0]["articles_per_s"], rows[-1]["articles_per_s"]
        peak_limit = PEAK_GROWTH * rows[0]["peak_mb"] + PEAK_SLACK_MB
        highest = max(row["peak_mb"] for row in rows)
        steady = last >= RATE_FLOOR * first
        flat = highest <= peak_limit
        print(f"rate: last batch {last}/s, first {first}/s, floor {RATE_FLOOR} x first: {'ok' if steady else 'FAILED'}")
        print(f"peak memory: highest {highest} MB, limit {peak_limit:.0f} MB: {'ok' if flat else 'FAILED'}")
        print(json.dumps({"rows": rows, "rate_last_vs_first": round(last / first, 2), "rate_ok": steady,
                          "peak_limit_mb": round(peak_limit), "peak_ok": flat}))
        return 0 if steady and flat else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
