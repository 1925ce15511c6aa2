#!/usr/bin/env python3
"""Extraction benchmark: `geokg extract` alone and full `geokg ingest`, on one core and with --jobs 2.

The input is 10,000 articles: the dev corpus articles repeated under distinct URLs, as JSON Lines.
Reports seconds, articles/s, MB/s of article text and peak resident memory of each run, and checks that
ingest's peak memory does not keep growing with the number of articles: on twice the articles (20,000) it
may be at most 5% plus 10 MB above its peak on 10,000 (SQLite's 64 MiB page cache fills within the first
8,000). Prints a table, then JSON; exits 1 when the check fails.

Usage: extraction_bench.py --geokg .build/release/geokg [--corpus ../shared/corpus/dev] [--articles 10000]
"""
import argparse
import json
import os
import shutil
import sys
import tempfile

from corpus_copies import make_corpus
from measure import timed

# Ingest's peak memory may grow this much from the articles to twice as many, and no more.
PEAK_GROWTH, PEAK_SLACK_MB = 1.05, 10


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/release/geokg")
    parser.add_argument("--corpus", default="../shared/corpus/dev")
    parser.add_argument("--articles", type=int, default=10000)
    args = parser.parse_args()
    geokg = os.path.abspath(args.geokg)
    workdir = tempfile.mkdtemp(prefix="geokg-extract-bench-")
    try:
        path = os.path.join(workdir, "articles.jsonl")
        text_bytes = make_corpus(args.corpus, args.articles, path)
        double = os.path.join(workdir, "double.jsonl")
        double_count = 2 * args.articles
        make_corpus(args.corpus, double_count, double)
        rows = []
        for jobs in (1, 2):
            seconds, peak = timed([geokg, "extract", "--jobs", str(jobs), "--format", "nquads", path])
            rows.append(("extract", jobs, args.articles, seconds, peak))
        for jobs in (1, 2):
            store = os.path.join(workdir, f"ingest-{jobs}.sqlite")
            seconds, peak = timed([geokg, "ingest", "--jobs", str(jobs), "--db", store, path])
            rows.append(("ingest", jobs, args.articles, seconds, peak))
        _, double_peak = timed([geokg, "ingest", "--db", os.path.join(workdir, "double.sqlite"), double])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    megabytes = text_bytes / 1e6
    print(f"{args.articles:,} articles, {megabytes:.1f} MB of article text")
    print(f"{'run':<10}{'jobs':>5}{'seconds':>9}{'articles/s':>12}{'MB/s':>8}{'peak MB':>9}")
    result = {"articles": args.articles, "text_mb": round(megabytes, 2), "runs": []}
    for name, jobs, count, seconds, peak in rows:
        print(f"{name:<10}{jobs:>5}{seconds:>9.2f}{count / seconds:>12,.0f}{megabytes / seconds:>8.2f}{peak:>9.1f}")
        result["runs"].append({"run": name, "jobs": jobs, "seconds": seconds, "articles_per_s": round(count / seconds),
                               "mb_per_s": round(megabytes / seconds, 2), "peak_mb": round(peak, 1)})
    peak = rows[2][4]
    limit = PEAK_GROWTH * peak + PEAK_SLACK_MB
    flat = double_peak <= limit
    print(f"ingest peak memory: {peak:.1f} MB for {args.articles:,} articles, {double_peak:.1f} MB for "
          f"{double_count:,}; limit {PEAK_GROWTH} x {peak:.1f} + {PEAK_SLACK_MB} = {limit:.1f} MB: "
          f"{'ok' if flat else 'FAILED, peak memory grows with the number of articles'}")
    result.update(ingest_peak_mb_double=round(double_peak, 1), ingest_peak_limit_mb=round(limit, 1), peak_flat=flat)
    print(json.dumps(result))
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
