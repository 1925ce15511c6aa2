#!/usr/bin/env python3
"""Extraction benchmark: `geokg extract` alone and full `geokg ingest`, on one core and with --jobs 2.

The input is 10,000 articles: the dev corpus articles repeated under distinct URLs, as JSON Lines.
Reports seconds, articles/s, MB/s of article text and peak resident memory of each run, and checks that
peak memory does not grow with the number of articles (2,000 against 10,000). Prints a table, then JSON.

Usage: extraction_bench.py --geokg .build/release/geokg [--corpus ../shared/corpus/dev] [--articles 10000]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

from corpus_copies import make_corpus


def timed(command):
    """Runs `command` under /usr/bin/time; returns (seconds, peak MB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds, kilobytes = report.read().split()
    return float(seconds), int(kilobytes) / 1024


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
        small = os.path.join(workdir, "small.jsonl")
        small_count = max(1, args.articles // 5)
        make_corpus(args.corpus, small_count, small)
        rows = []
        for jobs in (1, 2):
            seconds, peak = timed([geokg, "extract", "--jobs", str(jobs), "--format", "nquads", path])
            rows.append(("extract", jobs, args.articles, seconds, peak))
        for jobs in (1, 2):
            store = os.path.join(workdir, f"ingest-{jobs}.sqlite")
            seconds, peak = timed([geokg, "ingest", "--jobs", str(jobs), "--db", store, path])
            rows.append(("ingest", jobs, args.articles, seconds, peak))
        _, small_peak = timed([geokg, "ingest", "--db", os.path.join(workdir, "small.sqlite"), small])
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
    large_peak = rows[2][4]
    print(f"ingest peak memory: {small_peak:.1f} MB for {small_count:,} articles, {large_peak:.1f} MB for {args.articles:,}")
    result["ingest_peak_mb_small"] = round(small_peak, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    sys.exit(main())
